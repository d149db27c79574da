"""What status each attendance row really had, decided from all the evidence in the minutes.

A two-column PDF table read as text interleaves its columns: a chunk of the "present" column
can land under "APOLOGIES RECEIVED". The printed heading is therefore one piece of evidence
among several, weighed together:

- the heading, stronger when the row sits right under it than when a blank line, or a restart
  of the alphabetical order, separates them (text from the PDFs does not always keep the blank
  line between the columns: see `blocks`);
- named delegates (absent parties are normally listed without names);
- the alphabetical order of the present list: a row that fits a gap where the present list is
  broken into another block is likely a piece of that list;
- taking the floor in the discussion (present), or being a co-coordinator whose report another
  coordinator gave "on behalf of" the group (consistent with absence).

When the table has one column (no section broken into blocks) the headings are taken as
printed and evidence against them only yields a warning. A block that follows an apology
heading without a blank line is moved to the present list only when the discussion
corroborates it (one of its parties takes the floor): names and alphabetical order alone are
also what an apology list with named delegates looks like. Every change of a printed status,
and every conflict left standing, is reported as a warning. Where a blank line stands between
every two entries, blank lines say nothing of columns. A party printed as absent without
apologies but with named delegates has no status that can be told: it is left out, with a
warning.
"""

from __future__ import annotations

from dataclasses import dataclass

from ccmgraph.records import Quote, Warning_
from ccmgraph.resolve.text import name_key
from ccmgraph.ingesters.minutes.attendance import Row

W_UNDER_HEADING = 1.5
W_NEAR_HEADING = 1.0
W_DELEGATES = 2.0
W_NO_DELEGATES = 1.0
W_ALPHABET = 1.0
W_SPEAKS = 1.0
W_REPRESENTED = 0.5
NAMED_SHARE = 0.6  # share of present rows with people above which a row without people is suspect
SORTED_SHARE = 0.8  # share of present-list pairs in order for the order to count as evidence
SPACED_SHARE = 0.8  # share of entries alone between blank lines for blank lines to mark entries


@dataclass(frozen=True)
class Evidence:
    """What the rest of the minutes says about parties (by canonical key)."""

    speakers: frozenset[str] = frozenset()
    represented: frozenset[str] = frozenset()


Block = tuple[int, int]  # (blank-line chunk, run of alphabetical order inside it)


def blocks(rows: list[Row], role_row: set[tuple[int, str]]) -> list[Block]:
    """The block of each row: a new block starts at a blank line or a heading, and also where
    the alphabetical order of States starts again (a State sorting before the State above it,
    or a State after an organisation; presidency rows stand outside the order).

    Tables in the PDFs list States alphabetically, then organisations, column by column. Text
    taken from them does not always keep the blank line between the columns; the restart of the
    order is then the only mark of where one column's piece ends and another's begins.
    """
    found: list[Block] = []
    run, previous_chunk, last_state, after_org = 0, None, "", False
    for row in rows:
        ordered = row.kind == "state" and (row.line, row.key) not in role_row
        if row.chunk != previous_chunk:
            run, last_state, after_org = 0, "", False
        elif ordered and (name_key(row.party) < last_state or after_org):
            run, last_state, after_org = run + 1, "", False
        if ordered:
            last_state = name_key(row.party)
        elif row.kind == "organisation":
            after_org = True
        previous_chunk = row.chunk
        found.append((row.chunk, run))
    return found


def two_columns(rows: list[Row], found: list[Block]) -> bool:
    """True when some heading's rows fall in more than one block: the mark of interleaved columns."""
    spans: dict[tuple[str, int], set[Block]] = {}
    for row, block in zip(rows, found):
        spans.setdefault((row.heading, row.heading_chunk), set()).add(block)
    return any(len(seen) > 1 for seen in spans.values())


def spaced(rows: list[Row]) -> bool:
    """True when a blank line stands between (nearly) every two entries: blank lines then mark
    entries, not the columns of the table, and say nothing of interleaving."""
    chunks = [r.chunk for r in rows]
    alone = sum(1 for c in chunks if chunks.count(c) == 1)
    return len(rows) > 2 and alone >= SPACED_SHARE * len(rows)


def decide(rows: list[Row], evidence: Evidence,
           role_row: set[tuple[int, str]]) -> list[tuple[Row, str | None, list[Warning_]]]:
    """Each row with the status it had and the warnings the decision raised.

    `role_row` holds the line numbers and keys of presidency rows, which stand outside the
    alphabetical order.
    """
    found = blocks(rows, role_row)
    present = [(r, b) for r, b in zip(rows, found) if r.heading == "present"]
    named = sum(1 for r, _ in present if r.people) / len(present) if present else 0.0
    gaps = _gaps([(r, b) for r, b in present if r.kind == "state" and (r.line, r.key) not in role_row])
    interleaved = two_columns(rows, found) and not spaced(rows)
    spoken = {b for r, b in zip(rows, found) if r.heading != "present" and r.key in evidence.speakers}
    decided = []
    for row, block in zip(rows, found):
        under = block == (row.heading_chunk, 0)
        score, reasons = _score(row, under, evidence, gaps, named >= NAMED_SHARE)
        status: str | None = row.heading
        warnings: list[Warning_] = []
        quote = Quote("\n".join(row.lines), row.line)
        apart = block[0] != row.heading_chunk  # set off from its heading by a blank line
        if row.heading != "present" and score > 0 and interleaved and (apart or block in spoken):
            status = "present"
            warnings.append(Warning_(
                f"{row.party} is printed under the {_label(row.heading)} heading but was present "
                f"({', '.join(reasons)}); the attendance table's columns interleave", quote))
        elif row.heading == "apologies_not_received" and row.people:
            status = None  # absent without a word, yet with delegates named: no status can be told
            warnings.append(Warning_(
                f"{row.party} is printed under the apologies not received heading with named delegates; "
                "its status cannot be told, so it is left out", quote))
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


def _score(row: Row, under: bool, evidence: Evidence, gaps: list[tuple[str, str]],
           names_expected: bool) -> tuple[float, list[str]]:
    """Positive means present; the reasons name the evidence that points to presence.

    `under` tells whether the row sits in its heading's first block, right under it."""
    weight = W_UNDER_HEADING if under else W_NEAR_HEADING
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


def _gaps(present: list[tuple[Row, Block]]) -> list[tuple[str, str]]:
    """Alphabetical intervals where the present list breaks into another block (and its end)."""
    keys = [name_key(r.party) for r, _ in present]
    pairs = list(zip(keys, keys[1:]))
    if not pairs or sum(a <= b for a, b in pairs) / len(pairs) < SORTED_SHARE:
        return []
    gaps = [(a, b) for (a, b), ((_, ba), (_, bb)) in zip(pairs, zip(present, present[1:])) if ba != bb]
    return gaps + [(keys[-1], "\uffff")]


def _fits(key: str, gaps: list[tuple[str, str]]) -> bool:
    return any(a < key < b for a, b in gaps)
