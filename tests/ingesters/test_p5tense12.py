"""The tense of a presiding verb chooses the role: "who will preside over the Second Conference",
"is to preside over", "who will chair", "will be presided by" name a Protocol V
President-designate; "presided over", "was presided by" a President; "will open the meeting"
alone no one."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.records import Mandate, Record

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"


def _records(name: str) -> list[Record]:
    return list(MeetingPageIngester().extract(read_file(PAGES / name)))


def _mandates(name: str) -> set[tuple[str, str | None, str, str, str]]:
    return {(m.role, m.for_meeting, m.holder.kind, m.holder.name, m.convention)
            for m in _records(name) if isinstance(m, Mandate)}


def test_who_is_to_preside_over_a_later_conference_is_its_president_designate() -> None:
    assert _mandates("p5tense12-future-president.txt") == {
        ("president-designate", "3CONF", "state", "India", "ccw-p5"),
        ("president-designate", "3CONF", "person", "Ambassador Hamid Ali Rao", "ccw-p5"),
    }


def test_who_will_chair_a_conference_is_its_president_designate() -> None:
    assert _mandates("p5tense12-will-chair.txt") == {
        ("president-designate", "2CONF", "state", "Lithuania", "ccw-p5"),
        ("president-designate", "2CONF", "person", "Ambassador Edvardas Borisovas", "ccw-p5"),
    }


def test_will_be_presided_by_designates_and_was_presided_by_does_not() -> None:
    assert _mandates("p5tense12-presided-by.txt") == {
        ("president-designate", "2CONF", "state", "Lithuania", "ccw-p5"),
        ("president-designate", "2CONF", "person", "Ambassador Edvardas Borisovas", "ccw-p5"),
        ("president", "1CONF", "state", "Netherlands", "ccw-p5"),
        ("president", "1CONF", "person", "Ambassador Johannes C. Landman", "ccw-p5"),
    }


def test_who_presided_over_the_first_conference_stays_its_president() -> None:
    assert _mandates("p5tense12-past-president.txt") == {
        ("president", "1CONF", "state", "Netherlands", "ccw-p5"),
        ("president", "1CONF", "person", "Ambassador Johannes C. Landman", "ccw-p5"),
    }


def test_will_open_the_meeting_alone_is_no_mandate() -> None:
    assert _mandates("p5tense12-opens-only.txt") == set()
