"""Text flattened from PDF viewers with its line breaks left as "<br />" tags: the meeting's
convention, kind, number, days and city read as across a line break, and no tag ends up inside
a name or city."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import normalise_text, read_bytes, read_file
from ccmgraph.ingesters import detect
from ccmgraph.records import Meeting, PartialDate

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
