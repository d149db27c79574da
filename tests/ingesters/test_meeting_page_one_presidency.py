"""One holder is either President or President-designate of one meeting on a page, never both
(meeting_page/ingester.py _once): of a meeting the page tells as still to come, the designation,
and the presidency it dates stays as the convention's, of no meeting."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.records import Mandate

FIXTURES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"


def _mandates(name: str) -> set[tuple[str, str, str | None, str | None]]:
    return {(m.role, m.holder.name, m.for_meeting, m.start.iso() if m.start else None)
            for m in MeetingPageIngester().extract(read_file(FIXTURES / name))
            if isinstance(m, Mandate) and m.role.startswith("president")}


def test_a_meeting_to_come_has_a_president_designate_and_the_dated_presidency_no_meeting() -> None:
    found = _mandates("5rc-president-designate-to-come.txt")
    assert ("president-designate", "Cambodia", "5RC", None) in found
    assert any(role == "president-designate" and name.endswith("Ly Thuch") and meeting == "5RC"
               for role, name, meeting, _ in found)
    assert not any(role == "president" and meeting == "5RC" for role, _, meeting, _ in found)
    assert {m for m in found if m[0] == "president"} <= {("president", "Cambodia", None, "2023-11-24")}
