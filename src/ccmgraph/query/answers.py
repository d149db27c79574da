"""What a read query gives, whatever its form: rows (SELECT), a truth value (ASK) or a graph
(CONSTRUCT, DESCRIBE), and how each is written for a reader.

The CLI's `sparql` and the API's `sparql()` share this, so the same query answers the same
way from the store and from a remote endpoint.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Union

import pyoxigraph as ox
from rdflib import Graph

from ccmgraph.errors import UsageError
from ccmgraph.query.results import Rows
from ccmgraph.query.terms import to_rdflib

Answer = Union[Rows, bool, Graph]
ROW_FORMATS = ("table", "csv", "tsv", "json")
# CLI name -> rdflib serialiser name
RDF_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}


def from_oxigraph(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> Answer:
    """Typed rows, a bool or an rdflib Graph for one pyoxigraph result."""
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        return Rows(columns, [{c: to_rdflib(sol[c]) for c in columns} for sol in result])
    from ccmgraph.namespaces import bind_prefixes

    graph = bind_prefixes(Graph())
    for triple in result:
        graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))  # type: ignore[arg-type]
    return graph


def render(answer: Answer, fmt: str | None = None, *, wide: bool = False) -> str:
    """Text for `answer` in `fmt` (None: a table for rows, true/false for ASK, Turtle for graphs).

    >>> render(True), render(False, "json")
    ('true', 'false')
    >>> render(Graph(), "csv")
    Traceback (most recent call last):
    ccmgraph.errors.UsageError: this query gives a graph: use --format turtle, ntriples, jsonld or rdfxml
    """
    if isinstance(answer, Graph):
        if fmt is None:
            fmt = "turtle"
        if fmt not in RDF_FORMATS:
            raise UsageError("this query gives a graph: use --format " + _choices(RDF_FORMATS))
        return str(answer.serialize(format=RDF_FORMATS[fmt])).rstrip("\n")
    if fmt is not None and fmt not in ROW_FORMATS:
        raise UsageError("this query gives rows or a truth value: use --format " + _choices(ROW_FORMATS))
    if isinstance(answer, bool):
        return json.dumps(answer)
    return answer.render(fmt or "table", wide=wide)


def _choices(names: Iterable[str]) -> str:
    items = list(names)
    return ", ".join(items[:-1]) + " or " + items[-1]
