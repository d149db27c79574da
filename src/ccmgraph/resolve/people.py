"""People's names: honorifics, case, diacritics, middle initials and glued words never make a new person.

"H.E. Henk Cor Van der Kwast" and "Ambassador Henk Cor van der Kwast" share one key;
"Michael Biontino Permanent Representative" and "MICHAEL BIONTINO" are Michael Biontino, and
"Encyla T. C. Sinjela" is Encyla Sinjela: a key is the full given name(s) and the surname,
without the initials in between, so it does not depend on which form a document uses.
A form with only an initial or a surname ("M. Biontino", "Ambassador Sinjela") has no key of
its own to trust: the resolver matches it against the people it knows (resolve/identity.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from unidecode import unidecode

from ccmgraph.vocabulary import (canonical_honorific, honorific_pattern, initial_honorifics, particles, role_words,
                                 title_keys, titled_given_names)


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
        words = name_words(self.display)
        start = len(words) - 1
        while start > 0 and words[start - 1] in particles():
            start -= 1
        return tuple(words[start:])


def name_words(name: str) -> list[str]:
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
        if canonical in titled_given_names() and len(remainder.split()) == 1:
            break  # "Princess Astrid": a royal named by one given name keeps the title in the name
        if found and canonical in initial_honorifics() and found[-1] not in initial_honorifics()[canonical]:
            break  # "Mr. M. Shameem Ahsan": after an English honorific "M." is an initial
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


@cache
def _role_tokens() -> frozenset[str]:
    """Single words of the role vocabulary ("permanent", "representative", "deputy"), folded."""
    return frozenset(w for phrase in role_words() for w in name_words(phrase))


_ROLE_GLUE = frozenset({"of", "to", "the", "and", "a", "i", "ai", "delegation", "mission", "head"})


def strip_roles(display: str) -> tuple[str, str | None]:
    """(name, role) of a name with role words glued before or after it, at least two name words kept.

    >>> strip_roles("Michael Biontino Permanent Representative")
    ('Michael Biontino', 'Permanent Representative')
    >>> strip_roles("Deputy Head of Delegation Anna Lee"), strip_roles("Anna Director")
    (('Anna Lee', 'Deputy Head of Delegation'), ('Anna Director', None))
    """
    words = display.split()
    roles = _role_tokens()

    def folded(word: str) -> list[str]:
        return name_words(word)

    def is_role(word: str) -> bool:
        parts = folded(word)
        return bool(parts) and all(f in roles or f in _ROLE_GLUE for f in parts)

    def is_glue(word: str) -> bool:
        return all(f in _ROLE_GLUE for f in folded(word))

    start, end = 0, len(words)
    while end - start > 2 and is_role(words[end - 1]):
        end -= 1
    while end - start > 2 and is_role(words[start]):
        start += 1
    while start < end and is_glue(words[start]):
        start += 1
    while end > start and is_glue(words[end - 1]):
        end -= 1
    cut = words[:start] + words[end:]
    if end - start < 2 or not any(f in roles for w in cut for f in folded(w)):
        return display, None
    return " ".join(words[start:end]), " ".join(cut)


def _cased(display: str) -> str:
    """A name written in capitals ("MICHAEL BIONTINO") as a name is written ("Michael Biontino")."""
    if not display.isupper() or len(display.replace(".", "").replace(" ", "")) <= 3:
        return display
    return " ".join(w.lower() if w.lower() in particles() else w.capitalize() if len(w) > 2 or "." not in w else w
                    for w in display.split())


def person_key(words: list[str]) -> str:
    """The key of a name's folded words: initials between the first given name and the surname
    left out ("encyla t c sinjela" -> "encyla-sinjela"); a leading initial is kept."""
    kept = [w for i, w in enumerate(words) if i == 0 or i == len(words) - 1 or len(w) > 1]
    return "-".join(kept)


def normalise_person(name: str) -> PersonName:
    """Display form without honorific, role words or case marks, and a key free of case, diacritics,
    dots and middle initials.

    >>> normalise_person("Ms. Markéta Homolková")
    PersonName(display='Markéta Homolková', key='marketa-homolkova', honorific='Ms.')
    >>> normalise_person("Ambassador Henk Cor van der Kwast").key
    'henk-cor-van-der-kwast'
    >>> normalise_person("H.E. MICHAEL BIONTINO, Permanent Representative").display
    'Michael Biontino'
    >>> normalise_person("Encyla T. C. Sinjela").key, normalise_person("SAR la Princesse Astrid").key
    ('encyla-sinjela', 'princess-astrid')
    """
    honorific, display = split_honorific(split_role(name)[0])
    display = _cased(strip_roles(display)[0])
    first, _, rest = display.partition(" ")
    keyed = f"{title_keys()[first]} {rest}" if first in title_keys() and rest else display  # "Princesse Astrid"
    return PersonName(display, person_key(name_words(keyed)), honorific)


def is_partial(person: PersonName) -> bool:
    """Only an initial, or only a surname, stands for the given names ("M. Biontino", "Sinjela")."""
    words = name_words(person.display)
    return len(words) - len(person.surname) < 1 or all(len(w) == 1 for w in words[: len(words) - len(person.surname)])


def given_compatible(given: list[str], candidate: list[str]) -> bool:
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
    given = name_words(query.display)[: -len(surname)]
    hits = []
    for person in people.values():
        words = name_words(person.display)
        n = len(surname)
        ends = [i + n for i in range(1, len(words) - n + 1) if tuple(words[i : i + n]) == surname]
        if any(given_compatible(given, words[: end - n]) for end in ends):
            hits.append(person)
    return hits[0] if len(hits) == 1 else None
