"""Does the fast engine give pySHACL's verdict? Real graphs and copies broken on purpose.

validate.py accepts a graph when the compiled engine says it conforms and asks pySHACL
otherwise, which is sound only while the engine never accepts what pySHACL rejects. This
module builds the evidence: the graphs the project really validates (shape test cases, the
sample data, mapped fixture documents, reference tables) and, from each, copies broken in
small ways (a value dropped, doubled, retyped or made ill-formed; a node's type swapped; a
class untyped), each judged by both engines. tests/test_validate_engines.py runs a bounded
sweep; bench/validate_bench.py --agreement runs all of it.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, XSD, Graph, Literal, Node, URIRef

from ccmgraph.document.read import read_file
from ccmgraph.errors import CcmGraphError
from ccmgraph.pipeline import extract_and_map
from ccmgraph.namespaces import CCM
from ccmgraph.reference import reference_graphs
from ccmgraph.validate.shacl import fast_shapes, pyshacl_report
from ccmgraph.validate.fast import has_ill_typed_literal

JUNK = URIRef("https://w3id.org/ccmgraph/id/junk/1")
Triple = tuple[Node, Node, Node]


def mapped_file(path: Path) -> Graph | None:
    """The graph a source file maps to, or None when extraction refuses it."""
    try:
        return extract_and_map(read_file(path))[1].graph
    except CcmGraphError:
        return None


def corpus(tests: Path) -> Iterator[tuple[str, Graph]]:
    """(name, graph) of every graph the project validates that `tests` (the tests folder) holds,
    then every reference table."""
    for path in sorted((tests / "shapes").glob("*.test.ttl")):
        yield f"case {path.stem}", Graph().parse(path, format="turtle")
    yield "sample data", Graph().parse(tests / "fixtures" / "sample-data.ttl", format="turtle")
    for path in sorted((tests / "fixtures").glob("*/*")):
        if path.suffix in (".txt", ".html", ".pdf") and (graph := mapped_file(path)) is not None:
            yield f"document {path.name}", graph
    for iri, graph in reference_graphs():
        yield f"table {graph.value(iri, CCM.fileName) or iri}", graph


def changed(graph: Graph, remove: list[Triple], add: list[Triple]) -> Graph:
    """A copy of `graph` with some triples taken out and others put in."""
    out = Graph()
    for triple in graph:
        out.add(triple)
    for triple in remove:
        out.remove(triple)
    for triple in add:
        out.add(triple)
    return out


def value_mutations(s: Node, p: URIRef, o: Node) -> Iterator[tuple[str, list[Triple], list[Triple]]]:
    """(what, remove, add): one triple dropped, doubled, or its object replaced by a value of
    another kind or an ill-formed one."""
    t = (s, p, o)
    yield "dropped", [t], []
    yield "second literal", [], [(s, p, Literal("x"))]
    yield "second IRI", [], [(s, p, JUNK)]
    if isinstance(o, Literal) and o.datatype is not None:
        yield "ill-formed", [t], [(s, p, Literal("2016-02-30", datatype=o.datatype))]
        yield "untyped", [t], [(s, p, Literal(str(o)))]
    if isinstance(o, Literal) and o.datatype is None:
        yield "as integer", [t], [(s, p, Literal(str(o), datatype=XSD.integer))]
        yield "empty", [t], [(s, p, Literal(""))]
        yield "language-tagged", [t], [(s, p, Literal(str(o), lang="en"))]
    if isinstance(o, URIRef) and p != RDF.type:
        yield "IRI as text", [t], [(s, p, Literal(str(o)))]
        yield "IRI elsewhere", [t], [(s, p, URIRef(str(o) + "/x"))]


def mutations(graph: Graph) -> Iterator[tuple[str, list[Triple], list[Triple]]]:
    """Ways to break `graph`: the first triple of each predicate mutated every way, each class's
    first node given the next class instead, each class untyped everywhere."""
    for p in sorted(set(graph.predicates()), key=str):
        s, _, o = min(graph.triples((None, p, None)), key=lambda t: (str(t[0]), str(t[2])))
        assert isinstance(p, URIRef)
        for what, remove, add in value_mutations(s, p, o):
            yield f"{what}: {p} of {s}", remove, add
    classes = sorted(set(graph.objects(None, RDF.type)), key=str)
    for n, cls in enumerate(classes):
        node = min(graph.subjects(RDF.type, cls), key=str)
        other = classes[(n + 1) % len(classes)]
        yield f"retyped {node}: {cls} -> {other}", [(node, RDF.type, cls)], [(node, RDF.type, other)]
        yield f"untyped all {cls}", list(graph.triples((None, RDF.type, cls))), []


def mutants(graph: Graph, limit: int | None = None) -> Iterator[tuple[str, Graph]]:
    """Broken copies of `graph`; at most `limit`, a spread over all kinds chosen by a hash of
    their description (the same every run)."""
    chosen = list(mutations(graph))
    if limit is not None and len(chosen) > limit:
        chosen = sorted(chosen, key=lambda m: zlib.crc32(m[0].encode()))[:limit]
    for what, remove, add in chosen:
        yield what, changed(graph, remove, add)


@dataclass
class Comparison:
    """What both engines said: how many graphs, pySHACL's verdicts, and every difference."""

    conforms: bool | None = None  # pySHACL's verdict on the graph as it is
    graphs: int = 0
    verdicts: set[bool] = field(default_factory=set)
    differences: list[str] = field(default_factory=list)
    undecided: int = 0  # graphs the fast engine rightly left to pySHACL (ill-typed literals)


def compare(graph: Graph, limit: int | None = None) -> Comparison:
    """Both verdicts on `graph` and on its broken copies (at most `limit` of them)."""
    out = Comparison()
    fast = fast_shapes()
    if fast is None:
        out.differences.append("the fast engine is not available")
        return out
    for what, candidate in [("as is", graph), *mutants(graph, limit)]:
        reference = pyshacl_report(candidate).conforms
        verdict = fast.conforms(candidate)
        out.graphs += 1
        out.verdicts.add(reference)
        out.conforms = reference if out.conforms is None else out.conforms
        if verdict is None and has_ill_typed_literal(candidate):
            out.undecided += 1
        elif verdict is None:
            out.differences.append(f"{what}: the fast engine could not judge it")
        elif verdict != reference:
            out.differences.append(f"{what}: pySHACL says {reference}, the fast engine {verdict}")
    return out
