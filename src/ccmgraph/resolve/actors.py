"""Resolution: names as documents write them -> canonical States, organisations and people.

One registry (resolve_registry) backs every lookup; nothing here guesses. A name that is not
a known State, organisation or person-like name resolves to kind "unresolved", and the
caller keeps it as an unresolved actor with a warning.

>>> lookup_state("The Netherlands").iso3
'NLD'
>>> lookup_org("Secretariat - CCM ISU").key
'ccm-isu'
>>> resolve_actor("Ambassador Henk Cor van der Kwast").key
'henk-cor-van-der-kwast'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ccmgraph.iris import slug
from ccmgraph.resolve.people import PersonName, match_surname, normalise_person, split_honorific, split_role
from ccmgraph import vocabulary
from ccmgraph.resolve import identity, meetings
from ccmgraph.resolve import registry as resolve_registry
from ccmgraph.resolve import scan as resolve_scan
from ccmgraph.resolve.registry import (
    OrgEntry,
    StateEntry,
    demonym_index,
    foreign_demonym_index,
    foreign_state_index,
    organisation_index,
    organisations,
    state_codes,
    state_index,
    states,
    without_article,
)
from ccmgraph.resolve.scan import find_actor_names
from ccmgraph.resolve.text import name_key
from ccmgraph.vocabulary import particles

__all__ = [
    "OrgEntry",
    "PersonName",
    "Resolved",
    "StateEntry",
    "find_actor_names",
    "looks_like_person",
    "lookup_demonym",
    "lookup_foreign_demonym",
    "lookup_foreign_state",
    "lookup_org",
    "lookup_state",
    "match_surname",
    "normalise_person",
    "reload_tables",
    "resolve_actor",
]


@dataclass(frozen=True)
class Resolved:
    """What a name resolved to: kind state/organisation/person/unresolved, key and label."""

    kind: str
    key: str
    label: str


def lookup_state(name: str) -> StateEntry | None:
    """The State a name denotes (ISO names, common and curated forms; codes only in capitals)."""
    text = name.strip()
    if re.fullmatch(r"[A-Z]{2,3}", text) and text in state_codes():
        return states()[state_codes()[text]]
    iso3 = state_index().get(name_key(text))
    if iso3 is None and (paren := re.fullmatch(r"(.+?)\s*\((.+)\)", text)):
        # "Bolivia (Plurinational State of)" -> "Plurinational State of Bolivia"
        iso3 = state_index().get(name_key(f"{paren.group(2)} {paren.group(1)}"))
    if iso3 is None and (bare := without_article(text, elided_only=True)):
        return lookup_state(bare)  # "l'Afghanistan", "d’Allemagne": French elides before a name
    return states().get(iso3) if iso3 else None


def lookup_foreign_state(name: str, *, colliding: bool = True) -> StateEntry | None:
    """The State a French or Spanish name denotes ("Afrique du Sud" -> ZAF), for a name that
    stands where only a State can (a table row, a notice's slot); `colliding=False` refuses
    names that are also common words or given names ("Maurice").

    >>> lookup_foreign_state("Bolivie (État plurinational de)").iso3, lookup_foreign_state("Maurice", colliding=False)
    ('BOL', None)
    >>> lookup_foreign_state("de l’Angola").iso3, lookup_foreign_state("l'Union européenne")
    ('AGO', None)
    """
    hit = foreign_state_index().get(name_key(name.strip()))
    if hit is None and (bare := without_article(name)):  # "la Belgique", "de l’Angola"
        return lookup_foreign_state(bare, colliding=colliding) or lookup_state(bare)
    if hit is None or (hit[1] and not colliding):
        return None
    return states().get(hit[0])


def lookup_demonym(word: str) -> StateEntry | None:
    """The State whose adjective this is ("Dutch" -> Netherlands); ambiguous ones are absent."""
    iso3 = demonym_index().get(name_key(word))
    return states().get(iso3) if iso3 else None


def lookup_foreign_demonym(word: str) -> StateEntry | None:
    """The State a Spanish or French adjective of nationality names, in either gender
    ("mozambiqueña", "suisse" -> Switzerland); an ambiguous or unknown word is None.

    >>> lookup_foreign_demonym("mozambiqueña").iso3, lookup_foreign_demonym("norvégienne").iso3
    ('MOZ', 'NOR')
    """
    iso3 = foreign_demonym_index().get(name_key(word))
    return states().get(iso3) if iso3 else None


def lookup_org(name: str) -> OrgEntry | None:
    """The organisation of the curated table that a name, abbreviation or alias denotes."""
    key = organisation_index().get(name_key(name))
    return organisations().get(key) if key else None


# Words that are capitalised in minutes and news but are not parts of people's names.
_NOT_NAME_WORDS = frozenset(
    "apologies received present not update updates opening remarks meeting meetings committee convention "
    "conference report reports statement presidency president coordinator coordinators director action plan "
    "programme seminar workshop assistance victim clearance universalization universalisation reporting "
    "cooperation international national general status operation measures implementation stockpile "
    "destruction retention agenda item minutes date next any other business secretariat states parties "
    "state party mission permanent news side event launch guidance approval matter".split()
)


def looks_like_person(line: str) -> bool:
    """True for an honorific followed by a name, or 2-5 name-like words that name no State/org.

    >>> looks_like_person("H.E Thomas Hajnoczi"), looks_like_person("Thomas Zehetner")
    (True, True)
    >>> looks_like_person("Costa Rica"), looks_like_person("Victim Assistance")
    (False, False)
    """
    honorific, rest = split_honorific(split_role(line)[0])
    if not rest or lookup_state(rest) or lookup_org(rest):
        return False
    words = rest.replace(".", ". ").split()
    named = [w for w in words if w.lower() not in particles()]
    if not named or not all(_name_like(w) for w in named):
        return False
    if honorific:
        return len(words) <= 6
    return 2 <= len(named) <= 5 and not all(w.isupper() for w in named) and not find_actor_names(rest)


def _name_like(word: str) -> bool:
    if word.lower().strip(".,") in _NOT_NAME_WORDS:
        return False
    return bool(re.fullmatch(r"[^\W\d_][.]|[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*", word)) and word[0].isupper()


def resolve_actor(name: str, kind_hint: str = "unknown") -> Resolved:
    """Resolve one name; the hint decides which registry is asked first, never what is accepted
    (except that a name an ingester gives as a State may be a French or Spanish one).

    A surname-only person ("Ambassador Sinjela") gets its own key here: callers holding the
    document's full names ask `match_surname` first.
    """
    text = " ".join(name.split())
    order = {"state": "sop", "organisation": "osp", "person": "pso"}.get(kind_hint, "sop")
    for step in order:
        if step == "s" and (state := lookup_state(text) or (lookup_foreign_state(text) if kind_hint == "state" else None)):
            return Resolved("state", state.iso3, state.name)
        if step == "o" and (org := lookup_org(text)):
            return Resolved("organisation", org.key, org.name)
        if step == "p" and text and looks_like_person(text):
            person = normalise_person(text)
            return Resolved("person", person.key, person.display)
    return Resolved("unresolved", slug(text), text)


def reload_tables() -> None:
    """Read the reference tables and the vocabulary again (they are loaded once; tests switch
    CCMGRAPH_DATA)."""
    resolve_registry.clear_caches()
    resolve_scan.clear_cache()
    vocabulary.clear_caches()
    meetings.clear_cache()
    identity.curated_people.cache_clear()
