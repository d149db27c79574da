"""Meetings in news prose with their own dates and city, in a titled page and a dated item.

Written in: an aside between the meeting and its date ("organised by ... with support from
..."), a convention's long formal name and "also known as", a month-first range ("November
25-29, 2024"), a preparatory meeting named for the conference it prepares (its date and city are
its own, not the conference's), a registration deadline (no meeting's date), "opened today in
Geneva" under the item's own date.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters import detect
from ccmgraph.records import Meeting

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def meetings(name: str) -> set[tuple[str, str | None, int | None, str | None, str | None, str | None]]:
    doc = read_file(FIXTURES / name)
    return {(m.kind, m.convention, m.number, m.date.iso() if m.date else None,
             m.end_date.iso() if m.end_date else None, m.city)
            for m in detect(doc)[1].extract(doc) if isinstance(m, Meeting)}


def test_titled_page_each_meeting_its_own_dates_and_city() -> None:
    assert meetings("meetings-prose.txt") == {
        ("intersessional", "ccm", 4, "2014-04-07", "2014-04-09", "Geneva"),
        ("msp", "ccm", 5, None, None, None),  # the registration deadline is no date of it
        ("preparatory", "apmbc", 2, "2014-04-10", "2014-04-10", "Geneva"),
        ("revcon", "apmbc", 3, "2014-06-23", "2014-06-27", "Maputo"),
        ("revcon", "apmbc", 5, "2024-11-25", "2024-11-29", "Siem Reap"),
    }


def test_opened_today_in_a_city_under_the_items_date() -> None:
    """The city is the news reader's; the dates are the page heading's (meeting_page), whose
    single day also closes the meeting: only the start is judged here."""
    assert {(k, c, n, start, city) for k, c, n, start, _, city in meetings("meetings-dated-item.txt")} == {
        ("intersessional", "ccm", None, "2015-06-22", "Geneva"),
    }


def _news_meetings(name: str) -> set[tuple[str, str | None, int | None, str | None, str | None, str | None]]:
    from ccmgraph.ingesters.news.ingester import NewsIngester
    return {(m.kind, m.convention, m.number, m.date.iso() if m.date else None,
             m.end_date.iso() if m.end_date else None, m.city)
            for m in NewsIngester().extract(read_file(FIXTURES / name)) if isinstance(m, Meeting)}


def test_a_day_without_its_year_close_to_the_articles_date_and_nothing_in_passing() -> None:
    """"Date: 10/09/2012" lends 2012 to "11-14 September"; the CCW's own Review Conference, the
    Second Meeting named by neither number nor date, and an undated side event are no facts."""
    assert _news_meetings("meetings-article-year.txt") == {
        ("msp", "ccm", 3, "2012-09-11", "2012-09-14", "Oslo"),
    }


def test_a_day_months_from_the_articles_date_is_no_date_and_the_ndm_is_no_convention_meeting() -> None:
    """"4-6 September" months from "Posted 18.03.2017" has no year: no date of the 7MSP at all."""
    assert _news_meetings("meetings-article-year-far.txt") == {
        ("msp", "ccm", 7, None, None, "Geneva"),
    }


def test_month_headings_lend_their_year_and_a_year_naming_the_convention_links() -> None:
    """Under "March 2017", "on 16-17 March" is of 2017 ("with South East Asian countries" says
    who took part); "the first intersessional meetings of the 2008 Convention ... from 27-30 June
    2011" are dated by 2011, never by 2008; "Mr. Co-Chair" is a post, not a person."""
    from ccmgraph.ingesters.news.ingester import NewsIngester
    from ccmgraph.records import Mention
    assert _news_meetings("meetings-month-headings.txt") == {
        ("msp", "ccm", 7, None, None, None),
        ("seminar", "ccm", None, "2017-03-16", "2017-03-17", "Bangkok"),
        ("intersessional", "ccm", 1, "2011-06-27", "2011-06-30", "Geneva"),
        ("meeting-of-experts", "ccw-p5", None, "2012-04-25", "2012-04-27", "Geneva"),  # past ", including ...,"
    }
    people = {m.name for m in NewsIngester().extract(read_file(FIXTURES / "meetings-month-headings.txt"))
              if isinstance(m, Mention) and m.kind == "person"}
    assert people == {"Ambassador Michael Biontino"}


def test_a_documents_symbol_and_date_after_a_meetings_name_are_no_date_of_it() -> None:
    """A UN document's header: the symbol's year is no modifier of a name, so the document's own
    date after it stays the document's; "of the 2008 Convention" names the convention."""
    from ccmgraph.ingesters.news.dating import date_spans, own_date
    header = ("MEETING OF THE STATES PARTIES TO THE CONVENTION ON THE PROHIBITION OF ANTI-PERSONNEL MINES "
              "APLC/MSP.7/2006/L.2 23 August 2006 Original: ENGLISH")
    end = header.index(" APLC")
    assert own_date(header, 0, end, date_spans(header)) is None
    prose = "the first intersessional meetings of the 2008 Convention on Cluster Munitions from 27-30 June 2011"
    link = own_date(prose, 4, prose.index(" of the 2008"), date_spans(prose))
    assert link is not None and link.span.date.iso() == "2011-06-27"


def test_the_meeting_after_the_one_meeting_an_item_names() -> None:
    """"The meeting will take place ... in Phnom Penh from 28 November to 2 December 2011" dates the
    one meeting its item has named; in an item naming two, "the meeting" is neither's; a web
    address ("/10MSP/pr-11MSP") names no meeting; a numbered meeting named without its convention
    is of the one its sentence names (the CCM), not of the page's (the APMBC)."""
    assert _news_meetings("meetings-the-meeting.txt") == {
        ("msp", "apmbc", 11, "2011-11-28", "2011-12-02", "Phnom Penh"),
        ("msp", "ccm", 2, None, None, None),
        ("msp", "ccm", 3, None, None, None),
    }


def test_a_last_updated_line_lends_its_year_to_days_near_it_and_none_to_days_far_off() -> None:
    """"Last updated: 08.09.2014 // ..." opens the paragraph: "2-5 September" is of 2014; the
    closing of a registration is no date of a meeting, and "20 January", a future day four months
    on, is of the next year (dating.nearest_year)."""
    assert _news_meetings("meetings-updated-line.txt") == {
        ("msp", "ccm", 5, "2014-09-02", "2014-09-05", "San José"),
        ("workshop", "ccm", None, "2015-01-20", "2015-01-20", "Geneva"),
    }


def test_a_list_of_ordinals_before_a_plural_name_names_each_meeting_and_dates_none() -> None:
    """"the Seventh and Twelfth Meetings ..., held in 2006 and 2012": two meetings, neither dated
    (whose year is whose the list does not say); "the Meetings of the States Parties" is none."""
    assert _news_meetings("meetings-listed-ordinals.txt") == {
        ("msp", "apmbc", n, None, None, None) for n in (7, 8, 9, 12, 15, 16, 17)}


def test_a_held_clause_right_after_the_name_in_english_french_and_spanish_in_news_and_flat_readers() -> None:
    """The verb of being held right after the name, a venue or the city before the days or after
    them; a registration deadline and a report's publication date are no meeting's."""
    from ccmgraph.ingesters.flat.meetings import numbered_meetings
    expected = {("msp", "apmbc", 2, "2000-09-11", "2000-09-15", "Geneva"),
                ("msp", "apmbc", 3, "2001-09-18", "2001-09-21", "Managua"),
                ("msp", "apmbc", 4, "2002-09-16", "2002-09-20", "Geneva"),
                ("msp", "apmbc", 5, None, None, None)}
    assert _news_meetings("meetings-held-clauses.txt") == expected
    text = read_file(FIXTURES / "meetings-held-clauses.txt").text
    assert {(m.kind, m.convention, m.number, m.date.iso() if m.date else None, m.end_date.iso() if m.end_date else None,
             m.city) for m in numbered_meetings(text, "apmbc")} == expected
