"""The general status table: its columns learned from the header row, each row read in that order.

A status table of any publisher is a header row naming its columns ("Partij | Ondertekening |
Ratificatie | Type* | In werking | Opzegging | Buiten werking", "Participant Signature
Ratification, Accession(a)", "Países/Territorios | Entrada en vigor | Ratification | Fecha de
firma"), then one row per State: the State and its cells in the header's order. The column words
are data (treaty_status.yml `grid_columns`, six languages), so a new layout is a new order of
known words, not new code. Flattened text keeps the cells in order but often drops the empty
ones, so a row with fewer cells than columns is placed the one way the field allows (no entry
into force without an instrument, no ratification without a signature where the table has a
signature column, no denunciation before entry into force, a deposit's type beside its date);
a row that fits no way or several ways is left out with the reason, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ccmgraph.ingesters.flat.dates import find_dates
from ccmgraph.ingesters.flat.states import StateSpan
from ccmgraph.ingesters.treaty_status.foreign import table_state_spans
from ccmgraph.ingesters.treaty_status.header import Header, find_header, pattern
from ccmgraph.ingesters.treaty_status.legend import read_legend
from ccmgraph.ingesters.treaty_status.place import Cell, Pairs, place
from ccmgraph.ingesters.treaty_status.shortdates import short_dates
from ccmgraph.ingesters.treaty_status.words import instrument_of, words
from ccmgraph.records import PartialDate

_TYPE_WORD = re.compile(r"[A-Za-zÀ-ÿ]{5,30}(?![\w])")


@dataclass(frozen=True)
class GridRow:
    """A row: its State as the name tables know it, where it stands, its steps or why not."""

    state: str
    start: int
    end: int
    steps: Pairs | str


def grid_rows(text: str, closed: PartialDate | None = None, *, signable: bool = True) -> list[GridRow] | None:
    """The rows of the first table of `text` whose header row names its columns, or None when
    it has none; `closed` is the day the convention closed for signature, if it had one, and
    `signable` whether it was ever open for signature (Protocol V was not)."""
    header = find_header(text)
    if header is None:
        return None
    header = _page_marks(text, header, signable)
    if not signable:
        header = replace(header, unsigned=True)
    spans = [s for s in table_state_spans(text) if s.start >= header.end]
    rows: list[GridRow] = []
    taken = header.end
    for i, span in enumerate(spans):
        if span.start < taken:
            continue
        stop = next((s.start for s in spans[i + 1 :] if s.start >= span.end), len(text))
        state, name_end = _whole_name(text, span)
        cells, end = _cells(text, name_end, stop, header)
        if state is None or not cells:
            break  # the table ends where a State stands with no cell of it
        stop = next((s.start for s in spans[i + 1 :] if s.start >= name_end), len(text))
        rest = _block(text[end:stop])
        line_end = text.find("\n", end)
        on_line = text[end : stop if line_end < 0 else min(stop, line_end)]
        steps = place(cells, header, closed)
        if not signable and isinstance(steps, list) and any(step == "signature" for step, _ in steps):
            steps = "a signature of a convention never open for signature"
        if (rest.strip() and find_dates(rest)) or on_line.strip(" \t|"):
            steps = f"a cell the header does not explain ({' '.join(rest.split())[:40]!r})"
        rows.append(GridRow(state, span.start, end, steps))
        # a row whose name no table knows is said, not dropped (after the last known row, only
        # those that follow it line by line)
        rows += _unknown_rows(text, end, stop, header, closed, trailing=stop >= len(text))
        taken = end
        if rest.strip(" \t\n|") and not find_dates(rest):
            break  # prose after the table's last row
    return rows or None


def _page_marks(text: str, header: Header, signable: bool) -> Header:
    """The header with the codes its page's legend defines below the table ("* R=Bekrachtiging,
    aanvaarding, goedkeuring of kennisgeving T=Toetreding O=Opvolging", "Type: R = ...; T = ...");
    for a convention never open for signature (Protocol V, where every instrument is a
    notification of consent to be bound) the database's code for any of several instruments is
    that consent, whatever the column's heading ("Ratificatie") names."""
    marks = dict(header.marks)
    for line in text[header.end :].split("\n"):
        if not pattern("trailing_legend", 0).match(line):
            continue
        for part in line.split(";"):
            part = re.sub(r"^[\s*]*(?:Type\s*\*?\s*:\s*)?", "", part)
            marks.update({code: kind for code, kind in read_legend(part).marks.items()
                          if re.search(rf"(?<![A-Za-z]){re.escape(code)}\)?\s*=", part)})
    if not signable:
        several = str(words()["several_instruments"])
        marks = {**{str(k): several for k, v in words()["grid_type_codes"].items() if v == several}, **marks}
    return replace(header, marks=marks) if marks != header.marks else header


def turned(written: str) -> str | None:
    """The State an inverted name stands for ("Congo, Democratische Republiek" -> "Democratische
    Republiek Congo", "Nederlanden, het Koninkrijk der" -> "Koninkrijk der Nederlanden"), as the
    name tables write it, or None."""
    head, comma, tail = written.partition(",")
    if not comma:
        return None
    whole = f"{tail.strip()} {head.strip()}"
    found = table_state_spans(whole)
    articles = "|".join(map(re.escape, words()["grid_articles"]))
    if found and found[-1].end == len(whole) and re.fullmatch(rf"(?:(?:{articles})\s+)?", whole[: found[-1].start], re.I):
        return found[-1].written
    return None


def _unknown_rows(text: str, start: int, stop: int, header: Header, closed: PartialDate | None,
                  *, trailing: bool = False) -> list[GridRow]:
    """Lines between two rows that look like rows of States the name tables do not know
    ("Nederlanden, het Koninkrijk der 18-09-1997", or the name alone on its line, its cells one
    a line below it): kept as unreadable rows, with the reason; an inverted name is read turned
    round. `trailing`: after the table's last known row, where the first other line ends them."""
    out = []
    pos = start
    lines = text[start:stop].split("\n")
    skip_to = start
    for index, line in enumerate(lines):
        here, pos = pos, pos + len(line) + 1
        if here < skip_to:
            continue
        head = re.match(r"\s*([A-ZÀ-Þ][^\d\n|]{2,60}?)\s*\|?\s*(?=\d)", line)
        alone = None if head else re.fullmatch(r"\s*([A-ZÀ-Þ][^\d\n|]{2,60}?,[^\d\n|]{2,40}?)\s*", line)
        if head and (_date_at(line, head.end()) or _date_at(line, head.end(1))):
            written, cells_from, cells_to = head[1].strip(), here + head.end(), here + len(line)
        elif alone and _date_at(text, here + len(line)) and (name := turned(alone[1].strip())) is not None:
            # "Nederlanden, het Koninkrijk der" over its cells, one a line, up to the next State
            written, cells_from, cells_to = alone[1].strip(), here + len(line), stop
        else:
            if trailing and line.strip(" \t|") and index:
                break
            continue
        name = turned(written)
        if name is None:
            out.append(GridRow(written, here, here + len(line), "a State the name tables do not know"))
        else:  # an inverted name read turned round, its cells under the header as any row's
            cells, end = _cells(text, cells_from, cells_to, header)
            out.append(GridRow(name, here, end, place(cells, header, closed) if cells else "no cell"))
            skip_to = end
    return out


def _block(rest: str) -> str:
    """What follows a row up to the next State, cut at the first line of prose (three words or
    more: a legend, a note, the page's issue date are no cells of the row)."""
    pos = 0
    for line in rest.split("\n"):
        if len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", line)) >= 3:
            return rest[:pos]
        pos += len(line) + 1
    return rest


def _whole_name(text: str, span: StateSpan) -> tuple[str | None, int]:
    """The State a row names and where its name ends: an inverted name ("Congo, Democratische
    Republiek") is looked up turned round, an article after it ("Comoren, de") passed over;
    any other word after the name leaves the row unread (None)."""
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    after = text[span.end : line_end]
    inverted = re.match(r",\s*([A-ZÀ-Þa-zà-ÿ][\w'’.\- ]{1,60}?)\s*$", after)
    if inverted and (name := turned(f"{span.written}, {inverted[1]}")) is not None:
        return name, line_end
    tail = pattern("grid_state_tail").match(text, span.end)
    end = tail.end() if tail else span.end
    note = pattern("grid_footnote").match(text, end)
    if note and not _date_at(text, end) and _date_at(text, note.end()):
        end = note.end()
    nxt = text[end : end + 1]
    if nxt and not nxt.isspace() and nxt not in "|;" and not _date_at(text, end):
        return None, end
    return span.written, end


def _date_at(text: str, pos: int) -> bool:
    """Whether a date (of any length of year) begins at `pos`, blanks passed over."""
    ahead = text[pos : pos + 40]
    skip = len(ahead) - len(ahead.lstrip())
    return any(d.start == skip for d in find_dates(ahead)) or any(a == skip for a, _, _ in short_dates(ahead))


def _cells(text: str, pos: int, stop: int, header: Header) -> tuple[list[Cell], int]:
    """A row's cells from `pos` to `stop` (the next State), as far as they are cells."""
    segment = text[pos:stop]
    dates = {d.start: (d.end, d.date) for d in find_dates(segment) if d.date.complete}
    for a, b, date in short_dates(segment):
        if not any(a < e and s < b for s, (e, _) in dates.items()):
            dates[a] = (b, date)
    kinds = {c.kind for c in header.columns}
    codes = {**{str(k): str(v) for k, v in words()["grid_type_codes"].items()}, **header.marks}
    code_rx = re.compile(r"\s*(?:\(?\s*(?P<code>" + "|".join(sorted(map(re.escape, codes), key=len, reverse=True))
                         + r")\s*\)?(?![\w'’])|\(\s*(?P<word>[A-Za-zÀ-ÿ]{4,20})\s*\)|(?P<note>\[\s*\d{1,2}\s*\]))")
    between, empty, note = pattern("grid_between"), pattern("grid_empty"), pattern("grid_note_words")
    cells: list[Cell] = []
    p = last = 0
    while True:
        m = between.match(segment, p)
        p = m.end() if m else p
        if p >= len(segment):
            break
        borders = m.group(0).count("|") if m else 0
        cells += [Cell("empty")] * max(0, borders - 1)  # "| |": a bordered cell left empty
        if p in dates:
            end, date = dates[p]
            mark = code_rx.match(segment, end) if "type" not in kinds else None
            code = (mark["code"] or mark["word"] or re.sub(r"\s", "", mark["note"] or "")) if mark else None
            cells.append(Cell("date", date, code))
            p = mark.end() if mark else end
        elif (e := empty.match(segment, p)) is not None:
            cells.append(Cell("empty"))
            p = e.end()
        elif "type" in kinds and (c := code_rx.match(segment, p) or _type_word(segment, p)) is not None:
            cells.append(Cell("type", code=(c.groupdict().get("code") or c.groupdict().get("word") or c.group(0))))
            p = c.end()
        elif "note" in kinds and (n := note.match(segment, p)) is not None:
            cells.append(Cell("note"))
            p = n.end()
        else:
            break
        last = p
    return cells, pos + last


def _type_word(segment: str, p: int) -> re.Match[str] | None:
    """A type cell written out ("Ratification", "Toetreding", "Adhesión")."""
    m = _TYPE_WORD.match(segment, p)
    if m and instrument_of(m.group(0)) not in (None, "entry_into_force", "signature"):
        return m
    return None


__all__ = ["GridRow", "grid_rows", "turned"]
