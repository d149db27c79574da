"""News roles: Presidents named after the meeting ("the 9MSP President, X") and ISU directors."""

from __future__ import annotations

from pathlib import Path

from ccmgraph import KnowledgeGraph
from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mandate, PartialDate, TreatyEvent

PAGE = Path(__file__).parents[1] / "fixtures" / "news" / "ccm-presidency-isu-2023.txt"
ID = "https://w3id.org/ccmgraph/id/"


def mandates() -> set[tuple[str, str, str | None, PartialDate | None, PartialDate | None]]:
    return {(m.role, m.holder.name, m.for_meeting, m.start, m.end)
            for m in NewsIngester().extract(read_file(PAGE)) if isinstance(m, Mandate)}


def test_presidents_after_the_meeting_and_directors_with_their_own_terms() -> None:
    """Nothing else: the deadline, the registration and the visit date are no term's, and the
    Ambassador the Director met holds no post."""
    assert mandates() == {
        ("president", "Aliyar Lebbe Abdul Azeez", "9MSP", None, None),
        ("president", "Ambassador Félix Baumann", "2RC", None, None),
        ("president", "Switzerland", "2RC", None, None),
        ("isu-director", "Ms Pamela Moraga", None, PartialDate(2023, 5, 1), None),
        ("isu-director", "Ms Sheila N. Mweemba", None, None, PartialDate(2023, 4, 30)),
    }


def test_the_roles_reach_the_mandates_query(tmp_path: Path) -> None:
    kg = KnowledgeGraph(str(tmp_path / "store"))
    try:
        outcome = kg.ingest([str(PAGE)])[0]
        assert (outcome.accepted, outcome.kind) == (True, "presidency-news")
        got = {tuple(None if d.get(c) is None else str(d[c]) for c in ("role", "holder", "start", "end", "meeting"))
               for d in kg.query("mandates").to_dicts()}
    finally:
        kg.close()
    assert got == {
        ("president", f"{ID}person/aliyar-lebbe-abdul-azeez", None, None, f"{ID}meeting/msp/ccm-9msp"),
        ("president", f"{ID}state/CHE", None, None, f"{ID}meeting/revcon/ccm-2rc"),
        ("president", f"{ID}person/felix-baumann", None, None, f"{ID}meeting/revcon/ccm-2rc"),
        ("isu-director", f"{ID}person/pamela-moraga", "2023-05-01", None, None),
        ("isu-director", f"{ID}person/sheila-mweemba", None, "2023-04-30", None),
    }


def test_a_deposit_dated_before_its_event_word_and_never_by_another_event() -> None:
    """"has today <date>, deposited its instrument of accession" dates the accession; the day a
    State signed never dates its ratification."""
    doc = read_file(PAGE.with_name("ccm-accessions-2020.txt"))
    events = {(e.state.name, e.event, e.date.iso()) for e in NewsIngester().extract(doc) if isinstance(e, TreatyEvent)}
    assert events == {("Niue", "accession", "2020-08-06"), ("Namibia", "signature", "2008-12-03")}
