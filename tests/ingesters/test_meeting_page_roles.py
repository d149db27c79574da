"""Presidents, Presidents-designate and Vice-Presidents a meeting page names, each with State
and person, and the bare "Ninth Conference" of a Protocol V page as that Conference."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_file
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.records import Mandate, Meeting, Record

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"


def _read(name: str) -> list[Record]:
    return list(MeetingPageIngester().extract(read_file(PAGES / name)))


def _roles(records: list[Record]) -> set[tuple[str, str | None, str, str, str | None]]:
    return {(m.role, m.for_meeting, m.holder.kind, m.holder.name, m.on_behalf_of.name if m.on_behalf_of else None)
            for m in records if isinstance(m, Mandate)}


def test_a_president_designate_in_apposition_with_his_state() -> None:
    records = _read("p5-experts-2015-page.txt")
    assert _roles(records) == {
        ("president-designate", "9CONF", "state", "Bangladesh", None),
        ("president-designate", "9CONF", "person", "Mr. M. Shameem Ahsan", "Bangladesh"),
    }
    meetings = {(m.kind, m.number, m.convention) for m in records if isinstance(m, Meeting)}
    # "the Conference decided" and "the Second Conference on ..." are no meetings of the Protocol
    assert meetings == {("meeting-of-experts", None, "ccw-p5"), ("conference", 9, "ccw-p5")}


def test_designations_of_a_preparatory_committee_each_meeting_its_own() -> None:
    records = _read("p5-prepcom-2007-report.txt")
    assert _roles(records) == {
        ("president-designate", "1CONF", "state", "Netherlands", None),
        ("president-designate", "1CONF", "person", "Ambassador Johannes C. Landman", "Netherlands"),
        ("vice-president", "1CONF", "state", "India", None),
        ("vice-president", "1CONF", "state", "Lithuania", None),
        ("vice-president", "1CONF", "person", "Ambassador Jayant Prasad", "India"),
        ("vice-president", "1CONF", "person", "Ambassador Edvardas Borisovas", "Lithuania"),
        ("president-designate", "2CONF", "state", "Lithuania", None),
        ("president-designate", "2CONF", "person", "Ambassador Edvardas Borisovas", "Lithuania"),
    }


@pytest.mark.parametrize("name", ["p5-experts-2015-page.txt", "p5-prepcom-2007-report.txt"])
def test_no_other_convention_and_no_unnumbered_conference(name: str) -> None:
    meetings = [m for m in _read(name) if isinstance(m, Meeting)]
    assert all(m.convention == "ccw-p5" for m in meetings)
    assert all(m.number is not None for m in meetings if m.kind == "conference")


@pytest.mark.parametrize("name", ["p5-experts-2015-page.txt", "p5-prepcom-2007-report.txt", "ccm-8msp-page.txt",
                                  "p5-experts-2019-page.txt"])
def test_meeting_pages_headed_by_their_meeting_are_meeting_pages(name: str) -> None:
    assert detect(read_file(PAGES / name))[0] == "meeting-page"


def test_vice_presidents_listed_after_the_meeting_and_a_designation() -> None:
    records = _read("apmbc-14msp-report.txt")
    roles = _roles(records)
    assert {r for r in roles if r[0] == "vice-president"} == {
        ("vice-president", "14MSP", "state", name, None) for name in
        ("Afghanistan", "Chile", "Colombia", "Costa Rica", "Indonesia", "Netherlands", "Poland", "Zambia")
    } | {("vice-president", "15MSP", "state", "Algeria", None), ("vice-president", "15MSP", "state", "Canada", None)}
    # "agreed to designate ... as President of the 15MSP": a designation; "see the list" names none
    assert ("president-designate", "15MSP", "state", "Austria", None) in roles
    assert not [r for r in roles if r[0] == "president" and r[1] == "15MSP"]
    assert all(m.convention == "apmbc" for m in records if isinstance(m, Mandate))
