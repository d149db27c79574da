"""Validate one document's graph against shapes/ with the ontology: the pipeline's gate.

The shapes and the ontology are parsed once per process (they do not change while it runs);
each call validates one document graph of a few hundred to a few thousand triples. The
ontology is passed as pySHACL's `ont_graph`, so `sh:targetClass ccm:Fact` reaches every
subclass and `sh:class ccm:Actor` accepts a `ccm:State`, without running RDFS inference
(measured: inference "rdfs" adds nothing the shapes need and costs several times as much).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import pyshacl
from rdflib import RDF, Graph, Literal, Node, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from .errors import ValidationError
from .namespaces import curie
from .paths import ontology_dir, shapes_dir


@dataclass(frozen=True)
class Report:
    """The verdict on one graph: `text` has one line per problem, "focus – path – message"."""

    conforms: bool
    text: str
    results: int
    graph: Graph = field(default_factory=Graph, repr=False, compare=False)


@functools.cache
def shapes_graph() -> Graph:
    """All shapes/*.shapes.ttl as one graph."""
    files = sorted(shapes_dir().glob("*.shapes.ttl"))
    if not files:
        raise ValidationError(f"{shapes_dir()}: no *.shapes.ttl files to validate with")
    graph = Graph()
    for path in files:
        graph.parse(path, format="turtle")
    return graph


@functools.cache
def ontology_graph() -> Graph:
    """ontology/ccm.ttl: gives the validator the subclass links and the status individuals."""
    return Graph().parse(ontology_dir() / "ccm.ttl", format="turtle")


def validate(graph: Graph) -> Report:
    """Validate `graph` (left unchanged) against the shapes; never raises on bad data."""
    conforms, results_graph, _ = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
        advanced=False,
    )
    assert isinstance(results_graph, Graph)
    top = [r for report in results_graph.subjects(RDF.type, SH.ValidationReport) for r in results_graph.objects(report, SH.result)]
    lines = sorted(describe(results_graph, result) for result in top)  # sh:detail results stay out
    return Report(bool(conforms), "\n".join(lines), len(lines), results_graph)


def describe(report: Graph, result: Node) -> str:
    """One readable line for a SHACL result: focus node – path – message (– offending value)."""
    focus = show(report, report.value(result, SH.focusNode))
    path = show(report, report.value(result, SH.resultPath))
    message = report.value(result, SH.resultMessage)
    value = report.value(result, SH.value)
    line = f"{focus} – {path} – {message or 'does not conform'}"
    if value is not None and not isinstance(value, Graph):
        line += f" (value: {show(report, value)})"
    return line


def show(report: Graph, node: Node | None) -> str:
    """A short form of a node: a CURIE, a quoted literal, or a SHACL path written out."""
    if node is None:
        return "(itself)"
    if isinstance(node, URIRef):
        return curie(node)
    if isinstance(node, Literal):
        return f'"{node}"' + (f"^^{curie(node.datatype)}" if node.datatype else "")
    inverse = report.value(node, SH.inversePath)
    if inverse is not None:
        return f"^{show(report, inverse)}"
    if report.value(node, RDF.first) is not None:
        return "/".join(show(report, step) for step in Collection(report, node))
    return "(blank node)"
