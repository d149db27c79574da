"""Overdue reports in the sentences of pages of other kinds, and a meeting's bracketed year.

Fixtures are written here in the layout of a campaign's notes on the APMBC intersessional
meetings; the facts are from the public record (2009: initial reports of Equatorial Guinea,
Cape Verde and Gambia outstanding; the 8MSP sat in 2007).
"""

from __future__ import annotations

from ccmgraph.document.read import read_bytes
from ccmgraph.ingesters.flat.meetings import numbered_meetings
from ccmgraph.ingesters.overdue.prose import prose_overdue
from ccmgraph.records import OverdueReport, PartialDate, Warning_

HEAD = ("10 June 2009\n\nStanding Committee on the General Status and Operation of the Convention\n\n"
        "Co-Chairs: Chile & Japan\n\n")


def _overdue(body: str, kind: str = "composition") -> tuple[set[tuple[str, str, str]], list[Warning_]]:
    doc = read_bytes((HEAD + body).encode(), "notes.txt")
    out = list(prose_overdue(doc, kind, []))
    facts = {(r.state.name, r.convention, r.report) for r in out if isinstance(r, OverdueReport)}
    return facts, [r for r in out if isinstance(r, Warning_)]


def test_still_missing_list() -> None:
    facts, warnings = _overdue("Transparency (Art. 7): a very low rate of annual report submissions, less than "
                               "50%. Three initial reports are still missing: Equatorial Guinea, Cape Verde and "
                               "Gambia. The ICBL asked for more efforts.\n")
    assert facts == {("Equatorial Guinea", "apmbc", "initial"), ("Cape Verde", "apmbc", "initial"),
                     ("Gambia", "apmbc", "initial")}
    assert not warnings


def test_yet_to_submit_and_overdue_from() -> None:
    assert _overdue("Cape Verde and Gambia have yet to submit their initial reports.\n")[0] == {
        ("Cape Verde", "apmbc", "initial"), ("Gambia", "apmbc", "initial")}
    assert _overdue("Initial transparency reports are overdue from Equatorial Guinea, Gambia.\n")[0] == {
        ("Equatorial Guinea", "apmbc", "initial"), ("Gambia", "apmbc", "initial")}


def test_count_that_disagrees_warns_and_gives_nothing() -> None:
    facts, warnings = _overdue("Two initial reports are still missing: Equatorial Guinea, Cape Verde and Gambia.\n")
    assert facts == set() and len(warnings) == 1


def test_negatives() -> None:
    assert _overdue("Equatorial Guinea submitted its initial report in 2009.\n") == (set(), [])
    assert _overdue("We are confronted with a very low rate of annual report submissions: less than 50%.\n") == (set(), [])
    assert _overdue("Still, Gambia and its partners have yet to submit their initial reports.\n") == (set(), [])
    # the overdue-report lists' own reader reads these already
    assert _overdue("Three initial reports are still missing: Equatorial Guinea, Cape Verde and Gambia.\n",
                    kind="overdue-reports") == (set(), [])


def test_bracketed_year_after_meeting_name() -> None:
    text = "No progress since the 8th Meeting of the States Parties (2007), the ICBL said.\n"
    (meeting,) = [m for m in numbered_meetings(text, "apmbc") if m.number == 8]
    assert meeting.date == PartialDate(2007)


def test_no_year_without_bracket_right_after_name() -> None:
    for text in ("since the 8th Meeting of the States Parties, held (2007) in Jordan.\n",
                 "since the 8th Meeting of the States Parties (APLC/MSP.8/2007/5).\n"):
        (meeting,) = [m for m in numbered_meetings(text, "apmbc") if m.number == 8]
        assert meeting.date is None, text
