"""The tables as graphs: provenance of every fact, stable IRIs, and bad rows refused."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV, SKOS

from ccmgraph.errors import InputError
from ccmgraph.namespaces import CCM
from ccmgraph.reference import reference_folder, reference_graphs, table_list
from ccmgraph.reference.tables import read_table

FOLDER = reference_folder()
FACT_CLASSES = (CCM.Mandate, CCM.TreatyParticipation, CCM.TreatyEvent, CCM.ObligationFulfilment)
# Things the tables define: a table's description of each is traced to a row, the thing never is.
THING_TABLES = {CCM.Convention: "conventions.csv", CCM.Article: "articles.csv", CCM.Obligation: "obligations.csv",
                CCM.Theme: "themes.csv", CCM.Meeting: "meetings.csv", CCM.ActionPlan: "action_plans.csv",
                CCM.Action: "actions.csv"}


@pytest.fixture(scope="module")
def graphs() -> dict[str, tuple[URIRef, Graph]]:
    names = list(table_list(FOLDER))
    return dict(zip(names, reference_graphs(FOLDER)))


def test_document_iri_is_the_hash_of_the_file_bytes(graphs: dict[str, tuple[URIRef, Graph]]) -> None:
    for name, (iri, graph) in graphs.items():
        digest = hashlib.sha256((FOLDER / name).read_bytes()).hexdigest()
        assert str(iri) == f"https://w3id.org/ccmgraph/id/document/{digest}"
        assert (iri, RDF.type, CCM.ReferenceTable) in graph
        assert (iri, CCM.sha256, None) in graph and (iri, DCTERMS.source, None) in graph


def test_one_quote_per_row_and_every_fact_traced(graphs: dict[str, tuple[URIRef, Graph]]) -> None:
    for name, (iri, graph) in graphs.items():
        rows = read_table(FOLDER / name).rows
        quotes = set(graph.subjects(RDF.type, CCM.Quote))
        assert len(quotes) == len(rows), name
        for quote in quotes:
            line = int(graph.value(quote, CCM.lineNumber))
            assert str(graph.value(quote, CCM.quoteText)) == (FOLDER / name).read_text(encoding="utf-8").splitlines()[line - 1]
        for cls in FACT_CLASSES:
            for node in graph.subjects(RDF.type, cls):
                assert set(graph.objects(node, PROV.wasDerivedFrom)) & quotes, (name, node)
        for cls, table in THING_TABLES.items():
            things = set(graph.subjects(RDF.type, cls))
            assert not any((thing, PROV.wasDerivedFrom, None) in graph for thing in things), (name, cls)
            if table != name:
                continue
            assert things, (name, cls)
            for thing in things:
                described = {d for d in graph.subjects(CCM.describes, thing) if (d, RDF.type, CCM.Description) in graph}
                assert described and all(set(graph.objects(d, PROV.wasDerivedFrom)) & quotes for d in described), thing


def test_every_derived_deadline_names_its_rule_and_participation(graphs: dict[str, tuple[URIRef, Graph]]) -> None:
    _, graph = graphs["treaty_status.csv"]
    derived = [n for n in graph.subjects(RDF.type, CCM.ObligationDeadline)]
    assert len(derived) > 150
    for node in derived:
        assert graph.value(node, CCM.derived).toPython() is True
        assert " then " in str(graph.value(node, CCM.derivationRule))
        sources = set(graph.objects(node, PROV.wasDerivedFrom))
        assert any((s, RDF.type, CCM.TreatyParticipation) in graph for s in sources)
    participations = set(graph.subjects(RDF.type, CCM.TreatyParticipation))
    assert len(participations) == len(read_table(FOLDER / "treaty_status.csv").rows)


def test_mapping_twice_gives_the_same_graphs() -> None:
    first = list(reference_graphs(FOLDER))
    second = list(reference_graphs(FOLDER))
    assert [iri for iri, _ in first] == [iri for iri, _ in second]
    assert all(isomorphic(a, b) for (_, a), (_, b) in zip(first, second))


def broken_copy(tmp_path: Path, name: str, old: str, new: str) -> Path:
    folder = tmp_path / "reference"
    shutil.copytree(FOLDER, folder)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        ("mandates.csv", ",cc-minutes-2016-03-03.txt,\n", ",,\n", "row has no source"),
        ("meetings.csv", "2016-09-05,2016-09-07", "2016-09-31,2016-09-07", "is not a date"),
        ("meetings.csv", "ccm,msp,6MSP", ",msp,6MSP", "needs its convention"),
        ("action_plans.csv", "2014-06-27", "27 June 2014", "is not a date"),
        ("mandates.csv", "ccm,coordinator,reporting,CRI", "ccm,coordinator,reporting,XXK", "not an ISO 3166-1 alpha-3 State"),
        ("mandates.csv", "ccm,coordinator,reporting,CRI", "ccm,coordinator,transparency,CRI", "not in themes.csv"),
        ("treaty_status_extra.csv", "Chad,TCD,ccm", "Chad,TCD,ccx", "unknown convention"),
        ("obligation_holders.csv", "clearance,,yes,2009", "clearance,,maybe,2009", "fulfilled must be"),
        ("themes.csv", "Stockpile Destruction and Retention,Stockpile destruction,3,", "Stockpile Destruction and Retention,Stockpile destruction,11,",
         "article ccm:11 is not in articles.csv"),
    ],
)
def test_bad_rows_are_refused_with_file_and_line(tmp_path: Path, name: str, old: str, new: str, message: str) -> None:
    folder = broken_copy(tmp_path, name, old, new)
    with pytest.raises(InputError, match=message) as raised:
        list(reference_graphs(folder))
    assert name in str(raised.value) or "conventions.csv" in str(raised.value)


def test_themes_carry_their_names_in_other_languages_and_their_article(graphs: dict[str, tuple[URIRef, Graph]]) -> None:
    """French and Spanish pages name committees and themes in their language: the concept keeps
    those names language-tagged, and the article whose work it is."""
    _, graph = graphs["themes.csv"]
    va = URIRef("https://w3id.org/ccmgraph/id/theme/apmbc/victim-assistance")
    alt = set(graph.objects(va, SKOS.altLabel))
    assert Literal("Comité sur l'assistance aux victimes", lang="fr") in alt
    assert Literal("Comité de Asistencia a las Víctimas", lang="es") in alt
    assert all(label.language in (None, "fr", "es") for label in alt)
    stockpile = URIRef("https://w3id.org/ccmgraph/id/theme/ccm/stockpile-destruction-and-retention")
    assert set(graph.objects(stockpile, CCM.article)) == {URIRef("https://w3id.org/ccmgraph/id/article/ccm/3")}
    assert not set(graph.objects(URIRef("https://w3id.org/ccmgraph/id/theme/ccm/universalization"), CCM.article))


def test_written_themes_resolve_in_any_language_and_by_article() -> None:
    from ccmgraph.mapping.themes import resolve_theme

    base = "https://w3id.org/ccmgraph/id/theme/"
    assert resolve_theme("apmbc", "Comité sur l'assistance aux victimes") == URIRef(base + "apmbc/victim-assistance")
    assert resolve_theme("apmbc", "Comité sobre la Aplicación del Artículo 5") == URIRef(base + "apmbc/clearance")
    assert resolve_theme("ccm", "implementation of Article 4") == URIRef(base + "ccm/clearance-and-risk-reduction")
    assert resolve_theme("ccm", "Article 4 implementation") != resolve_theme("ccm", "Article 3 implementation")
    assert resolve_theme("ccm", "Article 8 implementation") is None  # an article that is no theme's
    assert resolve_theme("ccw-p5", "Comité sur l'assistance aux victimes") is None  # another convention's committee
