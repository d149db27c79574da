"""Meetings dated by a list item's line, by an infinitive of being held, and by a month misspelled."""

from __future__ import annotations

from ccmgraph.document.read import Document
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.records import Meeting, PartialDate, Record


def _read(text: str) -> list[Meeting]:
    records: list[Record] = list(MeetingPageIngester().extract(Document(text=text, sha256="0" * 64, name="n")))
    return [m for m in records if isinstance(m, Meeting)]


def _of(meetings: list[Meeting], kind: str) -> list[tuple[object, ...]]:
    return sorted(((m.number, m.date, m.end_date, m.city) for m in meetings if m.kind == kind),
                  key=lambda t: (t[0] or 0, str(t[1])))


# An APMBC 4RC page in the layout the Convention's site uses: the decision, then a list of the year's meetings.
FOURTH_RC_PAGE = """The Oslo Review Conference

On 30 November 2018, at the Seventeenth Meeting of the States Parties, it was decided that the Convention's Fourth Review Conference would be held in Oslo, Norway from 25 to 29 Novembr 2019.

Norway will preside over the following meetings in 2019:
- Seventh International Pledging Conference in February 2019 (tbc), Geneva | Photos
- Intersessional Meetings 22-24 May 2019, Geneva | Photos, videos
- First Preparatory Meeting for the Review Conference. 25 May 2019
- Second Preparatory Meeting for the Review Conference. 20 September 2019
- Side events during the week, see the programme

The Oslo Review Conference will adopt a new action plan.
"""


def test_list_items_give_their_meetings_the_days_and_city_of_their_line() -> None:
    meetings = _read(FOURTH_RC_PAGE)
    assert _of(meetings, "preparatory") == [
        (1, PartialDate(2019, 5, 25), PartialDate(2019, 5, 25), None),
        (2, PartialDate(2019, 9, 20), PartialDate(2019, 9, 20), None)]
    assert _of(meetings, "intersessional") == [(None, PartialDate(2019, 5, 22), PartialDate(2019, 5, 24), "Geneva")]
    [pledging] = [m for m in meetings if m.kind == "pledging"]
    assert (pledging.date, pledging.city) == (PartialDate(2019, 2), "Geneva")


def test_a_misspelled_month_still_dates_the_page_s_own_meeting() -> None:
    [rc] = [m for m in _read(FOURTH_RC_PAGE) if m.kind == "revcon"]
    assert (rc.number, rc.date, rc.end_date, rc.city) == (4, PartialDate(2019, 11, 25), PartialDate(2019, 11, 29), "Oslo")


def test_a_list_item_that_gives_something_else_after_the_name_gives_no_date() -> None:
    text = """The Oslo Review Conference

Norway will preside over the following meetings in 2019:
- Intersessional Meetings: registration closes 10 May 2019
- First Preparatory Meeting for the Review Conference, after the deadline of 1 March 2019 for requests
"""
    meetings = _read(text)
    assert not [m for m in meetings if m.kind in ("intersessional", "preparatory") and m.date is not None]


def test_the_meeting_an_infinitive_holds_takes_the_days_and_the_city_before_them() -> None:
    text = """Home > Newsroom > Archives 2018 >

Norway to host the Fourth Review Conference of the Anti-Personnel Mine Ban Convention in 2019

30.11.2018

Geneva, Oslo - Preparations for the Fourth Review Conference of the Anti-Personnel Mine Ban Convention to be held in Oslo from 25 to 29 November 2019, under the name Oslo Review Conference, are under way, with a Preparatory Meeting planned later at the United Nations in Geneva.
"""
    [rc] = [m for m in _read(text) if m.kind == "revcon"]
    # the days are the conference's own, not the year of the title nor the release's date; its city is
    # the one before its days, not a word of the clause after them
    assert (rc.number, rc.date, rc.end_date, rc.city) == (4, PartialDate(2019, 11, 25), PartialDate(2019, 11, 29), "Oslo")
