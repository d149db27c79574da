"""Ingester for composition pages, coordinator tables, committee pages and coordinator logs
(kind "composition").

Mandates come from three readers: coordinator tables (table.py, one entry per line or a
whole table on one line), committee pages (committee.py) and sentences (prose.py). The
convention is the one the page is about, or the one whose body a committee is. Numbered
meetings the page names come along (flat/meetings.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.records import Mandate, Meeting, PartialDate, Record, Warning_
from ccmgraph.ingesters.composition.committee import committee_convention, has_committee_heading, read_committee
from ccmgraph.ingesters.composition.elected import read_elected
from ccmgraph.ingesters.composition.members import read_members
from ccmgraph.ingesters.composition.people import sitting_people
from ccmgraph.ingesters.composition.prose import read_prose
from ccmgraph.ingesters.composition.sitting import standing_sitting
from ccmgraph.ingesters.composition.standing import read_standing, standing_convention
from ccmgraph.ingesters.composition.table import member_rows, other_posts, read_table, regions
from ccmgraph.ingesters.composition.words import rx, words
from ccmgraph.ingesters.flat.about import convention_of
from ccmgraph.ingesters.flat.meetings import numbered_meetings, preparatory_meetings
from ccmgraph.ingesters.flat.states import unglue

#: Share of a table's labels that may be unreadable before the table is refused whole.
MAX_UNREADABLE = 1 / 3
#: Coordinators a page must name, holder by theme, to count as a list of them without a table.
MIN_LISTED = 4


class CompositionIngester:
    """Reads who holds which post: presidencies, coordinators, committee seats."""

    kinds: ClassVar[tuple[str, ...]] = ("composition",)

    def sniff(self, doc: Document) -> float:
        """High for a coordinator table or committee page; middling for a coordinators' log."""
        text = _text(doc)
        try:
            records = list(self._mandates(doc, text))
        except ExtractionError:
            return 0.0
        mandates = [r for r in records if isinstance(r, Mandate)]
        if not mandates:
            return 0.0
        coordinators = {(m.holder.name, m.theme) for m in mandates if m.role == "coordinator"}
        structured = (any(True for _ in regions(text)) or has_committee_heading(text)
                      or any(m.role in ("co-chair", "co-rapporteur", "committee-member") for m in mandates)
                      or len(coordinators) >= MIN_LISTED)
        # a person coordinating a theme in a given year ("Letter from Colonel X on clearance",
        # "under the overall responsibility of the Coordinator, Ms. X of Croatia") is such a page's mark
        by_name = any(m.role == "coordinator" and m.holder.kind == "person" and m.start for m in mandates)
        evidence = 0.3 if rx("composition_words").search(text) or by_name else 0.0
        return min(0.9, (0.5 if structured else 0.3) + evidence + 0.03 * len(mandates))

    def extract(self, doc: Document, *, meeting_date: PartialDate | None = None) -> Iterator[Record]:
        text = _text(doc)
        records = list(self._mandates(doc, text))
        mandates = [r for r in records if isinstance(r, Mandate)]
        if not mandates:
            raise ExtractionError(f"{doc.name}: names no post holder (no coordinator table, committee "
                                  "members or coordinators named)")
        convention = mandates[0].convention
        yield from _conferences(mandates)  # before the posts for them, which the mapping links by short name
        placed = {_loose(r) for r in mandates if not _unplaced(r)}
        seen: set[tuple[object, ...]] = set()
        for r in records:
            if isinstance(r, Mandate):
                key = (r.holder.name, r.role, r.convention, r.theme, r.start, r.end, r.for_meeting)
                if key in seen or (_unplaced(r) and _loose(r) in placed):
                    continue  # a post the page also dates is that post, not a second one
                seen.add(key)
            yield r
        yield from numbered_meetings(text, convention)
        yield from preparatory_meetings(text, convention)
        sitting = standing_sitting(text, convention)
        if sitting is not None:
            yield sitting
            yield from sitting_people("\n".join(doc.lines), sitting, convention)  # names as written

    def _mandates(self, doc: Document, text: str) -> Iterator[Mandate | Warning_]:
        convention = convention_of(text) or committee_convention(text) or standing_convention(text)
        if convention is None:
            raise ExtractionError(f"{doc.name}: names none of the conventions (CCM, APMBC, CCW Protocol V)")
        taken: list[tuple[int, int]] = []
        for start, end in regions(text):
            if any(a <= start < b for a, b in taken):
                continue
            rows = list(read_table(text, start, end, convention, doc.name))
            found = [r for r in rows if isinstance(r, Mandate)]
            if not found:
                continue
            taken.append((start, end))
            bad = sum(isinstance(r, Warning_) for r in rows)
            if bad > MAX_UNREADABLE * (bad + len(found)):
                raise ExtractionError(f"{doc.name}: {bad} row labels of the composition table are neither roles "
                                      "nor themes; refused whole")
            yield from rows
            yield from other_posts(text, start, end, convention)
            yield from member_rows(text, start, end, convention)
        yield from read_committee(text, convention)
        yield from read_members(text, convention)
        yield from read_elected(text, convention)
        in_table = [any(a <= text.find(line) < b for a, b in taken) for line in text.split("\n")]
        yield from read_prose(_blanked(text.split("\n"), in_table), convention)
        # as written (names are not unglued: "MacBride"); _text keeps one line for each line
        yield from read_standing(_blanked(list(doc.lines), in_table), convention)


def _blanked(lines: list[str], in_table: list[bool]) -> str:
    """The text with the lines of its tables left empty (line numbers stay right)."""
    return "\n".join("" if taken else line for line, taken in zip(lines, [*in_table, *[False] * len(lines)]))


def _conferences(mandates: list[Mandate]) -> Iterator[Meeting]:
    """The numbered Protocol V Conferences the posts are for ("8CONF"), once each, so that a
    President-designate of the Eighth Conference is that Conference's (MSPs and Review
    Conferences come from the page's own mentions)."""
    seen: set[str] = set()
    for m in mandates:
        found = re.fullmatch(r"(\d{1,2})CONF", m.for_meeting or "")
        if found and m.for_meeting not in seen:
            seen.add(m.for_meeting or "")
            yield Meeting(f"{m.convention}-conference-{found[1]}", "conference", m.quote, convention=m.convention,
                          number=int(found[1]), short_name=m.for_meeting, title=words()["conference_title"])


def _loose(m: Mandate) -> tuple[object, ...]:
    return (m.holder.name, m.role, m.convention, m.theme)


def _unplaced(m: Mandate) -> bool:
    """A post given without a period or a meeting."""
    return m.start is None and m.for_meeting is None


def _text(doc: Document) -> str:
    return "\n".join(unglue(line) if re.search(r"\d", line) else line for line in doc.lines)
