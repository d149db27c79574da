"""A presidency a page puts in the future tense ("X, who will serve as the conference's
President"), of a meeting it tells as still to come, is a designation: State and person are the
meeting's Presidents-designate and nothing makes them its Presidents. Told of a meeting that is
over, the same sentence in the past makes its Presidents."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.records import Mandate

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"
PAGE = PAGES / "apmbc-4rc-president-to-serve-release.txt"


def _roles(path: Path) -> set[tuple[str, str | None, str, str, str]]:
    return {(m.role, m.for_meeting, m.holder.kind, m.holder.name, m.convention)
            for m in MeetingPageIngester().extract(read_file(path)) if isinstance(m, Mandate)}


def test_who_will_serve_as_president_of_a_meeting_to_come_is_its_designate() -> None:
    assert _roles(PAGE) == {
        ("president-designate", "4RC", "state", "Norway", "apmbc"),
        ("president-designate", "4RC", "person", "Hans Brattskar", "apmbc"),
    }


def test_a_meeting_that_is_over_has_no_designate(tmp_path: Path) -> None:
    past = tmp_path / "past.txt"
    past.write_text(PAGE.read_text(encoding="utf-8").replace(", to be held in Oslo", ", held in Oslo")
                    .replace("who will serve as", "who served as"), encoding="utf-8")
    assert _roles(past) == {
        ("president", "4RC", "state", "Norway", "apmbc"),
        ("president", "4RC", "person", "Hans Brattskar", "apmbc"),
    }
