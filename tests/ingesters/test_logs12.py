"""Coordinator logs of the CCM: the meetings they name, and only those, with their own dates."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import Document
from ccmgraph.ingesters.composition.ingester import CompositionIngester
from ccmgraph.ingesters.flat.meetings import numbered_meetings, own_place_and_time
from ccmgraph.records import Meeting, PartialDate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "logs12"


def _meetings(name: str) -> dict[str, tuple[object, ...]]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    doc = Document(text=text, sha256="0" * 64, name=name)
    return {r.key: (r.date, r.end_date, r.city) for r in CompositionIngester().extract(doc) if isinstance(r, Meeting)}


def test_log_meetings_exact() -> None:
    # the 10MSP ran over the turn of August (30 August - 2 September 2022); the 2RC's date is its
    # own ("to be held in November 2020"), never the preparatory meeting's day or city
    assert _meetings("universalization-log.txt") == {
        "ccm-msp-10": (PartialDate(2022, 8), PartialDate(2022, 9), "Geneva"),
        "ccm-revcon-2": (PartialDate(2020, 11), None, None),
        "ccm-preparatory-2-2rc": (PartialDate(2020, 9, 4), PartialDate(2020, 9, 4), "Geneva"),
    }


def test_slashed_months_next_to_each_other_only() -> None:
    assert own_place_and_time("the 10MSP to be held in Geneva in August/September 2022", 9) == (
        "Geneva", PartialDate(2022, 8), PartialDate(2022, 9))
    # months not next to each other are either one: only the year
    assert own_place_and_time("the 10MSP to be held in Geneva in May/September 2022", 9) == (
        "Geneva", PartialDate(2022), None)


def test_month_without_city() -> None:
    assert own_place_and_time("the 9MSP to be held in September 2019.", 8) == (None, PartialDate(2019, 9), None)


def test_meeting_for_which_another_is_held_takes_none_of_its_dates() -> None:
    text = "at the Second Preparatory Meeting for the 2RC, which took place on 4 September 2020 in Geneva."
    [meeting] = [m for m in numbered_meetings(text, "ccm") if m.kind == "revcon"]
    assert (meeting.date, meeting.end_date, meeting.city) == (None, None, None)
    text = "Part One of the 2RC, which was held in Geneva from 25 to 27 November 2020."
    [meeting] = list(numbered_meetings(text, "ccm"))
    assert (meeting.date, meeting.city) == (None, None)


def test_own_clause_still_dates_the_meeting() -> None:
    text = "the 2MSP took place at the Palais des Nations in Geneva from 11 to 15 September 2000."
    [meeting] = list(numbered_meetings(text, "apmbc"))
    assert (meeting.date, meeting.end_date, meeting.city) == (PartialDate(2000, 9, 11), PartialDate(2000, 9, 15), "Geneva")
