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
    ("ccm-intersessional-2013-taking-place-page.txt", "ccm", PartialDate(2013, 4, 15), PartialDate(2013, 4, 18)),
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


def test_the_gathering_before_the_name_places_it_though_its_days_have_no_year() -> None:
    """"will convene in Geneva from 18 to 22 September for the Seventh Meeting ...": Geneva; no
    year is guessed, and the day registration closes is no day of the meeting."""
    [meeting] = _meetings("apmbc-7msp-convene-release.txt")
    assert (meeting.kind, meeting.number, meeting.convention, meeting.city) == ("msp", 7, "apmbc", "Geneva")
    assert meeting.date is None or (meeting.date.year is None and (meeting.date.month, meeting.date.day) == (9, 18))


def test_a_room_before_the_palais_and_the_city_is_no_city() -> None:
    [meeting] = _meetings("ccm-12msp-scheduled-room-page.txt")
    assert (meeting.number, meeting.date, meeting.end_date, meeting.city) == (
        12, PartialDate(2024, 9, 10), PartialDate(2024, 9, 13), "Geneva")


@pytest.mark.parametrize(("name", "city"), [
    ("ccm-1rc-press-dateline-release.txt", "Dubrovnik"),  # "(Dubrovnik, ...) – ... taking place here"
    ("ccm-1rc-press-dateline-elsewhere.txt", None),  # "(Geneva, ...) – States met today to prepare the 1RC"
])
def test_a_press_dateline_places_only_the_meeting_held_there(name: str, city: str | None) -> None:
    [meeting] = _meetings(name)
    assert (meeting.kind, meeting.number, meeting.convention, meeting.city) == ("revcon", 1, "ccm", city)
    assert meeting.date is None  # the release's own day is no day of the Conference


def test_a_relative_clause_in_portuguese_places_the_review_conference() -> None:
    """"... da Terceira Conferência de Revisão da Convenção, que decorre desde segunda-feira em Maputo"."""
    [meeting] = _meetings("apmbc-3rc-clause-city-news.txt")
    assert (meeting.kind, meeting.number, meeting.convention, meeting.city, meeting.date) == (
        "revcon", 3, "apmbc", "Maputo", None)


def test_a_conference_that_opened_today_takes_the_article_s_day_and_the_verb_s_city() -> None:
    """"... inició hoy en Dubrovnik (Croacia)" under "Sep 7, 2015": opened on that day, there."""
    [meeting] = _meetings("es-ccm-1rc-inicio-hoy-news.txt")
    assert (meeting.number, meeting.convention, meeting.date, meeting.end_date, meeting.city) == (
        1, "ccm", PartialDate(2015, 9, 7), None, "Dubrovnik")


def test_what_opened_today_on_the_eve_of_a_conference_dates_and_places_nothing_of_it() -> None:
    """"En vísperas de la Primera Conferencia de Revisión, un taller ... inició hoy en Zagreb"."""
    [meeting] = _meetings("es-ccm-1rc-taller-vispera-news.txt")
    assert (meeting.number, meeting.date, meeting.city) == (1, None, None)


def test_a_headline_s_misspelt_city_is_no_city() -> None:
    """"Fourth Intersessional Meeting Concludes in Genvea": the meeting, with no city rather than a typo."""
    [meeting] = _meetings("ccm-intersessional-2014-typo-headline.txt")
    assert (meeting.kind, meeting.convention, meeting.city) == ("intersessional", "ccm", None)
