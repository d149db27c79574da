"""Rows of a flattened status table: a State, then its dated cells, up to the next State.

"Afghanistan 3 Dec 2008 8 Sep 2011 Albania 3 Dec 2008 16 Jun 2009 Andorra 9 Apr 2013 a":
a row is a State and the run of cells after it (dates, marks such as "a" or "(R)",
separators, footnote numbers); any other word ends the run. A marked date is the step its
mark names; unmarked dates fill the columns the header gives, around the marked one. A row
that cannot be read one way only is left out with a warning, never guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ccmgraph.records import PartialDate
from ccmgraph.ingesters.flat.dates import DateSpan, find_dates
from ccmgraph.ingesters.flat.states import StateSpan
from ccmgraph.ingesters.treaty_status.legend import Legend

_FILLER = re.compile(r"\s*(?:[;,|:/]|\(\s*\)|\d{1,2}(?!\d)|\*)?\s*")


@dataclass(frozen=True)
class Cell:
    """One date of a row and the mark after it (None when unmarked)."""

    date: PartialDate
    mark: str | None


@dataclass
class Row:
    """A State's row: its cells and where the row ends in the text."""

    state: StateSpan
    cells: list[Cell]
    end: int

    @property
    def shape(self) -> str:
        return " ".join(f"D{c.mark or ''}" for c in self.cells)


def read_row(text: str, state: StateSpan, stop: int, marks: dict[str, str]) -> Row:
    """The cells after `state` up to `stop` (the next State), as far as they are cells."""
    dates = [d for d in find_dates(text[state.end : stop]) if d.date.complete]
    pos, cells = state.end, []
    mark_rx = _mark_pattern(marks)
    for span in dates:
        start = state.end + span.start
        if not _FILLER.fullmatch(text[pos:start]):
            break
        pos = state.end + span.end
        m = mark_rx.match(text, pos)
        mark = None
        if m:
            mark, pos = m["mark"], m.end()
        cells.append(Cell(span.date, mark))
    return Row(state, cells, pos)


def _mark_pattern(marks: dict[str, str]) -> re.Pattern[str]:
    codes = "|".join(sorted(map(re.escape, marks), key=len, reverse=True))
    return re.compile(rf"\s*\(?\s*(?P<mark>{codes})\s*\)?(?![\w'’])")


def steps(row: Row, legend: Legend) -> list[tuple[str, PartialDate]] | str:
    """The row's (step, date) pairs, or why the row cannot be read one way only."""
    marked = [i for i, c in enumerate(row.cells) if c.mark and legend.marks.get(c.mark) not in (None, "provisional")]
    out: list[tuple[str, PartialDate]] = []
    columns = legend.columns or ["signature", "consent"]
    if len(marked) > 1:
        return "two instruments in one row"
    if marked:
        at = marked[0]
        before = [c for c in row.cells[:at] if not c.mark]
        after = [c for c in row.cells[at + 1 :] if not c.mark]
        if len(before) > 1 or (before and "signature" not in columns):
            return "more dates before the instrument than the header has columns"
        if len(after) > 1 or (after and "entry_into_force" not in columns):
            return "more dates after the instrument than the header has columns"
        out += [("signature", c.date) for c in before]
        out.append((legend.marks[row.cells[at].mark or ""], row.cells[at].date))
        out += [("entry_into_force", c.date) for c in after]
        return out
    plain = [c for c in row.cells if not c.mark]
    names = {"signature": "signature", "consent": "ratification", "entry_into_force": "entry_into_force"}
    if len(plain) > len(columns):
        return "more dates than the header has columns"
    return [(names[col], c.date) for col, c in zip(columns, plain)]


def dominant_shape(rows: list[Row]) -> str | None:
    counts = Counter(r.shape for r in rows if r.cells)
    return counts.most_common(1)[0][0] if counts else None


def plausible(pairs: list[tuple[str, PartialDate]]) -> str | None:
    """Why a row's dates cannot all be right (signature after consent, force before it), or None."""
    by = dict(pairs)
    sign = by.get("signature")
    consent = next((d for k, d in pairs if k not in ("signature", "entry_into_force")), None)
    force = by.get("entry_into_force")
    if sign and consent and sign > consent:
        return f"signature {sign.iso()} after the instrument of {consent.iso()}"
    if consent and force and force < consent:
        return f"entry into force {force.iso()} before the instrument of {consent.iso()}"
    return None


__all__ = ["Cell", "DateSpan", "Row", "dominant_shape", "plausible", "read_row", "steps"]
