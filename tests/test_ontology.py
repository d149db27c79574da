"""The ontology is documented, closed, consistent, and the generated namespace is fresh.

Brick's `test_definitions` made strict (a missing label or comment fails), ODK's reason test
(HermiT through owlready2 on the ontology plus a hand-made sample of mapped data), FtM's check
that a generated file is not stale.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import owlready2
import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "ccm.ttl"
SAMPLE = ROOT / "tests" / "fixtures" / "sample-data.ttl"
CCM = "https://w3id.org/ccmgraph/ontology#"
QUERY_FILES = sorted((ROOT / "queries").rglob("*.rq"))
SHAPE_FILES = sorted((ROOT / "shapes").glob("*.shapes.ttl"))


def load_ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


ONTOLOGY_GRAPH = load_ontology()


def ccm_terms(graph: Graph) -> set[URIRef]:
    """Every ccm: IRI the ontology declares (gives a type to)."""
    return {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(CCM)}


DECLARED = ccm_terms(ONTOLOGY_GRAPH)
# the other ontology files (compliance.ttl) declare ccm: terms too; shapes and queries may use them
ALL_DECLARED = DECLARED.union(*(ccm_terms(Graph().parse(p)) for p in sorted(ONTOLOGY.parent.glob("*.ttl")) if p != ONTOLOGY))


def english(graph: Graph, subject: URIRef, predicate: URIRef) -> list[str]:
    return [str(o) for o in graph.objects(subject, predicate) if isinstance(o, Literal) and o.language == "en"]


# --- documentation ---------------------------------------------------------------------------


def test_ontology_header_names_title_description_licence_and_version() -> None:
    heads = list(ONTOLOGY_GRAPH.subjects(RDF.type, OWL.Ontology))
    assert len(heads) == 1
    head = heads[0]
    for prop in ("title", "description", "license"):
        assert ONTOLOGY_GRAPH.value(head, URIRef(f"http://purl.org/dc/terms/{prop}")) is not None, prop
    assert ONTOLOGY_GRAPH.value(head, OWL.versionInfo) is not None


@pytest.mark.parametrize("term", sorted(DECLARED), ids=lambda t: t.removeprefix(CCM))
def test_every_term_has_one_english_label_and_a_comment(term: URIRef) -> None:
    labels = english(ONTOLOGY_GRAPH, term, RDFS.label)
    comments = english(ONTOLOGY_GRAPH, term, RDFS.comment)
    assert len(labels) == 1, f"ccm:{term.removeprefix(CCM)} needs exactly one rdfs:label@en, has {labels}"
    assert comments and all(len(c.split()) >= 5 for c in comments), (
        f"ccm:{term.removeprefix(CCM)} needs an rdfs:comment@en saying what it is and why"
    )


def test_every_agreed_term_of_terms_md_is_declared() -> None:
    agreed = set(re.findall(r"ccm:([A-Za-z]\w*)", (ROOT / "docs" / "terms.md").read_text(encoding="utf-8")))
    missing = sorted(name for name in agreed if URIRef(CCM + name) not in DECLARED)
    assert not missing, f"terms.md names terms the ontology lacks: {missing}"


def test_every_ccm_iri_mentioned_in_the_ontology_is_declared() -> None:
    mentioned = {n for triple in ONTOLOGY_GRAPH for n in triple if isinstance(n, URIRef) and n.startswith(CCM)}
    assert sorted(mentioned - DECLARED) == []


def test_external_terms_are_declared_with_their_defining_vocabulary() -> None:
    external = {
        s
        for s, o in ONTOLOGY_GRAPH.subject_objects(RDF.type)
        if isinstance(s, URIRef) and not s.startswith(CCM) and o in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    }
    assert external, "external classes and properties must be declared for the reasoner"
    undefined = sorted(s for s in external if ONTOLOGY_GRAPH.value(s, RDFS.isDefinedBy) is None)
    assert undefined == []


def test_attendance_statuses_have_the_notations_records_use() -> None:
    skos_notation = URIRef("http://www.w3.org/2004/02/skos/core#notation")
    notations = {
        str(ONTOLOGY_GRAPH.value(s, skos_notation))
        for s in ONTOLOGY_GRAPH.subjects(RDF.type, URIRef(CCM + "AttendanceStatus"))
    }
    assert notations == {"present", "apologies_received", "apologies_not_received"}


def test_every_meeting_kind_of_the_records_has_exactly_one_class() -> None:
    records = (ROOT / "src" / "ccmgraph" / "records.py").read_text(encoding="utf-8")
    block = re.search(r"MeetingKind = Literal\[(.*?)\]", records, re.S)
    assert block is not None
    kinds = set(re.findall(r'"([a-z-]+)"', block.group(1)))
    slugs = [str(o) for o in ONTOLOGY_GRAPH.objects(None, URIRef(CCM + "kindSlug"))]
    assert sorted(slugs) == sorted(kinds)


# --- closed vocabulary: shapes and queries use only declared terms -----------------------------


def terms_in_text(text: str) -> Iterator[str]:
    """ccm: local names in Turtle or SPARQL text, by full IRI or by the prefix bound to CCM."""
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    yield from re.findall(re.escape("<" + CCM) + r"([A-Za-z_]\w*)>", code)
    for prefix in re.findall(r"(?i)(?:@prefix|prefix)\s+(\w*):\s*<" + re.escape(CCM) + ">", code):
        yield from re.findall(rf"(?<![\w:/]){prefix}:([A-Za-z_]\w*)", code)


@pytest.mark.parametrize("path", SHAPE_FILES + QUERY_FILES, ids=lambda p: p.name)
def test_shapes_and_queries_use_only_declared_terms(path: Path) -> None:
    used = set(terms_in_text(path.read_text(encoding="utf-8")))
    unknown = sorted(name for name in used if URIRef(CCM + name) not in ALL_DECLARED)
    assert not unknown, f"{path.name} uses terms the ontology does not declare: {unknown}"


def test_term_finder_sees_prefixed_and_full_iris() -> None:
    text = f"PREFIX c: <{CCM}>\n# c:Commented\nSELECT * {{ ?a c:Attendance ; <{CCM}status> ?s }}"
    assert sorted(terms_in_text(text)) == ["Attendance", "status"]


# --- the generated namespace ---------------------------------------------------------------------


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_namespaces", ROOT / "tools" / "gen_namespaces.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_namespaces_py_is_not_stale(tmp_path: Path) -> None:
    fresh = tmp_path / "namespaces.py"
    fresh.write_text(load_generator().render(ONTOLOGY), encoding="utf-8")
    committed = ROOT / "src" / "ccmgraph" / "namespaces.py"
    assert committed.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
        "src/ccmgraph/namespaces.py is stale: run python tools/gen_namespaces.py"
    )


def test_namespace_is_closed_and_complete() -> None:
    from ccmgraph.namespaces import CCM as NS

    assert {URIRef(NS[t.removeprefix(CCM)]) for t in DECLARED} == DECLARED
    with pytest.raises(AttributeError):
        NS.Atendance  # noqa: B018 - a typo must fail


# --- reasoning -------------------------------------------------------------------------------------


def consistent(*graphs: Graph) -> bool:
    """HermiT's verdict on the union of `graphs`.

    HermiT knows only the OWL 2 datatype map, which lacks xsd:date, xsd:time and the partial
    dates; it is told to ignore those (their literals are checked by the shapes instead).
    """
    union = Graph()
    for graph in graphs:
        union += graph
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "union.nt"
        union.serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load()
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0,
                                               ignore_unsupported_datatypes=True)
        except owlready2.OwlReadyInconsistentOntologyError:
            return False
        finally:
            world.close()
    return True


SAMPLE_GRAPH = Graph().parse(SAMPLE, format="turtle")
NEEDS_JAVA = pytest.mark.skipif(shutil.which("java") is None,
                                reason="HermiT needs Java (apt-get install default-jre-headless); CI installs it")
ATTENDANCE = "https://w3id.org/ccmgraph/id/document/a4d4a40b9ac149cc18c11199895e7d7d9dec29bfb888b7bb01857117461b4e58/attendance/nld"
CONTRADICTIONS = {
    "state-is-person": f"<https://w3id.org/ccmgraph/id/state/NLD> a <{CCM}Person> .",
    "two-statuses": f"<{ATTENDANCE}> <{CCM}status> <{CCM}apologiesReceived> .",
    "meeting-of-two-kinds": f"<https://w3id.org/ccmgraph/id/meeting/cc/2016-03-03> a <{CCM}Seminar> .",
    "quote-as-document": f"<{ATTENDANCE}> a <{CCM}SourceDocument> .",
    "count-as-text": f'<{ATTENDANCE}> <{CCM}lineNumber> "five" .',
}


@pytest.mark.slow
@NEEDS_JAVA
def test_hermit_finds_ontology_and_sample_data_consistent() -> None:
    assert consistent(ONTOLOGY_GRAPH, SAMPLE_GRAPH)


@pytest.mark.slow
@NEEDS_JAVA
@pytest.mark.parametrize("name", sorted(CONTRADICTIONS))
def test_hermit_finds_a_contradiction_added_to_the_sample(name: str) -> None:
    contradiction = Graph().parse(data=CONTRADICTIONS[name], format="turtle")
    assert not consistent(ONTOLOGY_GRAPH, SAMPLE_GRAPH, contradiction)
