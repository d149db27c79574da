"""The lists an overdue-report heading opens: the States, and the due date a row gives.

A heading ("State Parties with overdue initial Article 7 reports (as of 18 June 2015)") is
followed by its list in one of the layouts pages flatten to: one State a line, bullets, a
footnote mark after a name, a whole list on one line separated by commas or semicolons, or a
table of "State  date" rows, with or without a header ("State Party  Date due"). A row's
date is its due date only where the header says the column is the due date, or where the row
has one date and no header names other columns: a list of overdue reports that writes one
date beside each State gives the date the report was due.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ccmgraph.ingesters.flat.dates import find_dates
from ccmgraph.ingesters.flat.passages import Passage
from ccmgraph.ingesters.flat.states import StateSpan, only_states, state_spans
from ccmgraph.ingesters.overdue.words import words
from ccmgraph.records import PartialDate


@dataclass(frozen=True)
class Listed:
    """A State of a list and the due date its row gives (None where it gives none)."""

    state: StateSpan
    due: PartialDate | None


def header_columns(line: str) -> list[str] | None:
    """The date columns a table header names, in order ("due", "other"), or None when the line
    is no header (it must hold a column word for the State and nothing but column words)."""
    cols = words()["columns"]
    if not re.match(cols["state"], line.strip(), re.IGNORECASE):
        return None
    rest = re.sub(cols["state"], " ", line, count=1, flags=re.IGNORECASE)
    found = [(m.start(), "due" if re.fullmatch(cols["due"], m.group(0), re.IGNORECASE) else "other")
             for m in re.finditer(f"{cols['due']}|{cols['other']}", rest, re.IGNORECASE)]
    leftover = re.sub(f"{cols['due']}|{cols['other']}|{cols['ignored']}", " ", rest, flags=re.IGNORECASE)
    if not found or re.search(r"[A-Za-z]{2,}", leftover):
        return None
    return [kind for _, kind in sorted(found)]


def list_lines(found: Sequence[Passage], i: int, paragraph: int | None = None) -> Iterator[str]:
    """The lines right after the heading `found[i]` that belong to its list: an optional header,
    then lines of States (bullets, marks, dates and separators allowed) and nothing else; only
    those of `paragraph` when given (a list a sentence's colon opens)."""
    first = True
    for passage in found[i + 1 :]:
        if paragraph is not None and passage.paragraph != paragraph:
            return
        lines = [line for line in passage.text.split("\n") if line.strip()]
        for line in lines:
            if first and header_columns(line) is not None:
                first = False
                yield line
                continue
            first = False
            if not is_list_line(line):
                return
            yield line


def read_list(lines: Sequence[str]) -> list[Listed]:
    """The States of list `lines` with the due date of their rows."""
    columns: list[str] | None = None
    out: list[Listed] = []
    for line in lines:
        head = header_columns(line)
        if head is not None and not state_spans(line):
            columns = head
            continue
        spans = state_spans(line)
        if len(spans) != 1:
            out += [Listed(s, None) for s in spans]
            continue
        out.append(Listed(spans[0], _row_due(line[spans[0].end :], columns)))
    return out


def _row_due(rest: str, columns: list[str] | None) -> PartialDate | None:
    dates = find_dates(rest)
    if columns is None:
        return dates[0].date if len(dates) == 1 and not rest[: dates[0].start].strip(" \t|–-:,(") else None
    if len(dates) != len(columns) or columns.count("due") != 1:
        return None
    return dates[columns.index("due")].date


def is_list_line(line: str) -> bool:
    """A line of States only, once bullets, footnote marks and dates are taken out."""
    bare = re.sub(words()["bullet"], "", line)
    for span in reversed(find_dates(bare)):
        bare = bare[: span.start] + " " + bare[span.end :]
    bare = re.sub(words()["mark"], " ", bare)
    return only_states(bare.replace(";", ",")) is not None


__all__ = ["Listed", "header_columns", "is_list_line", "list_lines", "read_list"]
