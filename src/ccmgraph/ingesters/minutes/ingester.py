"""Minutes of CCM Coordination Committee meetings -> meeting, attendance, items, mandates, facts.

The minutes open with a header (date, venue, times), then the attendance table, then numbered
agenda items. Attendance statuses are decided from all the evidence the minutes hold
(minutes_status); everything else is read item by item (minutes_items, minutes_facts,
minutes_mentions). Keys: the meeting "meeting", agenda items "item-5.1", the next meeting
"next-meeting".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from ccmgraph.document.read import Document
from ccmgraph.records import ActorRef, AgendaItem, Attendance, Mandate, Meeting, PartialDate, Quote, Record
from ccmgraph.text.dates import time_range
from ccmgraph.ingesters.minutes import facts
from ccmgraph.ingesters.minutes.attendance import Row, Table, match_heading, read_table
from ccmgraph.ingesters.minutes.items import Item, find_coordinators, read_items
from ccmgraph.ingesters.minutes.lexicon import Lexicon, default_lexicon, speakers
from ccmgraph.ingesters.minutes.meeting import chair, next_meeting, venue
from ccmgraph.ingesters.minutes.meeting import meeting_date as meeting_date_of
from ccmgraph.ingesters.minutes.mentions import mentions
from ccmgraph.ingesters.minutes.status import Evidence, decide
from ccmgraph.ingesters.minutes.text import Passage, patterns

HEADER_LINES = 12  # where no attendance table marks the end of the header


class MinutesIngester:
    """Reads Coordination Committee minutes (text of the PDF)."""

    kinds: ClassVar[tuple[str, ...]] = ("cc-minutes",)

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self._lexicon = lexicon

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = default_lexicon()
        return self._lexicon

    def sniff(self, doc: Document) -> float:
        head = doc.text[:3000].lower()
        score = 0.4 if "coordination committee" in head else 0.0
        score += 0.3 if "minutes" in head else 0.0
        score += 0.2 if any(match_heading(line) for line in doc.lines[:80]) else 0.0
        score += 0.1 if re.search(r"next\s+(?:\w+\s+){0,3}meeting", doc.text, re.IGNORECASE) else 0.0
        return min(score, 1.0)

    def extract(self, doc: Document, *, meeting_date: PartialDate | None = None) -> Iterator[Record]:
        lines = doc.lines
        table = read_table(lines, self.lexicon)
        header_end = table.first - 1 if table else min(HEADER_LINES, len(lines))
        header_lines = lines[:header_end] + ([table.lead] if table and table.lead else [])
        header = Passage(lines, 1, len(header_lines))
        date, warnings = meeting_date_of(header_lines, doc.name, meeting_date)
        items = read_items(lines, table.last if table else 0, table.number if table else None)
        find_coordinators(items, self.lexicon)
        presidency_row = _presidency_row(table)
        president, party = chair([i.body for i in items[:3] if i.body], self.lexicon)
        place, city = next((v for v in map(venue, header_lines) if v[0]), (None, None))
        start, end = time_range(header.text)
        yield Meeting(
            "meeting", "cc", Quote(header.text, header.first), date=date, title=lines[0].strip() or None,
            convention="ccm", venue=place, city=city, start_time=start, end_time=end, chair=president,
            chair_party=party, presidency=_party_ref(presidency_row) if presidency_row else party,
        )
        yield from warnings
        upcoming, notes = next_meeting(items, doc.name, place)
        if upcoming:
            yield upcoming
        yield from notes
        yield from _agenda(items, date)
        if table:
            yield from table.warnings
            yield from _attendance(table, items, self.lexicon)
        ctx = facts.Context(date, president or (_party_ref(presidency_row) if presidency_row else None), self.lexicon)
        yield from facts.approvals(items, ctx)
        yield from facts.commitments(items, ctx)
        yield from facts.contributions(items, ctx)
        yield from mentions(items, self.lexicon)


def _party_ref(row: Row) -> ActorRef:
    return ActorRef(row.party, row.kind)  # type: ignore[arg-type]


def _role(note: str | None) -> str | None:
    if not note:
        return None
    return next((role for role, rx in patterns()["roles"].items() if re.search(rx, note, re.IGNORECASE)), None)


def _presidency_row(table: Table | None) -> Row | None:
    rows = table.rows if table else []
    return next((r for r in rows if _role(r.note) == "president"), None)


def _agenda(items: list[Item], date: PartialDate) -> Iterator[Record]:
    year = PartialDate(date.year) if date.year else None
    for item in items:
        people = tuple(ActorRef(n, k) for n, k, _ in item.coordinators)  # type: ignore[arg-type]
        quote = Quote(item.title, item.title_line)
        yield AgendaItem(item.key, "meeting", item.number, item.title, quote, item.theme, people, item.parent)
        for holder in people:
            source = item.coordinator_quote.quote() if item.coordinator_quote else quote
            yield Mandate(holder, "coordinator", source, "ccm", item.theme, start=year, context=item.key)


def _attendance(table: Table, items: list[Item], lexicon: Lexicon) -> Iterator[Record]:
    body = " ".join(i.text() for i in items)
    evidence = Evidence(frozenset(speakers(body, lexicon)), frozenset(_represented(items, lexicon)))
    roles = {r.line for r in table.rows if _role(r.note)}
    for row, status, warnings in decide(table.rows, evidence, roles):
        quote = Quote("\n".join(row.lines), row.line)
        people = tuple(ActorRef(name, "person", party=row.party, role=role) for name, role in row.people)
        yield Attendance("meeting", _party_ref(row), status, quote, people, row.note)  # type: ignore[arg-type]
        yield from warnings
        role = _role(row.note)
        if role:
            short = re.search(r"\b(\d{1,2})\s*(MSP|RC)\b", row.note or "")
            yield Mandate(_party_ref(row), role, quote, "ccm",  # type: ignore[arg-type]
                          for_meeting=f"{short[1]}{short[2]}" if short else None, context="meeting")


def _represented(items: list[Item], lexicon: Lexicon) -> set[str]:
    """Co-coordinators whose group report another coordinator gave "on behalf of" the group."""
    found: set[str] = set()
    for item in items:
        if item.coordinators and re.search(r"on\s+behalf\s+of\s+(?:the\s+)?Coordinators", item.text(), re.IGNORECASE):
            spoke = speakers(item.text(), lexicon)
            found |= {key for _, _, key in item.coordinators if key not in spoke}
    return found
