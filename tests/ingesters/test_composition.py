"""The composition reader on tables, committee pages and logs written in the real layouts."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import Document
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.composition.ingester import CompositionIngester
from ccmgraph.records import Mandate, Meeting

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "composition"


def _doc(name: str) -> Document:
    return Document(text=(FIXTURES / name).read_text(encoding="utf-8"), sha256="0" * 64, name=name)


def _mandates(name: str) -> set[tuple[object, ...]]:
    return {(r.holder.name, r.role, r.convention, r.theme, r.start and r.start.iso(), r.end and r.end.iso(),
             r.for_meeting) for r in CompositionIngester().extract(_doc(name)) if isinstance(r, Mandate)}


def test_whole_table_on_one_line() -> None:
    gso = "General status and operation of the Convention"
    assert _mandates("coordinators-one-line.txt") == {
        ("Costa Rica", "president", "ccm", None, None, None, "5MSP"),
        ("Croatia", "president-designate", "ccm", None, None, None, "1RC"),
        ("Netherlands", "coordinator", "ccm", gso, "2014", "2015", None),
        ("Lebanon", "coordinator", "ccm", gso, "2014", "2016", None),
        ("Norway", "coordinator", "ccm", "Universalization", "2014", "2015", None),
        ("Zambia", "coordinator", "ccm", "Universalization", "2014", "2016", None),
    }  # the observers (CMC, ICRC, UN) hold no mandate


def test_committee_members_and_chair_not_prose_states() -> None:
    theme = "Victim Assistance"
    assert _mandates("committee-page.txt") == {
        ("Chile", "committee-chair", "apmbc", theme, "2017", "2018", None),
        ("Chile", "committee-member", "apmbc", theme, "2017", "2018", None),
        ("Algeria", "committee-member", "apmbc", theme, "2017", "2018", None),
        ("Sweden", "committee-member", "apmbc", theme, "2018", "2019", None),
    }


def test_coordinator_log_sentences_and_the_meetings_named() -> None:
    records = list(CompositionIngester().extract(_doc("coordinators-log.txt")))
    holders = {(r.holder.name, r.role, r.theme) for r in records if isinstance(r, Mandate)}
    assert holders == {(s, "coordinator", "Universalization") for s in ("Ecuador", "Zambia", "France", "Panama")}
    assert [(m.convention, m.kind, m.number) for m in records if isinstance(m, Meeting)] == [("ccm", "msp", 9)]


def test_detected_as_composition() -> None:
    for name in ("coordinators-one-line.txt", "committee-page.txt"):
        assert detect(_doc(name))[0] == "composition"
