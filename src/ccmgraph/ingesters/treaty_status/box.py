"""A status box of one State: its labels first, one a line, its values after them in order.

A page that shows one State's participation in a small two-column box, flattened, writes the
labels column and then the values column: "Nederland / Ondertekening / Ratificatie /
Inwerkingtreding / Voorbehoud", and further down "03-12-2008 / 23-02-2011 / 01-08-2011 / Nee".
Groups may stand before the State's own ("Internationaal / Totstandkoming / Inwerkingtreding":
the convention's own dates, no State's). The values are matched to the labels by position:
each label line that names a column (grid.heading_of) takes the next value, a head line (a
group's name) takes none. Only a box whose every value fits its label (a date under a dated
label, a short answer under a note) is read; the State's group must be headed by its name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ccmgraph.ingesters.flat.dates import find_dates
from ccmgraph.ingesters.treaty_status.foreign import table_state_spans
from ccmgraph.ingesters.treaty_status.grid import Column, heading_of, step_of
from ccmgraph.ingesters.treaty_status.shortdates import short_dates
from ccmgraph.ingesters.treaty_status.words import words
from ccmgraph.records import PartialDate


@dataclass(frozen=True)
class BoxStep:
    """A step the box gives its State: State as written, step, date, where its label stands."""

    state: str
    event: str
    date: PartialDate
    start: int
    end: int


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line.strip()))
        pos += len(line) + 1
    return out


def _state_line(line: str) -> str | None:
    spans = table_state_spans(line)
    return spans[0].written if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(line) else None


def box_steps(text: str) -> list[BoxStep]:
    """The steps of every status box of `text` whose State heads its own group of labels."""
    lines = _lines(text)
    width = int(words()["box_label_width"])
    heads = [heading_of(line) if len(line) <= width else None for _, line in lines]  # once a line
    out: list[BoxStep] = []
    for n, (at, line) in enumerate(lines):
        # the cheap test first: two label lines under this one, then whether it names a State
        own = _labels(lines, heads, n + 1) if len(line) <= width and heads[n + 1 : n + 3].count(None) == 0 else []
        if len(own) < 2 or not any(c.kind in ("signature", "consent") for _, c in own):
            continue
        state = _state_line(line)
        if state is None:
            continue
        start = _run_start(lines, heads, n, width)
        before = [c for i in range(start, n) if (c := heads[i]) is not None]
        after_labels = n + 1 + len(own)
        values = _values(text, lines, after_labels, width)
        wanted = len(before) + len(own)
        if values is None or len(values) < wanted:
            continue
        fitted = _fit(values[: len(before)], before) and _fit(values[len(before) : wanted], [c for _, c in own])
        if not fitted:
            continue
        signed = any(c.kind == "signature" and v for (_, c), v in zip(own, values[len(before) : wanted]))
        for (line_at, column), value in zip(own, values[len(before) : wanted]):
            step = step_of(column, signed=signed)
            if step and isinstance(value, PartialDate):
                out.append(BoxStep(state, step, value, at, line_at + len(column.words)))
    return out


def _labels(lines: list[tuple[int, str]], heads: list[Column | None], n: int) -> list[tuple[int, Column]]:
    """The label lines from line `n` on that each name a column (`heads`: each line's column)."""
    out = []
    for (at, _), column in zip(lines[n:], heads[n:]):
        if column is None:
            break
        out.append((at, column))
    return out


def _run_start(lines: list[tuple[int, str]], heads: list[Column | None], n: int, width: int) -> int:
    """The first line of the run of short label and head lines that line `n` closes."""
    start = n
    while start > 0 and len(lines[start - 1][1]) <= width and not _has_value(lines[start - 1][1]):
        start -= 1
    # a head stands right before a label: the run opens at its first head that has labels
    while start < n and heads[start] is None and (start + 1 >= n or heads[start + 1] is None):
        start += 1
    return start


def _has_value(line: str) -> bool:
    return bool(find_dates(line) or short_dates(line))


def _values(text: str, lines: list[tuple[int, str]], n: int, width: int) -> list[PartialDate | str] | None:
    """The values of the box, in order: the first run of lines from line `n` that hold only
    dates and short answers ("Nee01-08-2011" is two values); None when there is none."""
    answer = re.compile(str(words()["box_values"]), re.IGNORECASE)
    out: list[PartialDate | str] = []
    for _, line in lines[n:]:
        got = _split(line, answer)
        if got is None:
            if out:
                break
            if len(line) > width:
                return None  # prose before any value: no values column follows the labels
            continue  # further label lines of other groups (the territories' names)
        out += got
    return out or None


def _split(line: str, answer: re.Pattern[str]) -> list[PartialDate | str] | None:
    """A values line as its values, or None when it holds anything else."""
    dates = {d.start: (d.end, d.date) for d in find_dates(line) if d.date.complete}
    out: list[PartialDate | str] = []
    p = 0
    while p < len(line):
        if line[p].isspace():
            p += 1
        elif p in dates:
            out.append(dates[p][1])
            p = dates[p][0]
        elif (m := answer.match(line, p)) is not None:
            out.append(m.group(0))
            p = m.end()
        else:
            return None
    return out


def _fit(values: list[PartialDate | str], columns: list[Column]) -> bool:
    """Whether each value fits its label: a date or an answer meaning none under a dated label,
    an answer under a note."""
    for value, column in zip(values, columns):
        if column.kind == "note" and isinstance(value, PartialDate):
            return False
        if column.kind not in ("note", "type") and not isinstance(value, PartialDate) and value.strip("-") \
                and not re.fullmatch(str(words()["grid_empty"]), value, re.IGNORECASE):
            return False
    return True


__all__ = ["BoxStep", "box_steps"]
