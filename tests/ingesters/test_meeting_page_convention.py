"""A meeting page that names no convention: its bodies or its calendar say which, or nothing
is guessed and its numbered meetings are left out with a warning (resolve)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.meeting_page.convention import by_calendar, unnamed_convention
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.records import Mandate, Meeting, Record, Warning_
from ccmgraph.resolve.stage import document_convention, resolve_records

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"


def _read(name: str) -> list[Record]:
    return list(MeetingPageIngester().extract(read_file(PAGES / name)))


def _resolved(name: str) -> list[Record]:
    doc = read_file(PAGES / name)
    records = list(MeetingPageIngester().extract(doc))
    return resolve_records(records, document_convention("meeting-page", doc)).records


def test_a_number_only_one_calendar_allows_gives_the_convention() -> None:
    records = _read("unnamed-16msp-opening-page.txt")
    meetings = [(m.kind, m.number, m.convention) for m in records if isinstance(m, Meeting)]
    assert meetings == [("msp", 16, "apmbc")]
    roles = {(m.role, m.holder.name, m.convention, m.for_meeting) for m in records if isinstance(m, Mandate)}
    assert roles == {("president", "Austria", "apmbc", "16MSP"), ("president", "H.E. Thomas Hajnoczi", "apmbc", "16MSP")} | {
        ("vice-president", s, "apmbc", "16MSP")
        for s in ("Belgium", "Colombia", "Costa Rica", "Netherlands", "Peru", "Sweden", "Uganda", "Zambia")}


def test_a_body_of_one_convention_gives_it() -> None:
    records = _read("unnamed-4msp-standing-committees-update.txt")
    assert {m.convention for m in records if isinstance(m, (Meeting, Mandate))} == {"apmbc"}
    assert {m.short_name for m in records if isinstance(m, Meeting)} == {"4MSP"}


def test_no_evidence_no_convention_and_the_meetings_are_left_out() -> None:
    records = _read("unnamed-11msp-day2-page.txt")
    assert not [m for m in records if isinstance(m, (Meeting, Mandate))]  # of a guessed convention
    warnings = [w.message for w in records if isinstance(w, Warning_)]
    assert any("'11MSP'" in w and "convention" in w for w in warnings)
    assert sum("vice-president" in w and "convention" in w for w in warnings) == 4
    resolved = _resolved("unnamed-11msp-day2-page.txt")
    assert not [m for m in resolved if isinstance(m, (Meeting, Mandate))]


@pytest.mark.parametrize(("text", "expected"), [
    ("the 16MSP and the 17MSP", {"apmbc"}),
    ("the 11MSP", {"ccm", "apmbc"}),
    ("the 16MSP of the Convention on Cluster Munitions", set()),  # a named convention is not the calendar's
    ("the Ninth Conference", set()),  # a Conference is the Protocol's by its kind, not by the calendar
    ("the 11MSP and the 15MSP", {"apmbc"}),
    ("no meeting at all", set()),
])
def test_the_calendar(text: str, expected: set[str]) -> None:
    assert by_calendar(text) == expected


def test_the_two_kinds_of_evidence_must_agree() -> None:
    assert unnamed_convention("the Coordination Committee met before the 16MSP") is None
    assert unnamed_convention("the Coordination Committee met before the 9MSP") == "ccm"
    assert unnamed_convention("the 11MSP") is None


def test_a_coalition_that_names_both_conventions_gives_neither() -> None:
    doc = read_file(PAGES / "unnamed-14msp-coalition-page.txt")
    assert document_convention("meeting-page", doc) is None
    records = _read("unnamed-14msp-coalition-page.txt")
    assert not [m for m in records if isinstance(m, (Meeting, Mandate))]
    assert any("convention" in w.message for w in records if isinstance(w, Warning_))
    assert not [m for m in _resolved("unnamed-14msp-coalition-page.txt") if isinstance(m, (Meeting, Mandate))]


def test_protocol_v_holds_no_review_conference() -> None:
    from ccmgraph.resolve.held import impossible

    assert impossible("revcon", "ccw-p5", 1) and impossible("revcon", "ccw-p5", 3)
    assert not impossible("revcon", "apmbc", 5) and not impossible("hcp-conference", "ccw-p5", 9)
    assert by_calendar("the Third Review Conference") == {"ccm", "apmbc"}
