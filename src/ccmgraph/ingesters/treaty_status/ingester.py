"""Ingester for treaty status tables, gazette notices and status prose (kind "treaty-status").

A document gives, per State, the dated steps of its participation in one convention:
signature, ratification / accession / acceptance / approval / succession (or a consent to be
bound), entry into force. A table whose header row names its columns, in any order, language
or flattening, is read by grid.py; a list of States and dates with no header row (the
Monitor's "the first date is signature") by table.py under its legend (legend.py); a status box
of one State by box.py; sentences and formal notices by prose.py. Dates are the document's own:
a disagreement with ingest/reference/treaty_status.csv is for the graph to show, not for the
reader to settle. A table that cannot be read with confidence is refused whole.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import ClassVar, cast, get_args

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.records import ActorRef, PartialDate, Quote, Record, TreatyEvent, TreatyEventKind, Warning_
from ccmgraph.ingesters.flat.about import convention_of
from ccmgraph.ingesters.flat.dates import find_dates
from ccmgraph.ingesters.flat.states import state_spans, unglue
from ccmgraph.ingesters.treaty_status.box import box_steps
from ccmgraph.ingesters.treaty_status.foreign import table_state_spans
from ccmgraph.ingesters.treaty_status.meetings import page_meetings
from ccmgraph.ingesters.treaty_status.mojibake import repaired
from ccmgraph.ingesters.treaty_status.sections import Sections
from ccmgraph.ingesters.treaty_status.grid import grid_rows
from ccmgraph.ingesters.treaty_status.legend import read_legend
from ccmgraph.ingesters.treaty_status.lists import listed_steps
from ccmgraph.ingesters.treaty_status.prose import Stated, listed, read_prose
from ccmgraph.ingesters.treaty_status.titles import titled_instruments
from ccmgraph.ingesters.treaty_status.table import Row, dominant_shape, plausible, read_row, steps
from ccmgraph.ingesters.treaty_status.words import signature_closed, words

#: Rows a run of State-and-dates needs before it counts as a table.
MIN_ROWS = 3
#: The claim on prose that lists States with the dates of one step ("have ratified: Ukraine
#: (December 2005), Haiti (February 2006) ..."): above news, which reads the same prose.
LISTED = 0.45
#: A page of labelled lists of States claims LISTED with at most this many lines of prose
#: (lines of PROSE_WORDS words or more).
LIST_PAGE_PROSE = 2
PROSE_WORDS = 10
#: The claim on a country profile ("Mine Ban Policy") that states two or more dated steps:
#: above a meeting page's claim on the meetings it mentions in passing.
PROFILE_STEPS = 0.45
#: A gazette's print of a State's instrument, its title naming the step and the State (titles.py).
TITLED = 0.45
#: The claim on a page whose status box gives one State's dated steps (a national society's
#: page on the convention): above news, which reads the same page's prose.
BOX = 0.7
#: Lines a country profile's heading may stand in (an archived Monitor page puts its site
#: menu first: "About Us", "The Issues", ... "Country Reports").
PROFILE_HEAD_LINES = 16
#: Rows with dates looked at for the table's header (captions and prose may come first).
HEADER_SEARCH = 10
#: Share of a table's rows that may be unreadable before the table is refused whole.
MAX_UNREADABLE = 0.2
#: The claim on a run of States and dates no header explains (another kind's list, e.g. of
#: overdue reports with their due dates, reads it if it can; else it is refused here).
UNREADABLE_TABLE = 0.35
#: The claim on a short text stating two or more dated steps of one State ("Namibia signed on
#: ..., ratified on ..., and it entered into force for Namibia on ..."), that no other kind
#: claims: just above the threshold, so any other kind's claim wins, but such a press note is
#: read rather than refused.
ONE_STATES_STEPS = 0.35


class TreatyStatusIngester:
    """Reads who signed, ratified, acceded and when, as a status document states it."""

    kinds: ClassVar[tuple[str, ...]] = ("treaty-status",)

    def sniff(self, doc: Document) -> float:
        """High for a status table of a convention; middling for a notice or status prose."""
        text = status_text(doc)
        if convention_of(text) is None or not re.search(words()["marks_of_kind"], text, re.IGNORECASE):
            return 0.0
        grid = grid_rows(text) or []
        if len(grid) >= MIN_ROWS:
            return min(1.0, 0.6 + 0.05 * len(grid))
        rows = [r for r in _rows(text) if r.cells]
        if len(rows) >= MIN_ROWS:
            if not _readable(text, rows) or _heads_another_list(text, rows):
                return UNREADABLE_TABLE
            return min(1.0, 0.6 + 0.05 * len(rows))
        if len(box_steps(text)) >= 2:
            return BOX  # a State's status box: its dated steps under labels
        stated = list(read_prose(text, None))
        if not stated:
            # a status page of labelled lists ("Signatories (3) / Angola, Kenya, Liberia") and
            # hardly any prose (else it is news that lists them in passing)
            prose = sum(1 for line in doc.lines if len(line.split()) >= PROSE_WORDS)
            if prose <= LIST_PAGE_PROSE and listed_steps(doc, convention_of(text) or ""):
                return LISTED
            if next(titled_instruments(text), None) is not None:
                return TITLED
            return 0.0
        notice = any(s.event and re.search(words()["notice_words"], text[s.start : s.end])
                     for s in stated)
        if len({s.state for s in listed(text)}) >= MIN_ROWS:
            return LISTED  # a sentence listing States each with its date is a status statement
        if notice or _heading(doc, "status_headings"):
            return 0.7 if notice else 0.45
        if _heading(doc, "profile_headings", PROFILE_HEAD_LINES):
            # a ban policy profile that states a State's steps one by one is its status record
            return PROFILE_STEPS if len({s.event for s in stated}) >= 2 else 0.35
        if max(Counter(state for state, _ in {(s.state, s.event) for s in stated}).values()) >= 2:
            return ONE_STATES_STEPS
        return 0.2

    def extract(self, doc: Document, *, meeting_date: PartialDate | None = None) -> Iterator[Record]:
        """Yield one TreatyEvent per State, step and date; refuse a table read only in part."""
        text = status_text(doc)
        convention = convention_of(text)
        if convention is None:
            raise ExtractionError(f"{doc.name}: names none of the conventions (CCM, APMBC, CCW Protocol V)")
        found: list[tuple[str, str, PartialDate, int, int]] = []  # state, step, date, start, end
        warnings: list[Warning_] = []
        grid = grid_rows(text, signature_closed(convention), signable=convention in words()["signature_closed"]) or []
        if len(grid) < MIN_ROWS:
            grid = []
        rows = [] if grid else [r for r in _rows(text) if r.cells]
        taken: list[tuple[int, int]] = [(r.start, r.end) for r in grid]
        if grid:
            found += _keep(doc.name, text, [(r.state, r.start, r.end, r.steps) for r in grid], warnings)
        if len(rows) >= MIN_ROWS:
            found += _table(doc.name, text, rows, warnings, convention)
            taken = [(r.state.start, r.end) for r in rows]
        boxed = [(b.state, b.event, b.date, b.start, b.end) for b in box_steps(text)
                 if not any(a <= b.start < z for a, z in taken)]
        found += boxed
        taken += [(b[3], b[4]) for b in boxed]
        tables = len(found)
        found += [(s.state, s.event, s.date, s.start, s.end) for s in read_prose(text, page_state(doc))
                  if not any(a <= s.start < b for a, b in taken)]
        if not found and (lists := listed_steps(doc, convention)):
            yield from lists  # "States Parties (by region) / Africa (17) / ...": its only steps, undated
            yield from page_meetings(doc, convention)
            yield from warnings
            return
        if not found and (titled := list(titled_instruments(text))):
            for t in titled:  # an instrument printed whole: its step, not the day it was deposited
                yield TreatyEvent(ActorRef(t.state, "state"), convention, _kind(t.event), None,
                                  _quote(text, t.start, t.end))
            yield from page_meetings(doc, convention)
            yield from warnings
            return
        if not found:
            raise ExtractionError(f"{doc.name}: no State with a dated signature, ratification, accession "
                                  "or entry into force found")
        sections = Sections(text, convention)
        dated = [(f, convention if i < tables else sections.of_sentence(text, f[3])) for i, f in enumerate(found)]
        seen: set[tuple[str, str, str, PartialDate]] = set()
        for (state, step, date, start, end), about in sorted(dated, key=lambda d: d[0][3]):
            key = (state, about, step, date)
            if key in seen:
                continue
            seen.add(key)
            yield TreatyEvent(ActorRef(state, "state"), about, _kind(step), date, _quote(text, start, end))
        yield from page_meetings(doc, convention)
        yield from warnings


def prose_events(doc: Document, text: str, convention: str,
                 read: Callable[[str, str | None], Iterable[Stated]] = read_prose) -> Iterator[TreatyEvent]:
    """The dated steps a page's sentences and notices state (or those `read` reads), each once,
    each of the convention its passage is about (for pages of another kind that also say who
    joined when)."""
    sections = Sections(text, convention)
    seen: set[tuple[str, str, str, PartialDate]] = set()
    for s in read(text, page_state(doc)):
        about = sections.of_sentence(text, s.start)
        if (s.state, about, s.event, s.date) not in seen:
            seen.add((s.state, about, s.event, s.date))
            yield TreatyEvent(ActorRef(s.state, "state"), about, _kind(s.event), s.date, _quote(text, s.start, s.end))


def status_text(doc: Document) -> str:
    """The document's lines unglued, a capital mark split from the next State, an ordinal
    first of the month ("1° marzo") a plain day, the Spanish cut of August spelt out (line breaks kept, so quotes keep their line numbers)."""
    text = repaired("\n".join(unglue(line) for line in doc.lines))
    text = re.sub(words()["glued_mark"], r"\1 ", text)
    text = re.sub(words()["first_of_month"], "1", text)
    text = re.sub(words()["ordinal_day"], r"\1", text)
    return re.sub(words()["spanish_august"], r"\1 agosto \2", text, flags=re.IGNORECASE)


def _rows(text: str) -> list[Row]:
    spans = table_state_spans(text)
    marks = dict(words()["default_marks"])
    first = [read_row(text, s, nxt.start if nxt else len(text), marks)
             for s, nxt in zip(spans, [*spans[1:], None])]
    with_cells = [r for r in first if r.cells]
    if not with_cells:
        return []
    # the table starts at its header: a State dated above it (a photo caption, "Lao PDR 3 Dec
    # 2008") is no row of it
    head = next((r for r in with_cells[:HEADER_SEARCH] if _under_header(text, r.state.start)), with_cells[0])
    legend = read_legend(text[: head.state.start])
    return [read_row(text, s, nxt.start if nxt else len(text), legend.marks)
            for s, nxt in zip(spans, [*spans[1:], None]) if s.start >= head.state.start]


def _under_header(text: str, at: int) -> bool:
    """Whether a header naming columns stands right above `at`: the words before it on its
    line, or on the last filled line above, hold no date (a row above is no header)."""
    before = text[:at].rstrip(" \t")
    lines = before.split("\n")
    near = lines[-1] if lines[-1].strip() else next((ln for ln in reversed(lines) if ln.strip()), "")
    return not find_dates(near) and read_legend(text[:at]).known


def _readable(text: str, rows: list[Row]) -> bool:
    """Whether the header's legend, or every cell's own word, says which date is which step."""
    return read_legend(text[: rows[0].state.start]).known or all(c.said for r in rows for c in r.cells)


def _heads_another_list(text: str, rows: list[Row]) -> bool:
    """Whether the lines right above the table say it lists something else (overdue reports)."""
    above = [line for line in text[: rows[0].state.start].split("\n") if line.strip()][-3:]
    return re.search(words()["other_lists"], "\n".join(above), re.IGNORECASE) is not None


def _table(name: str, text: str, rows: list[Row], warnings: list[Warning_],
           convention: str) -> list[tuple[str, str, PartialDate, int, int]]:
    legend = read_legend(text[: rows[0].state.start])
    if not _readable(text, rows):
        raise ExtractionError(f"{name}: a table of States and dates whose header does not say which date is which")
    last = rows[-1]
    if not text[last.end :].strip() and last.shape != dominant_shape(rows):
        warnings.append(Warning_(f"{name}: the last row ({last.state.written}) ends with the document; left out "
                                 "as cut", _quote(text, last.state.start, last.end)))
        rows = rows[:-1]
    closed = signature_closed(convention)
    return _keep(name, text, [(row.state.written, row.state.start, row.end, steps(row, legend, closed)) for row in rows],
                 warnings)


Read = tuple[str, int, int, "list[tuple[str, PartialDate]] | str"]  # State, start, end, steps or why not


def _keep(name: str, text: str, rows: list[Read], warnings: list[Warning_]) -> list[tuple[str, str, PartialDate, int, int]]:
    """The steps of each readable row; a row that is not is left out with a warning, and a
    table with too many such rows is refused whole."""
    out: list[tuple[str, str, PartialDate, int, int]] = []
    unreadable = 0
    for state, start, end, pairs in rows:
        why = pairs if isinstance(pairs, str) else plausible(pairs)
        if why is not None:
            unreadable += 1
            warnings.append(Warning_(f"{name}: row of {state} left out: {why}", _quote(text, start, end)))
            continue
        assert not isinstance(pairs, str)
        out += [(state, step, date, start, end) for step, date in pairs]
    if unreadable > MAX_UNREADABLE * len(rows):
        raise ExtractionError(f"{name}: {unreadable} of {len(rows)} rows of the status table cannot be read one "
                              "way only; refused whole")
    return out


def _kind(step: str) -> TreatyEventKind:
    """A step name of the data files as the record's kind (the data may only name known kinds)."""
    if step not in get_args(TreatyEventKind):
        raise ExtractionError(f"treaty_status.yml names an unknown kind of step {step!r}")
    return cast(TreatyEventKind, step)


def _quote(text: str, start: int, end: int) -> Quote:
    line = text.count("\n", 0, start) + 1
    return Quote(" ".join(text[start:end].split())[:300], line)


def page_state(doc: Document) -> str | None:
    """The State a page is about: the only one its first lines (title, headings) name."""
    heads = "\n".join([unglue(line) for line in doc.lines if line.strip()][:3])
    named = {s.iso3: s.written for s in state_spans(heads)}
    return next(iter(named.values())) if len(named) == 1 else None


def _heading(doc: Document, which: str, lines: int = 10) -> bool:
    """Whether one of the first `lines` lines is a short heading of the kind `which` names."""
    heads = [line for line in doc.lines if line.strip()][:lines]
    return any(len(h) < 80 and re.search(words()[which], h, re.IGNORECASE) for h in heads)


__all__ = ["Stated", "TreatyStatusIngester", "page_state", "prose_events", "status_text"]
