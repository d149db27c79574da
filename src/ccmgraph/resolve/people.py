"""People's names: honorifics, case and diacritics never make a new person.

"H.E. Henk Cor Van der Kwast" and "Ambassador Henk Cor van der Kwast" share one key;
"Ambassador Sinjela" is matched to the one known person of that surname, or to nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from unidecode import unidecode

from ccmgraph.vocabulary import canonical_honorific, honorific_pattern, particles

@cache
def _honorific() -> re.Pattern[str]:
    return re.compile(rf"\s*{honorific_pattern()}\s*")


@dataclass(frozen=True)
class PersonName:
    """A person's name as displayed (honorific removed, case kept), its key and honorific."""

    display: str
    key: str
    honorific: str

    @property
    def tokens(self) -> list[str]:
        return self.key.split("-") if self.key else []

    @property
    def surname(self) -> tuple[str, ...]:
        """Last word plus the particles before it ("van der kwast")."""
        words = _words(self.display)
        start = len(words) - 1
        while start > 0 and words[start - 1] in particles():
            start -= 1
        return tuple(words[start:])


def _words(name: str) -> list[str]:
    """Folded words of a name; a hyphenated surname stays one word."""
    folded = unidecode(name).lower().replace(".", " ")
    return [w.strip("-'") for w in re.findall(r"[a-z0-9][a-z0-9'\-]*", folded) if w.strip("-'")]


def split_honorific(name: str) -> tuple[str, str]:
    """(canonical honorifics joined by a space, rest of the name).

    >>> split_honorific("H.E Thomas Hajnoczi")
    ('H.E.', 'Thomas Hajnoczi')
    >>> split_honorific("H.E. Ambassador. M. Biontino")
    ('H.E. Ambassador', 'M. Biontino')
    """
    rest = " ".join(name.split())
    found: list[str] = []
    while match := _honorific().match(rest):
        canonical = canonical_honorific(match.group(0))
        remainder = rest[match.end() :]
        if canonical is None or not remainder or not re.match(r"[^\W\d_]", remainder):
            break
        found.append(canonical)
        rest = remainder
    return " ".join(found), rest.strip(" ,;")


def split_role(line: str) -> tuple[str, str]:
    """(name, role) of a line such as "Ms. Sheila N. Mweemba, ISU Director" or "X (Head of Delegation)".

    A role starts at an opening parenthesis, a dash with spaces around it, or a comma after
    a name of two or more words; so hyphenated surnames ("Penić-Ivanko") and inverted names
    ("Sinjela, Encyla") stay whole.

    >>> split_role("Ms. Sheila N. Mweemba, ISU Director")
    ('Ms. Sheila N. Mweemba', 'ISU Director')
    >>> split_role("Ms. Zlata Penić-Ivanko"), split_role("Sinjela, Encyla")
    (('Ms. Zlata Penić-Ivanko', ''), ('Sinjela, Encyla', ''))
    """
    text = line.strip()
    match = re.search(r"\s*\(|\s+[-–—]\s+", text)
    comma = re.search(r"\s*,\s*", text)
    if comma and (match is None or comma.start() < match.start()) and len(split_honorific(text[: comma.start()])[1].split()) >= 2:
        match = comma
    if match is None or match.start() == 0:
        return text, ""
    return text[: match.start()].strip(), text[match.end() :].rstrip(") ").strip()


def normalise_person(name: str) -> PersonName:
    """Display form without honorific or trailing role, and a key free of case, diacritics and dots.

    >>> normalise_person("Ms. Markéta Homolková")
    PersonName(display='Markéta Homolková', key='marketa-homolkova', honorific='Ms.')
    >>> normalise_person("Ambassador Henk Cor van der Kwast").key
    'henk-cor-van-der-kwast'
    """
    honorific, display = split_honorific(split_role(name)[0])
    return PersonName(display, "-".join(_words(display)), honorific)


def _given_compatible(given: list[str], candidate: list[str]) -> bool:
    """Each given name or initial of the query fits a candidate word in order."""
    pool = iter(candidate)
    return all(any(word == g or (len(g) == 1 and word.startswith(g)) for word in pool) for g in given)


def match_surname(name: str, known: Iterable[PersonName]) -> PersonName | None:
    """The one known person the (possibly surname-only) name can be; None if none or several.

    >>> people = [normalise_person("H.E. Encyla T. C. Sinjela"), normalise_person("Mr. Samson Lungo")]
    >>> match_surname("Ambassador Sinjela", people).display
    'Encyla T. C. Sinjela'
    """
    query = normalise_person(name)
    people = {p.key: p for p in known}
    if query.key in people:
        return people[query.key]
    surname = query.surname
    if not surname:
        return None
    given = _words(query.display)[: -len(surname)]
    hits = []
    for person in people.values():
        words = _words(person.display)
        n = len(surname)
        ends = [i + n for i in range(1, len(words) - n + 1) if tuple(words[i : i + n]) == surname]
        if any(_given_compatible(given, words[: end - n]) for end in ends):
            hits.append(person)
    return hits[0] if len(hits) == 1 else None
