"""Treaty events a noun phrase names: "the ratification by South Africa", "Poland's accession".

News names a step as often by its noun as by its verb: "Welcoming the most recent ratification
by South Africa", "With the accession of Poland to the Convention in June 2013", "Mauritius'
accession on 1 October 2015", "following the deposit of Malta's instrument of ratification",
"la adhesión de Cuba a este tratado", "el depósito por parte de Burkina Faso y Moldavia de los
instrumentos de ratificación". The noun names the step (treaty.yml `noun_kinds`), the State is
the one "by", "of" or "de" names right after it or whose possessive stands right before it, the
convention the one named right after (a generic "the Convention" is the page's), else the one the
sentence names, else the page's where the sentence names no treaty at all but speaks of one
("the Convention", "States Parties": "Croatia's accession in 2013" alone may be the EU's). The date is the one
written right after the phrase; none gives an undated step. A noun after a wish, a call or a plan
("urged the ratification of", "pending Finland's accession") or before a process ("Finland's
ratification process") is no step taken. A State that announces or completes "its" step
("Belize announcing its accession to the international treaty banning cluster munitions") took
it; a convention described rather than named is the one its words describe.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from ccmgraph.ingesters.news.dating import ArticleDate, DateSpan, date_spans
from ccmgraph.ingesters.news.text import FoundActor, Recogniser, Sentence, conventions
from ccmgraph.ingesters.news.treaty import regex, treaty_words, with_year
from ccmgraph.records import ActorRef, PartialDate, TreatyEvent, TreatyEventKind
from ccmgraph.resolve.actors import lookup_foreign_state

CONVENTIONS = ("ccm", "apmbc", "ccw-p5")
#: A State named in French, Spanish or Portuguese where only a State can stand (after "de").
_FOREIGN_NAME = re.compile(r"[A-ZÀ-Ý][\w’'-]+(?:\s+(?:[A-ZÀ-Ý][\w’'-]+|de|del|du|des|et|y|e|do|da)){0,3}")
#: Where a sentence stops: a full stop, or a semicolon, before a space.
_STOP = re.compile(r"[.;!?](?=\s)")
_DETERMINERS = frozenset({"the", "this", "that", "our", "its", "their", "a", "an"})


def noun_events(sentence: Sentence, recognise: Recogniser, page_convention: str | None,
                context: str | None = None, dated: ArticleDate | None = None) -> Iterator[TreatyEvent]:
    """The treaty events the noun phrases of one sentence name, each State once per step."""
    text = sentence.text
    if not regex("noun_word").search(text) and not regex("noun_deposit").search(text):
        return
    actors = [(a, b, ref) for a, b, ref in recognise(text) if ref.kind == "state"]
    named = [(a, b, c) for a, b, c in conventions(text) if c in CONVENTIONS]
    spans = date_spans(text, foreign=True)
    seen: set[tuple[str, str]] = set()
    for kind, noun, states, end in _phrases(text, actors):
        clause = text[max(text.rfind(c, 0, noun[0]) for c in ".;:") + 1 : noun[0]]
        if regex("noun_not_before").search(clause) or regex("noun_not_after").match(text[end:]):
            continue
        convention, end = _convention(text, end, named, page_convention)
        if convention is None or _other_step(text, noun[0], kind, states, actors):
            continue
        when = _date(text, end, spans, dated)
        for state in states:
            if (state.name, kind) not in seen:
                seen.add((state.name, kind))
                yield TreatyEvent(state, convention, kind, when, sentence.quote(), context)


def _other_step(text: str, at: int, kind: TreatyEventKind, states: list[ActorRef], actors: list[FoundActor]) -> bool:
    """Whether the sentence around the noun at `at` names one State only and calls it a party by
    another step than the noun's ("la ratification des Vanuatu ..., ce nouvel État adhérent"): a
    text naming one step two ways states neither for sure (treaty.yml `noun_other_step`). The
    sentence is cut at its stops here too, for a page whose lines the reader joined."""
    words = treaty_words()["noun_other_step"].get(kind)
    if not words:
        return False
    start = max((m.end() for m in _STOP.finditer(text, 0, at)), default=0)
    stop = next((m.start() for m in _STOP.finditer(text, at)), len(text))
    if len({ref.name for a, _, ref in actors if start <= a < stop} | {s.name for s in states}) != 1:
        return False
    return re.search("".join(str(words).split()), text[start:stop], re.IGNORECASE) is not None


def _kind(noun: str) -> TreatyEventKind | None:
    return next((k for k, rx in _noun_kinds() if rx.match(noun)), None)


@cache
def _noun_kinds() -> list[tuple[TreatyEventKind, re.Pattern[str]]]:
    """The step each noun names (treaty.yml `noun_kinds`)."""
    return [(k, re.compile(str(rx), re.IGNORECASE)) for k, rx in treaty_words()["noun_kinds"].items()]


def _phrases(text: str, actors: list[FoundActor]
             ) -> Iterator[tuple[TreatyEventKind, tuple[int, int], list[ActorRef], int]]:
    """(step, the noun's span, its States, where the phrase ends) for each noun phrase of a step."""
    for m in regex("noun_word").finditer(text):
        kind = _kind(m.group(0))
        if kind is None:
            continue
        after = _states_after(text, m.end(), actors, "noun_by") or _by_after_convention(text, m.end(), actors)
        if after:
            yield kind, (m.start(), m.end()), after[0], after[1]
            continue
        before = [(a, b, ref) for a, b, ref in actors if b <= m.start() and regex("noun_possessive").match(text[b : m.start()])]
        if before and not regex("noun_by").match(text[m.end() :]):
            yield kind, (before[-1][0], m.end()), [before[-1][2]], m.end()
        own = [(a, b, ref) for a, b, ref in actors if b <= m.start() and regex("noun_own").fullmatch(text[b : m.start()])]
        if own and not before and not regex("noun_by").match(text[m.end() :]):
            yield kind, (own[-1][0], m.end()), [own[-1][2]], m.end()  # "Belize announcing its accession"
        thanked = _thanked(text, m.start(), actors)
        if thanked:
            yield kind, (m.start(), m.end()), thanked, m.end()
    for m in regex("noun_deposit").finditer(text):
        found = _states_after(text, m.end(), actors, None)
        if found is None:
            continue
        instrument = regex("noun_deposit_after").match(text[found[1] :])
        kind = _kind(instrument["noun"]) if instrument else None
        if instrument is not None and kind is not None:
            yield kind, (m.start(), m.end()), found[0], found[1] + instrument.end()


def _thanked(text: str, noun: int, actors: list[FoundActor]) -> list[ActorRef]:
    """The States a congratulation names right before "on its ratification" ("congratulated Palau
    on its ratification", "felicitó a ... —Islas Marshall y Tonga— por su reciente adhesión")."""
    lead = regex("noun_their").search(text[:noun])
    if lead is None:
        return []
    before = [f for f in actors if f[1] <= lead.start()]
    if not before or not regex("noun_their_gap").match(text[before[-1][1] : lead.start()]):
        return []
    chain = [before[-1]]
    for f in reversed(before[:-1]):
        if not regex("co_subject").fullmatch(text[f[1] : chain[0][0]]):
            break
        chain.insert(0, f)
    states, first = [ref for _, _, ref in chain], chain[0][0]
    foreign = re.search(r"([A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){0,3})\s+(?:y|et|e|and)\s+$", text[:first])
    if foreign is not None and (state := lookup_foreign_state(foreign.group(1), colliding=False)) is not None:
        states.insert(0, ActorRef(state.name, "state"))  # "Islas Marshall y Tonga"
        first = foreign.start()
    if not regex("noun_thanked").search(text[max(0, first - 80) : first]):
        return []
    return states


def _by_after_convention(text: str, end: int, actors: list[FoundActor]) -> tuple[list[ActorRef], int] | None:
    """"the ratification of the Convention by Lebanon": the State "by" names after the convention."""
    lead = regex("noun_of_convention").match(text[end:])
    if lead is None:
        return None
    at = end + lead.end()
    span = next((b for a, b, c in conventions(text) if a == at and c in CONVENTIONS), None)
    generic = regex("noun_generic").match(text[at:])
    stop = span if span is not None else at + generic.end() if generic is not None else None
    by = re.match(r"\s+by\s+", text[stop:]) if stop is not None else None
    return _states_after(text, stop + by.end(), actors, "noun_by_lead") if stop is not None and by else None


def _states_after(text: str, end: int, actors: list[FoundActor], lead: str | None
                  ) -> tuple[list[ActorRef], int] | None:
    """The State named right after `end` ("by South Africa", "de Cuba") and those joined to it
    ("by Burkina Faso and Moldova"), with where the last ends; `lead` the words allowed before."""
    first = next(((a, b, ref) for a, b, ref in actors if a >= end), None)
    def gap_ok(gap: str) -> bool:
        return bool(regex(lead).fullmatch(gap)) if lead else not gap.strip()

    states: list[ActorRef] = []
    last = end
    if first is not None and gap_ok(text[end : first[0]]):
        states, last = [first[2]], first[1]
    else:
        foreign = _foreign_after(text, end, gap_ok)
        if foreign is None:
            return None
        states, last = [foreign[0]], foreign[1]
    for a, b, ref in actors:
        if a >= last and regex("co_subject").fullmatch(text[last:a]):
            states.append(ref)
            last = b
        elif a >= last:
            break
    foreign_more = _foreign_after(text, last, lambda gap: bool(re.fullmatch(r"\s+(?:y|et|e|and)\s+", gap)))
    if foreign_more is not None:
        states.append(foreign_more[0])
        last = foreign_more[1]
    return states, last


def _foreign_after(text: str, end: int, gap_ok: Callable[[str], bool]) -> tuple[ActorRef, int] | None:
    """A State named in French, Spanish or Portuguese right after `end` ("des Vanuatu", "y Moldavia")."""
    for m in _FOREIGN_NAME.finditer(text, end, min(len(text), end + 60)):
        if not gap_ok(text[end : m.start()]):
            continue
        words = m.group(0).split()
        for n in range(len(words), 0, -1):  # the longest run of words that names a State
            name = " ".join(words[:n])
            state = lookup_foreign_state(name, colliding=False)
            if state is not None:
                return ActorRef(state.name, "state"), m.start() + len(name)
        return None
    return None


def _convention(text: str, end: int, named: list[tuple[int, int, str]],
                page_convention: str | None) -> tuple[str | None, int]:
    """The convention of the phrase ending at `end`, and where the phrase ends with it."""
    lead = regex("noun_convention_lead").match(text[end:])
    if lead is not None:
        at = end + lead.end()
        right = next(((b, c) for a, b, c in named if a == at), None)
        if right is not None:
            return right[1], right[0]
        described = next(((c, d.end()) for c, rx in _described() if (d := rx.match(text[at:])) is not None), None)
        if described is not None:
            return described[0], at + described[1]  # "to the international treaty banning cluster munitions"
        generic = regex("noun_generic").match(text[at:])
        if generic is not None:
            return (page_convention if page_convention in CONVENTIONS and all(c == page_convention for _, _, c in named)
                    else None), at + generic.end()
        if re.match(r"[A-Z]", text[at:]) or lead.group(0).strip(" ,") in ("to", "a", "à", "al", "au"):
            return None, end  # "accession to the Arms Trade Treaty", "adhesión a la OTAN": another's
    kinds = {c for _, _, c in named}
    if len(kinds) == 1 and not other_treaty(text, named):
        return next(iter(kinds)), end
    if not kinds and page_convention in CONVENTIONS and not other_treaty(text, named) \
            and regex("noun_treaty_context").search(text):
        return page_convention, end  # "the most recent ratification by South Africa ... all States Parties"
    return None, end


@cache
def _described() -> list[tuple[str, re.Pattern[str]]]:
    """The conventions a phrase describes (treaty.yml `noun_described`)."""
    return [(c, re.compile("".join(str(rx).split()), re.IGNORECASE)) for c, rx in treaty_words()["noun_described"].items()]


def other_treaty(text: str, named: list[tuple[int, int, str]]) -> bool:
    """Whether the sentence names a treaty that is none of the three ("the Arms Trade Treaty")."""
    everything = conventions(text)
    for m in regex("other_treaty").finditer(text):
        if any(a < m.end() and m.start() < b for a, b, _ in everything):
            continue
        words = m.group(0).split()
        if len(words) > 1 and all(w.lower() in _DETERMINERS for w in words[:-1]):
            continue  # "The Convention", "This Treaty": the generic word
        return True
    return False


def _date(text: str, end: int, spans: list[DateSpan], dated: ArticleDate | None) -> PartialDate | None:
    """The date written right after the phrase ("in June 2013", "on 1 October 2015")."""
    for span in spans:
        if span.start >= end and span.end_date is None and regex("noun_date_lead").fullmatch(text[end : span.start]):
            return with_year(span.date, dated)
    return None
