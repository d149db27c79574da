"""Three ways a page dates a meeting that it used to leave undated: a leading date before those
who gather and their verb ("On 7 June 2024, delegates will meet for their first preparatory
meeting"); the month of a newsletter's issue that gives a year to a day of none; a French
closing verb "s'est close" / "s'est conclue" after a review conference named by its task."""

from __future__ import annotations

from ccmgraph.document.read import Document
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.ingesters.news.dating import ArticleDate, article_date
from ccmgraph.records import Meeting, PartialDate, Record

Row = tuple[object, ...]


def _read(text: str) -> set[Row]:
    records: list[Record] = list(MeetingPageIngester().extract(Document(text=text, sha256="0" * 64, name="n")))
    return {(m.kind, m.number, m.date, m.end_date) for m in records if isinstance(m, Meeting)}


# A convention page on the way to a review conference (the Fifth Review Conference of the Mine
# Ban Convention met in Siem Reap in November 2024; this page is in our own words).
PREP_PAGE = """The Fifth Review Conference

The Fifth Review Conference will take place 25-29 November 2024 in Siem Reap, Cambodia.

Preparatory work

On 7 June 2024, delegations will convene for their first preparatory meeting ahead of the Conference.
"""


def test_a_leading_date_before_those_who_gather_dates_their_meeting() -> None:
    assert _read(PREP_PAGE) == {
        ("revcon", 5, PartialDate(2024, 11, 25), PartialDate(2024, 11, 29)),
        ("preparatory", None, PartialDate(2024, 6, 7), PartialDate(2024, 6, 7)),
    }


def test_a_leading_date_before_another_verb_dates_nothing() -> None:
    text = PREP_PAGE.replace("delegations will convene for their first preparatory meeting",
                             "delegations will submit papers for their first preparatory meeting")
    assert _read(text) == {("revcon", 5, PartialDate(2024, 11, 25), PartialDate(2024, 11, 29))}


# A newsletter issue: its head names the issue's month, no day anywhere near its top.
NEWSLETTER = """Mine Ban News #4, June 2009

June 2009

Treaty news

The first week of intersessional meetings was held from 25-29 May in Geneva.
"""


def test_the_month_of_a_newsletters_issue_gives_a_past_day_its_year() -> None:
    assert article_date(NEWSLETTER.splitlines()) == ArticleDate(2009, frozenset({6}))
    assert _read(NEWSLETTER) == {("intersessional", None, PartialDate(2009, 5, 25), PartialDate(2009, 5, 29))}


def test_a_month_far_below_the_head_is_no_issue_date() -> None:
    text = NEWSLETTER.replace("June 2009\n\nTreaty news", "Treaty news\n\nCalendar\n\nJune 2009")
    assert article_date(text.splitlines()) is None
    assert _read(text) == {("intersessional", None, None, None)}


FRENCH = """Nouvelles de la mission

La troisième Conférence des Parties chargée d’examiner la Convention sur les armes à sous-munitions s’est close le 13 septembre 2024, après une semaine de travaux.
"""


def test_a_french_review_conference_named_by_its_task_and_its_closing_day() -> None:
    assert _read(FRENCH) == {("revcon", 3, None, PartialDate(2024, 9, 13))}


def test_a_french_closing_verb_far_behind_another_clause_gives_no_day() -> None:
    text = FRENCH.replace("s’est close le 13 septembre 2024", "a réuni les États, qui se sont revus le 13 septembre 2024")
    assert _read(text) == {("revcon", 3, None, None)}


def test_a_log_under_month_headings_has_no_issue_month() -> None:
    text = NEWSLETTER.replace("Treaty news", "Treaty news\n\nMarch 2009\n\nA workshop was held.")
    assert article_date(text.splitlines()) is None
