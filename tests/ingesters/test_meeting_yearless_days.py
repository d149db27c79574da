"""A day written without its year takes the year of the article's own printed date; a date
glued to a figure spoils only its own sentence; a conference's day of adoption is its last."""

from __future__ import annotations

from ccmgraph.document.read import Document
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.ingesters.news.dating import ArticleDate, article_date, date_spans, nearest_year
from ccmgraph.ingesters.news.events import EventIndex
from ccmgraph.ingesters.news.items import whole_page
from ccmgraph.ingesters.news.text import default_recogniser
from ccmgraph.records import Meeting, PartialDate, Record


def _read(text: str) -> list[Meeting]:
    records: list[Record] = list(MeetingPageIngester().extract(Document(text=text, sha256="0" * 64, name="n")))
    return [m for m in records if isinstance(m, Meeting)]


def _kind(meetings: list[Meeting], kind: str) -> list[tuple[object, ...]]:
    return [(m.number, m.date, m.end_date, m.city) for m in meetings if m.kind == kind]


# A CCM press release in the layout of a convention's newsroom: title, the date in figures, then prose.
PRESS_RELEASE = """Lausanne to host the Second Review Conference of the Convention on Cluster Munitions

14.02.2020

Geneva – Preparations for the Second Review Conference of the Convention on Cluster Munitions, to be held in Lausanne from 23 to 27 November 2020, have begun with a Preparatory Meeting on 19 February at the Palais des Nations in Geneva.

The Swiss presidency thanked all delegations for their support.
"""


def test_a_day_of_no_year_takes_the_year_of_the_article_s_printed_date() -> None:
    meetings = _read(PRESS_RELEASE)
    assert _kind(meetings, "preparatory") == [(None, PartialDate(2020, 2, 19), PartialDate(2020, 2, 19), "Geneva")]
    assert _kind(meetings, "revcon") == [(2, PartialDate(2020, 11, 23), PartialDate(2020, 11, 27), "Lausanne")]
    # the article's own date dates no meeting
    assert not [m for m in meetings if PartialDate(2020, 2, 14) in (m.date, m.end_date)]


def test_a_day_of_no_year_in_an_article_of_no_printed_date_stays_undated() -> None:
    text = PRESS_RELEASE.replace("14.02.2020\n\n", "")
    meetings = _read(text)
    assert all(m.date is None for m in meetings if m.kind == "preparatory")


def test_the_year_is_the_one_nearest_the_article_s_date() -> None:
    text = PRESS_RELEASE.replace("14.02.2020", "Geneva, 28 December 2019").replace("on 19 February", "on 8 January")
    [prep] = _kind(_read(text), "preparatory")
    assert prep[1:3] == (PartialDate(2020, 1, 8), PartialDate(2020, 1, 8))


def test_this_year_is_the_article_s_year() -> None:
    text = """Experts of Protocol V meet in Geneva

Geneva, 26 April 2010

The Meeting of Experts of the High Contracting Parties to Protocol V (21-23 April) this year discussed victim assistance and clearance.
"""
    meetings = _read(text)
    assert _kind(meetings, "meeting-of-experts") == [(None, PartialDate(2010, 4, 21), PartialDate(2010, 4, 23), None)]


def test_nearest_year_refuses_a_day_half_a_year_away_and_an_article_of_no_date() -> None:
    assert nearest_year(PartialDate(None, 6, 20), ArticleDate(2013, frozenset({12}), PartialDate(2013, 12, 20))) is None
    assert nearest_year(PartialDate(None, 6, 20), None) is None
    # with dots the day comes first: "06.12.2013" is 6 December
    dated = article_date(["06.12.2013"])
    assert dated is not None and dated.readings == (PartialDate(2013, 12, 6),)
    assert nearest_year(PartialDate(None, 12, 6), dated) == 2013


def test_a_figure_glued_to_a_date_spoils_only_its_own_sentence() -> None:
    text = "Dublin, 30 May 20081 August 2010, No. 47713. It was adopted on 3 December 2008 in Oslo."
    assert [(s.date.iso(), s.end_date and s.end_date.iso()) for s in date_spans(text) if s.date.day] == \
        [("2008-12-03", None)]


def test_the_day_a_conference_adopted_the_convention_is_its_last() -> None:
    text = ("Status of the Convention on Cluster Munitions. Entry into force: 1 August 20101 August 2010, No. 47713. "
            "The Convention was concluded by the Dublin Diplomatic Conference on Cluster Munitions at Dublin "
            "on 30 May 2008. It was opened for signature at Oslo on 3 December 2008.")
    item = whole_page([text], "n")
    assert item is not None
    index = EventIndex([item], default_recogniser, "ccm")
    [dublin] = [e for e in index.events if e.kind == "conference"]
    assert (dublin.date, dublin.end_date, dublin.city) == (None, PartialDate(2008, 5, 30), "Dublin")


def test_a_past_meeting_on_a_day_after_the_article_s_date_gets_no_year() -> None:
    text = PRESS_RELEASE.replace("14.02.2020", "Geneva, 10 February 2020").replace(
        "have begun with a Preparatory Meeting on 19 February", "began when a Preparatory Meeting was held on 19 February")
    assert _kind(_read(text), "preparatory") in ([], [(None, None, None, "Geneva")])
