"""Meeting pages whose own meeting's dates and city stand in the layouts real pages use, and
nothing else comes out: a title whose two names of the meeting the flattening glued ("September
15-195th Meeting"), ...
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.records import Meeting

FIXTURES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"

Row = tuple[str, str | None, int | None, str | None, str | None, str | None]


def _meetings(name: str) -> set[Row]:
    return {(m.kind, m.convention, m.number, m.date.iso() if m.date else None,
             m.end_date.iso() if m.end_date else None, m.city)
            for m in MeetingPageIngester().extract(read_file(FIXTURES / name)) if isinstance(m, Meeting)}


def test_a_title_naming_its_meeting_twice_gives_one_meeting_and_no_day_without_year() -> None:
    """The second name lost its ordinal to the days glued before it; it is the page's own
    meeting, whose city it gives; "September 15-19" has no year and dates nothing; "the Meeting
    of States Parties" in the prose is no meeting of its own."""
    assert _meetings("glued-title-release.txt") == {
        ("msp", "apmbc", 5, None, None, "Bangkok"),
        ("revcon", "apmbc", 1, "2004", None, None),
    }
