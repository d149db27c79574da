"""The new record types through map > validate > store > named query, rows checked exactly.

Records are built here against a page written for the purpose (tests/fixtures/records), as an
ingester would yield them; treaty events also come from the shipped treaty status table, whose
rows the expected answer is computed from independently of the mapping.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from ccmgraph import iris
from ccmgraph.document.read import read_file
from ccmgraph.pipeline import check, resolve_and_map
from ccmgraph.query.named import parse, with_values_block
from ccmgraph.query.terms import to_ox
from ccmgraph.records import (
    ActorRef, Mandate, Meeting, MeetingDocument, OverdueReport, PartialDate, PlanAction, Quote, TreatyEvent,
)
from ccmgraph.reference import reference_folder, table_graph

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "tests" / "fixtures" / "records" / "msp-page.txt"
URL = "https://www.clusterconvention.org/meetings/msp/7msp/"
BASE = iris.BASE


def quote(line: int) -> Quote:
    return Quote(PAGE.read_text(encoding="utf-8").split("\n")[line - 1], line)


def page_records() -> list[Any]:
    ccm7 = dict(convention="ccm", for_meeting="7MSP", context="meeting")
    return [
        Meeting("meeting", "msp", quote(1), PartialDate(2017, 9, 4), PartialDate(2017, 9, 6),
                title="Seventh Meeting of States Parties", convention="ccm", city="Geneva", number=7,
                participants=300, states_participating=86),
        Mandate(ActorRef("Germany", "state"), "president", quote(4), **ccm7),  # type: ignore[arg-type]
        Mandate(ActorRef("Ambassador Michael Biontino", "person"), "president", quote(4),
                on_behalf_of=ActorRef("Germany", "state"), **ccm7),  # type: ignore[arg-type]
        Mandate(ActorRef("Chile", "state"), "vice-president", quote(6), **ccm7),  # type: ignore[arg-type]
        Mandate(ActorRef("Iraq", "state"), "vice-president", quote(6), **ccm7),  # type: ignore[arg-type]
        Mandate(ActorRef("Germany", "state"), "immediate-past-president", quote(4), convention="ccm",
                start=PartialDate(2017, 9), end=PartialDate(2018, 9), context="meeting"),
        MeetingDocument("meeting", "CCM/MSP/2017/1", quote(8), title="Provisional agenda"),
        TreatyEvent(ActorRef("Benin", "state"), "ccm", "ratification", PartialDate(2017, 7, 10), quote(10)),
        TreatyEvent(ActorRef("Benin", "state"), "ccm", "entry_into_force", PartialDate(2018, 1, 1), quote(10)),
        OverdueReport(ActorRef("Cabo Verde", "state"), "ccm", "initial", quote(11),
                      due=PartialDate(2011, 9, 28), as_of=PartialDate(2017, 9, 1)),
        PlanAction("dubrovnik", "2.1", "Each State Party will promote universal adherence.", quote(12)),
        PlanAction("atlantis", "1", "An action of a plan nobody adopted.", quote(12)),
    ]


def load(store: ox.Store, iri: Any, triples: Any) -> None:
    name = ox.NamedNode(str(iri))
    store.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in triples)


def run(store: ox.Store, name: str, **params: Any) -> list[dict[str, str | None]]:
    query = parse(ROOT / "queries" / f"{name}.rq")
    result = store.query(with_values_block(query.text, query.bind(params)), use_default_graph_as_union=True)
    columns = list(query.columns)
    assert [v.value for v in result.variables][: len(columns)] == columns
    return [{c: (row[c].value if row[c] is not None else None) for c in columns} for row in result]


@pytest.fixture(scope="module")
def mapped() -> Any:
    doc = read_file(PAGE, URL)
    result = resolve_and_map(doc, "meeting-page", page_records())
    check(doc.name, result.graph)  # the shapes accept what the mapping emits
    return result


def with_ontology() -> ox.Store:
    """A store holding the ontology, as `build` loads it (queries read kind slugs from it)."""
    s = ox.Store()
    s.load(path=str(ROOT / "ontology" / "ccm.ttl"), format=ox.RdfFormat.TURTLE,
           to_graph=ox.NamedNode("https://w3id.org/ccmgraph/ontology"))
    return s


@pytest.fixture(scope="module")
def store(mapped: Any) -> ox.Store:
    s = with_ontology()
    load(s, mapped.iri, mapped.triples)
    return s


def test_meetings_gives_the_number_of_a_numbered_meeting(store: ox.Store) -> None:
    rows = run(store, "meetings")
    assert [(r["meeting"], r["kind"], r["convention"], r["start"], r["end"], r["city"], r["number"]) for r in rows] == [
        (f"{BASE}meeting/msp/ccm-7msp", "msp", "ccm", "2017-09-04", "2017-09-06", "Geneva", "7")]


def test_mandates_give_role_holder_kind_meeting_and_source(store: ox.Store) -> None:
    rows = run(store, "mandates")
    def key(row: tuple[str | None, ...]) -> tuple[str, ...]:
        return tuple(value or "" for value in row)

    got = sorted(((r["convention"], r["role"], r["holder"], r["holder_label"], r["holder_kind"], r["start"], r["end"],
                   r["meeting"], r["source"]) for r in rows), key=key)
    msp7 = f"{BASE}meeting/msp/ccm-7msp"
    assert got == sorted([
        ("ccm", "president", f"{BASE}state/DEU", "Germany", "state", None, None, msp7, URL),
        ("ccm", "president", f"{BASE}person/michael-biontino", "Michael Biontino", "person", None, None, msp7, URL),
        ("ccm", "vice-president", f"{BASE}state/CHL", "Chile", "state", None, None, msp7, URL),
        ("ccm", "vice-president", f"{BASE}state/IRQ", "Iraq", "state", None, None, msp7, URL),
        ("ccm", "other", f"{BASE}state/DEU", "Germany", "state", "2017-09", "2018-09", None, URL),
        # the Immediate Past President held a presidency: which meeting's, the seat does not say
        ("ccm", "president", f"{BASE}state/DEU", "Germany", "state", None, None, None, URL),
    ], key=key)


def test_mandates_filter_by_role_and_by_the_year_of_their_meeting(store: ox.Store) -> None:
    assert {r["holder_label"] for r in run(store, "mandates", role="vice-president")} == {"Chile", "Iraq"}
    assert {r["role"] for r in run(store, "mandates", role="other")} == {"other"}
    assert len(run(store, "mandates", year=2017)) == 5  # undated posts are placed by the meeting they are for
    assert {r["role"] for r in run(store, "mandates", year=2018)} == {"other"}
    assert run(store, "mandates", convention="apmbc") == []


def test_treaty_events_from_a_document(store: ox.Store, mapped: Any) -> None:
    rows = run(store, "treaty_events", state="BEN")
    assert [(r["state"], r["state_label"], r["convention"], r["event"], r["date"], r["source"], r["document"])
            for r in rows] == [
        (f"{BASE}state/BEN", "Benin", "ccm", "ratification", "2017-07-10", URL, str(mapped.iri)),
        (f"{BASE}state/BEN", "Benin", "ccm", "entry_into_force", "2018-01-01", URL, str(mapped.iri)),
    ]
    assert run(store, "treaty_events", state="CPV") == []


def test_overdue_reports_as_the_document_lists_them(store: ox.Store, mapped: Any) -> None:
    rows = run(store, "overdue_reports")
    assert rows == [{"state": f"{BASE}state/CPV", "state_label": "Cabo Verde", "convention": "ccm",
                     "report": "initial", "due": "2011-09-28", "as_of": "2017-09-01", "document": str(mapped.iri)}]


def test_meeting_documents_action_texts_and_counts_are_mapped(mapped: Any) -> None:
    g = mapped.graph
    ask = """PREFIX ccm: <https://w3id.org/ccmgraph/ontology#>
             ASK { ?d a ccm:MeetingDocument ; ccm:symbol "CCM/MSP/2017/1" ; ccm:documentOf ?m .
                   ?m ccm:participantCount 300 ; ccm:statesParticipatingCount 86 ; ccm:meetingNumber 7 .
                   ?a a ccm:ActionText ; ccm:action <%splan/dubrovnik/action/2.1> . }""" % BASE
    assert g.query(ask).askAnswer
    assert len(list(g.query("SELECT ?a WHERE { ?a <https://w3id.org/ccmgraph/ontology#action> ?x }"))) == 1
    assert any("'atlantis' is not in action_plans.csv" in w for w in mapped.warnings)


def table_expectation(iso3: str, convention: str) -> set[tuple[str, str, str]]:
    """(event, date, source) of the shipped table's rows for one State, read straight from the CSV."""
    expected = set()
    with (reference_folder() / "treaty_status.csv").open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["iso3"] != iso3 or row["convention"] != convention:
                continue
            for event, column in (("signature", "signature_date"), (row["instrument"] or "consent_to_be_bound",
                                  "deposit_date"), ("entry_into_force", "entry_into_force_date")):
                if row[column]:
                    expected.add((event, row[column], row["source_url"]))
    return expected


@pytest.fixture(scope="module")
def table_store() -> tuple[ox.Store, str]:
    ctx = table_graph(reference_folder(), "treaty_status.csv", "Treaty participation", "participations")
    check("treaty_status.csv", ctx.graph)
    s = with_ontology()
    load(s, ctx.iri, ctx.triples)
    return s, str(ctx.iri)


@pytest.mark.parametrize("iso3,convention", [("BEN", "ccm"), ("AFG", "ccm"), ("BEN", "ccw-p5"), ("LKA", "apmbc")])
def test_treaty_events_from_the_table_keep_each_source_side_by_side(
        table_store: tuple[ox.Store, str], iso3: str, convention: str) -> None:
    store, table = table_store
    rows = run(store, "treaty_events", state=iso3, convention=convention)
    assert {r["document"] for r in rows} == {table}
    assert {(r["event"], r["date"], r["source"]) for r in rows} == table_expectation(iso3, convention)
    assert len(rows) == len(table_expectation(iso3, convention))  # nothing twice


def test_table_and_document_events_stand_side_by_side(table_store: tuple[ox.Store, str], mapped: Any) -> None:
    store, table = table_store
    both = ox.Store()
    both.extend(store.quads_for_pattern(None, None, None, None))
    load(both, mapped.iri, mapped.triples)
    rows = run(both, "treaty_events", state="BEN", convention="ccm")
    ratifications = {(r["date"], r["document"]) for r in rows if r["event"] == "ratification"}
    assert ratifications == {("2017-07-10", table), ("2017-07-10", str(mapped.iri))}


DATED = """{ ?node schema:startDate ?any } UNION { ?claim ccm:datesOf ?node }
  FILTER NOT EXISTS { ?node dcterms:date ?as_of } FILTER NOT EXISTS { ?node ccm:datesOf ?meeting }"""
RANGE_QUERY = """
PREFIX ccm: <https://w3id.org/ccmgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT DISTINCT ?node WHERE { %s
  ?node ccm:earliest ?from ; ccm:latest ?to .
  FILTER (?from <= "YEAR-12-31"^^xsd:date && ?to >= "YEAR-01-01"^^xsd:date)
}""" % DATED
STARTS = """
PREFIX ccm: <https://w3id.org/ccmgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?node ?start ?end WHERE { %s
  { ?node schema:startDate ?start OPTIONAL { ?node schema:endDate ?end } }
  UNION { ?claim ccm:datesOf ?node ; schema:startDate ?start OPTIONAL { ?claim schema:endDate ?end } } }""" % DATED


def test_a_plain_date_range_filter_finds_every_node_of_the_range(built_store: Path) -> None:
    """Whatever the precision of the dates (day, month, year), one FILTER on the bounds finds every
    meeting, mandate or plan of a year: those whose dates as written overlap the year."""
    from ccmgraph import KnowledgeGraph

    with KnowledgeGraph(built_store) as kg:
        dated = [(r["node"], str(r["start"]), str(r["end"] or r["start"])) for r in kg.sparql(STARTS).to_dicts()]
        partial = {n for n, start, _ in dated if start[:1].isdigit() and len(start) < 10}
        assert len(partial) > 10, "the corpus has nodes dated to a month or a year only"
        years = sorted({start[:4] for _, start, _ in dated if start[:1].isdigit()})
        every = set()
        for year in years:
            found = {r["node"] for r in kg.sparql(RANGE_QUERY.replace("YEAR", year)).to_dicts()}
            expected = {n for n, start, end in dated if start[:1].isdigit() and start[:4] <= year <= end[:4]}
            assert found == expected, year
            every |= found
        assert partial <= every  # a month- or year-dated node is found too


UNDATED = ROOT / "tests" / "fixtures" / "records" / "undated-page.txt"


@pytest.fixture(scope="module")
def undated_store(table_store: tuple[ox.Store, str]) -> tuple[ox.Store, str]:
    """The shipped table beside a page stating Benin's ratification once without a date and once
    with a wrong day (as two pages would: the mapping keeps what it is given)."""
    lines = UNDATED.read_text(encoding="utf-8").split("\n")
    benin = ActorRef("Benin", "state")
    records = [TreatyEvent(benin, "ccm", "ratification", None, Quote(lines[1], 2)),
               TreatyEvent(benin, "ccm", "ratification", PartialDate(2017, 7, 11), Quote(lines[2], 3))]
    doc = read_file(UNDATED, "https://example.org/undated")
    result = resolve_and_map(doc, "news", records)
    check(doc.name, result.graph)  # the shapes accept an event without a date
    store, _ = table_store
    both = ox.Store()
    both.extend(store.quads_for_pattern(None, None, None, None))
    load(both, result.iri, result.triples)
    return both, str(result.iri)


def test_an_undated_event_has_an_empty_date_in_treaty_events(undated_store: tuple[ox.Store, str]) -> None:
    store, page = undated_store
    rows = run(store, "treaty_events", state="BEN", convention="ccm")
    assert sorted(r["date"] for r in rows if r["document"] == page and r["event"] == "ratification") \
        == ["", "2017-07-11"]
    assert {r["state_label"] for r in rows} == {"Benin"}


def test_an_undated_event_is_no_disagreement_with_the_table(undated_store: tuple[ox.Store, str]) -> None:
    store, page = undated_store
    rows = [r for r in run(store, "conflicts") if r["subject"] == f"{BASE}state/BEN"]
    assert {(r["value"], r["document"]) for r in rows if r["document"] == page} == {("2017-07-11", page)}
    assert all(r["value"] for r in rows)
