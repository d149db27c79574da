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
from dataclasses import dataclass
from functools import cache
from itertools import combinations

from ccmgraph.ingesters.flat.dates import find_dates
from ccmgraph.ingesters.flat.states import StateSpan
from ccmgraph.ingesters.treaty_status.foreign import table_state_spans
from ccmgraph.ingesters.treaty_status.legend import read_legend
from ccmgraph.ingesters.treaty_status.shortdates import short_dates
from ccmgraph.ingesters.treaty_status.table import plausible
from ccmgraph.ingesters.treaty_status.words import compiled, instrument_of, words
from ccmgraph.records import PartialDate

#: Columns whose cells are dates ("own": the convention's own, such as its adoption).
DATED = ("signature", "consent", "entry_into_force", "end", "provisional", "own")
#: How far the first row may stand after the header (characters of blank and borders).
FIRST_ROW_GAP = 12
#: Steps that follow a signature (a State that did not sign accedes).
AFTER_SIGNATURE = ("ratification", "acceptance", "approval")

Pairs = list[tuple[str, PartialDate]]
_TYPE_WORD = re.compile(r"[A-Za-zÀ-ÿ]{5,30}(?![\w])")
_MARK = re.compile(r"\s*\([A-Za-z]{1,3}\)")


@dataclass(frozen=True)
class Column:
    """One column of the header: what its cells hold, and its heading as written."""

    kind: str  # one of DATED, "type" or "note"
    words: str


@dataclass(frozen=True)
class Header:
    """The header row: its columns in order, where it ends, and the marks its legend defines."""

    columns: tuple[Column, ...]
    start: int
    end: int
    marks: dict[str, str]


@dataclass(frozen=True)
class Cell:
    """A cell of a row: a date (with the mark written after it), a type, an empty cell or a note."""

    kind: str  # "date", "type", "empty" or "note"
    date: PartialDate | None = None
    code: str | None = None


@dataclass(frozen=True)
class GridRow:
    """A row: its State as the name tables know it, where it stands, its steps or why not."""

    state: str
    start: int
    end: int
    steps: Pairs | str


@cache
def _column_patterns() -> list[tuple[str, re.Pattern[str]]]:
    # a heading ends where a lower-case letter does not follow ("RatificatieO=...": glued legend)
    return [(kind, re.compile(rf"(?:{rx})(?-i:(?![a-zà-ÿ]))", re.IGNORECASE))
            for kind, rx in words()["grid_columns"].items()]


@cache
def _rx(name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(str(words()[name]), flags)


@cache
def _line_start_state() -> re.Pattern[str]:
    """A State column's word at a line's start (after blanks or a border): where a header opens."""
    rx = str(words()["grid_columns"]["state"])
    return re.compile(rf"^[ \t|]*(?P<word>{rx})(?-i:(?![a-zà-ÿ]))", re.IGNORECASE | re.MULTILINE)


def find_header(text: str) -> Header | None:
    """The first header row of `text`: a State column word at a line's start, then column words
    only, with a State's row right after them."""
    for m in _line_start_state().finditer(text):
        if text[m.start("word")].islower():
            continue
        columns, end = _columns_after(text, m.end("word"))
        if not any(c.kind in ("signature", "consent") for c in columns) or len(columns) < 2:
            continue
        first = table_state_spans(text[end : end + FIRST_ROW_GAP + 80])
        if first and first[0].start <= FIRST_ROW_GAP and not text[end : end + first[0].start].strip(" \t\n|"):
            return Header(tuple(columns), m.start("word"), end, read_legend(text[m.start("word") : end]).marks)
    return None


def _columns_after(text: str, pos: int) -> tuple[list[Column], int]:
    """The columns a header names from `pos`, up to the first word that is no column word."""
    columns: list[Column] = []
    since, end = pos, pos
    legend, filler, joint = _rx("grid_legend", 0), _rx("grid_filler"), _rx("grid_joint")
    patterns = [(k, rx) for k, rx in _column_patterns() if k != "state"]
    while True:
        p = pos + len(text[pos:]) - len(text[pos:].lstrip())
        hit = next(((k, rx.match(text, p)) for k, rx in patterns if rx.match(text, p)), None)
        if hit and hit[1]:
            kind, m = hit[0], hit[1]
            stop = m.end()
            if stop - 2 > m.start() and text[stop - 1].isupper() and text[stop - 2].islower():
                stop -= 1  # "RatificationS=...": the capital is a legend's code glued to the heading
            gap = re.sub(r"\([A-Za-z]{1,3}\)|\*", "", text[since:p])
            marked = _MARK.match(text, stop) is not None or _MARK.search(columns[-1].words) is not None if columns else False
            # kinds of deposit joined by "," or "or", or listed with their marks ("Ratifikation
            # Beitritt (B) Nachfolgeerklärung (N)"), are one column whose cells the marks tell apart
            if kind == "consent" and columns and columns[-1].kind == "consent" and (joint.fullmatch(gap) or marked):
                columns[-1] = Column("consent", columns[-1].words + text[since:stop])
            else:
                columns.append(Column(kind, text[p:stop]))
            pos = since = end = stop
            mark = _MARK.match(text, pos)
            if mark:  # "Accession(a)": the mark is part of its heading
                columns[-1] = Column(columns[-1].kind, columns[-1].words + mark.group(0))
                pos = since = end = mark.end()
            continue
        if (code := legend.match(text, p)) is not None:
            pos = _legend_end(text, code.end(), patterns)
            continue
        skip = filler.match(text, p)
        if skip and skip.end() > p:
            pos = end = skip.end()
            continue
        return columns, end


def _legend_end(text: str, pos: int, patterns: list[tuple[str, re.Pattern[str]]]) -> int:
    """Where a legend entry that starts its words at `pos` ends: before the next code ("T=")
    or the next heading that is no kind of deposit ("In werking", "Entry into force")."""
    legend = _rx("grid_legend", 0)
    for word in re.finditer(r"\S+", text[pos : pos + 200]):
        at = pos + word.start()
        if at > pos and (legend.match(text, at) or any(k in ("entry_into_force", "end", "provisional") and rx.match(text, at)
                                                        for k, rx in patterns)):
            return at
        glued = legend.search(word.group(0))  # "requirementR=..." never; "RatificatieO=" only
        if glued and glued.start() > 0 and at + glued.start() > pos:
            return at + glued.start()
    return pos + len(text[pos : pos + 200].rstrip("\n").split("\n")[0])


def grid_rows(text: str, closed: PartialDate | None = None, *, signable: bool = True) -> list[GridRow] | None:
    """The rows of the first table of `text` whose header row names its columns, or None when
    it has none; `closed` is the day the convention closed for signature, if it had one, and
    `signable` whether it was ever open for signature (Protocol V was not)."""
    header = find_header(text)
    if header is None:
        return None
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
        steps = _place(cells, header, closed)
        if not signable and isinstance(steps, list) and any(step == "signature" for step, _ in steps):
            steps = "a signature of a convention never open for signature"
        if (rest.strip() and find_dates(rest)) or on_line.strip(" \t|"):
            steps = f"a cell the header does not explain ({' '.join(rest.split())[:40]!r})"
        rows.append(GridRow(state, span.start, end, steps))
        if stop < len(text):  # inside the table: a row whose name no table knows is said, not dropped
            rows += _unknown_rows(text, end, stop, header, closed)
        taken = end
        if rest.strip(" \t\n|") and not find_dates(rest):
            break  # prose after the table's last row
    return rows or None


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


def _unknown_rows(text: str, start: int, stop: int, header: Header, closed: PartialDate | None) -> list[GridRow]:
    """Lines between two rows that look like rows of States the name tables do not know
    ("Nederlanden, het Koninkrijk der 18-09-1997"): kept as unreadable rows, with the reason."""
    out = []
    pos = start
    for line in text[start:stop].split("\n"):
        head = re.match(r"\s*([A-ZÀ-Þ][^\d\n|]{2,60}?)\s*\|?\s*(?=\d)", line)
        if head and (_date_at(line, head.end()) or _date_at(line, head.end(1))):
            written = head[1].strip()
            name = turned(written)
            if name is None:
                out.append(GridRow(written, pos, pos + len(line), "a State the name tables do not know"))
            else:  # an inverted name read turned round, its cells under the header as any row's
                cells, end = _cells(text, pos + head.end(), pos + len(line), header)
                out.append(GridRow(name, pos, end, _place(cells, header, closed) if cells else "no cell"))
        pos += len(line) + 1
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
    tail = _rx("grid_state_tail").match(text, span.end)
    end = tail.end() if tail else span.end
    note = _rx("grid_footnote").match(text, end)
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
    between, empty, note = _rx("grid_between"), _rx("grid_empty"), _rx("grid_note_words")
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


def _meaning(code: str, marks: dict[str, str]) -> str | None:
    """The step a mark, type code or type word names ("a", "T", "adesão"), or None."""
    codes = {**{str(k): str(v) for k, v in words()["grid_type_codes"].items()}, **marks}
    return codes.get(code) or instrument_of(code)


def _fits(cell: Cell, column: Column, marks: dict[str, str]) -> bool:
    """Whether a cell may stand under a column: a date under a date column, a date marked as an
    instrument ("9 Apr 2013 a") under the deposit's column only, and under a column other than
    the deposit's whose heading carries a mark ("Provisional application(n)") only a date with it."""
    if cell.kind == "empty":
        return True
    if cell.kind == "date":
        meaning = _meaning(cell.code, marks) if cell.code else None
        if meaning not in (None, "provisional"):
            return column.kind == "consent"
        heading_mark = _MARK.search(column.words)
        if heading_mark and column.kind != "consent":
            return cell.code == heading_mark.group(0).strip(" ()")
        return column.kind in DATED
    return cell.kind == column.kind


def _place(cells: list[Cell], header: Header, closed: PartialDate | None) -> Pairs | str:
    """The row's steps: its cells laid under the columns in order, the one way the field allows."""
    columns = header.columns
    if "provisional" not in {c.kind for c in columns}:
        # a date marked as provisional application ("2 Sep 2014 n") fills no column of the steps
        cells = [c for c in cells if not (c.code and header.marks.get(c.code) == "provisional")]
    if len(cells) > len(columns):
        return f"{len(cells)} cells where the header has {len(columns)} columns"
    ways: list[Pairs] = []
    for under in combinations(range(len(columns)), len(cells)):
        if all(_fits(c, columns[i], header.marks) for c, i in zip(cells, under)):
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
    own = _heading_step(column, signed, "signature" in {c.kind for c in header.columns})
    if code:
        meaning = _meaning(code, header.marks)
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
        return meaning
    return own


def _heading_step(column: Column, signed: bool, has_signature: bool) -> str:
    """What an unmarked date under a consent heading is: the one step the heading names
    unmarked ("Ratification, Acceptance(A), Accession(a)": ratification), for "Ratification or
    accession" the one the row's signature decides, else a consent to be bound."""
    unmarked = re.sub(r"[A-Za-zÀ-ÿ]+\s*\([A-Za-z]{1,3}\)", " ", column.words)
    named = [k for k, rx in compiled("instruments").items() if rx.search(unmarked) and k != "provisional"]
    if not named:  # "Accession(a)" alone: the heading's own step
        named = [k for k, rx in compiled("instruments").items() if rx.search(column.words) and k != "provisional"]
    if len(named) == 1:
        return named[0]
    if set(named) == {"ratification", "accession"} and has_signature:
        return "ratification" if signed else "accession"
    return str(words()["several_instruments"])


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
    if closed is not None:
        if any(s == "signature" and d > closed for s, d in pairs):
            return False
        if any(s == "accession" and d < closed for s, d in pairs):
            return False
    return True




def heading_of(line: str) -> Column | None:
    """The one column a line names when it is nothing but a heading ("Ratificatie",
    "Date of signature"), else None (for status boxes, whose labels stand one a line)."""
    columns, end = _columns_after(line, 0)
    return columns[0] if len(columns) == 1 and not line[end:].strip(" \t:*") else None


def step_of(column: Column, *, signed: bool) -> str | None:
    """The step a dated column stands for, or None for the dates that are no State's step
    (denunciation, provisional application, the convention's own adoption)."""
    if column.kind == "consent":
        return _heading_step(column, signed, True)
    return column.kind if column.kind in ("signature", "entry_into_force") else None


__all__ = ["Column", "GridRow", "Header", "find_header", "grid_rows", "heading_of", "step_of"]
