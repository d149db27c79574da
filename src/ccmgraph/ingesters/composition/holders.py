"""Lists of post holders as pages write them: States, or people each with their State.

"Belgium and Zimbabwe"; "Ambassador Carlo Trezza of Italy and Mr. Carlos Arroyave-Prera of
Guatemala"; "Raja Reza Zaid Shah, Malaysia / Karol Mistrík, Slovakia"; "Mr. A (South Africa) and
Ambassador B (Canada)"; "Colombia (Sra. Fulvia Benavides) and France (Ambassador Gerard
Chesnel)"; "l'Ambassadeur X de la France". The list runs from where a role word leaves off,
joined by commas, "and" (et, y) or line breaks; the first thing that is neither ends it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ccmgraph.records import Quote
from ccmgraph.ingesters.composition.foreign import foreign_state_spans
from ccmgraph.ingesters.composition.words import words
from ccmgraph.ingesters.flat.states import StateSpan
from ccmgraph.resolve.actors import find_actor_names
from ccmgraph.vocabulary import honorific_pattern

#: How far after its role word a list may run (characters).
LIST_WITHIN = 400
_SEPARATOR = re.compile(r"[\s,;&)]*(?:\b(?:and|AND|et|ET|y|Y)\b[\s,]*)?(?:\bthe\s+)?$")


@cache
def _person_lead() -> re.Pattern[str]:
    """The words before a State that make a person of it: "Mr. Carlos Arroyave-Prera of", "Philippa King,"."""
    titled = rf"(?:(?:{honorific_pattern(with_titles=True)})\.?\s+)*"
    name = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|van|von|de|der|da|dos|del|la|le|bin|al)){1,4}"
    of = r"\s+(?:of(?:\s+the)?|de(?:\s+la|\s+los|\s+las|\s+l['’])?|du|del|d['’])"  # "of the", French and Spanish "de", "du", "d'"
    return re.compile(rf"^[\s,;&)]*(?:\b(?:and|et|y)\b\s*)?(?:l['’]|el\s+|la\s+|le\s+)?(?P<person>{titled}(?P<name>{name}))\s*(?:,|\(|{of})\s*$")


@cache
def _bracket() -> re.Pattern[str]:
    return re.compile(words()["standing_bracket"].replace("{titled}", _titled()))


def _titled() -> str:
    return (rf"(?:(?:{honorific_pattern(with_titles=True)})\.?\s+)+"
            r"(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|van|von|de|der|da|dos|del|la|le|bin|al)){0,4})")


def listed(text: str, at: int, line: int) -> Iterator[tuple[str | None, StateSpan, Quote]]:
    """The States (with the person before each, if any) of the list that starts at `at`."""
    window = text[at : at + LIST_WITHIN]
    pos = 0
    for state in foreign_state_spans(window):
        if state.start < pos:
            continue
        gap = window[pos : state.start]
        person = None
        if not _SEPARATOR.match(gap):
            lead = _person_lead().match(gap)
            if lead is None or find_actor_names(lead["name"]) or "\n\n" in gap:
                return
            person = _untitled(lead["name"])
            if not person:
                return
        elif "\n\n" in gap or (pos == 0 and "\n" in gap and gap.strip()):
            return
        pos = state.end
        bracket = _bracket().match(window, pos)  # "Colombia (Sra. Fulvia Benavides)"
        if bracket is not None:
            if person is not None or find_actor_names(bracket["name"]):
                return
            person, pos = " ".join(bracket["name"].split()), bracket.end()
        quote = Quote(" ".join(window[:pos].split())[-200:], line)
        yield person, state, quote


def _untitled(name: str) -> str:
    """A name without the titles the name pattern took for given names ("Ambassador Chesnel" -> "Chesnel")."""
    return re.sub(rf"^(?:(?:{honorific_pattern(with_titles=True)})\.?\s+)+", "", " ".join(name.split()))
