"""A meeting page's own meeting placed by the venue its sentence names before or after its days:
"took place at the Centre International de Conférences Genève (CICG) in Geneva on 16-17 May
2022", "in the World Meteorological Organization building in Geneva on 7-9 April 2014", "from 20
to 22 June 2022 at the ... (WIPO) headquarters in Geneva with ...". A deadline is no meeting's day."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_file
from ccmgraph.ingesters import detect
from ccmgraph.records import Meeting, PartialDate

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"


def _meetings(name: str) -> list[Meeting]:
    doc = read_file(PAGES / name)
    kind, ingester = detect(doc)
    assert kind == "meeting-page"
    return [m for m in ingester.extract(doc) if isinstance(m, Meeting)]


@pytest.mark.parametrize(("name", "convention", "start", "end"), [
    ("apmbc-intersessional-2022-venue-page.txt", "apmbc", PartialDate(2022, 6, 20), PartialDate(2022, 6, 22)),
    ("ccm-intersessional-2014-building-page.txt", "ccm", PartialDate(2014, 4, 7), PartialDate(2014, 4, 9)),
    ("ccm-intersessional-2022-cicg-page.txt", "ccm", PartialDate(2022, 5, 16), PartialDate(2022, 5, 17)),
])
def test_the_venue_before_the_city_still_places_the_page_s_meeting(
        name: str, convention: str, start: PartialDate, end: PartialDate) -> None:
    meetings = _meetings(name)
    own = [m for m in meetings if m.kind == "intersessional"]
    assert [(m.convention, m.date, m.end_date, m.city) for m in own] == [(convention, start, end, "Geneva")]
    # the other meetings the page names in passing take neither the days nor the city
    assert all(m.date is None and m.city is None for m in meetings if m.kind != "intersessional")


def test_a_deadline_and_a_registration_day_never_date_the_meeting() -> None:
    meetings = _meetings("apmbc-intersessional-2023-deadline-page.txt")
    own = [m for m in meetings if m.kind == "intersessional"]
    assert [(m.date, m.end_date, m.city) for m in own] == [(PartialDate(2023), None, None)]
    assert all(m.date is None for m in meetings if m.kind != "intersessional")
