"""Remote SPARQL 1.1 endpoints: queries through SPARQLWrapper, loading through the Graph Store Protocol."""

from __future__ import annotations

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ccmgraph.errors import QueryError
from ccmgraph.query.results import Rows


def remote_select(endpoint: str, query: str, timeout: int = 60) -> Rows:
    """Run a SELECT on an endpoint and return typed rows (the same shape as local results)."""
    from SPARQLWrapper import JSON, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    client.setTimeout(timeout)
    client.setMethod("POST")
    try:
        data = client.queryAndConvert()
    except (SPARQLWrapperException, OSError) as exc:
        raise QueryError(f"endpoint {endpoint} failed: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise QueryError(f"endpoint {endpoint} did not answer with SPARQL JSON results")
    columns = list(data["head"]["vars"])
    rows = [{c: _term(b.get(c)) for c in columns} for b in data["results"]["bindings"]]
    return Rows(columns, rows)


def _term(binding: dict[str, str] | None) -> Node | None:
    if binding is None:
        return None
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if "xml:lang" in binding:
        return Literal(value, lang=binding["xml:lang"])
    datatype = binding.get("datatype")
    if datatype == "http://www.w3.org/2001/XMLSchema#string":
        datatype = None
    return Literal(value, datatype=URIRef(datatype) if datatype else None)
