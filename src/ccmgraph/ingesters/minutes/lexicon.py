"""Which names in minutes are States and organisations, and who took the floor.

The recogniser is injected (`Lexicon`), so that the ingester can be tested and reused with
any registry; `default_lexicon()` plugs in ccmgraph.resolve.actors. Names only the convention of
the minutes makes definite ("ISU" in CCM minutes) are completed from minutes.yml, never
from a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ccmgraph.records import ActorKind
from ccmgraph.ingesters.minutes.text import patterns, rx

Found = tuple[int, str, str, str]  # offset, text as written, kind, canonical key
Lookup = Callable[[str], tuple[str, str] | None]  # name -> (kind, key)
Finder = Callable[[str], list[Found]]


@dataclass(frozen=True)
class Lexicon:
    """The two questions the ingester asks a registry."""

    lookup: Lookup
    find: Finder

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
        contextual = patterns()["contextual_orgs"].get(_fold(name))
        if contextual and self.lookup(str(contextual)) is not None:
            return str(contextual)
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
        for name in patterns()["contextual_orgs"]:
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE):
                if m.group(0)[0].isupper() and not any(a <= m.start() < b for a, b in taken):
                    ident = self.identify(m.group(0))
                    if ident:
                        found.append((m.start(), m.group(0), ident[0], ident[1]))
        return sorted(found)


def _fold(name: str) -> str:
    return " ".join(re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).lower().split())


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


_OF_SPEAKER = re.compile(r"(?:Ambassador|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.E\.?)\s+[A-Z][\w'’-]+\s+of\s+(?:the\s+)?$")


def speakers(text: str, lexicon: Lexicon) -> set[str]:
    """Keys of the parties that take the floor in `text` ("France expressed", "Mr X of Austria")."""
    found: set[str] = set()
    for offset, written, _, key in lexicon.actors(text):
        after = text[offset + len(written) :][:160]
        before = text[max(0, offset - 60) : offset]
        if _speech().match(after) or _OF_SPEAKER.search(before):
            found.add(key)
    return found
