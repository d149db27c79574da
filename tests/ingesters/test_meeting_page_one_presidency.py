"""One holder is either President or President-designate of one meeting on a page, never both
(meeting_page/one_presidency.py): of a meeting the page tells as still to come whose presidency
the page says has begun, the presidency, from that day to the meeting's close."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.records import Mandate

FIXTURES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"


def _mandates(name: str) -> set[tuple[str, str, str | None, str | None, str | None]]:
    return {(m.role, m.holder.name, m.for_meeting, m.start.iso() if m.start else None, m.end.iso() if m.end else None)
            for m in MeetingPageIngester().extract(read_file(FIXTURES / name))
            if isinstance(m, Mandate) and m.role.startswith("president")}


def test_a_presidency_begun_runs_to_the_meeting_to_come() -> None:
    """"Cambodia's Presidency began as the 21MSP concluded on 24 November 2023, and ends at the
    conclusion of the Conference": Cambodia, and H.E. Ly Thuch elected as its President, preside
    over the 5RC (25-29 November 2024) from that day to its close; no designation is left."""
    assert _mandates("5rc-president-designate-to-come.txt") == {
        ("president", "Cambodia", "5RC", "2023-11-24", "2024-11-29"),
        ("president", "H.E. Ly Thuch", "5RC", "2023-11-24", "2024-11-29"),
    }


def test_an_election_for_a_meeting_to_come_with_no_presidency_begun_is_a_designation() -> None:
    assert _mandates("apmbc-5rc-planned-president.txt") >= {
        ("president-designate", "Cambodia", "5RC", None, None),
        ("president-designate", "H.E. Ly Thuch", "5RC", None, None),
    }
