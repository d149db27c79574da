"""Exports: byte-identical runs and builds, a VoID/DCAT description, ontology documentation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, VOID, XSD

from conftest import run_cli

FORMATS = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}


@pytest.fixture(scope="module")
def second_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("again") / "store"
    run_cli("--quiet", "build", store=store, check=True)
    return store


def _export(store: Path, fmt: str, target: Path) -> bytes:
    run_cli("--quiet", "export", "--format", fmt, "-o", str(target), store=store, check=True)
    return target.read_bytes()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_exports_are_byte_identical_across_runs_and_builds(fmt: str, built_store: Path, second_build: Path,
                                                             tmp_path: Path) -> None:
    first = _export(built_store, fmt, tmp_path / "1")
    assert first == _export(built_store, fmt, tmp_path / "2")
    assert first == _export(second_build, fmt, tmp_path / "3")
    if fmt == "turtle":
        assert len(Graph().parse(data=first, format="turtle")) > 1000
    else:
        dataset = Dataset()
        dataset.parse(data=first, format=FORMATS[fmt])
        named = {g.identifier for g in dataset.graphs() if len(g)}
        assert URIRef("https://w3id.org/ccmgraph/ontology") in named and len(named) >= 3


def test_blank_nodes_keep_the_ontology_intact(built_store: Path, tmp_path: Path) -> None:
    """Renaming blank nodes by content must not merge or lose any: the ontology graph survives whole."""
    exported = Dataset()
    exported.parse(data=_export(built_store, "trig", tmp_path / "t"), format="trig")
    ontology = exported.graph(URIRef("https://w3id.org/ccmgraph/ontology"))
    source = Graph()
    for path in sorted((Path(__file__).parents[2] / "ontology").glob("*.ttl")):
        source.parse(path, format="turtle")
    assert len(ontology) == len(source)
    assert len(set(ontology.subjects(RDF.type, OWL.AllDisjointClasses))) == len(
        set(source.subjects(RDF.type, OWL.AllDisjointClasses)))


def test_void_description(built_store: Path, rich_store: Path, tmp_path: Path) -> None:
    void = tmp_path / "void.ttl"
    run_cli("--quiet", "export", "--format", "nquads", "-o", str(tmp_path / "d.nq"), "--void", str(void),
            store=built_store, check=True)
    first = void.read_bytes()
    run_cli("--quiet", "export", "--format", "nquads", "-o", str(tmp_path / "d.nq"), "--void", str(void),
            store=built_store, check=True)
    assert void.read_bytes() == first
    g = Graph().parse(data=first, format="turtle")
    dataset = URIRef("https://w3id.org/ccmgraph/id/dataset")
    lines = (tmp_path / "d.nq").read_bytes().count(b"\n")
    assert g.value(dataset, VOID.triples).toPython() == lines
    assert g.value(dataset, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    subsets = list(g.objects(dataset, VOID.subset))
    assert sum(g.value(s, VOID.triples).toPython() for s in subsets) < lines and len(subsets) >= 3
    modified = g.value(dataset, DCTERMS.modified)
    assert modified.datatype == XSD.date and modified.toPython() < dt.date.today()
    assert modified.toPython() == max(g.value(s, DCTERMS.modified).toPython() for s in subsets
                                      if g.value(s, DCTERMS.modified) is not None)
    CCM = Namespace("https://w3id.org/ccmgraph/ontology#")
    partitions = {g.value(p, VOID["class"]): g.value(p, VOID.entities).toPython()
                  for p in g.objects(dataset, VOID.classPartition)}
    assert partitions[CCM.CoordinationCommitteeMeeting] >= 3
    news = [s for s in subsets if g.value(s, CCM.fileName) == Literal("ccm-presidency-news-2017.txt")]
    assert g.value(news[0], DCTERMS.modified) == Literal("2017-09-04", datatype=XSD.date)
    run_cli("--quiet", "export", "--format", "nquads", "-o", str(tmp_path / "r.nq"), "--void", str(void),
            store=rich_store, check=True)
    richer = Graph().parse(void, format="turtle")
    assert len(list(richer.objects(dataset, VOID.subset))) == len(subsets) + 6  # the six EXTRA documents


def test_ontology_documentation(tmp_path: Path) -> None:
    result = run_cli("docs", "-o", str(tmp_path / "docs"))
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "docs" / "index.html").read_text(encoding="utf-8")
    ontology = Graph()
    for path in sorted((Path(__file__).parents[2] / "ontology").glob("*.ttl")):
        ontology.parse(path, format="turtle")
    terms = [t for t in set(ontology.subjects(RDF.type, OWL.Class)) if str(t).startswith(str(CCM_NS))]
    assert len(terms) > 30
    for term in terms:
        local = str(term)[len(str(CCM_NS)):]
        assert f'id="{local}"' in page
    assert 'href="#Meeting"' in page and "Coordination Committee" in page


def test_ontology_documentation_has_what_pylode_gives(tmp_path: Path) -> None:
    import re
    import xml.etree.ElementTree as ET

    from ccmgraph.export.ontodoc import diagram, load, write_docs

    page = write_docs(tmp_path / "docs").read_text(encoding="utf-8")
    ontology = load()
    header = URIRef("https://w3id.org/ccmgraph/ontology")
    for prop in (OWL.versionInfo, OWL.versionIRI, DCTERMS.license, DCTERMS.created):
        value = ontology.value(header, prop)
        assert value is not None and str(value) in page, prop
    assert "<th>prefix</th>" in page and "<code>http://www.w3.org/ns/org#</code>" in page
    for name in ("ccm.ttl", "compliance.ttl"):  # download links to copies beside the page
        assert f"href='{name}' download" in page and (tmp_path / "docs" / name).read_bytes() == (
            Path(__file__).parents[2] / "ontology" / name).read_bytes()
    svg = ET.fromstring(diagram(ontology))
    classes = {str(t) for t in ontology.subjects(RDF.type, OWL.Class) if str(t).startswith(str(CCM_NS))}
    texts = {t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")}
    assert {"ccm:" + c[len(str(CCM_NS)):] for c in classes} <= texts
    lines = len(list(svg.iter("{http://www.w3.org/2000/svg}line")))
    assert lines == len({(s, o) for s, o in ontology.subject_objects(RDFS.subClassOf)
                         if str(s) in classes and isinstance(o, URIRef)})
    attendance = page[page.index('id="Attendance"'):]
    attendance = attendance[:attendance.index('<div class="term"')]
    assert "query meeting_attendance" in attendance and "in domain of" in attendance
    assert re.search(r"<dt>range</dt><dd>[^<]*<a href=\"#", page)  # ranges link to their class
    assert write_docs(tmp_path / "again").read_bytes() == (tmp_path / "docs" / "index.html").read_bytes()


CCM_NS = Namespace("https://w3id.org/ccmgraph/ontology#")
