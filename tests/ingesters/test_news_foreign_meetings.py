"""Meetings a news article names in German and French, with their own days and city.

Written in: a German compound name after an inflected ordinal ("die Dritte
Vertragsstaatenkonferenz zum Übereinkommen über Streumunition vom 11. bis zum 14. September
2012 in Oslo"), a month of a year after "im", a registration deadline ("bis zum 20. August
2012") that dates nothing; a French plural held clause ("se sont tenues à Genève les 16 et 17
mai 2022"), a later meeting named only with a registration date, and "La Suisse, représentée
par l'Ambassadeur X" tying the person to the State.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_file
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.ingesters.news.text import sentences
from ccmgraph.ingesters.news.items import Paragraph
from ccmgraph.records import Meeting, Mention

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"

Row = tuple[str, str | None, int | None, str | None, str | None, str | None]


def _rows(records: object) -> set[Row]:
    return {(m.kind, m.convention, m.number, m.date.iso() if m.date else None,
             m.end_date.iso() if m.end_date else None, m.city)
            for m in records if isinstance(m, Meeting)}  # type: ignore[attr-defined]


@pytest.mark.parametrize("reader", ["detected", "news"])
def test_german_ordinal_compound_name_and_its_days(reader: str) -> None:
    """The 3MSP's days and city are its own; the 1MSP is dated by its month, its country no
    city; the deadline is no day of either."""
    doc = read_file(FIXTURES / "meetings-german-msp.txt")
    ingester = detect(doc)[1] if reader == "detected" else NewsIngester()
    assert _rows(ingester.extract(doc)) == {
        ("msp", "ccm", 3, "2012-09-11", "2012-09-14", "Oslo"),
        ("msp", "ccm", 1, "2010-11", None, None),
    }


@pytest.mark.parametrize("reader", ["detected", "news"])
def test_french_plural_held_clause_dates_an_unnumbered_intersessional(reader: str) -> None:
    """"se sont tenues à Genève les 16 et 17 mai 2022": the intersessional meetings' own two days
    and city; the 10MSP named beside them takes none of it, nor the registration's day."""
    doc = read_file(FIXTURES / "meetings-french-intersessional.txt")
    ingester = detect(doc)[1] if reader == "detected" else NewsIngester()
    records = list(ingester.extract(doc))
    assert _rows(records) == {
        ("intersessional", "ccm", None, "2022-05-16", "2022-05-17", "Geneva"),
        ("msp", "ccm", 10, None, None, None),
    }
    people = {(m.name, m.party.name if m.party else None) for m in records
              if isinstance(m, Mention) and m.kind == "person"}
    assert people == {("Ambassadeur Félix Baumann", "Suisse")}


def test_a_german_day_before_its_month_ends_no_sentence() -> None:
    """"vom 12. bis zum 16. September 2011": one sentence; "am 3. Mai." then a new one is two."""
    para = Paragraph("Die Konferenz findet vom 12. bis zum 16. September 2011 statt. Sie tagt am 3. Mai. Danach endet sie.", 1)
    assert [s.text.strip() for s in sentences(para)] == [
        "Die Konferenz findet vom 12. bis zum 16. September 2011 statt.",
        "Sie tagt am 3. Mai.",
        "Danach endet sie.",
    ]


def test_represented_by_ties_the_person_to_the_state_before_it_and_no_other() -> None:
    """"Norway, represented by its Ambassador X" ties X to Norway; a State named earlier in the
    sentence, not right before the words, ties no one."""
    from ccmgraph.ingesters.news.people import ties
    from ccmgraph.ingesters.news.text import default_recogniser
    text = "Norway, represented by its Ambassador Hans Brattskar, spoke after Chile."
    found = ties(text, default_recogniser(text), "apmbc")
    assert [(t.person.name, t.party.name) for t in found] == [("Ambassador Hans Brattskar", "Norway")]
    text = "Norway thanked the delegation represented by Ambassador Hans Brattskar for its work."
    assert [t.party.name for t in ties(text, default_recogniser(text), "apmbc")] == []


def test_a_leading_day_and_the_host_date_a_special_event_and_glued_sentences_split() -> None:
    """"ratifications.On 21 October the United Nations will host a Special Event on the
    Convention": two sentences, the day the event's own (one day, of the article's year); the
    speakers' deadline and a press conference date nothing."""
    doc = read_file(FIXTURES / "meetings-special-event.txt")
    assert _rows(NewsIngester().extract(doc)) == {("other", "ccm", None, "2009-10-21", "2009-10-21", None)}
    para = Paragraph("It has 23 ratifications.On 21 October it meets. Mrs.Smith spoke.", 1)
    assert [s.text.strip() for s in sentences(para)] == ["It has 23 ratifications.", "On 21 October it meets.",
                                                       "Mrs.Smith spoke."]
