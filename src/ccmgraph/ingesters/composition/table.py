"""Coordinator tables, one entry per line or a whole table on one line.

"Coordinators State Period President Costa Rica 5MSP President-designate Croatia 1RC General
status and operation of the Convention Netherlands 2014-2015 Lebanon 2014-2016 ...": the
registry of States cuts the run; the words before a State (since the last cell) are its
row's label, a role or a theme, and a State with no words before it shares the label above.
The cell after a State is its period or the meeting it presides. A label that is neither a
role, a theme of the convention, nor a row of observers is not guessed: its rows are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ccmgraph.records import ActorRef, Mandate, MandateRole, PartialDate, Quote, Warning_
from ccmgraph.ingesters.flat.states import state_spans
from ccmgraph.ingesters.composition.words import is_theme, rx, words

_CONNECTOR = re.compile(r"^[\s,;|&]*(?:(?:and|the|&)\s+)*[\s,;|]*$", re.IGNORECASE)


@dataclass
class Label:
    """What the rows under a label hold: a role, or coordinators of a theme; None: skip them."""

    role: MandateRole | None
    theme: str | None = None


def period(m: re.Match[str]) -> tuple[PartialDate, PartialDate]:
    start = int(m["a"])
    b = m["b"]
    end = start if b is None else (int(b) if len(b) == 4 else start // 100 * 100 + int(b))
    return PartialDate(start), PartialDate(end)


def regions(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each stretch of `text` that is a composition table."""
    for m in rx("table_start").finditer(text):
        first = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        start = text.rfind("\n", 0, first) + 1
        end, pos = start, start
        for line in text[start:].split("\n"):
            if pos > start and len(line.split()) > 25 and re.search(r"[a-z]\.\s", line):
                break
            pos += len(line) + 1
            end = pos
        yield start, min(end, len(text))


def read_table(text: str, start: int, end: int, convention: str, name: str) -> Iterator[Mandate | Warning_]:
    region = text[start:end]
    own = rx("table_period").search(region.split("\n", 1)[0]) or rx("table_period").search(text[:300])
    table_years = period(own) if own else (None, None)
    label: Label | None = None
    pos = 0
    for state in state_spans(region):
        if state.start < pos:
            continue
        between = region[pos : state.start]
        written = between.rsplit("\n", 1)[-1] if "\n" in between else between
        if not _CONNECTOR.match(written):
            label = _label(rx("heading_words").sub("", written.strip()), convention)
            if label is None:
                yield Warning_(f"{name}: row label {written.strip()!r} is neither a role nor a theme; its rows "
                               "left out", Quote(written.strip(), _line(text, start + pos)))
                label = Label(None)
        cell_end = state.end
        years: tuple[PartialDate | None, PartialDate | None] = (None, None)
        meeting = None
        cell = re.compile(rf"\s*[|:]?\s*(?:{words()['meeting']}|{words()['period']})").match(region, state.end)
        if cell:
            cell_end = cell.end()
            if cell["m"]:
                meeting = cell["m"].replace(" ", "")
            else:
                years = period(cell)
        pos = cell_end
        if label is None or label.role is None:
            continue
        if years == (None, None) and meeting is None:
            years = table_years
        quote = Quote(" ".join(region[max(0, state.start - 60) : cell_end].split()), _line(text, start + state.start))
        yield Mandate(ActorRef(state.written, "state"), label.role, quote, convention, label.theme,
                      years[0], years[1], for_meeting=meeting)


def _label(written: str, convention: str) -> Label | None:
    if not written:
        return None
    if rx("skip_labels").search(written):
        return Label(None)
    for role, pattern in words()["roles"].items():
        if re.fullmatch(rf"(?:the\s+)?(?:{pattern})", written, re.IGNORECASE):
            return Label(role)
    if is_theme(written, convention):
        return Label("coordinator", " ".join(written.split()))
    return None


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
