"""Meeting pages in Spanish and French: the meeting named and numbered in its own language,
dated by its dateline; its city, written in that language, is left unsaid rather than misnamed."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_file
from ccmgraph.ingesters import detect
from ccmgraph.records import Meeting, PartialDate

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"


@pytest.mark.parametrize(("name", "expected"), [
    ("es-apmbc-4msp-informe-final.txt", ("msp", 4, "apmbc", PartialDate(2002, 9, 16), PartialDate(2002, 9, 20))),
    ("fr-ccm-1msp-vientiane-communique.txt", ("msp", 1, "ccm", PartialDate(2010, 11, 9), PartialDate(2010, 11, 12))),
])
def test_the_meeting_of_a_page_in_another_language(name: str, expected: tuple[object, ...]) -> None:
    doc = read_file(PAGES / name)
    kind, ingester = detect(doc)
    assert kind == "meeting-page"
    meetings = [m for m in ingester.extract(doc) if isinstance(m, Meeting)]
    assert [(m.kind, m.number, m.convention, m.date, m.end_date) for m in meetings] == [expected]
    assert meetings[0].city is None
