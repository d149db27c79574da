"""The fast engine gives pySHACL's verdict on every graph we can show it, or none at all.

validate.py accepts a graph when the compiled engine (validate_fast.py) says it conforms and
asks pySHACL otherwise: sound only while the engine never accepts what pySHACL rejects. Both
judge every shape test case, the sample data, every fixture document's graph and every
reference table, and copies of them broken on purpose (validate_agreement.py): a dozen per
graph here, spread over all kinds of breakage; the whole sweep, over 5,000 graphs, is
`python bench/validate_bench.py --agreement`.
"""

from __future__ import annotations

import functools
import multiprocessing
from pathlib import Path

import pytest
import shacl  # the fast engine is a dependency: its absence must fail here, not pass quietly
from rdflib import RDF, XSD, Graph, Literal, URIRef

from ccmgraph.validate.shacl import fast_shapes, validate
from ccmgraph.validate.agreement import Comparison, compare, corpus
from ccmgraph.validate.fast import CompiledShapes, has_ill_typed_literal, ntriples

TESTS = Path(__file__).resolve().parent
SAMPLE = TESTS / "fixtures" / "sample-data.ttl"
CCM = "https://w3id.org/ccmgraph/ontology#"
COPIES = 12  # broken copies judged per graph here: pySHACL takes 20-150 ms on each


@functools.cache
def graphs() -> dict[str, Graph]:
    return dict(corpus(TESTS))


def engine() -> CompiledShapes:
    fast = fast_shapes()
    assert fast is not None, f"shacl {shacl.__version__} is installed but validate.py does not use it"
    return fast


def judged(name: str) -> Comparison:
    graph = graphs()[name]
    return compare(graph, COPIES if len(graph) < 5000 else 0)  # the 13,000-triple table: as it is


def test_the_corpus_holds_every_kind_of_graph() -> None:
    kinds = [name.split()[0] for name in graphs()]
    assert kinds.count("case") >= 9 and kinds.count("table") >= 10
    assert kinds.count("document") >= 10  # minutes and news (txt, html); two refused at extraction
    assert sum(len(g) for name, g in graphs().items() if name.startswith("document")) > 5000


@pytest.mark.parametrize("name", sorted(graphs()), ids=str)
def test_both_engines_give_the_same_verdict(name: str) -> None:
    result = judged(name)
    assert result.differences == []
    assert result.graphs >= 1
    if result.graphs > 1:
        assert False in result.verdicts  # the broken copies are judged broken: the sweep is not idle
    if not name.startswith("case"):
        assert result.conforms  # real graphs conform as they are


def test_the_engine_reads_the_graph_as_rdflib_writes_it() -> None:
    for name, graph in graphs().items():
        if not has_ill_typed_literal(graph):
            assert ntriples(graph) == graph.serialize(format="nt"), name


def sample_with(predicate: str, value: Literal | URIRef, subject: URIRef | None = None) -> tuple[Graph, URIRef]:
    graph = Graph().parse(SAMPLE, format="turtle")
    node = subject or next(graph.subjects(URIRef(CCM + predicate), None))
    assert isinstance(node, URIRef)
    graph.set((node, URIRef(CCM + predicate), value))
    return graph, node


def test_an_ill_typed_literal_is_left_to_pyshacl() -> None:
    graph, node = sample_with("derived", Literal("yes", datatype=XSD.boolean))
    assert has_ill_typed_literal(graph)
    assert str(graph.value(node, URIRef(CCM + "derived"))) == "false"  # what rdflib would write out
    assert engine().conforms(graph) is None
    report = validate(graph)
    assert not report.conforms and "derived must be a single true or false" in report.text


def test_an_iri_rdflib_cannot_write_is_left_to_pyshacl() -> None:
    graph = Graph().parse(SAMPLE, format="turtle")
    graph.add((URIRef("https://w3id.org/ccmgraph/id/person/a b"), RDF.type, URIRef(CCM + "Person")))
    assert engine().conforms(graph) is None
    report = validate(graph)
    assert not report.conforms and "a person needs exactly one name" in report.text


def test_a_rejection_is_reported_by_pyshacl() -> None:
    graph, _ = sample_with("iso3", Literal("nld"), URIRef("https://w3id.org/ccmgraph/id/state/NLD"))
    assert engine().conforms(graph) is False
    report = validate(graph)
    assert (report.conforms, report.results) == (False, 1)
    assert report.text.startswith("id:state/NLD – ccm:iso3 – a State needs exactly one ISO 3166-1 alpha-3 code")


def test_an_accepted_graph_gets_an_empty_conforming_report() -> None:
    report = validate(Graph().parse(SAMPLE, format="turtle"))
    assert (report.conforms, report.results, report.text) == (True, 0, "")
    assert list(report.graph.objects(None, URIRef("http://www.w3.org/ns/shacl#conforms"))) == [Literal(True)]


def test_the_reference_engine_alone_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    from ccmgraph.validate import fast as validate_fast

    monkeypatch.setenv(validate_fast.ENGINE_VARIABLE, "pyshacl")
    assert validate_fast.engine_module() is None
    monkeypatch.setenv(validate_fast.ENGINE_VARIABLE, "fast")
    assert validate_fast.engine_module() is shacl


def _verdict_in_child(path: str) -> bool | None:
    return engine().conforms(Graph().parse(path, format="turtle"))


def test_a_process_forked_after_validating_still_validates() -> None:
    biggest = max(graphs().values(), key=len)
    assert engine().conforms(biggest) is True  # in this process first, as `ccmgraph build` may
    with multiprocessing.get_context("fork").Pool(1) as pool:  # as pipeline.py forks its workers
        assert pool.apply_async(_verdict_in_child, (str(SAMPLE),)).get(timeout=60) is True
