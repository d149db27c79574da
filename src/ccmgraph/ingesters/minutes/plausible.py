"""Checks that refuse minutes whose extraction looks broken, and notes what the kind misses.

Stop where going on would write wrong facts, warn otherwise: a person's name that holds a
party's name ("Ms. C. Dee Freedonia") means the attendance table was segmented wrongly; a
delegation of more people than the committee ever seats, one person listed for two parties,
a party inside the role note of another, a name too long to be one person, or a meeting that
ends before it starts, means the text was misread. Each refusal is one line naming the document.
"""

from __future__ import annotations

from collections.abc import Iterable

from ccmgraph.errors import ExtractionError
from ccmgraph.resolve.people import normalise_person, split_honorific
from ccmgraph.records import AgendaItem, Attendance, Meeting, Quote, Record, Warning_
from ccmgraph.ingesters.minutes.entries import unmistakable_party
from ccmgraph.ingesters.minutes.lexicon import Lexicon
from ccmgraph.ingesters.minutes.text import patterns


def refuse_broken(records: list[Record], name: str, lexicon: Lexicon) -> None:
    """Raise ExtractionError with a one-line reason when the records cannot be right."""
    limit = int(patterns()["max_delegation"])
    seen: dict[str, str] = {}
    for record in records:
        if isinstance(record, Attendance):
            for person in record.people:
                key = normalise_person(person.name).key
                other = seen.setdefault(key, record.party.name)
                if other != record.party.name:
                    raise ExtractionError(f"{name}: refused: {person.name} is listed for both {other} and "
                                          f"{record.party.name}; the attendance table was not read right")
            own = lexicon.identify(record.party.name)
            note_parties = [f[1] for f in lexicon.actors(record.role_note or "")
                            if f[2] == "state" and lexicon.identify(f[1]) != own]
            if note_parties:
                raise ExtractionError(
                    f"{name}: refused: the note beside {record.party.name} (line {record.quote.line}) holds the party "
                    f"{note_parties[0]!r}; the attendance table was not read right")
            for person in record.people:
                words = [w for w in split_honorific(person.name)[1].split() if w[:1].isupper()]
                if len(words) > int(patterns()["max_name_words"]):
                    raise ExtractionError(
                        f"{name}: refused: {person.name!r} (line {record.quote.line}) is too long for one name; "
                        "names run together without honorifics, so the attendance table was not read right")
                inside = [f for f in lexicon.actors(person.name) if _glued(person.name, f[0], f[1])]
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


def _glued(name: str, offset: int, party: str) -> bool:
    """A party inside a name that cannot be part of it: several words or capitals, or a State
    that ends the name (the next row's party glued on); a one-word State inside a name may be
    a surname ("Mr. Peter Jordan Smith")."""
    return unmistakable_party(party) or not name[offset + len(party):].strip()


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
