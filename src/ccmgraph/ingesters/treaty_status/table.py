"""Rows of a flattened status table: a State, then its dated cells, up to the next State.

"Afghanistan 3 Dec 2008 8 Sep 2011 Albania 3 Dec 2008 16 Jun 2009 Andorra 9 Apr 2013 a":
a row is a State and the run of cells after it (dates, marks such as "a" or "(R)",
separators, footnote numbers); any other word ends the run. A marked date is the step its
mark names; unmarked dates fill the columns the header gives, around the marked one. A row
with fewer dates than columns ("Andorra 09-Apr-13 01-Oct-13" under Signature, Ratification/
Accession, Entry into force) is placed by what each date can be; a row that cannot be read one
way only is left out with a warning, never guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from ccmgraph.records import PartialDate
from ccmgraph.ingesters.flat.dates import DateSpan, find_dates
from ccmgraph.ingesters.flat.states import StateSpan
from ccmgraph.ingesters.treaty_status.legend import Legend
from ccmgraph.ingesters.treaty_status.words import compiled

#: How far after a State its row's cells may reach (characters).
ROW_REACH = 240
#: What may stand between a State and a cell, or two cells: a separator, empty cells between
#: bars ("Andorra | | 9 aprile 2013 (a)"), a footnote number.
_FILLER = re.compile(r"\s*(?:(?:\|\s*){1,3}|[;,:/]|\(\s*\)|\d{1,2}(?!\d)|\*)?\s*")


@dataclass(frozen=True)
class Cell:
    """One date of a row and the mark after it (None when unmarked)."""

    date: PartialDate
    mark: str | None
    said: str | None = None  # the step a word before the date names ("Ratified 8 September 2011")


@dataclass
class Row:
    """A State's row: its cells and where the row ends in the text."""

    state: StateSpan
    cells: list[Cell]
    end: int

    @property
    def shape(self) -> str:
        return " ".join(f"{c.said or ''}D{c.mark or ''}" for c in self.cells)


def read_row(text: str, state: StateSpan, stop: int, marks: dict[str, str]) -> Row:
    """The cells after `state` up to `stop` (the next State), as far as they are cells."""
    # cells stand right after the State: a window of a few cells is all a row can hold
    dates = [d for d in find_dates(text[state.end : min(stop, state.end + ROW_REACH)]) if d.date.complete]
    pos, cells = state.end, []
    mark_rx = _mark_pattern(marks)
    for span in dates:
        start = state.end + span.start
        gap = text[pos:start]
        said = compiled("cell_words")
        named = next((k for k, rx in said.items() if rx.fullmatch(gap)), None)
        if named is None and not _FILLER.fullmatch(gap):
            break
        pos = state.end + span.end
        m = mark_rx.match(text, pos)
        mark = None
        if m:
            mark, pos = m["mark"], m.end()
        cells.append(Cell(span.date, mark, named))
    return Row(state, cells, pos)


def _mark_pattern(marks: dict[str, str]) -> re.Pattern[str]:
    codes = "|".join(sorted(map(re.escape, marks), key=len, reverse=True))
    return re.compile(rf"\s*\(?\s*(?P<mark>{codes})\s*\)?(?![\w'’])")


def steps(row: Row, legend: Legend, closed: PartialDate | None = None) -> list[tuple[str, PartialDate]] | str:
    """The row's (step, date) pairs, or why the row cannot be read one way only; `closed` is the
    day the convention closed for signature, if it had one."""
    if any(c.said for c in row.cells):
        if not all(c.said for c in row.cells):
            return "some dates say what they are and some do not"
        return [(c.said or "", c.date) for c in row.cells]
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
    names = {"signature": "signature", "consent": legend.consent_kind or "ratification", "entry_into_force": "entry_into_force"}
    if len(plain) > len(columns):
        return "more dates than the header has columns"
    if len(plain) < len(columns):
        return _placed([c.date for c in plain], columns, legend, closed)
    return [(names[col], c.date) for col, c in zip(columns, plain)]


Pairs = list[tuple[str, PartialDate]]


def _placed(dates: list[PartialDate], columns: list[str], legend: Legend, closed: PartialDate | None) -> Pairs | str:
    """A row with fewer dates than columns: the one way of laying its dates, in order, under
    the columns that the field allows, or why there is not exactly one."""
    ways: list[Pairs] = []
    for under in combinations(columns, len(dates)):
        pairs = [(_step(col, under, legend), d) for col, d in zip(under, dates)]
        if _allowed(pairs, columns, closed):
            ways.append(pairs)
    if len(ways) == 1:
        return ways[0]
    how = "in more than one way" if ways else "in no way the convention allows"
    return f"{len(dates)} date(s) under {len(columns)} columns fit {how}"


def _step(column: str, under: tuple[str, ...], legend: Legend) -> str:
    """A column's step in one way of placing a row: a consent with no signature before it,
    under a heading that names accession, is an accession (ratification follows a signature)."""
    if column == "consent" and legend.consent_kind is not None:
        return legend.consent_kind
    if column == "consent":
        return "accession" if legend.names_accession and "signature" not in under else "ratification"
    return column


def _allowed(pairs: Pairs, columns: list[str], closed: PartialDate | None) -> bool:
    """Whether a way of placing a row is possible: dates in order, entry into force after an
    instrument, a ratification after a signature (when the table has a signature column), no
    signature after signature closed and no accession while it was open."""
    steps_ = [step for step, _ in pairs]
    if plausible(pairs) is not None:
        return False
    if "entry_into_force" in steps_ and not any(s in ("ratification", "accession") for s in steps_):
        return False
    if "ratification" in steps_ and "signature" in columns and "signature" not in steps_:
        return False
    return in_period(pairs, closed)


def in_period(pairs: Pairs, closed: PartialDate | None) -> bool:
    """Whether no signature follows the day signature closed and no accession precedes it."""
    if closed is None:
        return True
    return not any((step == "signature" and d > closed) or (step == "accession" and d < closed) for step, d in pairs)


def dominant_shape(rows: list[Row]) -> str | None:
    counts = Counter(r.shape for r in rows if r.cells)
    return counts.most_common(1)[0][0] if counts else None


def plausible(pairs: list[tuple[str, PartialDate]]) -> str | None:
    """Why a row's dates cannot all be right (signature after consent, force before it), or None."""
    by = dict(pairs)
    sign = by.get("signature")
    kind, consent = next(((k, d) for k, d in pairs if k not in ("signature", "entry_into_force")), (None, None))
    force = by.get("entry_into_force")
    if sign and consent and sign > consent:
        return f"signature {sign.iso()} after the instrument of {consent.iso()}"
    # a succession takes effect from the day the State became independent, before its notice
    if consent and force and force < consent and kind != "succession":
        return f"entry into force {force.iso()} before the instrument of {consent.iso()}"
    return None


__all__ = ["Cell", "DateSpan", "Row", "dominant_shape", "in_period", "plausible", "read_row", "steps"]
