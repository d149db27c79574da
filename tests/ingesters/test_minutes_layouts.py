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
from ccmgraph.records import AgendaItem, Attendance, Mandate, Meeting, MinutesApproval, Record, Warning_
from ccmgraph.resolve.people import normalise_person

LAYOUTS = Path(__file__).parent.parent / "fixtures" / "minutes" / "layouts"
EXPECTED: dict[str, Any] = yaml.safe_load((LAYOUTS / "expected.yml").read_text("utf-8"))
FILES = sorted(p for p in LAYOUTS.glob("*.txt") if p.name.split("-", 1)[0] in EXPECTED)  # one meeting, many layouts


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


def test_titles_run_in_with_their_text_and_a_status_that_cannot_be_told() -> None:
    records = list(MinutesIngester().extract(read_file(LAYOUTS / "run-in-ccm-2017.txt")))
    meeting = next(r for r in records if isinstance(r, Meeting))
    assert (meeting.number, meeting.date and meeting.date.iso()) == (3, "2017-03-23")
    items = {r.number: r.title for r in records if isinstance(r, AgendaItem)}
    assert items == {"2": "Opening Remarks by the President President of the Seventh Meeting of States Parties (7MSP)",
                     "3": "Approval of the Minutes of 24 February 2017", "4": "Any Other Business"}
    assert [a.approved_meeting_date.iso() for a in records if isinstance(a, MinutesApproval)] == ["2017-02-24"]
    lexicon = default_lexicon()
    parties = {lexicon.identify(a.party.name)[1]: a.status for a in records if isinstance(a, Attendance)}  # type: ignore[index]
    assert parties == {"DEU": "present", "NOR": "present", "AUS": "present", "CHE": "present", "cmc": "present",
                       "icrc": "present", "ccm-isu": "present", "CHL": "apologies_not_received"}
    left_out = [w.message.split(" is printed")[0] for w in records if isinstance(w, Warning_) and "left out" in w.message]
    assert left_out == ["Netherlands", "New Zealand"]  # named, yet under "apologies not received": no status told
    chairs = {(m.holder.name, m.for_meeting) for m in records if isinstance(m, Mandate) and m.holder.kind == "person"}
    assert chairs == {("Ambassador Michael Biontino", "7MSP")}  # "the Federal Republic of Germany" is the row Germany


def test_the_article_of_a_party_in_a_whole_table_on_one_line_is_the_partys() -> None:
    """'Mr. Jaime Chissano The Netherlands Ms. ...': "The" opens the next party, it does not end
    the name before it (nor does a word ending in -the, 'Bathe')."""
    table = ("Nicaragua - 8MSP Presidency Mr. Carlos Morales Dávila Mozambique Mr. Jaime Chissano The Netherlands "
             "Ms. Sachi Claringbould Panama Ms. Grisselle Rodriguez Peru Mr. Manuel Mundaca")
    got = _attendance(f"1. Present: {table} Apologies received Australia Zambia\n")
    assert [(party, people) for party, _, _, people in got] == [
        ("Nicaragua", ["Mr. Carlos Morales Dávila"]), ("Mozambique", ["Mr. Jaime Chissano"]),
        ("The Netherlands", ["Ms. Sachi Claringbould"]), ("Panama", ["Ms. Grisselle Rodriguez"]),
        ("Peru", ["Mr. Manuel Mundaca"]), ("Australia", []), ("Zambia", [])]
    assert {status for party, status, _, _ in got if party in ("Australia", "Zambia")} == {"apologies_received"}
