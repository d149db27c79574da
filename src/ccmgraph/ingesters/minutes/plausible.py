"""Checks that refuse minutes whose extraction looks broken, and notes what the kind misses.

Stop where going on would write wrong facts, warn otherwise: a person's name that holds a
party's name ("Ms. C. Dee Freedonia") means the attendance table was segmented wrongly; a
delegation of more people than the committee ever seats, or a meeting that ends before it
starts, means the text was misread. Each refusal is one line naming the document.
"""

from __future__ import annotations

from collections.abc import Iterable

from ccmgraph.errors import ExtractionError
from ccmgraph.records import AgendaItem, Attendance, Meeting, Quote, Record, Warning_
from ccmgraph.ingesters.minutes.lexicon import Lexicon
from ccmgraph.ingesters.minutes.text import patterns


def refuse_broken(records: list[Record], name: str, lexicon: Lexicon) -> None:
    """Raise ExtractionError with a one-line reason when the records cannot be right."""
    limit = int(patterns()["max_delegation"])
    for record in records:
        if isinstance(record, Attendance):
            for person in record.people:
                inside = lexicon.actors(person.name)
                if inside:
                    raise ExtractionError(
                        f"{name}: refused: the name {person.name!r} (line {record.quote.line}) holds the party "
                        f"{inside[0][1]!r}; the attendance table was not read right")
            if len(record.people) > limit:
                raise ExtractionError(
                    f"{name}: refused: {len(record.people)} people read for {record.party.name} (line "
                    f"{record.quote.line}), more than the {limit} a delegation has; the attendance table was not read right")
        elif isinstance(record, Meeting):
            if record.date and record.end_date and record.date.complete and record.end_date.complete \
                    and record.end_date.to_date() < record.date.to_date():
                raise ExtractionError(f"{name}: refused: the meeting at line {record.quote.line} ends "
                                      f"({record.end_date.iso()}) before it starts ({record.date.iso()})")
            if record.start_time and record.end_time and record.end_time < record.start_time:
                raise ExtractionError(f"{name}: refused: the meeting at line {record.quote.line} ends at "
                                      f"{record.end_time}, before it starts at {record.start_time}")


def missing_structure(records: Iterable[Record], header: Quote) -> list[Warning_]:
    """Warnings for what minutes of a committee have and these lack: attendance, agenda, chair."""
    records = list(records)
    meeting = next((r for r in records if isinstance(r, Meeting) and r.key == "meeting"), None)
    found = []
    if not any(isinstance(r, Attendance) for r in records):
        found.append(Warning_("minutes list no attendance (no Present / Apologies headings read)", header))
    if not any(isinstance(r, AgendaItem) for r in records):
        found.append(Warning_("minutes have no numbered agenda items", header))
    if meeting is not None and meeting.chair is None and meeting.presidency is None:
        found.append(Warning_("minutes name no chair and no presidency", header))
    return found
