"""Meeting pages whose own meeting's dates and city stand in the layouts real pages use, and
nothing else comes out: a title whose two names of the meeting the flattening glued ("September
15-195th Meeting"), a statement "here in Geneva", a release whose meeting "concluded in Vienna
recording progress", a report's "(TMSP) in Managua , 18-21 September 2001" beside a deadline, a
French "qui se tient depuis lundi à Genève". Each city and date goes to the meeting the words
give it to, and none to the meetings named beside it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.flat.cities import city_after_name
from ccmgraph.ingesters.flat.meetings import numbered_meetings
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Meeting

FIXTURES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"

Row = tuple[str, str | None, int | None, str | None, str | None, str | None]


def _meetings(name: str, reader: MeetingPageIngester | NewsIngester | None = None) -> set[Row]:
    return {(m.kind, m.convention, m.number, m.date.iso() if m.date else None,
             m.end_date.iso() if m.end_date else None, m.city)
            for m in (reader or MeetingPageIngester()).extract(read_file(FIXTURES / name)) if isinstance(m, Meeting)}


def test_a_title_naming_its_meeting_twice_gives_one_meeting_and_no_day_without_year() -> None:
    """The second name lost its ordinal to the days glued before it; it is the page's own
    meeting, whose city it gives; "September 15-19" has no year and dates nothing; "the Meeting
    of States Parties" in the prose is no meeting of its own."""
    assert _meetings("glued-title-release.txt") == {
        ("msp", "apmbc", 5, None, None, "Bangkok"),
        ("revcon", "apmbc", 1, "2004", None, None),
    }


def _flat(name: str) -> set[Row]:
    text = read_file(FIXTURES / name).text
    return {(m.kind, m.convention, m.number, m.date.iso() if m.date else None,
             m.end_date.iso() if m.end_date else None, m.city) for m in numbered_meetings(text, "apmbc")}


@pytest.mark.parametrize("reader", [MeetingPageIngester(), NewsIngester()], ids=["meeting-page", "news"])
def test_here_in_the_city_and_concluded_in_the_city_place_only_the_meeting_named(
        reader: MeetingPageIngester | NewsIngester) -> None:
    assert _meetings("statement-here-in-city.txt", reader) == {
        ("msp", "apmbc", 18, None, None, "Geneva"),  # the remarks' date is not the meeting's
        ("msp", "apmbc", 19, None, None, None),      # "the Geneva International Centre" is no city of it
    }
    assert _meetings("release-concluded-in-city.txt", reader) == {
        ("msp", "apmbc", 16, None, None, "Vienna"),
        ("msp", "apmbc", 15, None, None, None),
    }


def test_a_reports_city_and_days_after_the_name_and_not_the_deadline_in_either_reader() -> None:
    expected = {
        ("msp", "apmbc", 1, "1999-05", None, "Maputo"),
        ("msp", "apmbc", 3, "2001-09-18", "2001-09-21", "Managua"),
        ("msp", "apmbc", 4, None, None, None),
    }
    assert _flat("committee-report-intro.txt") == expected
    assert _meetings("committee-report-intro.txt") == expected


def test_a_french_clause_places_its_meeting_and_no_other_in_either_reader() -> None:
    expected = {
        ("msp", "apmbc", 20, None, None, "Geneva"),  # "depuis lundi": no date
        ("revcon", "apmbc", 4, None, None, None),
        ("msp", "apmbc", 19, None, None, None),      # "en 2021" dates the requests, not the meeting
    }
    assert _flat("committee-chair-news-fr.txt") == expected
    assert _meetings("committee-chair-news-fr.txt") == expected


def test_a_city_right_after_a_name_must_end_the_clause_and_be_a_host_city() -> None:
    text = "at the 17MSP in Geneva International Centre; the 18MSP in Ruritania City; the 19MSP here in Oslo."
    assert city_after_name(text, text.index("17MSP") + 5, len(text)) is None
    assert city_after_name(text, text.index("18MSP") + 5, len(text)) is None
    assert city_after_name(text, text.index("19MSP") + 5, len(text)) == "Oslo"


@pytest.mark.parametrize("name", ["report-cover-en.txt", "report-cover-fr.txt"])
def test_a_report_covers_city_and_days_are_its_meetings_not_the_issue_date(name: str) -> None:
    """"Managua, 18-21 September 2001 Item 17 of the agenda FINAL REPORT The Final Report of the
    Third Meeting ...": the cover's days are the 3MSP's; 19 October 2001 is the document's; the
    Second Meeting, named in passing, gets nothing."""
    assert _meetings(name) == {
        ("msp", "apmbc", 3, "2001-09-18", "2001-09-21", "Managua"),
        ("msp", "apmbc", 2, None, None, None),
    }


def test_a_gathering_in_a_city_between_two_days_for_the_meeting_and_not_a_registration_day() -> None:
    assert _meetings("release-gathering-for.txt") == {
        ("msp", "apmbc", 17, "2018-11-26", "2018-11-30", "Geneva"),
        ("msp", "apmbc", 18, None, None, None),
    }
