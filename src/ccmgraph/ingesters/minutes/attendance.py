"""The attendance table of minutes: rows of parties with their people and printed heading.

This module only reads what is printed (which heading a row falls under, in which blank-line
chunk, with which people); minutes_status.py decides what status each row really had.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from ccmgraph.records import Warning_, Quote
from ccmgraph.text.names import (has_honorific, is_person_line, is_role_line, split_names, split_party_line, split_person,
                                 strip_bullet)
from ccmgraph.ingesters.minutes.items import item_number
from ccmgraph.ingesters.minutes.entries import Person, party_runs, party_spans, person_first_spans, split_note
from ccmgraph.ingesters.minutes.lexicon import Lexicon
from ccmgraph.ingesters.minutes.text import is_footer, patterns

STATUSES = ("apologies_not_received", "apologies_received", "present")  # most specific heading first


@dataclass
class Row:
    """One party as printed: where, under which heading, with whom."""

    party: str
    kind: str
    key: str
    line: int
    heading: str
    chunk: int
    heading_chunk: int
    note: str | None = None
    people: list[Person] = field(default_factory=list)  # name and role, as written
    lines: list[str] = field(default_factory=list)


@dataclass
class Table:
    rows: list[Row]
    first: int  # 1-based line of the first heading
    last: int  # last line of the table
    warnings: list[Warning_]
    number: int | None  # the agenda number of the attendance heading ("1. PRESENT")
    lead: str = ""  # header text before a heading that opens mid-line ("... 11:30 hours 1. Present: ...")
    side_by_side: int | None = None  # line of two headings with nothing between them (columns read as lines)


@cache
def _heading() -> re.Pattern[str]:
    alternatives = "|".join(f"(?P<{s}>{patterns()['headings'][s]})" for s in STATUSES)
    return re.compile(
        rf"^\s*(?:(?P<number>\d{{1,2}})\.?\s+)?(?:{alternatives})\s*(?::\s*(?P<rest>.*)|\s*)$", re.IGNORECASE
    )


def match_heading(line: str) -> tuple[str, int | None, str] | None:
    """(status, agenda number, inline list) when the line is an attendance heading."""
    m = _heading().match(line)
    if not m:
        return None
    status = next(s for s in STATUSES if m.group(s))
    return status, int(m["number"]) if m["number"] else None, (m["rest"] or "").strip()


PROSE_WORDS = 8  # a line longer than this with PROSE_LOWER lower-case words is prose, not a list entry
PROSE_LOWER = 4


def _ends_table(text: str) -> bool:
    """An agenda heading or prose: the attendance table is over.

    Names and parties are capitalised; prose is not, even when a wrapped line lacks its full stop.
    """
    words = re.sub(r"\([^()]*\)", " ", text).split()  # a role in brackets is not prose
    prose = len(words) > PROSE_WORDS and sum(w[0].islower() for w in words) >= PROSE_LOWER
    return item_number(text) is not None or prose


@cache
def _loose_heading() -> re.Pattern[str]:
    """A heading without its colon, the entries after it ("Apologies not received Chile")."""
    alternatives = "|".join(f"(?P<{s}>{patterns()['headings'][s]})" for s in STATUSES)
    return re.compile(rf"^\s*(?:(?P<number>\d{{1,2}})\.?\s+)?(?:{alternatives})\s+(?P<rest>\S.*)$", re.IGNORECASE)


@cache
def _inner_heading() -> re.Pattern[str]:
    """A capitalised heading with its colon after other text on the line ("... hours 1. Present: X")."""
    alternatives = "|".join(f"(?P<{s}>{patterns()['headings'][s]})" for s in STATUSES)
    return re.compile(rf"^(?P<lead>.*?\S)\s+(?:(?P<number>\d{{1,2}})\.\s+)?(?=[A-Z])(?i:{alternatives})\s*:\s*(?P<rest>.*)$")


def find_heading(line: str, lexicon: Lexicon) -> tuple[str, int | None, str, str] | None:
    """(status, agenda number, inline list, text before the heading) of a heading line.

    Besides whole-line headings, reads a heading whose entries follow without a colon (only
    when every entry is a known party) and a capitalised heading with a colon that opens in the
    middle of a line, as when a PDF's header paragraph runs into the table.
    """
    head = match_heading(line)
    if head:
        return head[0], head[1], head[2], ""
    for pattern, lead in ((_loose_heading(), False), (_inner_heading(), True)):
        m = pattern.match(line)
        if not m:
            continue
        rest = m["rest"].strip()
        if not lead and not all(_entries(p, lexicon) for p in _top_level_pieces(rest, lexicon.known)):
            continue
        status = next(s for s in STATUSES if m.group(s))
        return status, int(m["number"]) if m["number"] else None, rest, m["lead"] if lead else ""
    return None


def _entries(piece: str, lexicon: Lexicon) -> list[tuple[int, int, str, str | None]]:
    """(start and end in the piece, party, note) of each entry of one piece of a list."""
    party = split_party_line(piece, lexicon.known)
    if party:
        return [(0, len(piece), *party)]
    return party_spans(piece, lexicon) or []


def read_table(lines: list[str], lexicon: Lexicon) -> Table | None:
    """Read the attendance table that starts at the first attendance heading, or None."""
    start = next((i for i, line in enumerate(lines) if find_heading(line, lexicon)), None)
    if start is None:
        return None
    rows: list[Row] = []
    warnings: list[Warning_] = []
    heading, chunk, heading_chunk, last, skip = "present", 0, 0, start, 0
    side_by_side: int | None = None
    _, number, _, lead = find_heading(lines[start], lexicon)  # type: ignore[misc]
    for index in range(start, len(lines)):
        raw, lineno = lines[index], index + 1
        if is_footer(raw):
            continue
        if not raw.strip():
            chunk += 1
            continue
        if index < skip:
            continue  # a line of a run-on list already read with its heading
        head = find_heading(raw, lexicon)
        if head:
            heading, chunk = head[0], chunk + 1
            heading_chunk, last = chunk, lineno
            flow = _run_on(lines, index, head[2], lexicon)
            skip, last = index + len(flow.numbers), flow.numbers[-1]
            sections = _sections(head[0], flow.text)
            if _within().search(flow.text) and not any(text for _, _, text in sections):
                side_by_side = lineno  # "PRESENT  APOLOGIES RECEIVED": the columns below interleave
            for heading, offset, text in sections:
                rows += _inline(text, offset, flow, heading, chunk, lexicon, warnings)
                chunk += 1
            chunk -= 1
            heading_chunk = chunk
            continue
        if index > start and _ends_table(raw):
            break
        last = lineno
        _read_line(strip_bullet(raw), raw, lineno, rows, heading, chunk, heading_chunk, lexicon, warnings)
    return Table(_merged(rows, warnings), start + 1, last, warnings, number, lead, side_by_side)


def _merged(rows: list[Row], warnings: list[Warning_]) -> list[Row]:
    """One row per party and heading: lists that write one person per line repeat the party
    ("Ms. A (Switzerland)", "Mr. B (Switzerland)"). A party under two headings is kept twice,
    with a warning: the table contradicts itself."""
    kept: dict[tuple[str, str], Row] = {}
    for row in rows:
        first = kept.setdefault((row.key, row.heading), row)
        if first is not row:
            first.people += [p for p in row.people if p not in first.people]
            first.lines += row.lines
            first.note = first.note or row.note
    for (key, heading), row in kept.items():
        others = [h for k, h in kept if k == key and h != heading]
        if others and heading == "present":
            warnings.append(Warning_(f"{row.party} is listed as present and under {others[0].replace('_', ' ')}",
                                     Quote("\n".join(row.lines), row.line)))
    return list(kept.values())


_CELL = re.compile(r"\s*[|\t]\s*")


def _read_line(text: str, raw: str, lineno: int, rows: list[Row], heading: str, chunk: int,
               heading_chunk: int, lexicon: Lexicon, warnings: list[Warning_]) -> None:
    cells = [c for c in _CELL.split(text.strip()) if c]
    if len(cells) > 1 and all(lexicon.known(c) for c in cells):  # "Chile | Ecuador | ICRC": a row of parties
        rows += [_party_row((c, None), raw.strip(), lineno, heading, chunk, heading_chunk, lexicon) for c in cells]
        return
    party = split_party_line(text, lexicon.known)
    if party is not None:
        rows.append(_party_row(party, raw.strip(), lineno, heading, chunk, heading_chunk, lexicon))
        return
    runs = party_runs(text, lexicon) or [(p, n) for _, _, p, n in person_first_spans(text, lexicon, separated=True) or []]
    if runs:
        rows += [_party_row(entry, raw.strip(), lineno, heading, chunk, heading_chunk, lexicon) for entry in runs]
        return
    if rows and is_person_line(text):
        rows[-1].people.append(split_person(text))
        rows[-1].lines.append(raw.strip())
    elif rows and is_role_line(text):
        people = rows[-1].people
        if people:  # a job title on the line below its person ("Counsellor")
            people[-1] = (people[-1][0], f"{people[-1][1]}, {text}" if people[-1][1] else text)
        rows[-1].lines.append(raw.strip())
    else:
        warnings.append(Warning_(f"attendance line not read as a party or a person: {text!r}",
                                 Quote(raw.strip(), lineno)))


@cache
def _within() -> re.Pattern[str]:
    """A capitalised heading inside a list written on one line ("... Ms. G. Gee Apologies received X")."""
    alternatives = "|".join(f"(?P<{s}>{patterns()['headings'][s]})" for s in STATUSES)
    return re.compile(rf"(?<![\w.])(?=[A-Z])(?i:{alternatives})(?![\w-])\s*:?")


@dataclass
class Flow:
    """A list that runs on from its heading's line over the lines below it, as one text."""

    text: str
    numbers: list[int]  # 1-based line of each part
    starts: list[int]  # offset of each part in `text`

    def line_at(self, offset: int) -> int:
        return self.numbers[max(0, bisect.bisect_right(self.starts, offset) - 1)]


def _run_on(lines: list[str], index: int, inline: str, lexicon: Lexicon) -> Flow:
    """The heading's inline list, joined with the lines that continue it.

    A list that names people on its heading's line ("Present: Sri Lanka H.E. Mr. X Ms.") is
    written as one run, which the PDF's text may wrap anywhere, even inside a name; it goes
    on to the next blank line, agenda item, prose or heading at the start of a line. Any other
    inline list is the heading's line alone.
    """
    flow = Flow(inline, [index + 1], [0])
    if not inline or not has_honorific(inline):
        return flow
    for number in range(index + 2, len(lines) + 1):
        line = lines[number - 1]
        if is_footer(line):
            continue
        if not line.strip() or _ends_table(line) or match_heading(line):
            break
        flow.starts.append(len(flow.text) + 1)
        flow.numbers.append(number)
        flow.text += " " + line.strip()
    return flow


def _sections(status: str, text: str) -> list[tuple[str, int, str]]:
    """A heading's inline list cut at the headings that follow inside it, each with its status
    and offset."""
    found: list[tuple[str, int, str]] = []
    position = 0
    for m in _within().finditer(text):
        found.append((status, position, text[position : m.start()]))
        status, position = next(s for s in STATUSES if m.group(s)), m.end()
    found.append((status, position, text[position:]))
    return [(s, o + len(t) - len(t.lstrip()), t.strip()) for s, o, t in found if t.strip() or s == found[-1][0]]


def _inline(text: str, offset: int, flow: Flow, heading: str, chunk: int, lexicon: Lexicon,
            warnings: list[Warning_]) -> list[Row]:
    """Rows of a whole list written with its heading ("Present: Australia, Austria, ..."); the
    section starts at `offset` of the flow, which tells each row its line.

    A list that names people by their honorifics is read whole by the registry of parties
    (its commas belong to people's roles), party first or person first; any other list is cut
    at its commas first.
    """
    spans = (party_spans(text, lexicon) or person_first_spans(text, lexicon)) if has_honorific(text) else None
    if spans:
        return [_party_row((party, note), text[a:b].strip(), flow.line_at(offset + a), heading, chunk, chunk, lexicon)
                for a, b, party, note in spans]
    rows = []
    position = 0
    for piece in _top_level_pieces(text, lexicon.known):
        at = offset + max(0, text.find(piece, position))
        position = at - offset + len(piece)
        entries = _entries(piece, lexicon)
        if not entries:
            warnings.append(Warning_(f"attendance entry not recognised: {piece!r}", Quote(text, flow.line_at(at))))
        rows += [_party_row((party, note), piece[a:b].strip(), flow.line_at(at + a), heading, chunk, chunk, lexicon)
                 for a, b, party, note in entries]
    return rows


def _party_row(party: tuple[str, str | None], written: str, lineno: int, heading: str, chunk: int,
               heading_chunk: int, lexicon: Lexicon) -> Row:
    """A row for a recognised party; what stands beside it is its people or else its role note."""
    name, note = party
    kind, key = lexicon.identify(name) or ("unknown", name)
    role, people = split_note(note) if note else (None, [])
    return Row(lexicon.canonical_name(name), kind, key, lineno, heading, chunk, heading_chunk,
               role, people, [written])


def _top_level_pieces(text: str, known: Callable[[str], bool]) -> list[str]:
    """Split a one-line list at commas and "and" outside brackets, keeping "X and Y" States whole."""
    depth, pieces, current = 0, [], ""
    for char in text.strip().rstrip("."):
        depth += char == "("
        depth -= char == ")"
        if char in ",;" and depth == 0:
            pieces.append(current)
            current = ""
        else:
            current += char
    pieces.append(current)
    out: list[str] = []
    for piece in (p.strip() for p in pieces if p.strip()):
        out += [piece] if "(" in piece else split_names(piece, known)
    return out
