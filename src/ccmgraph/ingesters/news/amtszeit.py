"""A State's presidency or coordination German prose gives by years, not by a meeting.

German pages of a Foreign Office tell a State's own posts in a sentence each: "Deutschland ist
Gründungsmitglied der CCM und hat die Konferenz von 2016 bis 2017 als Präsidentschaft
geführt"; "Seit 2017 sitzt Deutschland im Koordinierungsausschuss der Konvention als
Koordinator für allgemeine Fragen ... den Status und die Umsetzung der Konvention". The
English readers (terms.py, coordinators.py) and the adjective reader (vorsitz.py) read none
of it. The State is the sentence's subject (its German name, by the name tables where only a
State can stand); the years are the clause's "von ... bis ..." (start and end) or "seit ..."
(a start only); the convention is the one the sentence names, else the page's one where the
clause refers back to it ("die Konferenz", "der Konvention"). A coordinator's theme is read
only where amtszeit.yml maps its German words to the convention's theme; an unknown theme
gives nothing, rather than a post of no theme the text does give.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from ccmgraph.ingesters.flat.vocab import load_yaml
from ccmgraph.ingesters.news.german import german_state
from ccmgraph.ingesters.news.text import Sentence, conventions
from ccmgraph.records import ActorRef, Mandate, PartialDate
from ccmgraph.resolve.actors import lookup_state

CONVENTIONS = ("ccm", "apmbc", "ccw-p5")
#: The cheap test: a word of either post.
_CHEAP = re.compile(r"Präsidentschaft|Vorsitz|Koordinator")
#: A German State's name: one to three capitalised words, from each capitalised word on.
_NAME = re.compile(r"(?<![\wäöüß-])(?=(?P<name>[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+){0,2}))")


@cache
def _table() -> dict[str, Any]:
    return load_yaml(Path(__file__).with_name("amtszeit.yml"))


@cache
def _rx(key: str) -> re.Pattern[str]:
    return re.compile("".join(str(_table()[key]).split()))


@cache
def _themes(convention: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(str(t["pattern"])), str(t["label"])) for t in _table()["themes"].get(convention, []))


def _years(clause: str) -> tuple[PartialDate | None, PartialDate | None]:
    """Start and end of "von 2016 bis 2017"; the start alone of "seit 2017"; else none."""
    if m := _rx("span").search(clause):
        start, end = int(m["a"]), int(m["b"])
        return (PartialDate(start), PartialDate(end)) if start <= end else (None, None)
    if m := _rx("since").search(clause):
        return PartialDate(int(m["a"])), None
    return None, None


def _convention(text: str, clause: str, page_convention: str | None) -> str | None:
    """The one convention the sentence names, else the page's where the clause refers to it."""
    named = {c for _, _, c in conventions(text) if c in CONVENTIONS}
    if len(named) == 1:
        return next(iter(named))
    if not named and page_convention in CONVENTIONS and _rx("generic").search(clause):
        return page_convention
    return None


def german_presidency_years(sentence: Sentence, page_convention: str | None, context: str) -> Iterator[Mandate]:
    """The presidency "<State> hat ... von 2016 bis 2017 als Präsidentschaft geführt" states."""
    text = sentence.text
    if not _CHEAP.search(text):
        return
    m = _rx("presided").match(text.strip())
    if m is None or not _rx("presidency_words").search(m["mid"]) or _rx("other_body").search(m["mid"]):
        return
    start, end = _years(m["mid"])
    state = _state(m["name"])
    convention = _convention(text, m["mid"], page_convention)
    if start is None or state is None or convention is None:
        return
    yield Mandate(state, "president", sentence.quote(), convention, start=start, end=end, context=context)


def german_coordinators(sentence: Sentence, page_convention: str | None, context: str) -> Iterator[Mandate]:
    """The coordination "<State> ... als Koordinator für <theme>" states, by the theme's label."""
    text = sentence.text
    if not _CHEAP.search(text):
        return
    for m in _rx("coordinator").finditer(text):
        states = _states(text[: m.start()])
        if len(states) != 1:
            continue  # none, or several: whose post it is is not said
        convention = _convention(text, text, page_convention)
        if convention is None:
            continue
        theme = next((label for rx, label in _themes(convention) if rx.match(text, m.end())), None)
        if theme is None:
            continue
        start, end = _years(text)
        yield Mandate(states[0], "coordinator", sentence.quote(), convention, theme, start, end, context=context)


def _states(text: str) -> list[ActorRef]:
    """The States `text` names by their German names, once each."""
    found: dict[str, ActorRef] = {}
    for m in _NAME.finditer(text):
        if (state := _state(m["name"])) is not None:
            found.setdefault(state.name, state)
    return list(found.values())


def _state(name: str) -> ActorRef | None:
    """The State a German name names (its longest leading run of words), or the English name
    German writes alike ("Chile", "Peru"), which the German name tables do not repeat."""
    if (state := german_state(name)) is not None:
        return state
    words = name.split()
    for n in range(len(words), 0, -1):
        if (entry := lookup_state(" ".join(words[:n]))) is not None:
            return ActorRef(entry.name, "state")
    return None
