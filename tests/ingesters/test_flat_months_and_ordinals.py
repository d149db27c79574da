"""A span of months starts in its first month; an ordinal after a possessive counts the owner's
meetings, not the series, unless the owner is the convention."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.flat.dates import find_dates, find_month_ranges
from ccmgraph.ingesters.flat.meetings import numbered_meetings
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.ingesters.news.dating import date_spans
from ccmgraph.records import Meeting, PartialDate
from ccmgraph.resolve.meetings import meeting_key
from ccmgraph.vocabulary import meeting_mentions

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"


def test_a_span_of_months_starts_in_its_first_month_in_every_reader() -> None:
    for text in ("held in Nairobi in November–December 2004.", "held in Nairobi in November-December 2004.",
                 "celebrada de noviembre a diciembre de 2004."):
        assert [(r.first, r.last) for r in find_month_ranges(text)] == [(PartialDate(2004, 11), PartialDate(2004, 12))]
        assert [d.date for d in find_dates(text)] == [PartialDate(2004, 11)]
        assert [(s.date, s.end_date) for s in date_spans(text) if s.date.month] == [
            (PartialDate(2004, 11), PartialDate(2004, 12))], text
    # either month, or a span that runs backwards: no span, and "August/September" dates neither month
    assert not find_month_ranges("in August/September 2022 and December–January 2011")
    [meeting] = numbered_meetings("the First Review Conference, held in Nairobi in November–December 2004.", "apmbc")
    assert (meeting.date, meeting.end_date, meeting.city) == (PartialDate(2004, 11), PartialDate(2004, 12), "Nairobi")


def test_its_first_meeting_is_the_owner_s_count_unless_the_owner_is_the_convention() -> None:
    counted = "Ruritania attended its first Meeting of States Parties in September 2003."
    assert [(m.kind, m.number, m.text) for m in meeting_mentions(counted)] == [("msp", None, "Meeting of States Parties")]
    for text in ("The Convention on Cluster Munitions held its first Meeting of States Parties in Vientiane.",
                 "The Convention (CCM) convened its First Meeting of States Parties in 2010.",
                 "The First Meeting of States Parties"):
        assert [m.number for m in meeting_mentions(text)] == [1], text
    records = list(MeetingPageIngester().extract(read_file(PAGES / "apmbc-country-attendance-report.txt")))
    numbered = sorted((m.kind, m.number) for m in records if isinstance(m, Meeting) and m.number is not None)
    assert numbered == [("revcon", 1)]  # no 1MSP, no first intersessional meeting


def test_a_month_alone_keys_the_one_meeting_of_the_table_in_that_month() -> None:
    assert meeting_key("msp", "ccm", start=PartialDate(2010, 11)) == "msp/ccm-1msp"
    assert meeting_key("msp", "ccm", start=PartialDate(2010, 10)) == "msp/2010-10"  # none that month: no number


def test_a_clause_without_a_comma_gives_the_meeting_its_own_days_and_city() -> None:
    """"the 19th Meeting of the States Parties to the ... Convention that is held from 15 to 19 November
    2021, in Geneva": the clause's days and city; the article's own date and a deadline give nothing."""
    text = ("APS - 21 November 2021. Algeria was elected on the occasion of the 19th Meeting of the States Parties to "
            "the Anti-Personnel Mine Ban Convention that is held from 15 to 19 November 2021, in Geneva. "
            "The 20th Meeting of the States Parties, whose registration closes on 1 October 2022, comes next.")
    found = {m.number: (m.date, m.end_date, m.city) for m in numbered_meetings(text, "apmbc")}
    assert found == {19: (PartialDate(2021, 11, 15), PartialDate(2021, 11, 19), "Geneva"), 20: (None, None, None)}


def test_a_list_of_ordinals_before_a_plural_name_in_a_flattened_page() -> None:
    text = read_file(Path(__file__).parents[1] / "fixtures" / "news" / "meetings-listed-ordinals.txt").text
    assert {(m.kind, m.number, m.date, m.city) for m in numbered_meetings(text, "apmbc")} == {
        ("msp", n, None, None) for n in (7, 8, 9, 12, 15, 16, 17)}


def test_a_meetings_city_and_days_in_apposition_only_with_a_host_city() -> None:
    def read(text: str) -> list[tuple[int | None, str | None, str | None, str | None]]:
        return [(m.number, m.date and m.date.iso(), m.end_date and m.end_date.iso(), m.city)
                for m in numbered_meetings(text, "apmbc")]
    assert read("The Ottawa Convention's Second Meeting of States Parties (2MSP), Geneva, 11-15 September 2000, "
                "adopted a declaration.") == [(2, "2000-09-11", "2000-09-15", "Geneva")]
    # a State where the city would stand: maybe a statement's line, and nothing is read
    assert read("the Second Meeting of States Parties, Colombia, 11-15 September 2000.") == [(2, None, None, None)]


def test_a_meeting_known_by_a_name_of_its_own_is_held_where_the_name_says() -> None:
    """"the Cartagena Summit": the Second Review Conference, in Cartagena, with no city written."""
    [named] = numbered_meetings("The Co-Chairs recalled the commitments made at the Cartagena Summit.", "apmbc")
    assert (named.kind, named.number, named.city) == ("revcon", 2, "Cartagena")
    [numbered] = numbered_meetings("The Co-Chairs recalled the commitments of the Second Review Conference.", "apmbc")
    assert numbered.city is None  # a number alone names no place
