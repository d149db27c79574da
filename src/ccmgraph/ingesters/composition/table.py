"""Coordinator tables, one entry per line or a whole table on one line.

"Coordinators State Period President Costa Rica 5MSP President-designate Croatia 1RC General
status and operation of the Convention Netherlands 2014-2015 Lebanon 2014-2016 ...", or one cell
a line: the registry of States cuts the run; the words before a State (since the last cell) are its
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
from ccmgraph.resolve.actors import find_actor_names

_CONNECTOR = re.compile(r"^[\s,;|&]*(?:(?:and|the|&)\s+)*[\s,;|]*$", re.IGNORECASE)


_THEMED_ROLES = ("co-chair", "co-rapporteur")


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
        if not written.strip():  # one cell a line: the label is the last line before the State
            written = next((line for line in reversed(between.split("\n")) if line.strip()), "")
        if not _CONNECTOR.match(written):
            theme_above = label.theme if label and label.role in _THEMED_ROLES else None
            label = _label(rx("heading_words").sub("", written.strip()), convention)
            if label and label.role in _THEMED_ROLES and label.theme is None:
                label.theme = theme_above  # "... Co-Chairs A B Co-Rapporteurs C D": one committee
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


def other_posts(text: str, start: int, end: int, convention: str) -> Iterator[Mandate]:
    """The posts organisations hold in a table ("Executive Coordinator & Interim ISU UNDP-BCPR")."""
    region = text[start:end]
    for m in rx("other_posts").finditer(region):
        found = [f for f in find_actor_names(region[m.end() : m.end() + 80]) if f[0] == 0 and f[2] == "organisation"]
        if not found:
            continue
        holder = found[0][1]
        quote = Quote(" ".join(region[m.start() : m.end() + len(holder)].split()), _line(text, start + m.start()))
        yield Mandate(ActorRef(holder, "organisation"), "other", quote, convention,
                      " ".join(m["label"].split()))


def member_rows(text: str, start: int, end: int, convention: str) -> Iterator[Mandate]:
    """The organisations a committee's table lists as members ("Representatives CMC", "Representatives
    CMC ICRC UN"), where the page names the committee it composes (the convention's Coordination
    Committee): those listed right after the label, up to anything that is not one. A page that
    says they sit with observer status gives them none: an observer is no member."""
    body = words()["committee_member_bodies"].get(convention)
    if not body or body.lower() not in text.lower() or rx("observer_status").search(text):
        return
    region = text[start:end]
    for m in rx("member_rows", re.MULTILINE).finditer(region):
        pos = m.end()
        while True:
            line_end = region.find("\n", pos)
            cell = region[pos : line_end if line_end >= 0 else len(region)]
            found = [f for f in find_actor_names(cell) if f[0] == 0 and f[2] == "organisation"]
            if not found or not re.match(r"(?:\W|$)", cell[len(found[0][1]) :]):
                break
            holder = found[0][1]
            quote = Quote(" ".join(region[m.start() : pos + len(holder)].split()), _line(text, start + m.start()))
            yield Mandate(ActorRef(holder, "organisation"), "committee-member", quote, convention, body, body=body)
            gap = rx("member_rows_gap", 0).match(region, pos + len(holder))
            pos = gap.end() if gap else pos + len(holder)


def _label(written: str, convention: str) -> Label | None:
    if not written:
        return None
    if rx("skip_labels").search(written):
        return Label(None)
    for role, pattern in words()["roles"].items():
        if re.fullmatch(rf"(?:the\s+)?(?:{pattern})", written, re.IGNORECASE):
            return Label(role)
        # "Standing Committee on Victim Assistance Co-Chairs": a theme, then its role
        titled = re.fullmatch(rf"(?P<theme>.+?)\s*[:,–-]?\s+(?:{pattern})", written, re.IGNORECASE)
        if titled and role in ("co-chair", "co-rapporteur") and is_theme(titled["theme"], convention):
            return Label(role, " ".join(titled["theme"].split()))
    if is_theme(written, convention):
        return Label("coordinator", " ".join(written.split()))
    return None


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
