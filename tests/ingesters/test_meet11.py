"""Meetings named in Italian, and text flattened from PDF viewers with its line breaks left as
"<br />" tags: the meeting's convention, kind, number, days and city read as in English, a
"riunione" of another body gives no meeting, and no tag ends up inside a name or city."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import normalise_text, read_bytes, read_file
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.flat.dates import find_ranges
from ccmgraph.records import Meeting, PartialDate
from ccmgraph.vocabulary import meeting_mentions

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"
D = PartialDate


def _meetings(name: str) -> list[Meeting]:
    doc = read_file(PAGES / name)
    kind, ingester = detect(doc)
    assert kind == "meeting-page"
    return [m for m in ingester.extract(doc) if isinstance(m, Meeting)]


def _facts(m: Meeting) -> tuple[object, ...]:
    return (m.convention, m.kind, m.number, m.date, m.end_date, m.city)


@pytest.mark.parametrize(("name", "expected"), [
    ("it-apmbc-5rc-announcement.txt", ("apmbc", "revcon", 5, D(2024, 11, 25), D(2024, 11, 29), "Siem Reap")),
    ("it-apmbc-5rc-press-release.txt", ("apmbc", "revcon", 5, D(2024, 11, 25), D(2024, 11, 29), "Siem Reap")),
    ("it-apmbc-10msp-news.txt", ("apmbc", "msp", 10, D(2010, 11, 29), D(2010, 12, 3), "Geneva")),
    ("it-apmbc-2rc-summit.txt", ("apmbc", "revcon", 2, D(2009, 11, 29), D(2009, 12, 4), "Cartagena")),
    ("it-ccm-5msp-page.txt", ("ccm", "msp", 5, D(2014, 9, 2), D(2014, 9, 5), "San José")),
])
def test_an_italian_page_names_dates_and_places_its_meeting_and_no_other(name: str, expected: tuple[object, ...]) -> None:
    # the other "riunioni" and "conferenze" the pages name (a national committee's, the NPT's,
    # the Human Rights Council's) are no meetings of the conventions
    assert [_facts(m) for m in _meetings(name)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("la 5ª Conferenza di Revisione della Convenzione di Ottawa", ("revcon", 5, "apmbc")),
    ("la Quinta Riunione degli Stati Parte", ("msp", 5, None)),
    ("la Decima Riunione degli Stati Parte della Convenzione di Ottawa", ("msp", 10, "apmbc")),
    ("la Seconda Conferenza di Riesame", ("revcon", 2, None)),
    ("la Dodicesima Riunione degli Stati Parti della Convenzione sulle munizioni a grappolo", ("msp", 12, "ccm")),
])
def test_italian_meeting_names_and_ordinals(text: str, expected: tuple[object, ...]) -> None:
    assert [(m.kind, m.number, m.convention) for m in meeting_mentions(text)] == [expected]


@pytest.mark.parametrize("text", [
    "la Quinta Riunione del Comitato di Coordinamento nazionale",
    "la Decima Riunione del Consiglio dei Ministri",
    "una riunione degli ambasciatori a Ginevra",
])
def test_a_riunione_of_another_body_is_no_meeting(text: str) -> None:
    assert list(meeting_mentions(text)) == []


def test_italian_spans_of_days() -> None:
    spans = find_ranges("dal 25 al 29 novembre 2024 a Siem Reap; dal 29 novembre al 3 dicembre 2010")
    assert [(r.first, r.last) for r in spans] == [(D(2024, 11, 25), D(2024, 11, 29)), (D(2010, 11, 29), D(2010, 12, 3))]


@pytest.mark.parametrize(("name", "expected"), [
    ("br-tags-ccm-2msp-viewer.txt", ("ccm", "msp", 2, D(2011, 9, 12), D(2011, 9, 16), "Beirut")),
    ("br-tags-ccm-4msp-viewer.txt", ("ccm", "msp", 4, D(2013, 9, 10), D(2013, 9, 13), "Lusaka")),
])
def test_a_br_tag_reads_as_a_line_break(name: str, expected: tuple[object, ...]) -> None:
    meetings = _meetings(name)
    assert [_facts(m) for m in meetings] == [expected]
    for m in meetings:
        assert "<" not in (m.title or "") and "br" not in (m.city or "").lower()


def test_the_document_text_holds_no_br_tag() -> None:
    doc = read_bytes(b"Fourth Meeting of States Parties<br />Beirut, 11-14 September<BR/>x&lt;br /&gt;y<br>z", "t.txt")
    assert doc.text == "Fourth Meeting of States Parties\nBeirut, 11-14 September\nx\ny\nz"
    # a tag that is no line break, and "br" in words, stay as they are
    assert normalise_text("<bro> library<b>") == "<bro> library<b>"
