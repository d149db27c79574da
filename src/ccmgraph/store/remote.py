"""Remote SPARQL 1.1 endpoints: queries through SPARQLWrapper, loading through the Graph Store Protocol."""

from __future__ import annotations

from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ccmgraph.errors import QueryError
from ccmgraph.query.results import Rows


def _ask_endpoint(endpoint: str, query: str, graph: bool, timeout: int) -> Any:
    from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(TURTLE if graph else JSON)
    client.setTimeout(timeout)
    client.setMethod("POST")
    try:
        return client.queryAndConvert()
    except (SPARQLWrapperException, OSError) as exc:
        raise QueryError(f"endpoint {endpoint} failed: {str(exc).splitlines()[0]}") from None


def remote_answer(endpoint: str, query: str, form: str, timeout: int = 60) -> Rows | bool | Graph:
    """Any read query on an endpoint: rows, a bool (ASK) or an rdflib Graph (CONSTRUCT, DESCRIBE)."""
    if form in ("CONSTRUCT", "DESCRIBE"):
        data = _ask_endpoint(endpoint, query, True, timeout)
        graph = Graph()
        graph.parse(data=data if isinstance(data, (str, bytes)) else data.serialize(format="nt"),
                    format="turtle")
        return graph
    if form == "ASK":
        answer = _ask_endpoint(endpoint, query, False, timeout)
        if not isinstance(answer, dict) or not isinstance(answer.get("boolean"), bool):
            raise QueryError(f"endpoint {endpoint} did not answer the ASK with a boolean")
        return bool(answer["boolean"])
    return remote_select(endpoint, query, timeout)


def remote_select(endpoint: str, query: str, timeout: int = 60) -> Rows:
    """Run a SELECT on an endpoint and return typed rows (the same shape as local results)."""
    data = _ask_endpoint(endpoint, query, False, timeout)
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
