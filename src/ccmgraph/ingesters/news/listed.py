"""Lists of States inside a sentence, that a count or a label introduces: undated steps.

"The workshop gathered 5 States Parties (Lao PDR, New Zealand, Philippines, Sri Lanka, and
Switzerland)": each State in the brackets is a Party, bound on no step the list says (a consent
to be bound); "three signatories (Angola, Kenya and Liberia)" each signed. "108 États ont signé
la Convention et 46 l'ont ratifiée, parmi lesquels l'Allemagne, ... et le Japon", "95 States have
ratified it, including A and B", "42 Staaten haben das Übereinkommen ratifiziert, darunter A
und B", "the Convention has been ratified by 75 States, including A and B": each State of the
list took the step the count's verb names; "90 States Parties, including A and B" are bound. Strict (treaty.yml
`bracket_*`, `among_*`, `listed_*`), because a wrong list writes many wrong facts at once:
- every item is one State (in English, or French or Spanish between the list's commas) joined
  to the next by a comma or "and", and the list ends where the bracket or the sentence ends:
  anything else after its last State and the list gives nothing;
- a count before a bracketed list is the number of States in it; one before "including" counts
  at least as many as are listed ("46 ..., among them" seven of them); "States not Party (...)"
  and "non-signatories (...)" are no label, "have not ratified" no step;
- the convention is the one the label or the verb's object names, else (a generic "the
  Convention", "it", "l'ont ratifiée") the one the sentence names, else the page's where the
  sentence names no other treaty. No date is ever given: a list dates nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import cast

from ccmgraph.ingesters.news.regions import listed_states
from ccmgraph.ingesters.news.text import NUMBER, Recogniser, Sentence, conventions
from ccmgraph.ingesters.news.treaty import regex, treaty_words
from ccmgraph.ingesters.news.undated import sentence_one, written_number
from ccmgraph.records import ActorRef, TreatyEvent, TreatyEventKind

CONVENTIONS = ("ccm", "apmbc", "ccw-p5")
State = tuple[int, int, ActorRef]


@cache
def _rx(name: str) -> re.Pattern[str]:
    """treaty.yml's pattern `name`, its layout blanks dropped and NUMBER the written number."""
    return re.compile("".join(str(treaty_words()[name]).split()).replace("NUMBER", NUMBER), re.IGNORECASE)


@cache
def _kinds(name: str) -> list[tuple[TreatyEventKind, re.Pattern[str]]]:
    return [(cast(TreatyEventKind, k), re.compile("".join(str(rx).split()), re.IGNORECASE))
            for k, rx in treaty_words()[name].items()]


def _kind(table: str, words: str) -> TreatyEventKind | None:
    return next((k for k, rx in _kinds(table) if rx.match(" ".join(words.split()))), None)


def listed_events(sentence: Sentence, recognise: Recogniser, page_convention: str | None,
                  context: str | None = None) -> Iterator[TreatyEvent]:
    """The undated steps of the States the sentence's counted or labelled lists name."""
    text = sentence.text
    if "(" not in text and ":" not in text and not _rx("among_word").search(text):
        return
    states = listed_states(text, recognise)
    for kind, convention, listed in [*_bracketed(text, states, page_convention), *_among(text, states, page_convention)]:
        yield from (TreatyEvent(ref, convention, kind, None, sentence.quote(), context) for ref in listed)


def _bracketed(text: str, states: list[State], page_convention: str | None
               ) -> Iterator[tuple[TreatyEventKind, str, list[ActorRef]]]:
    """"5 States Parties (A, ..., and E)", "Signatories: A and B.": the label's step for each."""
    for m in _rx("bracket_lead").finditer(text):
        kind = _kind("bracket_kinds", m["label"])
        convention = _convention(text, m["object"] or "", "bracket_object", page_convention)
        if kind is None or convention is None:
            continue
        end = "listed_bracket_end" if m["open"] == "(" else "listed_sentence_end"
        listed = _run(text, states, m.end(), end)
        count = written_number(m["count"]) if m["count"] else None
        some = m["open"] not in ("(", ":")  # "100 States Parties, including A and B": some of them
        if len(listed) >= (1 if count or some else 2) and (count is None or count == len(listed)
                                                           or some and count >= len(listed)):
            yield kind, convention, listed


def _among(text: str, states: list[State], page_convention: str | None
           ) -> Iterator[tuple[TreatyEventKind, str, list[ActorRef]]]:
    """"46 l'ont ratifiée, parmi lesquels A, ... et G": the count's step for each State listed."""
    for word in _rx("among_word").finditer(text):
        lead = _lead_before(text, word.start()) or _rx("among_passive").search(text, 0, word.start())
        if lead is None:
            continue
        kind = _kind("among_kinds", lead["verb"])
        clause = text[max(text.rfind(c, 0, lead.start()) for c in ".;:") + 1 : word.start()]
        if kind is None or regex("undated_stop").search(clause):
            continue
        words = (lead["mid"] or "") + " " + (lead["object"] or "") if "mid" in lead.groupdict() else ""
        convention = _convention(text, words, "among_object", page_convention)
        if convention is None:
            continue
        listed = _run(text, states, word.end(), "listed_sentence_end")
        count = written_number(lead["count"])
        if listed and (count is None or len(listed) <= count):
            yield kind, convention, listed


def _lead_before(text: str, at: int) -> re.Match[str] | None:
    """The count lead that ends right at `at`: the nearest count before it from which the lead's
    words run up to `at` ("108 États ont signé la Convention et 46 l'ont ratifiée": the 46)."""
    counts = list(re.finditer(rf"(?<![\w-]){NUMBER}(?![\w-])|\b(?:several|many|numerous|plusieurs|nombreux|varios|muchos|vários|mehrere|viele)\b",
                              text[:at], re.IGNORECASE))
    for m in reversed(counts):
        found = _rx("among_lead").fullmatch(text, m.start(), at)
        if found is not None:
            return found
    return None


def _unnamed(words: str) -> str:
    """`words` with the conventions they name taken out."""
    for a, b, _ in sorted(conventions(words), reverse=True):
        words = words[:a] + " " + words[b:]
    return words


def _convention(text: str, words: str, allowed: str, page_convention: str | None) -> str | None:
    """The one convention `words` (a label's or a verb's object) name, when they hold nothing
    else but `allowed` words; none named: the sentence's one, else the page's."""
    named = [c for _, _, c in conventions(words)]
    if len(named) > 1 or named and named[0] not in CONVENTIONS \
            or not re.fullmatch("".join(str(treaty_words()[allowed]).split()), _unnamed(words), re.IGNORECASE):
        return None
    if named:
        return named[0]
    in_sentence = [(a, b, c) for a, b, c in conventions(text) if c in CONVENTIONS]
    return sentence_one(text, in_sentence, page_convention)


def _run(text: str, states: list[State], start: int, end: str) -> list[ActorRef]:
    """The States listed from `start`, each joined to the last by a comma or "and", when the
    `end` pattern (a closing bracket, the sentence's end) follows the last; else none."""
    last, listed = start, list[ActorRef]()
    for a, b, ref in (s for s in states if s[0] >= start):
        gap = text[last:a]
        if listed and not regex("list_separator").fullmatch(gap) or not listed and not _rx("listed_first").fullmatch(gap):
            break
        listed.append(ref)
        last = b
    return listed if listed and _rx(end).match(text[last:]) else []
