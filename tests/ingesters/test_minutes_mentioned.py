"""Meetings the minutes' prose dates: dates and city joined to the name, resolved against the
minutes' own date, checked against the tense, and refused when ambiguous."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.minutes.ingester import MinutesIngester
from ccmgraph.ingesters.minutes.mentioned import _dated, _names
from ccmgraph.records import Meeting, PartialDate
from ccmgraph.resolve.meetings import meeting_key
from ccmgraph.resolve.stage import resolve_records

FIXTURE = Path(__file__).parents[1] / "fixtures" / "minutes_mentioned" / "cc-minutes-2017-06-09.txt"
OWN = PartialDate(2017, 6, 9)


@pytest.fixture(scope="module")
def meetings() -> dict[str, Meeting]:
    records = list(MinutesIngester().extract(read_file(FIXTURE)))
    resolved = resolve_records(records, "ccm").records
    return {m.identity: m for m in resolved if isinstance(m, Meeting) and m.identity}  # type: ignore[misc]


def _first(text: str, own: PartialDate = OWN) -> tuple[PartialDate | None, PartialDate | None, str | None, str | None]:
    start, end, *_ = next(iter(_names(text)))
    return _dated(text, start, end, own)


def test_the_prose_meetings_and_nothing_else(meetings: dict[str, Meeting]) -> None:
    assert set(meetings) == {
        "cc/2017-06-09", "cc/--06-19",  # the minutes' own meeting, the next one (meeting.py)
        "intersessional/apmbc-2017", "msp/ccm-7msp", "msp/ccm-6msp", "revcon/ccm-1rc", "msp/ccm-8msp",
    }


def test_dates_and_city_the_prose_gives(meetings: dict[str, Meeting]) -> None:
    msp7 = meetings["msp/ccm-7msp"]
    assert (msp7.date, msp7.end_date, msp7.city, msp7.planned) == (PartialDate(2017, 9, 4), PartialDate(2017, 9, 6), "Geneva", True)
    assert meetings["intersessional/apmbc-2017"].date == PartialDate(2017, 6, 8)  # "held the day before"
    assert meetings["msp/ccm-6msp"].date == PartialDate(2016, 9)
    assert meetings["msp/ccm-8msp"].date == PartialDate(2018)  # "next year"
    rc1 = meetings["revcon/ccm-1rc"]
    assert (rc1.date, rc1.city, rc1.planned) == (PartialDate(2015, 9), "Dubrovnik", False)


def test_same_iri_as_a_meeting_page(meetings: dict[str, Meeting]) -> None:
    assert meeting_key("msp", "ccm", title="Seventh Meeting of States Parties") in meetings


def test_a_deadline_is_not_the_meetings_date() -> None:
    assert _first("Registration for the 7MSP would close by 1 August 2017.")[0] is None
    assert _first("The 7MSP, 1 August 2017 being the deadline for registration.")[0] is None
    assert _first("The 7MSP registration deadline of 1 August 2017 was recalled.")[0] is None


def test_the_tense_refuses_a_contradicting_date() -> None:
    assert _first("The 9MSP was held on 4 March 2018.")[0] is None  # past, after the minutes
    assert _first("The 7MSP, to be held on 4 September 2016, was discussed.")[0] is None
    assert _first("The intersessional meetings held next week.")[0] is None


def test_a_yearless_day_takes_the_year_its_tense_gives() -> None:
    assert _first("The next CC meeting on 12 May.")[0] == PartialDate(2018, 5, 12)
    assert _first("The next CC meeting on 19 June.")[0] == PartialDate(2017, 6, 19)
    assert _first("The workshop held on 12 May was useful.")[0] == PartialDate(2017, 5, 12)
    assert _first("The ISU noted the workshop on 18 May.")[0] is None  # no tense: ambiguous


def test_relative_words() -> None:
    assert _first("The intersessional meetings will take place next week.")[0] == PartialDate(2017, 6)
    # a week that spans two months gives no month
    assert _first("The intersessional meetings will take place next week.", PartialDate(2017, 5, 26))[0] is None  # 29 May - 2 June
    assert _first("The 2RC next year.", PartialDate(2019, 2, 12))[0] == PartialDate(2020)
    assert _first("The workshop held the day before.", PartialDate(2017, 6))[0] is None  # no day to count from


def test_the_own_and_next_meetings_are_not_repeated(meetings: dict[str, Meeting]) -> None:
    cc = [m for m in meetings.values() if m.kind == "cc"]
    assert sorted(m.key for m in cc) == ["meeting", "next-meeting"]
