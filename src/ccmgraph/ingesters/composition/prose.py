"""Mandates stated in sentences: coordinator logs, coordinators' lists, presidencies.

"Work Plan by Austria and Panama, CCM Coordinators on Victim Assistance, ..."; "CCM
Coordinators on Victim Assistance, Mexico and Spain, established ..."; "Clearance, under the
overall responsibility of the Coordinator, Ms. Dijana Plestina of Croatia"; "under the
current Mexican presidency"; "Switzerland in its capacity as President of the 2RC". A list
of States must be States only, or the sentence gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ccmgraph.records import ActorRef, Mandate, PartialDate, Quote
from ccmgraph.ingesters.flat.passages import passages
from ccmgraph.ingesters.flat.states import StateSpan, state_spans
from ccmgraph.ingesters.composition.words import is_theme, rx, words
from ccmgraph.resolve.actors import find_actor_names, lookup_demonym, lookup_state
from ccmgraph.vocabulary import honorific_pattern

_NAME = r"[A-Z][\w'’-]*(?:\s+|\.\s*)"
_STATES = r"[A-Z][\w'’&.()\- ]*?(?:(?:,\s*|\s+and\s+(?:the\s+)?)[A-Z][\w'’&.()\- ]*?)*"
_THEME = r"[A-Z][\w-]*(?:\s+(?:and|of|the|on|&)\s+[A-Z][\w-]*|\s+[A-Z][\w-]*){0,6}"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    fill = {"{states}": _STATES, "{theme}": _THEME, "{state}": r"[A-Z][\w'’\- ]*?[\w)]",
            "{person}": rf"(?:{honorific_pattern()})\.?\s+(?:{_NAME}){{1,5}}?[A-Z][\w'’-]+"}
    out = {}
    for name in ("coordinators_after", "coordinators_before", "coordinators_parens", "responsibility"):
        pattern = words()[name]
        for slot, value in fill.items():
            pattern = pattern.replace(slot, value)
        out[name] = re.compile(pattern)
    return out


def only_states(written: str) -> list[StateSpan] | None:
    """The States of a list ("Austria and Panama"), or None if it holds anything else."""
    spans = state_spans(written)
    rest = written
    for s in reversed(spans):
        rest = rest[: s.start] + rest[s.end :]
    if not spans or re.search(r"[A-Za-z]{2,}", re.sub(r"\b(?:and|the)\b", "", rest)):
        return None
    return spans


def read_prose(text: str, convention: str) -> Iterator[Mandate]:
    lead_year: PartialDate | None = None
    for passage in passages(text):
        quote = Quote(" ".join(passage.text.split())[:400], passage.line)
        if ":" in passage.text:
            year = rx("lead_year").search(passage.text.split(":", 1)[0])
            lead_year = PartialDate(int(year["year"])) if year else None
        for name in ("coordinators_after", "coordinators_before", "coordinators_parens"):
            for m in _patterns()[name].finditer(passage.text):
                yield from _coordinators(m, passage.text, convention, quote)
        for m in _patterns()["responsibility"].finditer(passage.text):
            yield from _responsible(m, passage.text, convention, quote, lead_year)
        yield from _presidents(passage.text, convention, quote)


def read_presidents(text: str, convention: str) -> Iterator[Mandate]:
    """Only the presidencies a text names (for pages whose other mandates are not theirs to read)."""
    for passage in passages(text):
        yield from _presidents(passage.text, convention, Quote(" ".join(passage.text.split())[:400], passage.line))


def _coordinators(m: re.Match[str], text: str, convention: str, quote: Quote) -> Iterator[Mandate]:
    states = only_states(_tail_list(m["states"]))
    theme = " ".join(m["theme"].split())
    conv = (m["conv"] or "").lower() or convention
    if not states or not is_theme(theme, conv):
        return
    for s in states:
        yield Mandate(ActorRef(s.written, "state"), "coordinator", quote, conv, theme)


def _tail_list(written: str) -> str:
    """The list at the end of a run ("Work Plan by Austria and Panama" -> "Austria and Panama")."""
    m = re.search(r"\b(?:by|from|of|and)\s+(?=[A-Z])", written)
    if m and only_states(written[m.end() :]) and not only_states(written):
        return written[m.end() :]
    return written


def _responsible(m: re.Match[str], text: str, convention: str, quote: Quote,
                 year: PartialDate | None) -> Iterator[Mandate]:
    states = only_states(m["state"])
    if not states or len(states) != 1:
        return
    item = re.split(r"[;:\n]", text[: m.start()])[-1]
    theme = _known_theme(item, convention)
    if theme is None:
        return
    state = ActorRef(states[0].written, "state")
    person = ActorRef(" ".join(m["person"].split()), "person", party=states[0].written)
    yield Mandate(person, "coordinator", quote, convention, theme, year, on_behalf_of=state)
    yield Mandate(state, "coordinator", quote, convention, theme, year)


def _known_theme(item: str, convention: str) -> str | None:
    """The one theme of the convention an item's text names, as written (clauses tried in turn)."""
    item = re.sub(r"^\s*(?:\d+\.|[•·-])\s*", "", item)
    found = []
    for clause in re.split(r",|\band\s+(?=[A-Z])", item):
        clause = clause.strip()
        if clause and clause[0].isupper() and is_theme(clause, convention) and not re.search(r"\d", clause):
            found.append(clause)
    return found[0] if len(found) == 1 else (found[-1] if found else None)


def _presidents(text: str, convention: str, quote: Quote) -> Iterator[Mandate]:
    for m in rx("presidency", re.MULTILINE).finditer(text):
        named = [k for _, _, kind, k in find_actor_names(f"{m['state']} presidency") if kind == "state"]
        entry = lookup_state(m["state"]) or lookup_demonym(m["state"])
        if len(named) == 1 and entry is not None:
            yield Mandate(ActorRef(entry.name, "state"), "president", quote, convention)
    for m in rx("president_of", re.MULTILINE).finditer(text):
        states = only_states(m["state"].split(",")[-1].strip())
        if states and len(states) == 1:
            yield Mandate(ActorRef(states[0].written, "state"), "president", quote, convention,
                          for_meeting=m["meeting"].replace(" ", ""))
