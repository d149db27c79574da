"""Meeting pages in Spanish and French: the meeting named and numbered in its own language,
dated by its dateline; its city, written in that language, is named in English ("Ginebra" is
Geneva) or left unsaid rather than misnamed."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_file
from ccmgraph.ingesters import detect
from ccmgraph.records import Meeting, PartialDate

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"


@pytest.mark.parametrize(("name", "expected", "city"), [
    ("es-apmbc-4msp-informe-final.txt", ("msp", 4, "apmbc", PartialDate(2002, 9, 16), PartialDate(2002, 9, 20)), "Geneva"),
    ("fr-ccm-1msp-vientiane-communique.txt", ("msp", 1, "ccm", PartialDate(2010, 11, 9), PartialDate(2010, 11, 12)), "Vientiane"),
])
def test_the_meeting_of_a_page_in_another_language(name: str, expected: tuple[object, ...], city: str | None) -> None:
    doc = read_file(PAGES / name)
    kind, ingester = detect(doc)
    assert kind == "meeting-page"
    meetings = [m for m in ingester.extract(doc) if isinstance(m, Meeting)]
    assert [(m.kind, m.number, m.convention, m.date, m.end_date) for m in meetings] == [expected]
    assert meetings[0].city == city


def test_would_be_held_dates_the_page_meeting_and_nothing_else() -> None:
    doc = read_file(PAGES / "apmbc-5rc-announcement-page.txt")
    meetings = {m.short_name: m for m in detect(doc)[1].extract(doc) if isinstance(m, Meeting)}
    rc = meetings["5RC"]
    assert (rc.convention, rc.date, rc.end_date, rc.city) == ("apmbc", PartialDate(2024, 11, 25), PartialDate(2024, 11, 29),
                                                              "Siem Reap")
    assert meetings["21MSP"].date is None  # the meeting that decided it is not dated by it


@pytest.mark.parametrize(("text", "dates"), [
    ("from 25 to 29 Novembre 2024 in Siem Reap", (PartialDate(2024, 11, 25), PartialDate(2024, 11, 29))),
    ("from 2 to 4 September 2019", (PartialDate(2019, 9, 2), PartialDate(2019, 9, 4))),
    ("on 23 August", (PartialDate(None, 8, 23), None)),
])
def test_the_first_dates_of_a_sentence(text: str, dates: tuple[PartialDate, PartialDate | None]) -> None:
    from ccmgraph.ingesters.meeting_page.own import _first_dates
    span = _first_dates(text)
    assert span is not None and (span.date, span.end_date) == dates


def test_a_city_written_with_the_meeting_s_own_dates_after_its_name() -> None:
    doc = read_file(PAGES / "ccm-2msp-report-places.txt")
    meetings = {(m.kind, m.number): m for m in detect(doc)[1].extract(doc) if isinstance(m, Meeting)}
    first = meetings[("msp", 1)]
    assert (first.date, first.end_date, first.city) == (PartialDate(2010, 11, 9), PartialDate(2010, 11, 12), "Vientiane")
    experts = next(m for (kind, _), m in meetings.items() if kind == "meeting-of-experts")
    assert (experts.date, experts.city) == (PartialDate(2009, 4, 22), "Geneva")
    review = meetings.get(("revcon", 1))
    assert review is None or review.city is None  # "decided in 2010, Oslo": a decision's year and place, not its own


def test_a_un_header_the_issue_date_is_no_meeting_s_and_a_lost_dash_is_a_span() -> None:
    doc = read_file(PAGES / "ccm-1rc-working-paper-header.txt")
    meetings = [m for m in detect(doc)[1].extract(doc) if isinstance(m, Meeting)]
    assert [(m.kind, m.number, m.date, m.end_date, m.city) for m in meetings] == [
        ("revcon", 1, PartialDate(2015, 9, 7), PartialDate(2015, 9, 11), "Dubrovnik")]
    assert not any(m.date == PartialDate(2015, 8, 4) for m in meetings)  # issued 4 August 2015


@pytest.mark.parametrize(("line", "city"), [
    ("Oslo, 26 a 29 de noviembre de 2019", "Oslo"),
    ("Ginebra, 16 a 20 de septiembre de 2002", "Geneva"),
    ("Carthagène, du 30 novembre au 4 décembre 2009", "Cartagena"),
    ("Panamá, 5 a 7 de mayo de 2010", None),  # no meeting city of the conventions: left unsaid
    ("Bruselas, 5 a 7 de mayo de 2010", None),  # a foreign form the table does not hold is not guessed
])
def test_a_foreign_dateline_names_only_a_city_the_conventions_met_in(line: str, city: str | None) -> None:
    from ccmgraph.ingesters.meeting_page.ingester import _other_language_dateline
    found = _other_language_dateline(line)
    assert found is not None and found[2] == city


def test_a_heading_in_capitals_gives_a_known_city_and_never_its_own_words() -> None:
    from ccmgraph.ingesters.flat.cities import known_city
    assert known_city("GENEVA") == "Geneva" and known_city("THE HAGUE") == "The Hague"
    assert known_city("SEVENTH MEETING OF STATES PARTIES") is None and known_city("CONVENTION") is None
