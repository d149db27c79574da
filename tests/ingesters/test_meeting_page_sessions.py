"""The sessions a sentence counts and dates ("two sessions of the Preparatory Meeting took
place on 13 February and 28-29 June 2004") are the preparatory series' meetings 1 and 2, each
with its days; "the Second Preparatory Meeting" the page names again is the second of them. An
undated numbered preparatory meeting no session dates keeps no number: nothing says which
series it is of."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.records import Meeting, PartialDate

PAGE = Path(__file__).parents[1] / "fixtures" / "meeting_pages" / "apmbc-1rc-preparatory-sessions.txt"


def _preparatory(path: Path) -> list[tuple[object, ...]]:
    return sorted(((m.number or 0, m.date, m.end_date, m.convention) for m in MeetingPageIngester().extract(read_file(path))
                   if isinstance(m, Meeting) and m.kind == "preparatory"), key=repr)


def test_each_session_counted_and_dated_is_a_numbered_preparatory_meeting() -> None:
    assert _preparatory(PAGE) == [
        (1, PartialDate(2004, 2, 13), PartialDate(2004, 2, 13), "apmbc"),
        (2, PartialDate(2004, 6, 28), PartialDate(2004, 6, 29), "apmbc"),
    ]


@pytest.mark.parametrize(("old", "new"), [
    ("two sessions", "three sessions"),  # as many days as sessions, or none are read
    ("13 February and 28-29 June", "28-29 June and 13 February"),  # out of order
])
def test_sessions_the_days_do_not_match_give_no_numbered_meeting(tmp_path: Path, old: str, new: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    assert all(number == 0 for number, *_ in _preparatory(page))


def test_an_undated_second_preparatory_meeting_keeps_no_number(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Preparing the First Review Conference of the Mine Ban Convention\n\n"
                    "The Second Preparatory Meeting considered the draft programme of the Review Conference.\n",
                    encoding="utf-8")
    assert _preparatory(page) == []
