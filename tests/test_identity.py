"""One identity per thing, end to end: the bundled build plus documents written for the purpose.

tests/fixtures/identity/ holds minutes and three presidency news items that write one person
four ways (H.E. Mr. MICHAEL BIONTINO, Permanent Representative / Ambassador Michael Biontino
Permanent Representative of Germany / Ambassador M. Biontino / Mr. Biontino), name the CCM
7MSP by number, by ordinal words and by its dates alone, and date it a day later than the
reference table does; a fourth names one person by surname only and another by an initial.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from pathlib import Path

import pytest

from ccmgraph import KnowledgeGraph
from ccmgraph.resolve.scan import find_actor_names
from conftest import FIXTURES, run_cli

ID = "https://w3id.org/ccmgraph/id/"
DOCS = FIXTURES / "identity"
MINUTES = DOCS / "cc-minutes-2017-06-22.txt"
NEWS = [DOCS / f"presidency-news-2017-{m}.txt" for m in ("03", "05", "08")]
MSP7 = f"{ID}meeting/msp/ccm-7msp"


def graph_of(path: Path) -> str:
    return f"{ID}document/{hashlib.sha256(path.read_bytes()).hexdigest()}"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("identity") / "store"
    run_cli("--quiet", "build", store=store, check=True)
    run_cli("--quiet", "ingest", str(MINUTES), store=store, check=True)
    run_cli("--quiet", "ingest", "--kind", "presidency-news", *map(str, NEWS), store=store, check=True)
    return store


def select(store: Path, text: str) -> list[dict[str, str]]:
    with KnowledgeGraph(store) as kg:
        return [{k: str(v) for k, v in row.items() if v is not None} for row in kg.sparql(text).to_dicts()]


def rows(store: Path, name: str, **params: str) -> list[dict[str, str]]:
    with KnowledgeGraph(store) as kg:
        return [{k: str(v) for k, v in row.items() if v is not None} for row in kg.query(name, **params).to_dicts()]


def test_one_iri_per_numbered_meeting(store: Path) -> None:
    found = select(store, """
        PREFIX ccm: <https://w3id.org/ccmgraph/ontology#>
        SELECT DISTINCT ?m ?c ?n WHERE { ?m a ccm:Meeting ; ccm:meetingNumber ?n ; ccm:convention ?c }""")
    by_number: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for row in found:
        kind = row["m"].removeprefix(f"{ID}meeting/").split("/")[0]
        by_number[(kind, row["c"], row["n"])].add(row["m"])
    assert by_number and all(len(iris) == 1 for iris in by_number.values()), by_number
    assert {MSP7} == by_number[("msp", f"{ID}convention/ccm", "7")]
    dated = select(store, """
        PREFIX ccm: <https://w3id.org/ccmgraph/ontology#>
        SELECT DISTINCT ?m WHERE { ?m a ccm:MeetingOfStatesParties . FILTER (REGEX(STR(?m), "/[0-9-]+$")) }""")
    assert dated == []  # no MSP is minted by its date any more


def test_the_7msp_by_number_by_words_and_by_dates_is_one_meeting(store: Path) -> None:
    """The minutes say "7MSP", one news item "Seventh Meeting of States Parties", another only
    "the Meeting of States Parties ... from 5 to 7 September 2017": all three point at one node."""
    for path in (MINUTES, NEWS[1], NEWS[2]):
        named = select(store, f"""
            SELECT ?s WHERE {{ GRAPH <{graph_of(path)}> {{ {{ ?s ?p <{MSP7}> }} UNION {{ <{MSP7}> ?p ?s }} }} }} LIMIT 1""")
        assert named, f"{path.name} does not name the 7MSP"
    meeting = [r for r in rows(store, "meetings", kind="msp") if r["meeting"] == MSP7]
    assert len(meeting) == 1  # one row, whichever dates its sources give
    assert (meeting[0]["start"], meeting[0]["end"]) == ("2017-09-04", "2017-09-06")  # the reference table's


def test_one_person_however_written(store: Path) -> None:
    people = {r["person"] for r in select(store, """
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        SELECT DISTINCT ?person WHERE { ?person foaf:name ?n . FILTER (CONTAINS(LCASE(STR(?n)), "biontino")) }""")}
    assert people == {f"{ID}person/michael-biontino"}
    graphs = {r["g"] for r in select(store, f"""
        SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p <{ID}person/michael-biontino> }} }}""")}
    assert {graph_of(MINUTES), graph_of(NEWS[1]), graph_of(NEWS[2])} <= graphs
    names = {r["n"] for r in select(store, f"""
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        SELECT DISTINCT ?n WHERE {{ <{ID}person/michael-biontino> foaf:name ?n }}""")}
    assert names == {"Michael Biontino"}  # no honorific, capitals or role left in the name


def test_no_person_name_holds_a_party_or_a_role(store: Path) -> None:
    names = [r["n"] for r in select(store, """
        PREFIX ccm: <https://w3id.org/ccmgraph/ontology#>
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        SELECT DISTINCT ?n WHERE { ?p a ccm:Person ; foaf:name ?n }""")]
    assert len(names) > 30
    assert [n for n in names if find_actor_names(n)] == []
    assert [n for n in names if "Representative" in n or "Ambassador" in n or n.isupper()] == []


def test_people_contract(store: Path) -> None:
    found = rows(store, "people")
    assert found and list(found[0])[:5] == ["person", "name", "affiliation", "affiliation_label", "documents"]
    biontino = [r for r in found if r["person"] == f"{ID}person/michael-biontino"]
    assert [(r["affiliation"], r["affiliation_label"]) for r in biontino] == [(f"{ID}state/DEU", "Germany")]
    assert int(biontino[0]["documents"]) >= 5  # three written here, the bundled news, the mandates table
    pilz = [r for r in found if r["name"] == "Toralf Pilz"]
    assert [r["affiliation"] for r in pilz] == [f"{ID}state/DEU"] and pilz[0]["documents"] == "1"
    only_germany = rows(store, "people", affiliation=f"{ID}state/DEU")
    assert {r["name"] for r in only_germany} >= {"Michael Biontino", "Toralf Pilz"}
    assert {r["affiliation"] for r in only_germany} == {f"{ID}state/DEU"}


def test_a_surname_alone_is_a_candidate_not_a_merge(store: Path) -> None:
    """"Mr. Flera" fits the curated tables' Wojciech Flera (kept apart while reading); "Ambassador
    T. Hajnoczi" fits the Thomas Hajnoczi of the bundled minutes (found in the whole store)."""
    candidates = rows(store, "people_candidates")
    assert sorted((r["person"], r["candidate"], r["document"]) for r in candidates) == [
        (f"{ID}person/flera", f"{ID}person/wojciech-flera", graph_of(NEWS[0])),
        (f"{ID}person/t-hajnoczi", f"{ID}person/thomas-hajnoczi", graph_of(NEWS[0]))]
    assert all("Mr. Flera of Poland briefed" in r["quote"] for r in candidates if r["person"].endswith("/flera"))
    people = {r["person"] for r in rows(store, "people")}
    assert {f"{ID}person/flera", f"{ID}person/t-hajnoczi"} <= people  # not merged


def test_conflicts_list_each_disagreeing_value_with_its_source(store: Path) -> None:
    found = rows(store, "conflicts")
    assert found and list(found[0])[:6] == ["subject", "subject_label", "property", "value", "document", "quote"]
    msp = [(r["property"], r["value"], r["document"]) for r in found if r["subject"] == MSP7]
    table = {r["document"] for r in found if r["subject"] == f"{ID}meeting/revcon/apmbc-2rc"}
    assert len(table) == 1  # the meetings table, whose two rows disagree on the Cartagena Summit
    later = {(p, v) for p, v, d in msp if d == graph_of(NEWS[2])}
    assert later == {("start date", "2017-09-05"), ("end date", "2017-09-07")}
    first = {d for p, v, d in msp if (p, v) == ("start date", "2017-09-04")}
    assert {graph_of(NEWS[1]), *table} <= first
    assert all(r["quote"] for r in found)
    september = [r["quote"] for r in found if r["subject"] == MSP7 and r["document"] == graph_of(NEWS[2])]
    assert all("5 to 7 September 2017" in q or "5-7 September 2017" in q for q in september)
    # agreeing sources, or a month beside a day of that month, are no conflict
    subjects = {r["subject"] for r in found}
    assert f"{ID}meeting/msp/ccm-6msp" not in subjects and f"{ID}state/CYP" not in subjects


def test_people_review_on_the_command_line(store: Path) -> None:
    review = run_cli("people", "--review", "--format", "csv", store=store, check=True).stdout.strip().splitlines()
    assert review[0] == "person,name,candidate,candidate_name,document,quote"
    assert len(review) == 3 and review[1].startswith(f"{ID}person/flera,Flera,{ID}person/wojciech-flera,Wojciech Flera,")
    listed = run_cli("people", "--format", "csv", store=store, check=True).stdout
    assert f"{ID}person/michael-biontino,Michael Biontino,{ID}state/DEU,Germany," in listed


def test_a_committee_meeting_whose_minutes_are_approved_sat_on_its_one_day(store: Path) -> None:
    """'Approval of the Minutes of 21 January 2016' (the bundled minutes of 3 March 2016): the
    earlier Coordination Committee meeting starts and ends that day."""
    rows = select(store, """PREFIX ccm: <https://w3id.org/ccmgraph/ontology#> PREFIX schema: <https://schema.org/>
        SELECT ?m ?start ?end WHERE { ?a ccm:approvesMinutesOf ?m . ?m schema:startDate ?start .
                                      OPTIONAL { ?m schema:endDate ?end } }""")
    assert rows == [{"m": f"{ID}meeting/cc/2016-01-21", "start": "2016-01-21", "end": "2016-01-21"}]
