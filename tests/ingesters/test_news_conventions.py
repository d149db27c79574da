"""A news fact is of the convention its sentence names, else of the page's; never the CCM's by default.

Written in two layouts: a page that names no convention at all (a President of the "9MSP",
coordinators, an ISU Director, a handover of "the Presidency of the Convention"), and a page
about the APMBC whose one sentence names the CCM's coordinators.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mandate, Meeting, TreatyEvent, Warning_

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def _records(name: str) -> list[object]:
    return list(NewsIngester().extract(read_file(FIXTURES / name)))


def test_a_page_that_names_no_convention_gives_warnings_and_no_fact() -> None:
    records = _records("convention-unstated.txt")
    assert not [r for r in records if isinstance(r, (Mandate, Meeting, TreatyEvent))]
    warnings = [r.message for r in records if isinstance(r, Warning_)]
    assert len(warnings) == 6
    assert all(w.endswith("left out: the text does not say which convention it is of") for w in warnings)
    assert any("'Ms Sheila N. Mweemba'" in w for w in warnings)
    assert any("Victim Assistance" in w for w in warnings)


def test_the_sentence_names_the_convention_else_the_page_does() -> None:
    got = {(m.role, m.holder.name, m.convention, m.theme)
           for m in _records("coordinators-conventions.txt") if isinstance(m, Mandate)}
    assert got == {
        ("coordinator", "Australia", "ccm", "International Cooperation and Assistance"),
        ("coordinator", "Iraq", "ccm", "International Cooperation and Assistance"),
        ("coordinator", "Belgium", "apmbc", "Transparency Reporting"),
        ("coordinator", "Chile", "apmbc", "Transparency Reporting"),
        ("isu-director", "Mr Juan Carlos Ruan", "apmbc", None),
    }


def test_a_numbered_meeting_only_one_calendar_holds_gives_the_page_its_convention() -> None:
    """No convention is named, but only the APMBC has held a 15MSP: its officers are the APMBC's."""
    got = {(m.role, m.holder.name, m.convention) for m in _records("convention-by-calendar.txt")
           if isinstance(m, Mandate)}
    assert got == {("president", "Chile", "apmbc"), ("president", "H.E. Heraldo Muñoz", "apmbc"),
                   *{("vice-president", s, "apmbc") for s in ("Algeria", "Canada", "Ecuador", "Ireland")}}


def test_a_number_both_calendars_hold_still_names_no_convention() -> None:
    """Both the CCM and the APMBC held an 11MSP: nothing is written, and each officer is warned of."""
    records = _records("convention-by-calendar-ambiguous.txt")
    assert not [r for r in records if isinstance(r, (Mandate, Meeting))]
    assert sum(isinstance(r, Warning_) for r in records) == 7
