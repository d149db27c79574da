"""A message to a meeting: the State it congratulates for taking up the meeting's presidency
presides it, the city it is delivered in "today" is the meeting's, and the official who
delivers it is of the office their post names."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.records import Mandate, Meeting, Mention, Record

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"


def _read(path: Path) -> list[Record]:
    return list(MeetingPageIngester().extract(read_file(path)))


def _mandates(records: list[Record]) -> set[tuple[str, str | None, str, str, str]]:
    return {(m.role, m.for_meeting, m.holder.kind, m.holder.name, m.convention) for m in records if isinstance(m, Mandate)}


def _people(records: list[Record]) -> dict[str, str | None]:
    return {m.name: (m.party.name if m.party else None) for m in records if isinstance(m, Mention) and m.kind == "person"}


def test_the_state_congratulated_for_assuming_the_presidency_of_the_meeting() -> None:
    records = _read(PAGES / "ccm-7msp-sg-message.txt")
    assert _mandates(records) == {("president", "7MSP", "state", "Germany", "ccm")}  # Switzerland hosts, no more
    assert _people(records)["Anja Kaspersen"] == "Office for Disarmament Affairs"
    assert [(m.short_name, m.city) for m in records if isinstance(m, Meeting)] == [("7MSP", "Geneva")]


def test_the_presidency_of_a_named_meeting_and_the_city_the_message_is_delivered_in() -> None:
    records = _read(PAGES / "ccm-1rc-sg-message.txt")
    assert _mandates(records) == {("president", "1RC", "state", "Croatia", "ccm")}
    assert _people(records)["Virginia Gamba"] == "UNODA"
    assert [(m.short_name, m.city) for m in records if isinstance(m, Meeting)] == [("1RC", "Dubrovnik")]


@pytest.mark.parametrize(("old", "new"), [
    ("congratulate Germany for assuming the presidency of the meeting",
     "congratulate Germany for assuming the presidency of the meeting of the Committee"),  # another body's
    ("congratulate Germany for assuming the presidency of the meeting",
     "congratulate Germany and Chile for assuming the presidency of the meeting"),  # no one State
    ("congratulate Germany for assuming the presidency of the meeting",
     "congratulate Germany for assuming the presidency of the conference"),  # no noun of a Meeting of States Parties
])
def test_no_presidency_where_the_words_do_not_give_one(tmp_path: Path, old: str, new: str) -> None:
    page = tmp_path / "message.txt"
    page.write_text((PAGES / "ccm-7msp-sg-message.txt").read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    assert not [m for m in _mandates(_read(page)) if m[3] == "Germany"]


def test_no_city_where_the_message_is_not_delivered_today(tmp_path: Path) -> None:
    page = tmp_path / "message.txt"
    page.write_text((PAGES / "ccm-1rc-sg-message.txt").read_text(encoding="utf-8")
                    .replace("in Dubrovnik, Croatia, today", "in Dubrovnik, Croatia, last year"), encoding="utf-8")
    assert [(m.short_name, m.city) for m in _read(page) if isinstance(m, Meeting)] == [("1RC", None)]
