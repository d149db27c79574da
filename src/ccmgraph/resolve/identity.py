"""One key per person: full names by their normalised key, partial forms against known people.

A full name ("Michael Biontino", "H.E. Mr. MICHAEL BIONTINO, Permanent Representative") has a key
of its own that no ingestion order changes. A form with only an initial ("M. Biontino") is
matched against the full names of the same document and of the curated tables; one compatible
person of a compatible party is that person. A surname alone is merged only with the one person
of that surname the same document names; matched only elsewhere, it is a candidate. Names
one letter apart within one delegation, and one name in two delegations, are candidates too:
two people of different States are never merged on the name alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ccmgraph.resolve.people import PersonName, _given_compatible, _words, is_partial, normalise_person
from ccmgraph.resolve.registry import read_table


@dataclass(frozen=True)
class Candidate:
    """A likely but uncertain identity: `person` may be `other`, for the `reason` given."""

    person: str
    other: str
    reason: str


@dataclass(frozen=True)
class Known:
    """A person known by a full name, and the party (actor key, "state/NLD") it sits with."""

    name: PersonName
    party: str | None


@dataclass(frozen=True)
class Identity:
    """The key and display name a written person resolved to."""

    key: str
    display: str


@cache
def curated_people() -> tuple[Known, ...]:
    """The people of the curated mandates table, with the State they held the post for."""
    rows = read_table("mandates.csv", ("holder_state", "holder_person"), required=False)
    found = {}
    for row in rows:
        if row["holder_person"]:
            name = normalise_person(row["holder_person"])
            found[(name.key, row["holder_state"])] = Known(name, f"state/{row['holder_state']}" if row["holder_state"] else None)
    return tuple(found.values())


def _compatible_party(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _matches(query: PersonName, party: str | None, pool: Iterable[Known]) -> list[Known]:
    surname = query.surname
    given = _words(query.display)[: -len(surname)] if surname else []
    hits = {}
    for known in pool:
        if known.name.surname != surname or is_partial(known.name) or not _compatible_party(party, known.party):
            continue
        if _given_compatible(given, _words(known.name.display)[: -len(surname)]):
            hits[known.name.key] = known
    return list(hits.values())


def _one_letter_apart(a: str, b: str) -> bool:
    """Same length and one letter different, or one letter more (a typing slip, not another name)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


class PeopleResolver:
    """Resolves the people one document names, all at once (partial forms need the full ones)."""

    def __init__(self, written: Iterable[tuple[str, str | None]], known: Iterable[Known] = ()) -> None:
        self.candidates: list[Candidate] = []
        self._identity: dict[tuple[str, str | None], Identity] = {}
        pairs = list(dict.fromkeys(written))
        parsed = {pair: normalise_person(pair[0]) for pair in pairs}
        written_full = [(p, Known(parsed[p], p[1])) for p in pairs if parsed[p].key and not is_partial(parsed[p])]
        full = [k for _, k in written_full]
        curated = list(known) or list(curated_people())
        self._full_names(written_full, curated)
        # initials first: "M. Biontino", once it is Michael Biontino, lets "Mr. Biontino" of the
        # same document be him too
        partial = sorted((p for p in pairs if p not in self._identity), key=lambda p: len(parsed[p].surname) - len(_words(parsed[p].display)))
        for pair in partial:
            found = self._identity[pair] = self._partial(parsed[pair], pair[1], full, curated)
            if found.key != parsed[pair].key:
                full.append(Known(normalise_person(found.display), pair[1]))

    def _full_names(self, written_full: list[tuple[tuple[str, str | None], Known]], curated: list[Known]) -> None:
        """Full names keep their key, unless their party differs from another holder of the name."""
        full = [k for _, k in written_full]
        parties: dict[str, set[str]] = {}
        for person in full + curated:
            if person.party:
                parties.setdefault(person.name.key, set()).add(person.party)
        for pair, person in written_full:
            key = person.name.key
            others = parties.get(key, set()) - {person.party}
            if person.party and others and person.party not in {c.party for c in curated if c.name.key == key}:
                own = f"{key}-{person.party.rsplit('/', 1)[-1].lower()}"
                for other in sorted(others):
                    self.candidates.append(Candidate(own, key, f"same name, other party ({other} and {person.party})"))
                key = own
            self._identity[pair] = Identity(key, person.name.display)
        by_party: dict[str | None, list[str]] = {}
        for person in full:
            by_party.setdefault(person.party, []).append(person.name.key)
        for party, keys in by_party.items():
            unique = sorted(set(keys))
            for i, a in enumerate(unique):
                for b in unique[i + 1 :]:
                    if party and _one_letter_apart(a, b):
                        self.candidates.append(Candidate(a, b, f"one letter apart within one delegation ({party})"))

    def _partial(self, name: PersonName, party: str | None, full: list[Known], curated: list[Known]) -> Identity:
        """An initial or a surname: the one compatible person, else its own key (and candidates)."""
        if not name.key:
            return Identity(name.key, name.display)
        initials = len(_words(name.display)) > len(name.surname)
        in_document = _matches(name, party, full)
        elsewhere = _matches(name, party, curated)
        if len(in_document) == 1:
            found = in_document[0]
            return Identity(self._key_of(found), found.name.display)
        if initials and not in_document and len(elsewhere) == 1:
            return Identity(elsewhere[0].name.key, elsewhere[0].name.display)
        for other in in_document + elsewhere:
            why = "surname alone" if not initials else "initials fit several people"
            self.candidates.append(Candidate(name.key, other.name.key, why))
        return Identity(name.key, name.display)

    def _key_of(self, person: Known) -> str:
        """The key a full name of this document was given (its own, or with its party)."""
        return next((i.key for (w, p), i in self._identity.items()
                     if p == person.party and normalise_person(w).key == person.name.key), person.name.key)

    def identity(self, written: str, party: str | None) -> Identity:
        return self._identity[(written, party)]
