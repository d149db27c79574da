"""What status each attendance row really had, decided from all the evidence in the minutes.

A two-column PDF table read as text interleaves its columns: a chunk of the "present" column
can land under "APOLOGIES RECEIVED". The printed heading is therefore one piece of evidence
among several, weighed together:

- the heading, stronger when the row sits right under it than when a blank line separates them;
- named delegates (absent parties are normally listed without names);
- the alphabetical order of the present list: a row that fits a gap where the present list is
  broken by a blank line is likely a piece of that list;
- taking the floor in the discussion (present), or being a co-coordinator whose report another
  coordinator gave "on behalf of" the group (consistent with absence).

When the table has one column (no section broken by blank lines) the headings are taken as
printed and evidence against them only yields a warning. Every change of a printed status,
and every conflict left standing, is reported as a warning.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Quote, Warning_
from ..resolve_text import name_key
from .minutes_attendance import Row

W_UNDER_HEADING = 1.5
W_NEAR_HEADING = 1.0
W_DELEGATES = 2.0
W_NO_DELEGATES = 1.0
W_ALPHABET = 1.0
W_SPEAKS = 1.0
W_REPRESENTED = 0.5
NAMED_SHARE = 0.6  # share of present rows with people above which a row without people is suspect
SORTED_SHARE = 0.8  # share of present-list pairs in order for the order to count as evidence


@dataclass(frozen=True)
class Evidence:
    """What the rest of the minutes says about parties (by canonical key)."""

    speakers: frozenset[str] = frozenset()
    represented: frozenset[str] = frozenset()


def two_columns(rows: list[Row]) -> bool:
    """True when some heading's rows are split by blank lines: the mark of interleaved columns."""
    chunks: dict[tuple[str, int], set[int]] = {}
    for row in rows:
        chunks.setdefault((row.heading, row.heading_chunk), set()).add(row.chunk)
    return any(len(found) > 1 for found in chunks.values())


def decide(rows: list[Row], evidence: Evidence, role_row: set[int]) -> list[tuple[Row, str, list[Warning_]]]:
    """Each row with the status it had and the warnings the decision raised.

    `role_row` holds the line numbers of presidency rows, which stand outside the
    alphabetical order.
    """
    present = [r for r in rows if r.heading == "present"]
    named = sum(1 for r in present if r.people) / len(present) if present else 0.0
    gaps = _gaps([r for r in present if r.kind == "state" and r.line not in role_row])
    interleaved = two_columns(rows)
    decided = []
    for row in rows:
        score, reasons = _score(row, evidence, gaps, named >= NAMED_SHARE)
        status, warnings = row.heading, []
        quote = Quote("\n".join(row.lines), row.line)
        if row.heading != "present" and score > 0 and interleaved:
            status = "present"
            warnings.append(Warning_(
                f"{row.party} is printed under the {_label(row.heading)} heading but was present "
                f"({', '.join(reasons)}); the attendance table's columns interleave", quote))
        elif row.heading != "present" and any(r in reasons for r in ("named delegates", "speaks")):
            warnings.append(Warning_(
                f"{row.party} is printed under the {_label(row.heading)} heading although the minutes "
                f"show {', '.join(reasons)}; heading kept", quote))
        elif row.heading == "present" and score <= 0:
            warnings.append(Warning_(
                f"{row.party} is printed as present but the evidence points to absence "
                f"({', '.join(reasons) or 'no delegates'}); heading kept", quote))
        decided.append((row, status, warnings))
    return decided


def _label(status: str) -> str:
    return status.replace("_", " ")


def _score(row: Row, evidence: Evidence, gaps: list[tuple[str, str]], names_expected: bool) -> tuple[float, list[str]]:
    """Positive means present; the reasons name the evidence that points to presence."""
    weight = W_UNDER_HEADING if row.under_heading else W_NEAR_HEADING
    score = weight if row.heading == "present" else -weight
    reasons = []
    if row.people:
        score += W_DELEGATES
        reasons.append("named delegates")
    elif names_expected:
        score -= W_NO_DELEGATES
    if row.heading != "present" and row.kind == "state" and _fits(name_key(row.party), gaps):
        score += W_ALPHABET
        reasons.append("fits the alphabetical order of the present list")
    if row.key in evidence.speakers:
        score += W_SPEAKS
        reasons.append("speaks")
    elif row.key in evidence.represented:
        score -= W_REPRESENTED
    return score, reasons


def _gaps(present: list[Row]) -> list[tuple[str, str]]:
    """Alphabetical intervals where the present list is broken by a blank line (and its end)."""
    keys = [name_key(r.party) for r in present]
    pairs = list(zip(keys, keys[1:]))
    if not pairs or sum(a <= b for a, b in pairs) / len(pairs) < SORTED_SHARE:
        return []
    gaps = [(a, b) for (a, b), (ra, rb) in zip(pairs, zip(present, present[1:])) if ra.chunk != rb.chunk]
    return gaps + [(keys[-1], "\uffff")]


def _fits(key: str, gaps: list[tuple[str, str]]) -> bool:
    return any(a < key < b for a, b in gaps)
