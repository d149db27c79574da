"""Preparatory meetings in prose, with their own day and city, and "this year" on a dated page."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import Document
from ccmgraph.ingesters.composition.ingester import CompositionIngester
from ccmgraph.ingesters.flat.meetings import preparatory_meetings
from ccmgraph.records import Meeting, PartialDate
from ccmgraph.resolve.meetings import meeting_key

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "prep12"


def _meetings(name: str) -> dict[str, tuple[object, ...]]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    doc = Document(text=text, sha256="0" * 64, name=name)
    return {r.key: (r.kind, r.number, r.date, r.end_date, r.city)
            for r in CompositionIngester().extract(doc) if isinstance(r, Meeting)}


def test_preparatory_meeting_takes_its_own_day_and_city() -> None:
    assert _meetings("prep-log.txt") == {
        "ccm-revcon-2": ("revcon", 2, None, None, None),
        "ccm-preparatory-2-2rc": ("preparatory", 2, PartialDate(2020, 9, 4), PartialDate(2020, 9, 4), "Geneva"),
    }


def test_preparatory_meeting_without_its_own_date_gives_none() -> None:
    assert _meetings("prep-undated-log.txt") == {"ccm-revcon-2": ("revcon", 2, None, None, None)}
    text = "at the Second Preparatory Meeting for the 2RC, which will take place in Geneva."
    assert list(preparatory_meetings(text, "ccm")) == []
    text = "at the Second Preparatory Meeting, before the 2RC, which took place on 4 September 2020 in Geneva."
    assert list(preparatory_meetings(text, "ccm")) == []


def test_preparatory_meetings_of_two_review_conferences_share_no_key() -> None:
    second = meeting_key("preparatory", "ccm", number=2, start=PartialDate(2020, 9, 4))
    third = meeting_key("preparatory", "ccm", number=2, start=PartialDate(2025, 6, 2))
    assert second == "preparatory/ccm-2020-2" and third != second
    assert meeting_key("preparatory", "ccm", number=2) is None
