"""Which names in minutes are States and organisations, and who took the floor.

The recogniser is injected (`Lexicon`), so that the ingester can be tested and reused with
any registry; `default_lexicon()` plugs in ccmgraph.resolve.actors. Names only the convention of
the minutes makes definite ("ISU" in CCM minutes) are completed from the vocabulary's bodies,
never from a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ccmgraph.records import ActorKind
from ccmgraph.ingesters.minutes.text import patterns, rx
from ccmgraph.vocabulary import body_organisation, contextual_names, honorific_pattern

Found = tuple[int, str, str, str]  # offset, text as written, kind, canonical key
Lookup = Callable[[str], tuple[str, str] | None]  # name -> (kind, key)
Finder = Callable[[str], list[Found]]


@dataclass(frozen=True)
class Lexicon:
    """The two questions the ingester asks a registry."""

    lookup: Lookup
    find: Finder
    # the convention of the minutes (its committee's), which makes "ISU" definite; None until the
    # heading has named the committee: no convention is assumed
    convention: str | None = None

    @property
    def own(self) -> str:
        """The minutes' convention; asking before the committee is known is a programming error."""
        if self.convention is None:
            raise ValueError("the minutes' convention is asked before their committee is known")
        return self.convention

    def identify(self, name: str) -> tuple[str, str] | None:
        """(kind, key) of a State or organisation name, with the minutes' own context names."""
        written = self.completed(name)
        return self.lookup(written) if written else None

    def completed(self, name: str) -> str | None:
        """The form of `name` a registry knows: as written, completed from the minutes' context
        ("ISU" -> "CCM ISU"), or with the "and" that lists in minutes drop restored
        ("Bosnia Herzegovina" -> "Bosnia and Herzegovina"); None when no form is known."""
        if self.lookup(name) is not None:
            return name
        contextual = body_organisation(name, self.convention) if self.convention else None
        if contextual and self.lookup(contextual) is not None:
            return contextual
        words = name.split()
        if 1 < len(words) <= 5 and not {"and", "&"} & {w.lower() for w in words}:
            joined = (" ".join(words[:i] + ["and"] + words[i:]) for i in range(1, len(words)))
            return next((j for j in joined if self.lookup(j) is not None), None)
        return None

    def known(self, name: str) -> bool:
        return self.identify(name) is not None

    def kind(self, name: str) -> ActorKind:
        found = self.identify(name)
        return "state" if found and found[0] == "state" else "organisation" if found else "unknown"

    def canonical_name(self, name: str, key: str | None = None) -> str:
        """The name in the form a registry knows (see `completed`), else the canonical key (a
        demonym such as "Dutch" becomes "NLD")."""
        return self.completed(name) or key or name

    def actors(self, text: str) -> list[Found]:
        """Every State and organisation named in `text`, plus context names such as "ISU"."""
        found = list(self.find(text))
        taken = [(o, o + len(w)) for o, w, _, _ in found]
        for name in contextual_names():
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE):
                if m.group(0)[0].isupper() and not any(a <= m.start() < b for a, b in taken):
                    ident = self.identify(m.group(0))
                    if ident:
                        found.append((m.start(), m.group(0), ident[0], ident[1]))
        return sorted(found)


def default_lexicon() -> Lexicon:
    """The lexicon backed by ccmgraph.resolve.actors (ISO 3166 States and the organisations table)."""
    from ccmgraph.resolve.actors import find_actor_names, lookup_org, lookup_state

    def lookup(name: str) -> tuple[str, str] | None:
        if state := lookup_state(name):
            return "state", state.iso3
        if org := lookup_org(name):
            return "organisation", org.key
        return None

    return Lexicon(lookup=lookup, find=find_actor_names)


@cache
def _speech() -> re.Pattern[str]:
    verbs = rx("speech_verbs").pattern
    nouns = patterns()["speaker_nouns"]
    return re.compile(
        rf"^(?:\s*,[^.;]{{0,90}}?,)?\s*,?\s+(?:(?:{nouns})s?\s+)?(?:\w+ly\s+|also\s+|further\s+|then\s+|had\s+|"
        rf"however,?\s+)*(?:{verbs})\b|^\s+(?:reporting\s+)?on\s+behalf\b",
        re.IGNORECASE,
    )


@cache
def _of_speaker() -> re.Pattern[str]:
    return re.compile(rf"{honorific_pattern()}\s+[A-Z][\w'’-]+\s+of\s+(?:the\s+)?$")


def after_person_of(before: str) -> bool:
    """The text ends with a person and "of" ("Mr X of the"), so the party next is theirs."""
    return _of_speaker().search(before) is not None


def speakers(text: str, lexicon: Lexicon) -> set[str]:
    """Keys of the parties that take the floor in `text` ("France expressed", "Mr X of Austria")."""
    found: set[str] = set()
    for offset, written, _, key in lexicon.actors(text):
        after = text[offset + len(written) :][:160]
        before = text[max(0, offset - 60) : offset]
        if _speech().match(after) or after_person_of(before):
            found.add(key)
    return found
