"""A meeting named as the one a person acts for ("in his capacity as President-designate of the
Fourth Conference ... on 23 April 2010") takes no date from that sentence: the day is the
person's act (closing another meeting), not the conference's. A meeting's own holding verb still
dates it."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.records import Meeting

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"


def _meetings() -> dict[str | None, tuple[str | None, str | None, str | None]]:
    records = MeetingPageIngester().extract(read_file(PAGES / "capacity-as-president-designate.txt"))
    return {m.short_name: (m.date.iso() if m.date else None, m.end_date.iso() if m.end_date else None, m.city)
            for m in records if isinstance(m, Meeting) and m.number is not None}


def test_the_conference_a_president_designate_acts_for_takes_no_date_of_the_act() -> None:
    assert _meetings()["4CONF"] == (None, None, None)


def test_a_conference_with_its_own_holding_verb_keeps_its_days() -> None:
    assert _meetings()["3CONF"] == ("2009-11-09", "2009-11-10", "Geneva")
