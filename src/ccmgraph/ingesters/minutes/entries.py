"""Attendance entries written on one line: a party with its role note and its people.

Some minutes keep each party on its own line and its people on the lines below; others
write them together ("Norway Ms. Jane Roe"), with no separator between the people
("H.E. Michael Biontino Mr. Toralf Pilz"), and even two parties on one line when the two
columns of the PDF table were read as one ("Netherlands Mr. A B New Zealand Ms. C D").
These helpers split such lines; they never guess a party the lexicon does not know.
"""

from __future__ import annotations

import re

from ccmgraph.text.names import is_person_line, is_role_line, split_people, split_person
from ccmgraph.ingesters.minutes.lexicon import Lexicon

LABEL_WORDS = 3  # words that may stand before the first party of a line ("Secretariat ISU-CCM")

Entry = tuple[str, str | None]  # party as written, what stands beside it


def split_note(note: str) -> tuple[str | None, list[str]]:
    """(role note, people) of what stands beside a party.

    A role comes first ("7MSP President H.E. X"); job titles after a person are that
    person's and are dropped ("Mr. X, Counsellor"). When the rest is not all people, the
    whole text stays the note and no one is read.

    >>> split_note("7MSP President H.E. Michael Biontino Mr. Toralf Pilz")
    ('7MSP President', ['H.E. Michael Biontino', 'Mr. Toralf Pilz'])
    >>> split_note("Mr. Hugh Watson, Ms. Jane Roe")
    (None, ['Mr. Hugh Watson', 'Ms. Jane Roe'])
    >>> split_note("Immediate Past President")
    ('Immediate Past President', [])
    """
    parts = [q for p in re.split(r"\s*[,;]\s*|\s+and\s+", note) if p.strip() for q in split_people(p.strip())]
    first = next((i for i, p in enumerate(parts) if is_person_line(p)), None)
    if first is None:
        return note, []
    people = [split_person(p)[0] for p in parts[first:] if not is_role_line(p)]
    if not people or not all(is_person_line(p) for p in people):
        return note, []
    return " ".join(parts[:first]) or None, people


def party_runs(text: str, lexicon: Lexicon) -> list[Entry] | None:
    """Parties and what follows each of them on a line with no separators, or None.

    A party counts only at the start of the line (after at most a short label such as
    "Secretariat") or right after a complete person's name, so that a State in a person's
    name ("Mr. Jordan Smith") never opens an entry. Everything between two parties must be
    people (after an optional role), or the line is not read this way.
    """
    found = [(o, w) for o, w, _, _ in lexicon.actors(text)]
    starts: list[tuple[int, int]] = []
    for offset, written in found:
        before = text[starts[-1][1] if starts else 0 : offset].strip()
        if not starts:
            label_ok = not before or (len(before.split()) <= LABEL_WORDS and not is_person_line(before))
            if label_ok:
                starts.append((offset, offset + len(written)))
        elif before and (split_people(before) or [""])[-1] and is_person_line(split_people(before)[-1]):
            starts.append((offset, offset + len(written)))
    if not starts:
        return None
    label = text[: starts[0][0]].strip() or None
    entries: list[Entry] = []
    for (a, b), following in zip(starts, starts[1:] + [(len(text), len(text))]):
        rest = text[b : following[0]].strip(" –—-:,;")
        note = " ".join(p for p in (label if not entries else None, rest) if p) or None
        if rest and not split_note(rest)[1] and len(starts) > 1:
            return None
        entries.append((text[a:b], note))
    if len(entries) == 1 and not split_note(entries[0][1] or "")[1]:
        return None  # one party and no people: the ordinary readers handle it
    return entries
