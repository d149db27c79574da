"""The shapes are valid SHACL, use only ontology terms, and judge real cases as expected.

Each tests/shapes/*.test.ttl holds data and its expected report together (pySHACL's DASH
test cases): the report must list exactly the expected (focus node, path, constraint) results.
"""

from __future__ import annotations

import time
from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SH

from ccmgraph.validate.shacl import Report, ontology_graph, shapes_graph, validate

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted((ROOT / "tests" / "shapes").glob("*.test.ttl"))
SAMPLE = ROOT / "tests" / "fixtures" / "sample-data.ttl"
DASH = Namespace("http://datashapes.org/dash#")
CCM = "https://w3id.org/ccmgraph/ontology#"
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
Result = tuple[URIRef, object, URIRef]


def test_shapes_are_valid_shacl() -> None:
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes_graph(), meta_shacl=True)
    assert conforms, text


def test_shapes_target_and_constrain_only_declared_ccm_terms() -> None:
    shapes, ontology = shapes_graph(), ontology_graph()
    used = set(shapes.objects(None, SH.targetClass)) | set(shapes.objects(None, SH.path))
    ccm_used = {term for term in used if isinstance(term, URIRef) and term.startswith(CCM)}
    assert len(ccm_used) > 50
    undeclared = sorted(term for term in ccm_used if (term, RDF.type, None) not in ontology)
    assert undeclared == []


def test_every_fact_class_is_reached_by_the_provenance_shape() -> None:
    facts = set(ontology_graph().transitive_subjects(URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf"),
                                                     URIRef(CCM + "Fact")))
    expected = {URIRef(CCM + name) for name in (
        "Attendance Mandate AgendaItem Decision Commitment MinutesApproval FinancialContribution Mention "
        "Statement Vote ObligationFulfilment Publication TreatyParticipation ObligationDeadline").split()}
    assert expected <= facts


def expected_results(case: Graph) -> tuple[bool, set[Result]]:
    test = case.value(None, RDF.type, DASH.GraphValidationTestCase, any=False)
    assert test is not None, "a .test.ttl file holds one dash:GraphValidationTestCase"
    report = case.value(test, DASH.expectedResult)
    conforms = case.value(report, SH.conforms)
    assert isinstance(conforms, Literal)
    results = {result_key(case, r) for r in case.objects(report, SH.result)}
    return bool(conforms.toPython()), results


def result_key(graph: Graph, result: object) -> Result:
    focus = graph.value(result, SH.focusNode)  # type: ignore[arg-type]
    path = graph.value(result, SH.resultPath)  # type: ignore[arg-type]
    component = graph.value(result, SH.sourceConstraintComponent)  # type: ignore[arg-type]
    assert isinstance(focus, URIRef) and isinstance(component, URIRef)
    return focus, path, component


def actual_results(report: Report) -> set[Result]:
    rg = report.graph
    return {result_key(rg, r) for top in rg.subjects(RDF.type, SH.ValidationReport) for r in rg.objects(top, SH.result)}


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_case_gives_exactly_the_expected_report(path: Path) -> None:
    case = Graph().parse(path, format="turtle")
    expected_conforms, expected = expected_results(case)
    report = validate(case)
    assert report.conforms is expected_conforms, report.text
    assert actual_results(report) == expected, report.text
    assert report.results == len(report.text.splitlines()) >= len(expected)


@pytest.mark.parametrize("name", ["reference-row-without-source", "date-not-a-date", "state-not-a-state"])
def test_the_three_rejections_of_the_issue_are_covered(name: str) -> None:
    assert not validate(Graph().parse(ROOT / "tests" / "shapes" / f"{name}.test.ttl")).conforms


def test_sample_data_conforms() -> None:
    report = validate(Graph().parse(SAMPLE, format="turtle"))
    assert report.conforms, report.text
    assert (report.results, report.text) == (0, "")


def test_report_lines_read_focus_path_message() -> None:
    graph = Graph().parse(SAMPLE, format="turtle")
    nld = URIRef("https://w3id.org/ccmgraph/id/state/NLD")
    graph.set((nld, URIRef(CCM + "iso3"), Literal("Netherlands")))
    report = validate(graph)
    assert not report.conforms and report.results == 1
    assert report.text == (
        'id:state/NLD – ccm:iso3 – a State needs exactly one ISO 3166-1 alpha-3 code of three capital letters '
        '(ccm:iso3) (value: "Netherlands")'
    )


def test_validate_leaves_the_graph_unchanged() -> None:
    graph = Graph().parse(SAMPLE, format="turtle")
    before = len(graph)
    validate(graph)
    assert len(graph) == before


def scaled_sample(copies: int) -> Graph:
    """The sample repeated under other document IRIs: a document graph of realistic size."""
    sample = Graph().parse(SAMPLE, format="turtle")
    graph = Graph()
    for n in range(copies):
        def move(term: object, n: int = n) -> object:
            if isinstance(term, URIRef) and "/id/document/" in term:
                return URIRef(term.replace("/id/document/", f"/id/document/{n:x}"))
            return term
        for s, p, o in sample:
            graph.add((move(s), p, move(o)))  # type: ignore[arg-type]
    return graph


def test_a_thousand_triple_document_validates_in_well_under_a_second() -> None:
    graph = scaled_sample(30)
    assert len(graph) >= 1000
    validate(graph)  # shapes and ontology are loaded once per process
    start = time.perf_counter()
    report = validate(graph)
    elapsed = time.perf_counter() - start
    assert report.conforms, report.text
    assert elapsed < 0.5, f"validate took {elapsed * 1000:.0f} ms on {len(graph)} triples"


def test_an_ill_typed_date_in_a_scaled_graph_is_still_found() -> None:
    graph = scaled_sample(3)
    participation = URIRef("https://w3id.org/ccmgraph/id/participation/NLD/ccm/1")
    graph.set((participation, URIRef(CCM + "depositDate"), Literal("2011-13-01", datatype=XSD_DATE)))
    report = validate(graph)
    assert not report.conforms
    assert "id:participation/NLD/ccm/1 – ccm:depositDate – the deposit date must be a single valid date" in report.text


# --- the second pass: shapes over the union of every graph -------------------------------------

UNION_CASE = """
@prefix ccm: <https://w3id.org/ccmgraph/ontology#> . @prefix schema: <https://schema.org/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<urn:m1> a ccm:MeetingOfStatesParties ; ccm:shortName "7MSP" ; ccm:convention <urn:ccm> ;
    schema:startDate "2017-09-04"^^xsd:date , "2017-09-05"^^xsd:date .
<urn:m2> a ccm:MeetingOfStatesParties ; ccm:shortName "7MSP" ; ccm:convention <urn:ccm> .
<urn:m3> a ccm:MeetingOfStatesParties ; ccm:shortName "7MSP" ; ccm:convention <urn:apmbc> .
<urn:a> a ccm:UnresolvedActor ; rdfs:label "Ruritania" .
<urn:p> a ccm:Person ; foaf:name "M. Biontino" .
<urn:q> a ccm:Person ; foaf:name "Michael Biontino" .
"""


def test_the_union_pass_finds_what_no_single_document_shows() -> None:
    from ccmgraph.validate.union import union_findings

    found = {(f.severity, f.focus, f.message.split(":")[0]) for f in union_findings(Graph().parse(data=UNION_CASE, format="turtle"))}
    assert found == {
        ("violation", "<urn:m1>", "two meetings of one kind and convention share the short name 7MSP"),
        ("violation", "<urn:m2>", "two meetings of one kind and convention share the short name 7MSP"),
        ("warning", "<urn:m1>", "sources give this node more than one start date; see the conflicts query"),
        ("warning", "<urn:a>", "a name no registry resolves to a State, organisation or person (kept as written)"),
        ("note", "<urn:p>", "a person known only by an initial and a surname"),
    }


def test_the_built_store_passes_the_union_pass(built_store: Path) -> None:
    from ccmgraph.build import ONTOLOGY_GRAPH
    from ccmgraph.store.oxigraph import Store
    from ccmgraph.validate.union import union_findings, union_of

    with Store(built_store, mode="read") as store:
        findings = union_findings(union_of(store, ONTOLOGY_GRAPH))
    assert [str(f) for f in findings if f.severity == "violation"] == []
