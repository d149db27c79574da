"""A row's cells laid under the header's columns: the one way the field allows, or why not.

Flattened text keeps a row's cells in order but often drops the empty ones, so a row with fewer
cells than columns is placed by what each cell can be: no entry into force without an
instrument, no ratification without a signature where the table has a signature column (when
the step is read from the heading, not stated by a type or mark), no denunciation before entry
into force, a deposit's type beside its date, one deposit per row, no signature after signature
closed and no accession while it was open, no signature at all of a convention never open for
signature (Protocol V: a lone date is its deposit, a consent to be bound, even where the page
cut the code beside it). A row that fits no way or several ways is said so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from ccmgraph.ingesters.treaty_status.header import DATED, MARK, Column, Header, heading_step
from ccmgraph.ingesters.treaty_status.table import in_period, plausible
from ccmgraph.ingesters.treaty_status.words import compiled, instrument_of, words
from ccmgraph.records import PartialDate

#: Steps that follow a signature (a State that did not sign accedes).
AFTER_SIGNATURE = ("ratification", "acceptance", "approval")

Pairs = list[tuple[str, PartialDate]]


@dataclass(frozen=True)
class Cell:
    """A cell of a row: a date (with the mark written after it), a type, an empty cell or a note."""

    kind: str  # "date", "type", "empty" or "note"
    date: PartialDate | None = None
    code: str | None = None


def mark_meaning(code: str, marks: dict[str, str]) -> str | None:
    """The step a mark, type code or type word names ("a", "T", "adesão"), or None."""
    codes = {**{str(k): str(v) for k, v in words()["grid_type_codes"].items()}, **marks}
    return codes.get(code) or instrument_of(code)


def _fits(cell: Cell, column: Column, marks: dict[str, str], unsigned: bool = False) -> bool:
    """Whether a cell may stand under a column: a date under a date column, a date marked as an
    instrument ("9 Apr 2013 a") under the deposit's column only, and under a column other than
    the deposit's whose heading carries a mark ("Provisional application(n)") only a date with it;
    no date under the signature column of a convention never open for signature (`unsigned`)."""
    if cell.kind == "empty":
        return True
    if cell.kind == "date" and unsigned and column.kind == "signature":
        return False
    if cell.kind == "date":
        meaning = mark_meaning(cell.code, marks) if cell.code else None
        if meaning not in (None, "provisional"):
            return column.kind == "consent"
        heading_mark = MARK.search(column.words)
        if heading_mark and column.kind != "consent":
            return cell.code == heading_mark.group(0).strip(" ()")
        return column.kind in DATED
    return cell.kind == column.kind


def place(cells: list[Cell], header: Header, closed: PartialDate | None) -> Pairs | str:
    """The row's steps: its cells laid under the columns in order, the one way the field allows."""
    columns = header.columns
    if "provisional" not in {c.kind for c in columns}:
        # a date marked as provisional application ("2 Sep 2014 n") fills no column of the steps
        cells = [c for c in cells if not (c.code and header.marks.get(c.code) == "provisional")]
    if len(cells) > len(columns):
        return f"{len(cells)} cells where the header has {len(columns)} columns"
    ways: list[Pairs] = []
    for under in combinations(range(len(columns)), len(cells)):
        if all(_fits(c, columns[i], header.marks, header.unsigned) for c, i in zip(cells, under)):
            read = _read(dict(zip(under, cells)), header, closed)
            if isinstance(read, list) and read not in ways:
                ways.append(read)
            elif isinstance(read, str) and len(cells) == len(columns):
                return read
    if len(ways) == 1:
        return ways[0]
    how = "in more than one way" if ways else "in no way the convention allows"
    return f"{len(cells)} cell(s) under {len(columns)} columns fit {how}"


def _read(filled: dict[int, Cell], header: Header, closed: PartialDate | None) -> Pairs | str | None:
    """The steps of one way of laying a row's cells, or None when the field rules it out (a
    string when a cell cannot be read at all)."""
    columns = header.columns
    kinds = [c.kind for c in columns]
    dated = {columns[i].kind: c for i, c in filled.items() if c.kind == "date"}
    typed = next((c for i, c in filled.items() if columns[i].kind == "type"), None)
    if sum(1 for i, c in filled.items() if c.kind == "date" and columns[i].kind == "consent") > 1:
        return None  # one deposit per row
    if "type" in kinds and ("consent" in dated) != (typed is not None):
        return None  # a deposit and its type stand side by side
    if "entry_into_force" in dated and "consent" not in dated and "consent" in kinds:
        return None
    if "end" in dated and "entry_into_force" not in dated:
        return None
    pairs: Pairs = []
    inferred = False  # a deposit's step read from its heading, not stated by a type or mark
    for i, cell in sorted(filled.items()):
        kind = columns[i].kind
        if cell.kind != "date" or cell.date is None or kind in ("end", "provisional", "own"):
            continue
        if kind == "consent":
            step = _consent_step(columns[i], cell, typed, header, signed="signature" in dated)
            if step is None:
                return f"a type or mark ({(typed or cell).code}) the page does not explain"
            if step == "provisional":
                continue
            inferred = inferred or not (cell.code or typed and typed.kind == "type")
            kind = step
        pairs.append((kind, cell.date))
    return pairs if _allowed(pairs, kinds if inferred else [], closed) else None


def _consent_step(column: Column, cell: Cell, typed: Cell | None, header: Header, *, signed: bool) -> str | None:
    """A deposit's step: its type cell or mark, else what its column's heading names."""
    code = typed.code if typed else cell.code
    own = str(words()["several_instruments"]) if header.unsigned \
        else heading_step(column, signed, "signature" in {c.kind for c in header.columns})
    if code:
        meaning = mark_meaning(code, header.marks)
        if meaning is None and code.startswith("["):
            # a numbered note on the deposit ("Oct 4, 2001 [2]") the page does not explain: the
            # instrument is one of those the heading stands for, which one it does not say
            return str(words()["several_instruments"])
        if meaning is None:
            return None
        if meaning == words()["several_instruments"] and own in AFTER_SIGNATURE and code not in header.marks:
            # "R" of the database's codes under a column headed "Ratificatie", no legend on the
            # page: the heading names it; where the page's legend says R is any of several, it is
            return own
        if words()["default_marks"].get(code) == meaning:  # a mark no legend of the page explains
            return _named_by_heading(meaning, code, column)
        return meaning
    return own


def _named_by_heading(meaning: str, code: str, column: Column) -> str | None:
    """A mark's step where the heading says what its marks are: "9 Apr 2013 (A)" under
    "Ratified / Acceded" is no acceptance (the heading names none) but the one step it names
    with that initial, accession; with none or several such steps, no step is written."""
    named = [k for k, rx in compiled("instruments").items() if rx.search(column.words) and k != "provisional"]
    if not named or meaning in named or meaning == words()["several_instruments"]:
        return meaning
    initial = [k for k in named if k[0] == code[0].lower()]
    return initial[0] if len(initial) == 1 else None


def _allowed(pairs: Pairs, kinds: list[str], closed: PartialDate | None) -> bool:
    """Whether a row's steps can all be true: in order, and where a deposit's step was read from
    its heading (`kinds` the table's columns, else empty): a ratification after a signature where
    the table has a signature column, no accession by a signatory; no signature after signature
    closed and no accession while it was open."""
    steps = [s for s, _ in pairs]
    if plausible(pairs) is not None:
        return False
    if "signature" in kinds and any(s in AFTER_SIGNATURE for s in steps) and "signature" not in steps:
        return False
    if kinds and "accession" in steps and "signature" in steps:
        return False
    return in_period(pairs, closed)


__all__ = ["Cell", "Pairs", "mark_meaning", "place"]
