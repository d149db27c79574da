"""Minutes of the CCM Coordination Committee and the APMBC Coordinating Committee -> records.

The minutes open with a header (date, venue, times), then the attendance table, then numbered
agenda items. Attendance statuses are decided from all the evidence the minutes hold
(status.py); everything else is read item by item (items.py, facts.py, mentions.py). Which
committee, and so which convention, the heading says (committee.py). Keys: the meeting
"meeting", agenda items "item-5.1", the next meeting "next-meeting". Minutes whose extraction
looks broken are refused whole (plausible.py).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import ClassVar

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.records import (ActorRef, AgendaItem, Attendance, Mandate, Meeting, MinutesApproval, PartialDate, Quote,
                              Record)
from ccmgraph.text.dates import time_range
from ccmgraph.vocabulary import bodies, meeting_mentions, phrase_pattern
from ccmgraph.ingesters.minutes import facts, mentioned
from ccmgraph.ingesters.minutes.attendance import Row, Table, find_heading, read_table
from ccmgraph.ingesters.minutes.committee import committee_of, records_a_meeting
from ccmgraph.ingesters.minutes.items import Item, find_coordinators, item_number, read_items
from ccmgraph.ingesters.minutes.lexicon import Lexicon, default_lexicon, speakers
from ccmgraph.ingesters.minutes.meeting import chair, next_meeting, own_number, venue
from ccmgraph.ingesters.minutes.meeting import meeting_date as meeting_date_of
from ccmgraph.ingesters.minutes.mentions import mentions
from ccmgraph.ingesters.minutes.plausible import missing_structure, refuse_broken
from ccmgraph.ingesters.minutes.status import Evidence, decide
from ccmgraph.ingesters.minutes.text import Passage, patterns

HEADER_LINES = 12  # where no attendance table marks the end of the header
HEADING_LINES = 80  # lines in which an attendance heading counts for recognition
TITLE_CHARS = 600  # the committee is named in the title of its minutes
MIN_ITEMS = 2  # numbered agenda items that count for recognition
OPENING_ITEMS = 2  # agenda items whose text may number the meeting ("The 6th ... meeting was opened")


class MinutesIngester:
    """Reads Coordination (CCM) and Coordinating (APMBC) Committee minutes (text of the PDF)."""

    kinds: ClassVar[tuple[str, ...]] = ("cc-minutes",)

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self._lexicon = lexicon

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = default_lexicon()
        return self._lexicon

    def sniff(self, doc: Document) -> float:
        """The committee named in the heading (with evidence of a convention), a heading that
        says minutes, attendance headings, a next meeting; nothing without the committee."""
        committee = committee_of(doc.text, self.lexicon)
        if committee is None or committee.offset > TITLE_CHARS:
            return 0.0
        attendance = any(find_heading(line, self.lexicon) for line in doc.lines[:HEADING_LINES])
        items = sum(1 for line in doc.lines if item_number(line)) >= MIN_ITEMS
        if not (attendance or items):
            return 0.2  # a page about the committee, not the record of one of its meetings
        score = 0.3 + (0.3 if records_a_meeting(doc.text) else 0.0)
        score += (0.2 if attendance else 0.0) + (0.1 if items else 0.0)
        score += 0.1 if re.search(r"next\s+(?:\w+\s+){0,3}meeting", doc.text, re.IGNORECASE) else 0.0
        return min(score, 1.0)

    def extract(self, doc: Document, *, meeting_date: PartialDate | None = None) -> Iterator[Record]:
        committee = committee_of(doc.text, self.lexicon)
        if committee is None:
            raise ExtractionError(f"{doc.name}: not the minutes of a committee of the CCM or the APMBC "
                                  "(no Coordination or Coordinating Committee of a convention named in its heading)")
        lexicon = dataclasses.replace(self.lexicon, convention=committee.convention)
        records = list(self._read(doc, meeting_date, lexicon))
        refuse_broken(records, doc.name, lexicon)
        yield from records

    def _read(self, doc: Document, meeting_date: PartialDate | None, lexicon: Lexicon) -> Iterator[Record]:
        convention = lexicon.own
        lines = doc.lines
        table = read_table(lines, lexicon)
        if table and table.side_by_side:
            raise ExtractionError(f"{doc.name}: refused: the attendance headings stand side by side (line "
                                  f"{table.side_by_side}), so each line below mixes two columns; no status can be read")
        header_end = table.first - 1 if table else min(HEADER_LINES, len(lines))
        header_lines = lines[:header_end] + ([table.lead] if table and table.lead else [])
        header = Passage(lines, 1, len(header_lines))
        date, last_day, warnings = meeting_date_of(header_lines, doc.name, meeting_date)
        items = read_items(lines, table.last if table else 0, table.number if table else None)
        find_coordinators(items, lexicon)
        presidency_row = _presidency_row(table)
        president, party = chair([i.body for i in items[:3] if i.body], lexicon)
        place, city = next((v for v in map(venue, header_lines) if v[0]), (None, None))
        start, end = time_range(header.text)
        meeting = Meeting(
            "meeting", "cc", Quote(header.text, header.first), date=date, end_date=last_day or date,
            title=lines[0].strip() or None, convention=convention, venue=place, city=city,
            start_time=start, end_time=end, chair=president, chair_party=party,
            presidency=_party_ref(presidency_row) if presidency_row else party,
            number=own_number([header.text, *(i.text() for i in items[:OPENING_ITEMS])]),
        )
        records: list[Record] = [meeting, *warnings]
        upcoming, notes = next_meeting(items, doc.name, place, convention)
        if upcoming:
            records.append(upcoming)
        records += notes
        records += _agenda(items, date, convention)
        if table:
            records += table.warnings
            records += _attendance(table, items, lexicon)
        records += _chair_mandate(meeting, presidency_row, lexicon)
        ctx = facts.Context(date, president or (_party_ref(presidency_row) if presidency_row else None), lexicon)
        records += facts.presidents(items, ctx)
        records += facts.approvals(items, ctx)
        records += facts.commitments(items, ctx)
        records += facts.contributions(items, ctx)
        records += mentions(items, lexicon)
        records += mentioned.meetings(items, date, convention, skip=_cc_dates(records))
        if not table and not items:
            raise ExtractionError(f"{doc.name}: minutes with no attendance list and no numbered agenda items; "
                                  "nothing to read as a meeting of the committee")
        records += missing_structure(records, meeting.quote)
        yield from records


def _cc_dates(records: list[Record]) -> tuple[PartialDate | None, ...]:
    """The dates of the committee's meetings the minutes already record (the next one, those
    whose minutes they approve): a mention of one of them is not another meeting."""
    found = [r.date for r in records if isinstance(r, Meeting) and r.kind == "cc"]
    return tuple(found + [r.approved_meeting_date for r in records if isinstance(r, MinutesApproval)])


def _party_ref(row: Row) -> ActorRef:
    return ActorRef(row.party, row.kind)  # type: ignore[arg-type]


def _role(note: str | None) -> str | None:
    if not note:
        return None
    return next((role for role, rx in patterns()["roles"].items() if re.search(rx, note, re.IGNORECASE)), None)


def _presidency_row(table: Table | None) -> Row | None:
    rows = table.rows if table else []
    return next((r for r in rows if _role(r.note) == "president"), None)


def _agenda(items: list[Item], date: PartialDate, convention: str) -> Iterator[Record]:
    year = PartialDate(date.year) if date.year else None
    for item in items:
        people = tuple(ActorRef(n, k) for n, k, _ in item.coordinators)  # type: ignore[arg-type]
        quote = Quote(item.title, item.title_line)
        yield AgendaItem(item.key, "meeting", item.number, item.title, quote, item.theme, people, item.parent)
        for holder in people:
            source = item.coordinator_quote.quote() if item.coordinator_quote else quote
            yield Mandate(holder, "coordinator", source, convention, item.theme, start=year, context=item.key)


def _for_meeting(note: str | None) -> str | None:
    """The numbered meeting a role note names ("9MSP Presidency", "President of the 16MSP")."""
    for mention in meeting_mentions(note or ""):
        if mention.number and mention.kind in ("msp", "revcon"):
            return f"{mention.number}{'MSP' if mention.kind == 'msp' else 'RC'}"
    return None


def _member_body(note: str | None, convention: str) -> str | None:
    """The committee of the convention a role note names ("Committee on Victim Assistance")."""
    for key in patterns()["member_bodies"]:
        body = bodies()[key]
        if convention in body.get("conventions", ()):
            for name in sorted(body["names"], key=len, reverse=True):
                if note and re.search(rf"(?<!\w){phrase_pattern(name)}(?!\w)", note, re.IGNORECASE):
                    return str(name)
    return None


def _chair_mandate(meeting: Meeting, presidency: Row | None, lexicon: Lexicon) -> Iterator[Mandate]:
    """The person who chaired as President, for the presidency's State, when the table agrees."""
    if meeting.chair is None or meeting.chair_party is None or presidency is None or meeting.convention is None:
        return  # (the minutes' meeting always carries its committee's convention)
    chair_party = lexicon.identify(meeting.chair_party.name)
    same = chair_party is not None and chair_party == lexicon.identify(presidency.party)
    if not same and meeting.chair_party.name != presidency.party and meeting.chair_party.name not in presidency.lines[0]:
        return  # "the Federal Republic of Germany" chairs for the row "Germany": one State
    yield Mandate(meeting.chair, "president", meeting.quote, meeting.convention,
                  for_meeting=_for_meeting(presidency.note), context="meeting", on_behalf_of=_party_ref(presidency))


def _attendance(table: Table, items: list[Item], lexicon: Lexicon) -> Iterator[Record]:
    body = " ".join(i.text() for i in items)
    evidence = Evidence(frozenset(speakers(body, lexicon)), frozenset(_represented(items, lexicon)))
    roles = {(r.line, r.key) for r in table.rows if _role(r.note)}
    for row, status, warnings in decide(table.rows, evidence, roles):
        if status is None:
            yield from warnings
            continue
        quote = Quote("\n".join(row.lines), row.line)
        people = tuple(ActorRef(name, "person", party=row.party, role=role) for name, role in row.people)
        yield Attendance("meeting", _party_ref(row), status, quote, people, row.note)  # type: ignore[arg-type]
        yield from warnings
        role = _role(row.note)
        if role:
            yield Mandate(_party_ref(row), role, quote, lexicon.own,  # type: ignore[arg-type]
                          for_meeting=_for_meeting(row.note), context="meeting")
        elif seat := _member_body(row.note, lexicon.own):
            yield Mandate(_party_ref(row), "committee-member", quote, lexicon.own, context="meeting", body=seat)


def _represented(items: list[Item], lexicon: Lexicon) -> set[str]:
    """Co-coordinators whose group report another coordinator gave "on behalf of" the group."""
    found: set[str] = set()
    for item in items:
        if item.coordinators and re.search(r"on\s+behalf\s+of\s+(?:the\s+)?Coordinators", item.text(), re.IGNORECASE):
            spoke = speakers(item.text(), lexicon)
            found |= {key for _, _, key in item.coordinators if key not in spoke}
    return found
