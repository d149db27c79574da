"""A meeting page's own meeting, dated and placed by the sentence whose subject it is."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import Document, read_file
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.records import Meeting, MeetingDocument, PartialDate, Record

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"


def _read(doc: Document) -> list[Record]:
    return list(MeetingPageIngester().extract(doc))


def _experts(records: list[Record]) -> list[Meeting]:
    return [m for m in records if isinstance(m, Meeting) and m.kind == "meeting-of-experts"]


def test_a_long_subject_still_owns_the_dates_its_verb_gives() -> None:
    records = _read(read_file(PAGES / "p5-experts-2008-notice.txt"))
    [mx] = _experts(records)
    assert (mx.convention, mx.number, mx.date, mx.end_date, mx.city) == (
        "ccw-p5", 1, PartialDate(2008, 7, 2), PartialDate(2008, 7, 4), "Geneva")  # "the first informal Meeting"
    # the registration deadline is no meeting's day; the 2007 symbol is the First Conference's document
    assert not [d for d in records if isinstance(d, MeetingDocument)]
    first = next(m for m in records if isinstance(m, Meeting) and m.number == 1 and m.kind == "conference")
    assert (first.date, first.end_date) == (PartialDate(2007, 11), None)


def test_one_day_without_a_year_takes_the_year_the_title_gives_its_meeting() -> None:
    records = _read(read_file(PAGES / "p5-experts-2019-notice.txt"))
    [mx] = _experts(records)
    assert (mx.date, mx.end_date, mx.city) == (PartialDate(2019, 8, 23), PartialDate(2019, 8, 23), None)
    assert [(d.meeting, d.symbol) for d in records if isinstance(d, MeetingDocument)] == [
        (mx.key, "CCW/P.V/CONF/2019/MX/1")]


def test_a_year_the_page_does_not_give_is_not_guessed() -> None:
    text = ("Protocol V Meeting of Experts\n\nPractical information\n\n"
            "The Protocol V Meeting of Experts of the High Contracting Parties will take place on 14 April "
            "in Room XVIII at the Palais des Nations. Coordinators will report on clearance and victim assistance.\n")
    records = _read(Document(text=text, sha256="0" * 64, name="n"))
    # news keeps such a day without its year (and warns); no year is made up for it
    assert [(m.date, m.end_date) for m in _experts(records)] in ([(None, None)], [(PartialDate(None, 4, 14), None)])


def test_another_meeting_between_the_name_and_the_verb_keeps_the_dates_off() -> None:
    text = ("Protocol V Meeting of Experts 2012\n\nPractical information\n\n"
            "The Meeting of Experts, whose work the Sixth Conference of the High Contracting Parties to Protocol V "
            "reviewed last year, was held on Wednesday, 18 April 2012 in Geneva.\n")
    records = _read(Document(text=text, sha256="0" * 64, name="n"))
    assert not [m for m in _experts(records) if m.date is not None]
