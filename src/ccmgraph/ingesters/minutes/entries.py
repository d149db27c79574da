"""Attendance entries written on one line: a party with its role note and its people.

Some minutes keep each party on its own line and its people on the lines below; others
write them together ("Norway Ms. Jane Roe"), with no separator between the people
("H.E. Michael Biontino Mr. Toralf Pilz"), two parties on one line when the two columns
of the PDF table were read as one ("Netherlands Mr. A B New Zealand Ms. C D"), or a whole
table on one line. These helpers split such text by the registry of parties and by
honorifics; they never guess a party the lexicon does not know.
"""

from __future__ import annotations

import re
from functools import cache

from ccmgraph.text.names import (has_honorific, honorific_at, is_person_line, is_role_line, person_starts, split_people,
                                 split_person)
from ccmgraph.ingesters.minutes.lexicon import Lexicon
from ccmgraph.ingesters.minutes.text import patterns

LABEL_WORDS = 3  # words that may stand before the first party of a line ("Secretariat ISU-CCM")

Entry = tuple[str, str | None]  # party as written, what stands beside it
Person = tuple[str, str | None]  # a person's name as written, the role written beside it


def split_note(note: str) -> tuple[str | None, list[Person]]:
    """(role note, people with their roles) of what stands beside a party.

    A role comes first ("7MSP President H.E. X"); a job title after a person is that
    person's role ("Mr. X, Counsellor"). When the rest is not all people, the whole text
    stays the note and no one is read.

    >>> split_note("7MSP President H.E. Michael Biontino Mr. Toralf Pilz")
    ('7MSP President', [('H.E. Michael Biontino', None), ('Mr. Toralf Pilz', None)])
    >>> split_note("Mr. Hugh Watson, Counsellor, Ms. Jane Roe")
    (None, [('Mr. Hugh Watson', 'Counsellor'), ('Ms. Jane Roe', None)])
    >>> split_note("Immediate Past President")
    ('Immediate Past President', [])
    """
    parts = [q for p in re.split(r"\s*[,;]\s*|\s+and\s+", note) if p.strip() for q in split_people(p.strip())]
    first = next((i for i, p in enumerate(parts) if is_person_line(p)), None)
    lead = _role_lead().match(parts[0]) if parts and first != 0 else None
    if lead and is_person_line(lead["rest"]) and (first is None or first == 1):
        # "6MSP Presidency Henk Cor van der Kwast, Mark Versteden": a role, then its first person
        _, led = split_note(", ".join([lead["rest"], *parts[1:]]))
        if led:
            return lead["role"].strip(), led
    if first is None:
        return note, []
    people: list[Person] = []
    for part in parts[first:]:
        if is_role_line(part) and people:
            people[-1] = (people[-1][0], _joined(people[-1][1], part))
            continue
        name, role = split_person(part)
        if not is_person_line(name):
            return note, []
        people.append((name, role))
    role = note[: note.find(parts[first])].strip(" ,;–—-:") if first else ""
    if role.startswith("(") and role.endswith(")"):
        role = role[1:-1].strip()
    return role or None, people


@cache
def _role_lead() -> re.Pattern[str]:
    """A presidency role at the start of a note, then the rest ("President of the 16MSP Thomas H.")."""
    roles = "|".join(str(r) for r in patterns()["roles"].values())
    return re.compile(rf"^(?P<role>(?:{roles})(?:{patterns()['role_meeting']})?)\s+(?P<rest>\S.*)$", re.IGNORECASE)


def _joined(role: str | None, more: str) -> str:
    return f"{role}, {more}" if role else more


@cache
def _role_note() -> re.Pattern[str]:
    """What may follow a party before its people: a dash, a bracket or a presidency role."""
    roles = "|".join(str(r) for r in patterns()["roles"].values())
    return re.compile(rf"\s*(?:[-–—:(,;]|(?:{roles})\b)", re.IGNORECASE)


def party_runs(text: str, lexicon: Lexicon) -> list[Entry] | None:
    """Parties and what follows each of them in text with no separators, or None (see `party_spans`)."""
    spans = party_spans(text, lexicon)
    return None if spans is None else [(party, note) for _, _, party, note in spans]


def party_spans(text: str, lexicon: Lexicon) -> list[tuple[int, int, str, str | None]] | None:
    """(start, end, party as written, what follows it) of each entry in text with no separators.

    A party opens an entry at the start of the text (after at most a short label such as
    "Secretariat"), right after another party or its role note, or right after a complete
    person's name, so that a State opening a person's name ("Mr. Jordan Kovac") never
    opens an entry. Where the text names people with honorifics, a party of one word must
    also be followed by an honorific, a role note, another party or the end: a State that is
    a person's surname ("Mr. Peter Jordan Smith") stays in the name. Everything between two
    parties must be a role note and people, or the text is not read this way.
    """
    found = [(_with_article(text, o), o + len(w)) for o, w, _, _ in lexicon.actors(text)]
    honorifics = has_honorific(text)
    starts: list[tuple[int, int]] = []
    for index, (a, b) in enumerate(found):
        if starts and a < starts[-1][1]:
            continue
        before = text[starts[-1][1] if starts else 0 : a].strip(" –—-:,;")
        if not starts:
            if before and (len(before.split()) > LABEL_WORDS or is_person_line(before)):
                continue
        elif before and not _ends_entry(before):
            continue
        next_party = found[index + 1][0] if index + 1 < len(found) else len(text)
        if honorifics and not _opens_entry(text, b, next_party) and not unmistakable_party(text[a:b]):
            continue
        starts.append((a, b))
    if not starts:
        return None
    label = text[: starts[0][0]].strip(" –—-:,;") or None
    entries: list[tuple[int, int, str, str | None]] = []
    for (a, b), (c, _) in zip(starts, starts[1:] + [(len(text), len(text))]):
        rest = text[b:c].strip(" –—-:,;")
        note = " ".join(p for p in (label if not entries else None, rest) if p) or None
        if rest and not split_note(rest)[1] and len(starts) > 1 and not _is_role_note(rest):
            return None
        entries.append((a, c, text[a:b], note))
    if len(entries) == 1 and not split_note(entries[0][3] or "")[1]:
        return None  # one party and no people: the ordinary readers handle it
    return entries


def _with_article(text: str, start: int) -> int:
    """Where a party's name starts when "The" opens it ("The Netherlands", "The Gambia"): the
    article is the party's, not the end of the name of the person before it."""
    return start - 4 if start >= 4 and text[start - 4 : start] == "The " and (start == 4 or not text[start - 5].isalnum()) else start


def _ends_entry(before: str) -> bool:
    """The text between two parties can close an entry: it ends with a person or a role."""
    role, people = split_note(before)
    return bool(people) or _is_role_note(before) or bool(role and is_role_line(split_people(before)[-1]))


def _is_role_note(text: str) -> bool:
    return bool(_role_note().match(" " + text)) and not split_note(text)[1] and len(text.split()) <= 5


def unmistakable_party(party: str) -> bool:
    """A party's name that is no one's given name or surname: several words ("Costa Rica") or
    capitals ("ICRC"); it opens an entry even before a delegate written without an honorific."""
    return len(party.split()) > 1 or party.isupper()


def _opens_entry(text: str, end: int, following: int) -> bool:
    """After a party: an honorific, a role note, the next party or the end of the text."""
    after = text[end:]
    stripped = after.lstrip()
    offset = end + len(after) - len(stripped)
    return (not stripped or offset >= following or honorific_at(text, offset) is not None
            or bool(_role_note().match(after)))


def person_first_spans(text: str, lexicon: Lexicon,
                       separated: bool = False) -> list[tuple[int, int, str, str | None]] | None:
    """(start, end, party, its people and role) of a list that names each person first, then
    the party ("H.E. Mr. X, Sri Lanka (9MSP President); Ms. Y, Switzerland"), or None.

    People without a party of their own belong to the next party named ("Mr. A Ms. B
    Austria"). With `separated`, a party must stand after a comma, dash or colon: a line
    "person party" may be two columns of a table read as one line.

    >>> from ccmgraph.ingesters.minutes.lexicon import default_lexicon
    >>> person_first_spans("H.E. Mr. Rohan Perera, Sri Lanka (9MSP President); Ms. Petra Hofer, Austria", default_lexicon())
    [(0, 51, 'Sri Lanka', '9MSP President H.E. Mr. Rohan Perera'), (51, 75, 'Austria', 'Ms. Petra Hofer')]
    """
    if honorific_at(text, len(text) - len(text.lstrip())) is None:
        return None
    starts = [len(text) - len(text.lstrip()), *person_starts(text)]
    entries: list[tuple[int, int, str, str | None]] = []
    pending: list[str] = []
    first = starts[0]
    for a, b in zip(starts, starts[1:] + [len(text)]):
        chunk = text[a:b].rstrip(" ,;.")
        role = None
        if (bracket := re.search(r"\s*\(([^()]+)\)$", chunk)) and lexicon.actors(chunk[: bracket.start()]):
            role, chunk = bracket.group(1).strip(), chunk[: bracket.start()]
        found = [f for f in lexicon.actors(chunk) if f[0] + len(f[1]) == len(chunk)]
        if not found:
            pending.append(chunk.strip())
            continue
        offset, party = found[-1][0], found[-1][1]
        person = chunk[:offset].rstrip()
        if separated and not re.search(r"[,:–—-]$", person):
            return None
        pending.append(person.rstrip(" ,:–—-"))
        if not all(is_person_line(split_person(p)[0]) for p in pending):
            return None
        people = " ".join(pending)
        entries.append((first, b, party, f"{role} {people}" if role else people))
        pending, first = [], b
    return entries if entries and not pending else None
