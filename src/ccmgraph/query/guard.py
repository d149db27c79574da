"""Tell what a SPARQL text is before it runs: a read query of one of four forms, an update
(refused where only reading is allowed: `sparql`, `serve`), or a syntax error with its place."""

from __future__ import annotations

from typing import Literal

from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

from ccmgraph.errors import QueryError

Form = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]
_FORMS: dict[str, Form] = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
                           "DescribeQuery": "DESCRIBE"}


def query_form(text: str) -> Form:
    """The form of a read query; QueryError for an update or for text that is not SPARQL.

    >>> query_form("ASK { ?s ?p ?o }")
    'ASK'
    >>> query_form("SELECT * WHERE {\\n  ?s ?p ?o .\\n  FILTR(?s) }")
    Traceback (most recent call last):
    ccmgraph.errors.QueryError: SPARQL syntax error at line 3, column 3: Expected SelectQuery (near 'FILTR(?s) }')
    """
    try:
        parsed = parseQuery(text)
    except Exception as exc:  # pyparsing's ParseException and friends
        if _is_update(text):
            raise QueryError("SPARQL Update is refused: this is a read-only query interface") from None
        raise QueryError(_syntax_message(exc)) from None
    return _FORMS.get(getattr(parsed[1], "name", ""), "SELECT")


def refuse_updates(text: str) -> None:
    """Raise QueryError unless `text` parses as a SPARQL 1.1 query (not an update)."""
    query_form(text)


def _is_update(text: str) -> bool:
    try:
        parseUpdate(text)
    except Exception:
        return False
    return True


def _syntax_message(exc: Exception) -> str:
    line, column = getattr(exc, "lineno", None), getattr(exc, "col", None)
    expected = " ".join(str(getattr(exc, "msg", "") or exc).split())[:160]
    near = " ".join(str(getattr(exc, "line", "")).split())[:60]
    where = f" at line {line}, column {column}" if line is not None else ""
    return f"SPARQL syntax error{where}: {expected}" + (f" (near {near!r})" if near else "")
