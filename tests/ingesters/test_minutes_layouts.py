"""Minutes of one meeting in every flattening give the same attendance, each party and person once.

The fixtures (tests/fixtures/minutes/layouts/) write one CCM and one APMBC committee meeting in
the layouts real minutes reach us in: a whole table on one line with no separators, party and
people on one line, bullets, page footers mid-list, people first, numbered, roman-numeral and
"Agenda Item" headings. Nothing may be spurious, and no person's name may hold a party's name.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import yaml

from ccmgraph.document.read import read_bytes, read_file
from ccmgraph.errors import ExtractionError
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.minutes.ingester import MinutesIngester
from ccmgraph.ingesters.minutes.lexicon import default_lexicon
from ccmgraph.records import AgendaItem, Attendance, Meeting, Record, Warning_
from ccmgraph.resolve.people import normalise_person

LAYOUTS = Path(__file__).parent.parent / "fixtures" / "minutes" / "layouts"
EXPECTED: dict[str, Any] = yaml.safe_load((LAYOUTS / "expected.yml").read_text("utf-8"))
FILES = sorted(LAYOUTS.glob("*.txt"))


def _committee(path: Path) -> dict[str, Any]:
    return dict(EXPECTED[path.name.split("-", 1)[0]])


@pytest.fixture(scope="module", params=FILES, ids=lambda p: p.stem)
def read(request: pytest.FixtureRequest) -> tuple[Path, list[Record]]:
    path: Path = request.param
    return path, list(MinutesIngester().extract(read_file(path)))


def test_every_party_with_its_status_and_people_once(read: tuple[Path, list[Record]]) -> None:
    path, records = read
    want = _committee(path)
    lexicon = dataclasses.replace(default_lexicon(), convention=want["convention"])
    got: dict[str, list[Any]] = {}
    for a in (r for r in records if isinstance(r, Attendance)):
        found = lexicon.identify(a.party.name)
        assert found is not None, a.party.name
        assert found[1] not in got, f"{a.party.name} listed twice"
        got[found[1]] = [a.status, [normalise_person(p.name).key for p in a.people]]
    expected = {k: [s, [normalise_person(n).key for n in people]] for k, (s, people) in want["attendance"].items()}
    assert got == expected


def test_no_name_holds_a_party(read: tuple[Path, list[Record]]) -> None:
    _, records = read
    lexicon = default_lexicon()
    names = [p.name for r in records if isinstance(r, Attendance) for p in r.people]
    assert names and not [n for n in names if lexicon.actors(n)]


def test_the_meeting_its_committee_chair_and_agenda(read: tuple[Path, list[Record]]) -> None:
    path, records = read
    want = _committee(path)
    meeting = next(r for r in records if isinstance(r, Meeting) and r.key == "meeting")
    assert (meeting.convention, meeting.date and meeting.date.iso()) == (want["convention"], want["date"])
    assert meeting.chair is not None and normalise_person(meeting.chair.name).key == normalise_person(want["chair"]).key
    numbers = [int(r.number) for r in records if isinstance(r, AgendaItem)]  # roman numerals read as numbers
    assert len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers))), numbers
    assert not [w for w in records if isinstance(w, Warning_) and "attendance" in w.message], path.name


def test_detected_as_minutes(read: tuple[Path, list[Record]]) -> None:
    path, _ = read
    assert detect(read_file(path))[0] == "cc-minutes"


_HEAD = ("MINUTES OF THE CCM COORDINATION COMMITTEE MEETING\nHeld on Thursday 11 August 2016\n"
         "at the Permanent Mission of the Netherlands, from 10:30 – 11:30 hours\n")
_TAIL = ("2. Opening Remarks by the President\nThe President, Ambassador Henk Cor van der Kwast of the "
         "Netherlands, opened the meeting.\n3. Any Other Business\nNone.\n")


def _attendance(body: str) -> list[tuple[str, str, str | None, list[str]]]:
    doc = read_bytes((_HEAD + body + _TAIL).encode(), "layout.txt")
    return [(a.party.name, a.status, a.role_note, [p.name for p in a.people])
            for a in MinutesIngester().extract(doc) if isinstance(a, Attendance)]


def test_a_role_then_people_without_honorifics() -> None:
    body = ("1. Present:\nThe Netherlands - 6MSP Presidency Henk Cor Van der Kwast, Mark Versteden\n"
            "Australia Hugh Watson\nApologies received:\nChile\n")
    assert _attendance(body) == [
        ("The Netherlands", "present", "6MSP Presidency", ["Henk Cor Van der Kwast", "Mark Versteden"]),
        ("Australia", "present", None, ["Hugh Watson"]), ("Chile", "apologies_received", None, [])]


@pytest.mark.parametrize("table, reason", [
    ("The Netherlands - 6MSP Presidency Henk Cor Van der Kwast Mark Versteden Australia Hugh Watson Austria "
     "Thomas Hajnoczi Costa Rica Marcelo Varela", "holds the party"),
    ("The Netherlands - 6MSP Presidency Henk Cor Van der Kwast Mark Versteden", "too long for one name"),
])
def test_a_whole_table_without_honorifics_is_refused_not_misread(table: str, reason: str) -> None:
    with pytest.raises(ExtractionError, match=rf"^layout.txt: refused: .*{reason}"):
        _attendance(f"1. Present: {table} Apologies received Chile Ecuador\n")


def test_the_minutes_number_their_own_meeting_only() -> None:
    from ccmgraph.ingesters.minutes.meeting import own_number

    numbered = list(MinutesIngester().extract(read_file(LAYOUTS / "ccm-footers-mid-list.txt")))
    assert [m.number for m in numbered if isinstance(m, Meeting)] == [6]  # "The 6th Coordination Committee meeting"
    plain = list(MinutesIngester().extract(read_file(LAYOUTS / "ccm-bullets.txt")))
    assert [m.number for m in plain if isinstance(m, Meeting)] == [None]
    assert own_number(["6th Meeting of the CCM Coordination Committee"]) == 6
    assert own_number(["the Fifth meeting of the Coordinating Committee"]) == 5
    assert own_number(["the 5th Coordination Committee meeting", "the 6th Coordination Committee meeting"]) is None
    assert own_number(["the 6th Meeting of States Parties"]) is None
