"""The APMBC's committees by name: the registry's English names and aliases, and the French,
Spanish and translated names composition.yml gives, each with its English body and convention."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ccmgraph.ingesters.composition.words import words
from ccmgraph.vocabulary import bodies


@cache
def committee_names() -> tuple[str, dict[str, tuple[str, str]]]:
    """An alternation (no groups) of every listed committee's English name, and each folded
    name's (body, convention)."""
    named: dict[str, tuple[str, str]] = {}
    for key in words()["committee_list_bodies"]:
        body = bodies()[key]
        (convention,) = body["conventions"]
        for name in body["names"]:
            named[" ".join(name.lower().split())] = (str(name), str(convention))
    for alias, name in (words()["committee_list_aliases"] or {}).items():
        named[" ".join(str(alias).lower().split())] = named[" ".join(str(name).lower().split())]
    names = sorted(named, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in names), named


@cache
def foreign_committee_names() -> list[tuple[re.Pattern[str], str]]:
    """The committees' other names (patterns), each with the English body it stands for."""
    return [(re.compile(str(e["pattern"]), re.IGNORECASE), str(e["body"]))
            for e in [*words()["foreign_committees"], *words()["committee_variants"]]]


def committee_body(written: str) -> tuple[str, str] | None:
    """The English body and convention of a committee's name as written."""
    _, named = committee_names()
    found = named.get(" ".join(written.lower().split()))
    if found is not None:
        return found
    for pattern, body in foreign_committee_names():
        if pattern.fullmatch(written.strip()):
            return named.get(" ".join(body.lower().split()))
    return None


def may_name_committee(text: str) -> bool:
    """The cheapest test that `text` may name one of the committees (all English names are
    "Committee on ...", the French and Spanish ones "Comité ..."): for readers run on every text."""
    return any(w in text for w in ("ommittee on", "OMMITTEE ON", "ommittee On", "omit", "OMIT"))


#: How far into a text its headline and lead run (characters): where it names its subject.
LEAD = 700


def named_committees(text: str) -> list[tuple[int, tuple[str, str]]]:
    """Where `text` names one of the committees, with its body and convention, in order."""
    found = []
    for m in _any_name().finditer(text):
        body = committee_body(m.group(0))
        if body is not None:
            found.append((m.start(), body))
    return found


@lru_cache(maxsize=4)  # asked by the chairs' and the elections' readers of the same text
def subject_committee(text: str) -> tuple[str, str] | None:
    """The committee a text is about, which its bare "the Committee" means: the committee its
    headline or lead names first, and alone there or again before any other is named (a press
    release on one committee's work that mentions others further on). A lead that names another
    body ("the Coordinating Committee") has no such subject."""
    head = text[:LEAD]
    named = named_committees(head)
    spans = [(m.start(), m.end()) for m in _any_name().finditer(head)]
    for word in re.finditer(words()["committee_word_cased"], head):
        if not any(a <= word.start() < b for a, b in spans) and re.search(words()["other_committee"], head[: word.end()]):
            return None
    if not named:
        return None
    first = named[0][1]
    others = [at for at, body in named if body != first]
    again = [at for at, body in named[1:] if body == first and (not others or at < others[0])]
    return first if again or not others else None


@cache
def _any_name() -> re.Pattern[str]:
    english, _ = committee_names()
    return re.compile("|".join([english, *(p.pattern for p, _ in foreign_committee_names())]), re.IGNORECASE)
