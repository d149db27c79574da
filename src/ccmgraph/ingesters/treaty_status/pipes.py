"""Status tables that keep their cell borders ("State | Date of signature | Date of deposit | Type").

National treaty databases export rows with every cell in place, empty ones too, so a cell is
read by the column its header names, never by counting dates: "Albania | | 12/05/2006 |
Accession | 12/11/2006" has no signature, a deposit of an instrument of accession, and entry
into force. A column of instrument types ("Type", "Instrument") names the deposit's kind;
without one the deposit column's own heading does, or else its mark, or else it is a consent
to be bound; a word after the date ("9 de abril de 2013 (adesão)") names it too. A markdown
rule under the header ("|---|---|") is passed over. A cell that is neither empty, a date (with
its mark) nor a type leaves its row out, as the flattened reader does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ccmgraph.ingesters.flat.dates import find_dates
from ccmgraph.ingesters.treaty_status.foreign import table_state_spans
from ccmgraph.ingesters.treaty_status.legend import read_legend
from ccmgraph.ingesters.treaty_status.words import compiled, instrument_of, words
from ccmgraph.records import PartialDate

#: A consent column headed "Ratification or accession": which one, each row's signature says.
EITHER = "ratification-or-accession"
#: Cells a bordered header needs (the State's and at least one date column).
MIN_CELLS = 3


@dataclass(frozen=True)
class PipeRow:
    """A bordered row: its State as written, where it stands, and its steps or why not."""

    state: str
    start: int
    end: int
    steps: list[tuple[str, PartialDate]] | str


def pipe_rows(text: str) -> list[PipeRow] | None:
    """The rows of the first bordered table of `text`, or None when it has none."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for n, line in enumerate(lines):
        columns = _columns(line)
        if columns is None:
            continue
        legend = read_legend(text[: offsets[n + 1]])
        outer = (line.strip().startswith("|"), line.strip().endswith("|"))
        rows = []
        for m, row in enumerate(lines[n + 1 :], start=n + 1):
            if m == n + 1 and re.fullmatch(words()["pipe_rule"], row):
                continue  # the rule a markdown table draws under its header ("|---|---|")
            cells = _cells(row, outer)
            spans = table_state_spans(cells[0]) if "|" in row else []
            if len(spans) != 1 or spans[0].written != cells[0]:
                break
            steps = (_steps(cells, columns, legend.marks) if len(cells) == len(columns)
                     else f"{len(cells)} cells where the header has {len(columns)}")
            rows.append(PipeRow(cells[0], offsets[m], offsets[m] + len(row), steps))
        return rows or None
    return None


def _columns(line: str) -> list[str] | None:
    """What each cell of a bordered header holds: state, signature, consent:<kind>, type,
    entry_into_force or other; None when the line is no such header."""
    cells = _cells(line, (line.strip().startswith("|"), line.strip().endswith("|")))
    if len(cells) < MIN_CELLS or not re.fullmatch(words()["pipe_columns"]["state"], cells[0], re.IGNORECASE):
        return None
    out = ["state"]
    for cell in cells[1:]:
        out.append(next((name for name, rx in words()["pipe_columns"].items()
                         if name != "state" and re.search(rx, cell, re.IGNORECASE)), "other"))
        if out[-1] == "consent":  # "Ratification, Acceptance(A), Accession(a)": unmarked is ratification
            marked = "(" in cell and re.search(words()["instruments"]["ratification"], cell, re.IGNORECASE)
            out[-1] = f"consent:{'ratification' if marked else _named(cell)}"
    return out if any(c.startswith("consent") for c in out) else None


def _named(cell: str) -> str:
    """The kind a consent heading names; EITHER for "Ratification or accession" alone."""
    named = {kind for kind, rx in compiled("instruments").items() if rx.search(cell)}
    if named == {"ratification", "accession"}:
        return EITHER
    return instrument_of(cell) or ""


def _cells(line: str, outer: tuple[bool, bool]) -> list[str]:
    """A bordered line's cells; an outer border (left, right) is dropped only where the header
    has it (else "Cyprus | 23 Sep 2009 | " ends with an empty cell)."""
    inner = line.strip()
    if outer[0]:
        inner = inner.removeprefix("|")
    if outer[1]:
        inner = inner.removesuffix("|")
    return [c.strip() for c in inner.split("|")]


def _steps(cells: list[str], columns: list[str], marks: dict[str, str]) -> list[tuple[str, PartialDate]] | str:
    typed = next((instrument_of(c) for c, col in zip(cells, columns) if col == "type" and c), None)
    signed = any(c for c, col in zip(cells, columns) if col == "signature") if "signature" in columns else None
    out: list[tuple[str, PartialDate]] = []
    for cell, column in zip(cells[1:], columns[1:]):
        if not cell or column in ("type", "other"):
            continue
        dates = find_dates(cell)
        if len(dates) != 1 or not dates[0].date.complete:
            return f"cell {cell!r} is not one date"
        mark = cell[dates[0].end :].strip(" ()")
        said = instrument_of(mark) if mark and mark not in marks and len(mark) > 3 else None
        if mark and mark not in marks and not said:
            return f"cell {cell!r} carries an unknown mark"
        if column.startswith("consent"):
            # a word after the date names the step ("9 de abril de 2013 (adesão)")
            step = typed or said or (marks[mark] if mark else _either(column, signed) or words()["several_instruments"])
            if step != "provisional":  # a provisional application is no step of participation
                out.append((str(step), dates[0].date))
        else:
            out.append((column, dates[0].date))
    return out


def _either(column: str, signed: bool | None) -> str:
    """A consent column's step: its own kind, or for "Ratification or accession" the one the
    row's signature cell decides (a State that signed ratifies, one that did not accedes);
    a table with no signature column (Protocol V) cannot tell, and says consent to be bound."""
    kind = column.split(":", 1)[1]
    if kind == EITHER:
        return "" if signed is None else "ratification" if signed else "accession"
    return kind


__all__ = ["PipeRow", "pipe_rows"]
