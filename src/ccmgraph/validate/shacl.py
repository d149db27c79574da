"""Validate one document's graph against shapes/ with the ontology: the pipeline's gate.

The shapes and the ontology are parsed once per process (they do not change while it runs);
each call validates one document graph of a few hundred to a few thousand triples. The
ontology's class hierarchy is passed as pySHACL's `ont_graph`, so `sh:targetClass ccm:Fact`
reaches every subclass and `sh:class ccm:Actor` accepts a `ccm:State`. Inference stays
"none": "rdfs" would type every `ccm:delegate` a Person from the property's range and so hide
the very errors `sh:class` looks for, and it costs four times as much (measured: 90 ms against
377 ms on 1,150 triples).

A compiled engine (validate_fast.py) is asked first and accepts in a few milliseconds what
conforms; pySHACL judges every graph the fast engine rejects or cannot judge, and writes the
report. tests/test_validate_engines.py keeps the two verdicts equal.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

import pyshacl
from rdflib import RDF, RDFS, BNode, Graph, Literal, Node, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from ccmgraph.errors import ValidationError
from ccmgraph.namespaces import curie
from ccmgraph.paths import ontology_dir, shapes_dir
from ccmgraph.validate.fast import CompiledShapes, engine_module


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
    """The ontology's Turtle files (ccm.ttl, compliance.ttl) as one graph."""
    graph = Graph()
    for path in sorted(ontology_dir().glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


@functools.cache
def class_skeleton() -> Graph:
    """The part of the ontology SHACL needs: class hierarchy and the types of individuals.

    pySHACL copies `ont_graph` into every data graph it validates; the labels, comments and
    axioms are a dead weight there (measured: half the time of a 1,500-triple document).
    """
    skeleton = Graph()
    for triple in ontology_graph().triples((None, RDFS.subClassOf, None)):
        if isinstance(triple[2], URIRef):
            skeleton.add(triple)
    skeleton += ontology_graph().triples((None, RDF.type, None))
    return skeleton


@functools.cache
def fast_shapes() -> CompiledShapes | None:
    """The shapes compiled for the fast engine, or None when it is not available."""
    engine = engine_module()
    return CompiledShapes(engine, shapes_graph(), class_skeleton()) if engine else None


def validate(graph: Graph | Callable[[], Graph], data: str | None = None) -> Report:
    """Validate `graph` (left unchanged) against the shapes; never raises on bad data.
    `data`: the graph as validate_fast.ntriples() wrote it, when the caller has it already;
    then `graph` may be a function that builds it, called only when pySHACL must judge."""
    fast = fast_shapes()
    if data is not None:
        if fast is not None and fast.conforms_text(data) is True:
            return conforming_report()
        return pyshacl_report(graph() if callable(graph) else graph)
    built = graph() if callable(graph) else graph
    if fast is not None and fast.conforms(built) is True:
        return conforming_report()
    return pyshacl_report(built)


def conforming_report() -> Report:
    """What pySHACL reports for a conforming graph: a sh:ValidationReport with sh:conforms true."""
    graph = Graph()
    report = BNode()
    graph.add((report, RDF.type, SH.ValidationReport))
    graph.add((report, SH.conforms, Literal(True)))
    return Report(True, "", 0, graph)


def pyshacl_report(graph: Graph) -> Report:
    """The reference verdict and the readable report, from pySHACL."""
    conforms, results_graph, _ = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph(),
        ont_graph=class_skeleton(),
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
