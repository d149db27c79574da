"""The derived deadline for Paraguay's initial CCM report against the minutes of 3 March 2016.

The minutes say Paraguay "had as of the previous week, also missed its deadline for the
submission of its initial Report": the deadline fell in the calendar week before the
meeting's week, and no report had arrived by the meeting.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pyoxigraph as ox

from .conftest import run

MINUTES = Path(__file__).resolve().parents[1] / "fixtures" / "minutes" / "cc-minutes-2016-03-03.txt"


def meeting_day_and_claim() -> tuple[dt.date, str]:
    text = MINUTES.read_text(encoding="utf-8")
    held = re.search(r"Held on \w+, (\d{1,2}) (\w+) (\d{4})", text)
    assert held is not None
    day = dt.datetime.strptime(" ".join(held.groups()), "%d %B %Y").date()
    claim = re.search(r"Paraguay, a\s+new State Party, had as of the previous week, also missed its deadline", text)
    assert claim is not None
    return day, claim.group(0)


def test_deadline_fell_in_the_week_before_the_meeting(store: ox.Store) -> None:
    meeting, _ = meeting_day_and_claim()
    previous_monday = meeting - dt.timedelta(days=meeting.weekday() + 7)
    rows = run(store, "obligations", party="PRY", convention="ccm")
    deadlines = {dt.date.fromisoformat(r["deadline"]) for r in rows if r["obligation"] == "initial-report"}
    assert deadlines == {dt.date(2016, 2, 28)}
    (deadline,) = deadlines
    assert previous_monday <= deadline <= previous_monday + dt.timedelta(days=6)
    assert all(r["derived"] == "true" for r in rows)


def test_paraguay_overdue_on_the_meeting_day_not_before_the_deadline(store: ox.Store) -> None:
    meeting, _ = meeting_day_and_claim()
    on_meeting = {r["party_label"] for r in run(store, "reports_overdue", date=meeting.isoformat(), convention="ccm")}
    assert "Paraguay" in on_meeting
    on_deadline = {r["party_label"] for r in run(store, "reports_overdue", date="2016-02-28", convention="ccm")}
    assert "Paraguay" not in on_deadline
    # its report arrived in May 2016: by June it is no longer overdue
    assert "Paraguay" not in {r["party_label"] for r in run(store, "reports_overdue", date="2016-06-01", convention="ccm")}
