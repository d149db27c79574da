"""Meetings a meeting page names beside its own: dated by a clause that takes them up again,
intersessional weeks dated by their announcement, and dates that belong to something else."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import Document, read_file
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.records import Meeting, PartialDate, Record, Warning_

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"


def _read(doc: Document) -> list[Record]:
    return list(MeetingPageIngester().extract(doc))


def _meetings(records: list[Record]) -> list[tuple[str, str | None, int | None, str | None, str | None, str | None]]:
    return sorted((m.kind, m.convention, m.number, m.date.iso() if m.date else None,
                   m.end_date.iso() if m.end_date else None, m.city)
                  for m in records if isinstance(m, Meeting))


def _doc(text: str) -> Document:
    return Document(text=text, sha256="0" * 64, name="n")


def test_a_french_page_of_the_assemblies_is_a_meeting_page_and_dates_each_by_its_own_clause() -> None:
    doc = read_file(PAGES / "fr-apmbc-msp-history-page.txt")
    assert detect(doc)[0] == "meeting-page"
    assert _meetings(_read(doc)) == [
        ("msp", "apmbc", 1, "1999-05-03", "1999-05-07", "Maputo"),
        ("msp", "apmbc", 7, "2006-09", None, None),  # a caption's "7ème Conférence des États parties, septembre 2006"
        ("msp", "apmbc", 9, "2008-11-24", "2008-11-28", "Geneva"),  # "Genève", named as the graph names it
        ("revcon", "apmbc", 1, "2004-11-29", "2004-12-03", "Nairobi"),
        # the 9MSP is named between the 2RC and the clause: the clause is the 9MSP's, never the 2RC's
        ("revcon", "apmbc", 2, None, None, None),
    ]


def test_an_english_clause_that_takes_the_meeting_up_again_dates_it() -> None:
    text = ("Review Conferences of the Mine Ban Treaty\n\nThe First Review Conference was convened five years after "
            "entry into force, a conference which was held in Nairobi, Kenya, from 29 November to 3 December 2004. "
            "The Second Review Conference was prepared by the 9MSP, a meeting which took place in Geneva from "
            "24 to 28 November 2008.\n")
    assert _meetings(_read(_doc(text))) == [
        ("msp", "apmbc", 9, "2008-11-24", "2008-11-28", "Geneva"),
        ("revcon", "apmbc", 1, "2004-11-29", "2004-12-03", "Nairobi"),
        ("revcon", "apmbc", 2, None, None, None),
    ]


def test_a_clause_without_a_meeting_noun_or_with_a_deadline_dates_nothing() -> None:
    text = ("Meetings of the States Parties to the Mine Ban Treaty\n\nThe First Meeting of States Parties was "
            "convened by the Secretary-General; registration, which closed on 3 May 1999, was handled in Maputo. "
            "The Second Meeting of States Parties adopted a decision which took effect on 15 September 2000.\n")
    assert _meetings(_read(_doc(text))) == [("msp", "apmbc", 1, None, None, None), ("msp", "apmbc", 2, None, None, None)]


def test_this_year_is_the_year_of_the_article_s_date_line() -> None:
    records = _read(read_file(PAGES / "apmbc-intersessional-2005-notice.txt"))
    # the registration deadline (6 June) is no day of the meeting
    assert _meetings(records) == [("intersessional", "apmbc", None, "2005-06-13", "2005-06-17", "Geneva")]
    undated = ("Intersessional Standing Committee meetings\n\nThe Intersessional Standing Committee meetings of the "
               "Mine Ban Treaty will take place this year from 13-17 June in Geneva.\n")
    # no date line: no year is made up for "this year"
    assert not [m for m in _read(_doc(undated)) if isinstance(m, Meeting) and m.date and m.date.year]


def test_a_venue_s_address_gives_its_city_and_a_statement_s_day_dates_no_other_meeting() -> None:
    records = _read(read_file(PAGES / "apmbc-intersessional-2009-week-page.txt"))
    assert _meetings(records) == [("intersessional", "apmbc", None, "2009-05-25", "2009-05-29", "Geneva"),
                                  ("msp", "apmbc", 9, None, None, None)]
    assert any(isinstance(w, Warning_) and "9MSP" in w.message for w in records)


def test_a_dateline_finer_than_the_title_s_year_dates_the_meeting() -> None:
    records = _read(read_file(PAGES / "ccm-intersessional-2012-page.txt"))
    assert ("intersessional", "ccm", None, "2012-04-16", "2012-04-19", "Geneva") in _meetings(records)
    # another year's dateline does not replace the title's year
    text = ("2012 Intersessional Meetings of the Convention on Cluster Munitions\n\n16-19 April 2013, Geneva, "
            "Switzerland\n\nStates Parties met to review the Vientiane Action Plan.\n")
    assert [m.date for m in _read(_doc(text)) if isinstance(m, Meeting) and m.kind == "intersessional"] == [
        PartialDate(2012)]


def _detected(name: str) -> list[tuple[str, str | None, int | None, str | None, str | None, str | None]]:
    doc = read_file(PAGES / name)
    kind, ingester = detect(doc)
    assert kind == "meeting-page", name
    return _meetings(list(ingester.extract(doc)))


def test_a_report_header_flattened_into_one_line_dates_and_places_its_meeting() -> None:
    for name in ("fr-ccm-8msp-final-report-header.txt", "en-ccm-8msp-final-report-header.txt"):
        assert _detected(name) == [("msp", "ccm", 8, "2018-09-03", "2018-09-05", "Geneva")], name
    # a city and its State, no days: nothing dated
    text = ("Eighth Meeting of States Parties Geneva, Switzerland Item 11 of the agenda. The Convention on Cluster "
            "Munitions provides that States Parties meet regularly.\n")
    assert _meetings(_read(_doc(text))) == [("msp", "ccm", 8, None, None, None)]


def test_the_conventions_other_languages_say_when_the_meeting_takes_place() -> None:
    for name in ("fr-ccm-1rc-memo.txt", "es-ccm-1rc-nota.txt"):
        # the high-level segment (7 and 8 September) and the registration deadline date nothing
        assert _detected(name) == [("revcon", "ccm", 1, "2015-09-07", "2015-09-11", "Dubrovnik")], name


def test_a_place_and_days_after_the_verb_and_a_country_date_the_page_s_meeting() -> None:
    assert _meetings(_read(read_file(PAGES / "apmbc-1rc-summit-page.txt"))) == [
        ("revcon", "apmbc", 1, "2004-11-29", "2004-12-03", "Nairobi")]


def test_a_gathering_in_a_city_on_its_days_for_the_meeting_dates_it() -> None:
    # the registration deadline "for the Second Review Conference planning session" is no gathering
    assert _meetings(_read(read_file(PAGES / "apmbc-1rc-gathering-page.txt"))) == [
        ("revcon", "apmbc", 1, "2004-11-29", "2004-12-03", "Nairobi"), ("revcon", "apmbc", 2, None, None, None)]


def test_a_calendar_of_meetings_dates_and_places_each_by_the_lines_under_its_name() -> None:
    assert _meetings(_read(read_file(PAGES / "ccm-msp-calendar-page.txt"))) == [
        ("msp", "ccm", 1, "2010-11-09", "2010-11-12", None),  # "Online from Vientiane" is no place line
        ("msp", "ccm", 2, None, None, None),  # its days come after a line that is no place
        ("msp", "ccm", 3, "2012-09-11", "2012-09-14", "Oslo"),  # place first, then days
        ("msp", "ccm", 4, "2013-09-09", "2013-09-13", "Lusaka"),
        ("msp", "ccm", 5, "2014-09-02", "2014-09-05", "San José"),
        ("msp", "ccm", 21, None, None, None),  # a registration date is no meeting's days
    ]


def test_another_numbered_meeting_as_the_subject_of_its_own_verb() -> None:
    text = ("Convención sobre la Prohibición de Minas Antipersonal\n\nLa Segunda Conferencia de Examen de la Convención "
            "sobre la Prohibición de Minas Antipersonal se llevó a cabo en Cartagena, Colombia en diciembre de 2009. "
            "La Tercera Conferencia de Examen, donde se acordó que los Comités se reunirán en Ginebra, tuvo lugar "
            "en junio de 2014.\n")
    assert _meetings(_read(_doc(text))) == [("revcon", "apmbc", 2, "2009-12", None, "Cartagena"),
                                            ("revcon", "apmbc", 3, None, None, None)]  # a clause of its own between


def test_a_un_header_names_its_meeting_by_ordinal_and_the_symbol_gives_its_number() -> None:
    for name in ("apmbc-7msp-progress-report-header.txt", "es-apmbc-7msp-progress-report-header.txt"):
        dated = [m for m in _detected(name) if m[3] is not None]
        # the issue date (30 August 2006) dates nothing; "Ginebra" is Geneva
        assert dated == [("msp", "apmbc", 7, "2006-09-18", "2006-09-22", "Geneva")], name
    text = (read_file(PAGES / "apmbc-7msp-progress-report-header.txt").text).replace("APLC/MSP.7/", "APLC/MSP.6/")
    # a symbol of another meeting: the ordinal alone is no Meeting of States Parties
    assert not [m for m in _read(_doc(text)) if isinstance(m, Meeting) and m.number == 7 and m.date is not None]


def test_a_list_of_past_meetings_dates_and_places_each_by_its_dateline() -> None:
    text = ("Statements by meeting\n\nStatements delivered at the meetings of the Convention on Cluster Munitions.\n\n"
            "Second Meeting of States Parties (2MSP)\n\nBeirut, 12-16 September 2011\n\n"
            "Intersessional Meetings 2011\n\nGeneva, 27-30 June 2011\n\n"
            "First Meeting of States Parties (1MSP)\n\nVientiane, 9-12 November 2010\n\n"
            "Second Preparatory Meeting of States Parties for the Second Review Conference\n\nGeneva, 4 September 2020\n\n"
            "Third Meeting of States Parties (3MSP)\n\nReport, 11-14 September 2012\n\n"
            "Intersessional Meetings 2014\n\nGeneva, 7-8 April 2015\n")
    assert _meetings(_read(_doc(text))) == [
        ("intersessional", "ccm", None, "2011-06-27", "2011-06-30", "Geneva"),
        ("msp", "ccm", 1, "2010-11-09", "2010-11-12", "Vientiane"),
        ("msp", "ccm", 2, "2011-09-12", "2011-09-16", "Beirut"),
        ("msp", "ccm", 3, "2012-09-11", "2012-09-14", None),  # "Report" is no city
        ("preparatory", "ccm", 2, "2020-09-04", "2020-09-04", "Geneva"),
        ("revcon", "ccm", 2, None, None, None),  # the days under the line are the preparatory meeting's
    ]  # the 2014 intersessional meetings are not dated by days of 2015
