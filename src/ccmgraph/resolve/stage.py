"""The resolve stage: records with names as written in, the same records with keys out.

Between extract and map (DESIGN.md "Data flow"). Every ActorRef gets the key of the State,
organisation or person it names (`key`, `label`), each Meeting its identity ("msp/ccm-7msp"),
each meeting Mention its target; people are resolved for the whole document at once, with the
party they sit with, so that "Ambassador Sinjela" can find "Encyla T. C. Sinjela". Uncertain
person matches come out as candidates, never as merges. Mapping only reads the keys.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ccmgraph import records as r
from ccmgraph.document.read import Document
from ccmgraph.resolve.actors import Resolved, looks_like_person, resolve_actor
from ccmgraph.resolve.held import drop_impossible
from ccmgraph.resolve.identity import Candidate, PeopleResolver
from ccmgraph.resolve.meetings import meeting_key, mention_key, record_kind_held
from ccmgraph.resolve.people import name_words, normalise_person
from ccmgraph.resolve.scan import find_actor_names
from ccmgraph.vocabulary import convention_of, conventions_about, meeting_mentions

_KIND_PATH = {"state": "state", "organisation": "org", "person": "person"}


@dataclass
class Resolution:
    """The resolved records of one document and the candidates its people raised."""

    records: list[r.Record]
    candidates: list[Candidate] = field(default_factory=list)


def actor_key(resolved: Resolved) -> str | None:
    """"state/NLD", "org/cmc", "person/michael-biontino"; None for an unresolved name."""
    path = _KIND_PATH.get(resolved.kind)
    return f"{path}/{resolved.key}" if path else None


def split_glued_party(name: str) -> tuple[str, str | None]:
    """A person's name with a party written after it ("Michael Biontino Germany", "X of Chile").

    >>> split_glued_party("Michael Biontino Germany"), split_glued_party("Jordan Smith")
    (('Michael Biontino', 'Germany'), ('Jordan Smith', None))
    """
    found = find_actor_names(name)
    if found:
        offset, written, _, _ = found[-1]
        rest = name[:offset].rstrip(" ,;-–(")
        rest = re.sub(r"\s+(?:of|from|for)(?:\s+the)?$", "", rest, flags=re.IGNORECASE)
        tail = name[offset + len(written) :].strip(" )")
        if not tail and len(rest.split()) >= 2 and offset > 0:
            return rest, written
    return name, None


def _person_context(rec: r.Record) -> Iterator[tuple[r.ActorRef, r.ActorRef | None]]:
    """Each person a record names, with the party the record seats them with."""
    if isinstance(rec, r.Attendance):
        for person in rec.people:
            yield person, rec.party
    elif isinstance(rec, r.Meeting) and rec.chair is not None:
        yield rec.chair, rec.chair_party
    elif isinstance(rec, r.Mandate) and rec.holder.kind == "person":
        yield rec.holder, rec.on_behalf_of
    elif isinstance(rec, r.Mention) and rec.kind == "person" and rec.party is not None:
        yield r.ActorRef(rec.name, rec.kind), rec.party


def _mentioned(rec: r.Record) -> list[r.ActorRef]:
    """The actor a mention names, as the ActorRef the resolver keys it by."""
    if isinstance(rec, r.Mention) and rec.kind in ("state", "organisation", "person"):
        return [r.ActorRef(rec.name, rec.kind)]
    return []


def _refs(value: Any) -> Iterator[r.ActorRef]:
    if isinstance(value, r.ActorRef):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _refs(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _refs(getattr(value, f.name))


class _Resolver:
    def __init__(self, records: list[r.Record], convention: str | None) -> None:
        self.convention = convention
        self.parties: dict[r.ActorRef, str | None] = {}
        self._actors: dict[tuple[str, str], Resolved] = {}
        for rec in records:
            for person, party in _person_context(rec):
                self.parties.setdefault(person, self._party_key(person.party or (party.name if party else None)))
        self.written: dict[r.ActorRef, tuple[str, str | None]] = {}
        for rec in records:
            for ref in [*_refs(rec), *_mentioned(rec)]:
                if self._is_person(ref):
                    self.written[ref] = self._person_form(ref)
        self.people = PeopleResolver(self.written.values())

    def _party_key(self, name: str | None) -> str | None:
        return actor_key(self._resolve(name, "unknown")) if name else None

    def _resolve(self, name: str, kind: str) -> Resolved:
        if (name, kind) not in self._actors:
            self._actors[(name, kind)] = resolve_actor(name, kind)
        return self._actors[(name, kind)]

    def _is_person(self, ref: r.ActorRef) -> bool:
        if ref.kind == "person":
            return True
        return self._resolve(ref.name, ref.kind).kind == "person"

    def _person_form(self, ref: r.ActorRef) -> tuple[str, str | None]:
        name, glued = split_glued_party(ref.name)
        party = self.parties.get(ref) or self._party_key(ref.party) or (self._party_key(glued) if glued else None)
        return name, party

    def actor(self, ref: r.ActorRef) -> r.ActorRef:
        if ref in self.written:
            written, party = self.written[ref]
            identity = self.people.identity(written, party)
            if not identity.key or not looks_like_person(written) and ref.kind != "person":
                return ref
            return dataclasses.replace(ref, kind="person", key=f"person/{identity.key}", label=identity.display,
                                       party=ref.party or party)
        resolved = self._resolve(ref.name, ref.kind)
        key = actor_key(resolved)
        kind = resolved.kind if resolved.kind in ("state", "organisation") else ref.kind
        return dataclasses.replace(ref, kind=kind, key=key, label=resolved.label if key else None)  # type: ignore[arg-type]

    def surname_alone(self, ref: r.ActorRef) -> bool:
        """Whether a person is named by a surname alone that is no one the document names in full
        nor the curated tables know ("Keul said ..." with no "Anna Keul"): such a name is no new person."""
        if ref not in self.written:
            return False
        written, party = self.written[ref]
        parsed = normalise_person(written)
        if not parsed.key or len(name_words(parsed.display)) > len(parsed.surname):
            return False  # "T. Hajnoczi": initials say which person it is
        if any(c.person == parsed.key for c in self.people.candidates):
            return False  # "Mr. Flera" may be the curated tables' Wojciech Flera: kept, as a candidate
        return self.people.identity(written, party).key == parsed.key

    def record(self, rec: r.Record) -> r.Record:
        if isinstance(rec, r.Mention) and rec.kind == "person" \
                and self.surname_alone(r.ActorRef(rec.name, "person")):
            return r.Warning_(f"left out the person {rec.name!r}: a surname alone, and no one of that "
                              "name is named in full", rec.quote)
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(rec):
            value = getattr(rec, f.name)
            if isinstance(value, r.ActorRef):
                changes[f.name] = self.actor(value)
            elif isinstance(value, tuple) and value and all(isinstance(v, r.ActorRef) for v in value):
                changes[f.name] = tuple(self.actor(v) for v in value)
        if isinstance(rec, r.Meeting):
            held = record_kind_held(rec.kind, rec.convention or self.convention)
            if held != rec.kind:
                changes["kind"] = held
            changes["identity"] = meeting_key(rec.kind, rec.convention, number=rec.number, short_name=rec.short_name,
                                              title=rec.title, start=rec.date, end=rec.end_date,
                                              suffix=_suffix(rec), document_convention=self.convention)
        if isinstance(rec, r.Mention) and rec.kind == "meeting":
            changes["target"] = mention_key(rec.name, self.convention)
        elif isinstance(rec, r.Mention) and rec.kind in ("state", "organisation", "person"):
            mentioned = self.actor(r.ActorRef(rec.name, rec.kind))
            changes["target"], changes["label"] = mentioned.key, mentioned.label
        return dataclasses.replace(rec, **changes) if changes else rec


def _suffix(rec: r.Meeting) -> str | None:
    """What tells two meetings of one kind on one day apart: the short name, else the city; two
    conventions' committees meeting on one day by the convention (the CCM's keeps the bare date)."""
    if rec.kind == "cc":
        return None if (rec.convention or "ccm") == "ccm" else rec.convention
    if rec.short_name:
        return rec.short_name
    if rec.kind not in ("cc", "msp", "revcon") and rec.city:
        return rec.city
    return None


def resolve_records(records: Iterable[r.Record], convention: str | None = None) -> Resolution:
    """The records of one document with keys; `convention` is the one the document is about
    (None where it names none: then no numbered meeting is given one by guess)."""
    items = _placed(list(records))
    resolver = _Resolver(items, convention)
    resolved = drop_impossible([_held_by_someone(resolver.record(rec)) for rec in items], convention)
    return Resolution(resolved, list(dict.fromkeys(resolver.people.candidates)))


#: The most words a city's name has ("Siem Reap", "San José", "Panama City", "Santa Cruz de la Sierra").
CITY_WORDS = 5


def _placed(records: list[r.Record]) -> list[r.Record]:
    """Each meeting with a city that reads as a place, else with none and a warning: a reader's
    pattern run over a heading in capitals can take a whole sentence for the city ("SEVENTH
    MEETING ... TO MEET IN GENEVA FROM"), and written, it would be a place of that name."""
    out: list[r.Record] = []
    for rec in records:
        city = rec.city if isinstance(rec, r.Meeting) else None
        if isinstance(rec, r.Meeting) and city and (
                len(city.split()) > CITY_WORDS or any(c.isdigit() for c in city) or next(meeting_mentions(city), None)):
            out.append(r.Warning_(f"left out the city {city!r} of a meeting: it does not read as a place", rec.quote))
            rec = dataclasses.replace(rec, city=None)
        out.append(rec)
    return out


def _held_by_someone(rec: r.Record) -> r.Record:
    """A post whose holder was read as a State that no State's name resolves ("Colombia (Sra.
    X)") is left out with a warning: written, it would be held by an actor of no kind."""
    if isinstance(rec, r.Mandate) and rec.holder.kind == "state" and not rec.holder.key:
        return r.Warning_(f"left out the {rec.role} {rec.holder.name!r}: no State of that name is known", rec.quote)
    return rec


def document_convention(kind: str, doc: Document) -> str | None:
    """The convention a document is about: the one its heading names, else the one its text names
    or speaks of most, else None (none is guessed). Organisations' names are no evidence: the
    "International Campaign to Ban Landmines - Cluster Munition Coalition" names both."""
    heading = without_organisations(" ".join(line for line in doc.lines[:12] if line.strip()))
    return convention_of(heading) or next(iter(conventions_about(without_organisations("\n".join(doc.lines)))), None)


def without_organisations(text: str) -> str:
    """The text with every organisation's name blanked (offsets kept).

    >>> without_organisations("the Cluster Munition Coalition and cluster munitions")
    'the                            and cluster munitions'
    """
    for offset, written, kind, _ in find_actor_names(text):
        if kind == "organisation":
            text = text[:offset] + " " * len(written) + text[offset + len(written):]
    return text
