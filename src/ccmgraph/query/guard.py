"""Refuse SPARQL Update where only reading is allowed (`sparql`, `serve`)."""

from __future__ import annotations

from rdflib.plugins.sparql.parser import parseQuery

from ccmgraph.errors import QueryError


def refuse_updates(text: str) -> None:
    """Raise QueryError unless `text` parses as a SPARQL 1.1 query (not an update)."""
    try:
        parseQuery(text)
    except Exception as exc:  # pyparsing raises its own types; an update does not parse as a query
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise QueryError(f"not a read-only SPARQL query (updates are refused): {first}") from None
