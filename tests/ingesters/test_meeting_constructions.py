"""Constructions that give a meeting its own days and city, read the same for any meeting.

Each is written as the field writes it (facts of the public record): the closing verb that gives
the LAST day only ("... concluded on 21 September 2021"), a UN final document's cover ("Oslo,
26-29 November 2019 Final document The Final document of the Fourth Review Conference"),
programme headings over a run of days ("TUESDAY 26 NOVEMBER - FRIDAY 29 NOVEMBER 2019"), a
decision to hold a meeting ("agreed to hold the ... First Review Conference ... in Nairobi from
29 November to 3 December 2004"), a city with its State in parentheses ("s'est tenue à Genève
(Suisse) du 16 au 19 septembre 2025"), "held from" right after the name, month first; and what
must stay off: another event's day, a clause of its own between the name and the verb.
"""

from __future__ import annotations

from ccmgraph.document.read import Document
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.flat.meetings import own_place_and_time
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.ingesters.news.dating import closing_day
from ccmgraph.records import Meeting, PartialDate

Row = tuple[str, str | None, int | None, str | None, str | None, str | None]


def _doc(text: str) -> Document:
    return Document(text=text, sha256="0" * 64, name="n")


def _rows(records: object) -> set[Row]:
    return {(m.kind, m.convention, m.number, m.date.iso() if m.date else None,
             m.end_date.iso() if m.end_date else None, m.city)
            for m in records if isinstance(m, Meeting)}  # type: ignore[attr-defined]


def _page(text: str) -> set[Row]:
    return _rows(MeetingPageIngester().extract(_doc(text)))


def _detected(text: str) -> set[Row]:
    doc = _doc(text)
    return _rows(detect(doc)[1].extract(doc))


def test_a_closing_verb_gives_the_last_day_only() -> None:
    rows = _page("Lausanne declaration on cluster munitions\n\nLocal news\n\n"
                 "The Second Review Conference of States Parties to the Convention on Cluster Munitions (CCM) "
                 "concluded on 21 September 2021 under the presidency of Switzerland.\n")
    assert ("revcon", "ccm", 2, None, "2021-09-21", None) in rows


def test_the_place_after_the_closing_day_is_the_meetings() -> None:
    rows = _page("2008 Meeting of Experts of Protocol V\n\n"
                 "The 2008 Meeting of Experts of the States parties to Protocol V on Explosive Remnants of War, "
                 "annexed to the 1980 Convention on Certain Conventional Weapons (CCW), concluded on Friday, "
                 "4 July 2008 at the Palais des Nations in Geneva.\n")
    assert ("meeting-of-experts", "ccw-p5", None, "2008", "2008-07-04", "Geneva") in rows


def test_a_closing_day_is_never_read_through_a_clause_of_its_own() -> None:
    text = "The Second Review Conference, which Chile chaired, concluded on 21 September 2021."
    assert closing_day(text, text.index(", which"), len(text)) is None
    text = "The 8MSP, held in 2018, closed on 5 September 2018."  # a date between: not read across
    assert closing_day(text, text.index(","), len(text)) is None
    text = "The 8MSP concluded its work on Friday, 7 September 2018 in Geneva."
    assert closing_day(text, 8, len(text)).date == PartialDate(2018, 9, 7)  # type: ignore[union-attr]
    text = "The 8MSP concluded on a high note after States agreed on 7 September 2018 to meet again."
    assert closing_day(text, 8, len(text)) is None


def test_a_meeting_of_no_number_takes_no_closing_day_alone() -> None:
    rows = _page("Protocol V Preparatory Committee\n\n"
                 "The Preparatory Committee of the High Contracting Parties to Protocol V on Explosive Remnants of "
                 "War concluded its work on 18 June 2007 in Geneva.\n")
    assert not [r for r in rows if r[0] == "preparatory" and r[4] is not None]


def test_a_final_documents_cover_dates_and_places_its_meeting() -> None:
    rows = _page("APLC/CONF/2019/5\n\nFourth Review Conference of the States Parties to the Convention on the "
                 "Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their "
                 "Destruction\n\nOslo, 26-29 November 2019 Final document The Final document of the Fourth Review "
                 "Conference of the States Parties to the Convention on the Prohibition of Anti-Personnel Mines "
                 "consists of the following: Part I.\n")
    assert ("revcon", "apmbc", 4, "2019-11-26", "2019-11-29", "Oslo") in rows


def test_programme_headings_of_a_run_of_days_date_the_meeting() -> None:
    text = ("Meeting Summary / Statements\n\nMONDAY 25 NOVEMBER 2019\n\nOpening ceremony\n\n"
            "The opening ceremony of the Fourth Review Conference of the Anti-Personnel Mine Ban Convention was "
            "held with the participation of many States.\n\nTUESDAY 26 NOVEMBER - FRIDAY 29 NOVEMBER 2019\n\n"
            "The Conference adopted its agenda. The list of participants and the provisional programme were read.\n")
    assert ("revcon", "apmbc", 4, "2019-11-25", "2019-11-29", None) in _page(text)


def test_an_articles_date_line_apart_from_the_programme_is_no_meeting_day() -> None:
    text = ("Meeting Summary / Statements\n\nMONDAY 18 NOVEMBER 2019\n\nOpening ceremony\n\n"
            "The opening ceremony of the Fourth Review Conference of the Anti-Personnel Mine Ban Convention was "
            "held with the participation of many States.\n\nTUESDAY 26 NOVEMBER - FRIDAY 29 NOVEMBER 2019\n\n"
            "The Conference adopted its agenda. The list of participants and the provisional programme were read.\n")
    [revcon] = [r for r in _page(text) if r[:3] == ("revcon", "apmbc", 4)]
    assert revcon[3] != "2019-11-18"


def test_a_decision_to_hold_a_meeting_gives_it_the_place_and_days_after_its_name() -> None:
    rows = _page("First Review Conference of the Mine Ban Convention\n\nFinal report\n\n"
                 "In accordance with the decision taken at the Fifth Meeting of the States Parties, it was agreed to "
                 "hold the Mine-Ban Convention's First Review Conference at the United Nations facilities in Nairobi "
                 "from 29 November to 3 December 2004. The list of participants is annexed.\n")
    assert ("revcon", "apmbc", 1, "2004-11-29", "2004-12-03", "Nairobi") in rows
    assert ("msp", "apmbc", 5, None, None, None) in rows  # the meeting that decided: no date of its own


def test_a_decision_about_another_event_gives_the_meeting_none_of_its_days() -> None:
    rows = _page("First Review Conference of the Mine Ban Convention\n\nFinal report\n\n"
                 "It was agreed to hold the First Review Conference after a regional workshop in Nairobi held from "
                 "2 to 3 December 2003. The list of participants is annexed.\n")
    assert not [r for r in rows if r[:3] == ("revcon", "apmbc", 1) and r[3] is not None]


def test_a_city_with_its_state_in_parentheses_before_the_days() -> None:
    rows = _page("13e réunion des États parties de la Convention sur les armes à sous-munitions\n\n"
                 "La treizième réunion des États parties de la Convention sur les armes à sous-munitions (CASM), "
                 "parmi lesquels figure le Japon, s'est tenue à Genève (Suisse) du 16 au 19 septembre 2025.\n")
    assert ("msp", "ccm", 13, "2025-09-16", "2025-09-19", "Geneva") in rows


def test_held_from_right_after_the_name_month_first_too() -> None:
    assert own_place_and_time(", held from November 16 to 20, 2020.", 0) == (
        None, PartialDate(2020, 11, 16), PartialDate(2020, 11, 20))
    assert own_place_and_time(", held from 29 November to 3 December 2004 in Nairobi.", 0) == (
        "Nairobi", PartialDate(2004, 11, 29), PartialDate(2004, 12, 3))
    assert own_place_and_time(", held from 1999 to 2004 under the Convention", 0) == (None, None, None)
    assert own_place_and_time(" will be convened in Geneva from 29 November to 3 December 2021.", 0) == (
        "Geneva", PartialDate(2021, 11, 29), PartialDate(2021, 12, 3))
    rows = _detected("Algeria elected to the Committee on Victim Assistance\n\nAPS : Saturday, 21 November 2020\n\n"
                     "Algeria was elected member of the Committee on Victim Assistance. The election took place during "
                     "the proceedings of the 18th Assembly of States Parties to the Anti-Personnel Mine Ban Convention, "
                     "held from November 16 to 20, 2020.\n")
    assert ("msp", "apmbc", 18, "2020-11-16", "2020-11-20", None) in rows


def test_a_short_name_closing_the_dates_of_an_unnumbered_subject_takes_them() -> None:
    rows = _page("States Parties of the Mine Ban Convention gather in Geneva\n\n2nd December 2013\n\n"
                 "The annual Meeting of the States Parties to the Anti-Personnel Mine Ban Convention – also known as "
                 "the Ottawa Convention – takes place for the 13th time in Geneva from 2-5 December 2013 (13MSP). "
                 "The 13MSP will consider requests for extensions.\n")
    assert ("msp", "apmbc", 13, "2013-12-02", "2013-12-05", "Geneva") in rows
    assert not [r for r in rows if r[0] == "msp" and r[2] is None and r[3] is not None]


def test_a_count_that_is_not_the_short_names_number_dates_nothing() -> None:
    rows = _page("States Parties of the Mine Ban Convention gather in Geneva\n\n2nd December 2013\n\n"
                 "The annual Meeting of the States Parties to the Anti-Personnel Mine Ban Convention takes place for "
                 "the 12th time in Geneva from 2-5 December 2013 (13MSP). The 13MSP will consider requests.\n")
    assert not [r for r in rows if r[:3] == ("msp", "apmbc", 13) and r[3] is not None]


def test_a_city_after_the_conventions_other_name_and_a_future_clause() -> None:
    rows = _page("Chile prepares the Fifteenth Meeting of the States Parties\n\nPress release\n\n"
                 "Chile has started the countdown to the Fifteenth Meeting of the States Parties of the Anti-Personnel "
                 "Mine Ban Convention, or Ottawa Convention, which will be held in Santiago in late 2016.\n")
    assert ("msp", "apmbc", 15, None, None, "Santiago") in rows


def test_a_city_after_a_venue_and_before_the_name_in_spanish() -> None:
    rows = _page("Chile participa en la 22ª Reunión de los Estados Parte de la Convención de Ottawa\n\n"
                 "La 22ª Reunión de los Estados Parte de la Convención sobre la Prohibición de Minas Antipersonal se "
                 "celebra en la sede de las Naciones Unidas en Ginebra, del 1 al 5 de diciembre.\n")
    assert ("msp", "apmbc", 22, None, None, "Geneva") in rows
    rows = _page("XII Reunión de Estados parte de la Convención de Ottawa\n\n16 de diciembre de 2013\n\n"
                 "Entre los días 2 y 5 de diciembre se celebró en Ginebra la XII Reunión de Estados parte de la "
                 "Convención de Ottawa, bajo la presidencia de Argelia.\n")
    assert ("msp", "apmbc", 12, None, None, "Geneva") in rows


def test_a_city_the_conventions_never_met_in_or_another_events_is_not_taken() -> None:
    rows = _page("XII Reunión de Estados parte de la Convención de Ottawa\n\nNota\n\n"
                 "Se celebró en Ginebra un seminario y luego la XII Reunión de Estados parte de la Convención de "
                 "Ottawa tuvo lugar.\n")
    assert not [r for r in rows if r[:3] == ("msp", "apmbc", 12) and r[5] is not None]


def test_a_review_conference_named_by_its_city() -> None:
    """"The 2014 Maputo Review Conference" is the APMBC 3RC (meetings.yml `named_meetings`)."""
    rows = _page("Fourteenth Meeting of the States Parties\n\nDay one\n\n"
                 "This session built upon the momentum created at the 2014 Maputo Review Conference of the "
                 "Anti-Personnel Mine Ban Convention and the Maputo Action Plan.\n")
    assert ("revcon", "apmbc", 3, "2014", None, "Maputo") in rows
    rows = _page("Fourteenth Meeting of the States Parties\n\nDay one\n\n"
                 "This session built upon the 2014 Review Conference of the Anti-Personnel Mine Ban Convention "
                 "held after talks in Maputo.\n")
    assert not [r for r in rows if r[0] == "revcon" and r[5] is not None]


def test_days_between_two_words_and_a_city_of_two_names() -> None:
    rows = _page("Colombia, sede de la Segunda Conferencia de Revisión\n\nNoticia\n\n"
                 "La Segunda Conferencia de Revisión de los Estados Parte de la Convención de Ottawa se llevará a cabo "
                 "en Cartagena de Indias, entre el 30 de noviembre y el 4 de diciembre de 2009 y participarán más "
                 "de 150 Estados.\n")
    assert ("revcon", "apmbc", 2, "2009-11-30", "2009-12-04", "Cartagena") in rows
    rows = _page("First Review Conference of the Mine Ban Convention\n\nPreparations\n\n"
                 "The Preparatory Meeting for the First Review Conference of the Mine Ban Convention was held on "
                 "13 February and 28 June 2004 in Geneva.\n")
    assert not [r for r in rows if r[3] == "2004-02-13" and r[4] == "2004-06-28"]  # two days, no span


def test_a_venue_of_one_city_places_the_meeting_held_there() -> None:
    rows = _page("Sixth Meeting of States Parties\n\nPractical information\n\n"
                 "The Sixth Meeting of States Parties of the Convention on Cluster Munitions will take place from 5 to "
                 "7 September 2016 at the CICG.\n")
    assert ("msp", "ccm", 6, "2016-09-05", "2016-09-07", "Geneva") in rows
    rows = _page("Sixth Meeting of States Parties\n\nPractical information\n\n"
                 "The Sixth Meeting of States Parties of the Convention on Cluster Munitions will take place from 5 to "
                 "7 September 2016 at the Hotel Intercontinental.\n")
    assert ("msp", "ccm", 6, "2016-09-05", "2016-09-07", None) in rows  # a venue of no known city: none
