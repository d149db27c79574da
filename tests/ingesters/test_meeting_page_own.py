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
    # "in Room XVII at the Palais des Nations": a venue of one city, Geneva
    assert (mx.date, mx.end_date, mx.city) == (PartialDate(2019, 8, 23), PartialDate(2019, 8, 23), "Geneva")
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


def test_a_title_that_names_the_meeting_the_text_calls_the_meeting() -> None:
    text = ("Ninth Meeting of States Parties\n\n2-4 September 2019, Geneva, Switzerland\n\n"
            "The meeting is open to States Parties, signatories and observers of the Convention on Cluster "
            "Munitions, and to international organisations.\n\nProvisional agenda\nList of participants\n")
    records = _read(Document(text=text, sha256="0" * 64, name="n"))
    [msp] = [m for m in records if isinstance(m, Meeting)]
    assert (msp.convention, msp.kind, msp.number, msp.date, msp.end_date, msp.city) == (
        "ccm", "msp", 9, PartialDate(2019, 9, 2), PartialDate(2019, 9, 4), "Geneva")


def test_a_dateline_city_first_and_a_country_is_no_city() -> None:
    records = _read(read_file(PAGES / "p5-experts-2015-page.txt"))  # "Geneva, 7-8 April 2015"
    [mx] = _experts(records)
    assert (mx.date, mx.end_date, mx.city) == (PartialDate(2015, 4, 7), PartialDate(2015, 4, 8), "Geneva")
    text = "Seventh Meeting of States Parties\n\nSwitzerland, 4-6 September 2017\n\nThe meeting of the Convention on Cluster Munitions opens to all States Parties and observers.\n"
    [msp] = [m for m in _read(Document(text=text, sha256="0" * 64, name="n")) if isinstance(m, Meeting)]
    assert (msp.date, msp.city) == (PartialDate(2017, 9, 4), None)


def test_an_article_s_own_date_under_its_title_never_dates_the_meeting() -> None:
    for dateline in ("18 September 2015", "Tuesday, 17 June 2014", "TUESDAY 17 JUNE 2014"):
        text = (f"News\n\n{dateline}\n\nFrom 7-11 September, the First Review Conference of the Convention on "
                "Cluster Munitions was held in Dubrovnik, Croatia. Delegations of the Convention on Cluster "
                "Munitions met there.\n")
        records = _read(Document(text=text, sha256="0" * 64, name="n"))
        dates = [(m.date, m.end_date) for m in records if isinstance(m, Meeting) and m.number == 1]
        # the days of no year take the article's year only where a past meeting is not after it
        expected = [(PartialDate(2015, 9, 7), PartialDate(2015, 9, 11))] if "2015" in dateline else [(None, None)]
        assert dates == expected, dateline


def test_a_meeting_named_as_another_meetings_complement_takes_none_of_its_dates() -> None:
    text = ("First Review Conference\n\nThe second preparatory meeting for the First Review Conference of the "
            "Convention on Cluster Munitions took place in Geneva on 22 June 2015. States discussed the "
            "Dubrovnik Action Plan.\n")
    meetings = [m for m in _read(Document(text=text, sha256="0" * 64, name="n")) if isinstance(m, Meeting)]
    prep = next(m for m in meetings if m.kind == "preparatory")
    assert (prep.number, prep.date, prep.city) == (2, PartialDate(2015, 6, 22), "Geneva")
    revcon = [m for m in meetings if m.kind == "revcon"]
    assert [(m.number, m.date, m.end_date, m.city) for m in revcon] == [(1, None, None, None)]


def test_a_span_of_days_is_read_whole_where_news_prose_reads_one_end() -> None:
    for days in ("2 through 4 September 2019", "from 2 September to 4 September 2019"):
        text = ("Ninth Meeting of States Parties\n\nThe Ninth Meeting of States Parties to the Convention on "
                f"Cluster Munitions will take place {days} in Geneva at the Palais des Nations.\n")
        [msp] = [m for m in _read(Document(text=text, sha256="0" * 64, name="n")) if isinstance(m, Meeting)]
        assert (msp.number, msp.date, msp.end_date, msp.city) == (
            9, PartialDate(2019, 9, 2), PartialDate(2019, 9, 4), "Geneva"), days


def test_a_sites_navigation_lines_before_the_title_are_no_title() -> None:
    chrome = ["PRINT PAGE SHARE THIS ACCESSIBILITY AT UNOG A A A A The United Nations in the Heart of Europe",
              "ExpandIn Focus", "ExpandResources & Services", "ExpandThe Director General", "ExpandAbout UNOG",
              "ExpandPalais des Nations"]
    body = ["2009 Protocol V Meeting of Experts",
            "The 2009 Meeting of Experts of the High Contracting Parties to Protocol V will take place from "
            "22 to 24 April 2009 in Room XVIII at the Palais des Nations in Geneva."]
    page = Document(text="\n\n".join(chrome + body) + "\n", sha256="0" * 64, name="unog-page")
    assert MeetingPageIngester().sniff(page) >= 0.5
    [mx] = _experts(_read(page))
    assert (mx.convention, mx.date, mx.end_date, mx.city) == (
        "ccw-p5", PartialDate(2009, 4, 22), PartialDate(2009, 4, 24), "Geneva")


def test_a_wire_dateline_without_brackets_places_the_meeting_that_opened_today() -> None:
    opened = ("Ninth Meeting of States Parties opens\n\nGENEVA, 2 September 2019 – The Ninth Meeting of States "
              "Parties to the Convention on Cluster Munitions opened today at the Palais des Nations.\n")
    prepared = ("Review Conference\n\nGENEVA, 3 March 2015 – States met today to prepare the First Review "
                "Conference of the Convention on Cluster Munitions.\n")
    [msp] = [m for m in _read(Document(text=opened, sha256="0" * 64, name="o")) if isinstance(m, Meeting)]
    assert (msp.number, msp.city) == (9, "Geneva")
    revcons = [m for m in _read(Document(text=prepared, sha256="0" * 64, name="p")) if isinstance(m, Meeting)]
    assert [(m.number, m.city) for m in revcons] == [(1, None)]  # prepared there, not held there


def test_an_event_listings_record_block_dates_and_places_the_pages_meeting() -> None:
    """Days / the meeting's convention / a place, as event listings end a page."""
    meetings = [r for r in _read(read_file(PAGES / "event-record-block-ccm-5msp.txt")) if isinstance(r, Meeting)]
    assert [(m.number, m.date, m.end_date, m.city) for m in meetings] == [
        (5, PartialDate(2014, 9, 2), PartialDate(2014, 9, 5), "San José")]


def test_a_record_block_of_another_treaty_dates_nothing() -> None:
    meetings = [r for r in _read(read_file(PAGES / "event-record-block-other-treaty.txt")) if isinstance(r, Meeting)]
    assert [(m.number, m.date, m.city) for m in meetings] == [(5, None, None)]
