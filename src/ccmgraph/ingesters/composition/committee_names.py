"""The APMBC's committees by name: the registry's English names and aliases, and the French,
Spanish and translated names composition.yml gives, each with its English body and convention."""

from __future__ import annotations

import re
from functools import cache

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
