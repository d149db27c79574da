"""A committee's chair named in prose with the committee's name, on a page of any kind.

"Poland (in its capacity as Chair of the Committee on Article 5 Implementation)"; "the Chair of
the Committee on Victim Assistance, Colombia, presented"; "Algeria will chair the Committee on
the Enhancement of Cooperation and Assistance for 2024, replacing Thailand"; "Algeria replaces
Thailand as Chair of ..."; "le Comité sur l'assistance aux victimes, présidé par l'Algérie";
"Chile, en su calidad de Presidente del Comité ...". The committee must be one of the
convention's (the registry's names, or the French, Spanish and translated names of
composition.yml); the holder is the one State standing right against the words, nothing else
between. A period is given only where the clause writes one ("for 2024", "(2021-2022)"); a
predecessor chaired the committee, for no period the text gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache

from ccmgraph.ingesters.composition.committee_names import (committee_body, committee_names, foreign_committee_names,
                                                           may_name_committee, named_committees, subject_committee)
from ccmgraph.ingesters.composition.foreign import foreign_state_spans
from ccmgraph.ingesters.composition.words import rx, words
from ccmgraph.ingesters.flat.states import StateSpan
from ccmgraph.records import ActorRef, Mandate, PartialDate, Quote
from ccmgraph.vocabulary import honorific_pattern

#: How far before the words the State may begin, and after them the clause may run (characters).
BEFORE, AFTER = 120, 220
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_PARTICLES = frozenset("van von de der den da dos du del la le al el bin".split())


@cache
def _pattern(name: str) -> re.Pattern[str]:
    english, _ = committee_names()
    alternation = "|".join([english, *(p.pattern for p, _ in foreign_committee_names()), words()["committee_bare"]])
    pattern = words()[name].replace("{committee}", alternation).replace("{honorific}", honorific_pattern(with_titles=True))
    return re.compile(pattern, re.IGNORECASE)


def read_committee_chairs(text: str) -> Iterator[Mandate]:
    """Every committee chair the prose names with the committee, each once; a bare "the
    Committee" is the one the text is about, if it is about one (subject_committee)."""
    if not may_name_committee(text):
        return  # the cheapest test first: this runs on every document
    subject = subject_committee(text)
    if subject is None and not named_committees(text):
        return  # no committee of the convention named, none meant by a bare "the Committee"

    def body(written: str) -> tuple[str, str] | None:
        return committee_body(written) or (subject if re.fullmatch(words()["committee_bare"], written) else None)

    seen: set[tuple[str, str, str]] = set()
    for mandate in (*_as_chair(text, body), *_by_verb(text, body), *_chaired_by(text, body), *_titled(text, body)):
        key = (mandate.holder.name, mandate.role, mandate.theme or "")
        if key not in seen:
            seen.add(key)
            yield mandate


def _as_chair(text: str, body: Callable[[str], tuple[str, str] | None]) -> Iterator[Mandate]:
    """A State right before "(as) Chair of the Committee ...", or right after it."""
    glue, replaces = rx("committee_chair_as"), rx("committee_chair_replaces")
    for m in _pattern("committee_chair_post").finditer(text):
        found = body(m["committee"])
        if found is None:
            continue
        before = text[max(0, m.start() - BEFORE) : m.start()]
        joint = glue.search(before)
        state = _state_ending(before, joint.start(), bracketed="(" in joint.group(0)) if joint else None
        if state is None:
            state = _state_after(text, m.end())
            if state is not None:
                yield _post(text, m, found, state, None)
            continue
        yield _post(text, m, found, state, None)
        swap = replaces.search(before[: state.start])
        if swap is not None:  # "Algeria replaces Thailand as Chair of ...": both chaired it
            new = _state_ending(before, swap.start())
            if new is not None:
                yield _post(text, m, found, new, _period(text, m.end()))


def _by_verb(text: str, body: Callable[[str], tuple[str, str] | None]) -> Iterator[Mandate]:
    """"Algeria will chair the Committee on ... for 2024, replacing Thailand"."""
    for m in _pattern("committee_chair_verb").finditer(text):
        found = body(m["committee"])
        state = _state_ending(text[max(0, m.start() - BEFORE) : m.start()], None) if found else None
        if found is None or state is None:
            continue
        yield _post(text, m, found, state, _period(text, m.end()))
        yield from _predecessor(text, m, found)


def _chaired_by(text: str, body: Callable[[str], tuple[str, str] | None]) -> Iterator[Mandate]:
    """"the Committee on Victim Assistance, chaired by Colombia"."""
    for m in _pattern("committee_chaired_by").finditer(text):
        found = body(m["committee"])
        states = _spans(text[m.end() : m.end() + 80]) if found else []
        if found is None or not states or states[0].start != 0 or not _ends_clause(text, m.end() + states[0].end):
            continue
        yield _post(text, m, found, states[0], None)


def _titled(text: str, body: Callable[[str], tuple[str, str] | None]) -> Iterator[Mandate]:
    """"said Committee Chair, Norman Lizano of Costa Rica": the person, for the State after them."""
    for m in _pattern("committee_chair_titled").finditer(text):
        found = body(m["committee"])
        states = _spans(text[m.end() : m.end() + 80]) if found else []
        person = " ".join(m["person"].split())
        if found is None or not states or states[0].start != 0 or not _ends_clause(text, m.end() + states[0].end) \
                or _spans(person) or not all(w[0].isupper() or w in _PARTICLES for w in person.split()):
            continue
        state = _post(text, m, found, states[0], None)
        yield replace(state, holder=ActorRef(person, "person", party=states[0].written), on_behalf_of=state.holder)
        yield state


def _predecessor(text: str, m: re.Match[str], found: tuple[str, str]) -> Iterator[Mandate]:
    rest = _clause(text, m.end())
    before = rx("committee_chair_predecessor").search(rest)
    if before is None:
        return
    states = _spans(rest[before.end() :])
    if states and states[0].start == 0 and _ends_clause(rest, before.end() + states[0].end):
        yield _post(text, m, found, states[0], None)


def _state_ending(before: str, at: int | None, *, bracketed: bool = False) -> StateSpan | None:
    """The State whose name ends `before[:at]` (an article before it allowed), else None; not
    the last of "A and B" ("Chile and Peru will chair": whose post?) unless a bracket after it
    sets it apart ("Norway and Poland (in its capacity as Chair ...)")."""
    head = before if at is None else before[:at]
    states = _spans(head)
    if not states or head[states[-1].end :].strip():
        return None
    joined = rx("committee_chair_joined").search(head[: states[-1].start])
    if joined and not bracketed and len(states) > 1 and not head[states[-2].end : joined.start()].strip():
        return None
    return states[-1]


def _state_after(text: str, at: int) -> StateSpan | None:
    """The one State right after the post, set off by a comma or a bracket and ending there
    ("..., Colombia, presented"; "... (Colombia)"): not the first of a list."""
    window = text[at : at + 80]
    opening = re.match(r"\s*(?:,|\()\s*(?:(?:the|la|le|el)\s+|l['’])?", window)
    if opening is None:
        return None
    states = _spans(window)
    first = next((s for s in states if s.start == opening.end()), None)
    if first is None:
        return None
    after = window[first.end :]
    closing = re.match(r"\s*(?:\)|[,.;](?!\s*(?:and\s+|et\s+|y\s+)?[A-Z][a-z]+\s*[,.;)]))", after)
    following = [s for s in states if s.start > first.end]
    if closing is None or (following and not window[first.end : following[0].start].strip(" ,;)(").strip()):
        return None
    return first


def _spans(text: str) -> list[StateSpan]:
    """The States `text` names; a sentence's "L'Algérie" read as "l'Algérie" (same length)."""
    return foreign_state_spans(re.sub(r"\bL(?=['’][A-ZÀ-Þ])", "l", text))


def _ends_clause(text: str, at: int) -> bool:
    return re.match(r"\s*(?:[,.;:)\n]|$|\s(?:for|pour|para|in|en)\b)", text[at:]) is not None


def _clause(text: str, at: int) -> str:
    rest = text[at : at + AFTER]
    end = _CLAUSE_END.search(rest)
    return rest[: end.start()] if end else rest


def _period(text: str, at: int) -> tuple[PartialDate, PartialDate] | None:
    found = rx("committee_elected_period").search(_clause(text, at))
    if found is None:
        return None
    return PartialDate(int(found["a"] or found["y"])), PartialDate(int(found["b"] or found["y"]))


def _post(text: str, m: re.Match[str], found: tuple[str, str], state: StateSpan,
          period: tuple[PartialDate, PartialDate] | None) -> Mandate:
    body, convention = found
    theme = re.sub(r"^Committee\s+on\s+(?:the\s+)?", "", body)
    quote = Quote(" ".join(text[max(0, m.start() - 60) : m.end() + 40].split())[:300], text.count("\n", 0, m.start()) + 1)
    start, end = period if period else (None, None)
    return Mandate(ActorRef(state.written, "state"), "committee-chair", quote, convention, theme, start, end, body=body)
