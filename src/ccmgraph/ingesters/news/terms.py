"""Presidencies whose words name no meeting: taken up on a date, or handed over to a person.

"Switzerland assumed the presidency of the Convention in September 2019" (a start);
"Ambassador X, Sri Lanka's Permanent Representative, ... since taking over the presidency of the
convention in September 2018" (the person and the State their words tie them to); "the 9MSP
President officially handed over Presidency of the Convention to Swiss Ambassador, Félix Baumann"
(the incoming President). The meeting is the one the page says that State presides, when it
says exactly one (`seat_terms`); a term the page ties to no meeting is a presidency of the
convention, for chairs.seat_presidents to seat where the whole page names one meeting.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from ccmgraph.records import ActorRef, Mandate, Record, Warning_
from ccmgraph.ingesters.undated import state_code
from ccmgraph.ingesters.news.dating import ArticleDate, date_spans
from ccmgraph.ingesters.news.items import Item
from ccmgraph.ingesters.news.people import ties
from ccmgraph.ingesters.news.presidents import rx
from ccmgraph.ingesters.news.text import FoundActor, Recogniser, Sentence, sentences
from ccmgraph.ingesters.news.unstated import no_convention
from ccmgraph.ingesters.news.vorsitz import german_presidencies, presidencies_under
from ccmgraph.ingesters.news.amtszeit import german_presidency_years


def presidency_terms(item: Item, recognise: Recogniser, convention: str | None,
                     dated: ArticleDate | None = None) -> Iterator[Mandate | Warning_]:
    """The presidencies an item reports taken up or handed over, with no meeting yet; where
    the page names no convention, a warning instead of each. `dated` is the item's own date,
    for a German presidency ended on a day written without its year (vorsitz.py)."""
    for para in item.paragraphs:
        for sentence in sentences(para):
            yield from german_presidencies(sentence, item.key, dated)  # its convention named with it
            yield from presidencies_under(sentence, convention, item.key)  # "..., die unter deutschem Vorsitz tagt"
            yield from german_presidency_years(sentence, convention, item.key)  # "von 2016 bis 2017"
            text = sentence.text
            found = recognise(text)
            tied_people = ties(text, found, convention)
            actors = sorted([*(f for f in found if f[2].kind in ("state", "person")),
                             *((t.start, t.end, t.person) for t in tied_people
                               if not any(a <= t.start < b for a, b, _ in found))], key=lambda f: f[0])
            tied = {t.start: t.party for t in tied_people if t.party.kind == "state"}
            found_terms = [*_took_over(sentence, actors, tied, convention or "", item.key),
                           *_handed_over(sentence, actors, tied, convention or "", item.key),
                           *_began(sentence, actors, convention or "", item.key),
                           *_took_over_as(sentence, actors, tied, convention or "", item.key),
                           *_holds(sentence, actors, convention or "", item.key)]
            if found_terms and not convention:
                yield no_convention("a presidency", sentence.quote())
                continue
            yield from found_terms


def _holders(found: FoundActor, tied: dict[int, ActorRef]) -> list[tuple[ActorRef, ActorRef | None]]:
    """A State; or a person, and the State their words tie them to (both hold the presidency)."""
    a, _, ref = found
    if ref.kind == "state":
        return [(ActorRef(ref.name, "state"), None)]
    state = tied.get(a)
    person = (ActorRef(ref.name, "person", party=state.name if state else None), state)
    return [*([(ActorRef(state.name, "state"), None)] if state else []), person]


def _took_over(sentence: Sentence, actors: list[FoundActor], tied: dict[int, ActorRef], convention: str,
               context: str) -> Iterator[Mandate]:
    text = sentence.text
    for span in date_spans(text):
        lead = rx("took_over").search(text[: span.start])
        if lead is None or lead.end() != span.start or span.end_date is not None or span.date.year is None:
            continue
        before = [f for f in actors if f[1] <= lead.start()]
        if not before:
            continue
        for holder, state in _holders(before[-1], tied):
            yield Mandate(holder, "president", sentence.quote(), convention, start=span.date, context=context,
                          on_behalf_of=state)


def _handed_over(sentence: Sentence, actors: list[FoundActor], tied: dict[int, ActorRef], convention: str,
                 context: str) -> Iterator[Mandate]:
    text = sentence.text
    for m in rx("handed_over").finditer(text):
        near = [f for f in actors if f[0] >= m.end() and len(text[m.end() : f[0]].split()) <= 3]
        if not near:
            continue  # "to Swiss Ambassador, X": the incoming holder, right after "to"
        chosen = next((f for f in near if f[2].kind == "person"), near[0])
        for holder, state in _holders(chosen, tied):
            yield Mandate(holder, "president", sentence.quote(), convention, context=context, on_behalf_of=state)


def _began(sentence: Sentence, actors: list[FoundActor], convention: str, context: str) -> Iterator[Mandate]:
    """A State's presidency begun, or taken by election, on a date the clause gives: "Norway's
    Presidency began ... on 30 November 2018", "the 17MSP elected Norway to preside over the
    Convention on 30 November 2018". The start is that day; the State is the one the words name."""
    text = sentence.text
    states = [f for f in actors if f[2].kind == "state"]
    for span in date_spans(text):
        if span.end_date is not None or span.date.year is None:
            continue
        for a, b, ref in states:
            if b > span.start:
                break
            began = rx("began").fullmatch(text[b : span.start])
            elected = rx("elected_to_preside").fullmatch(text[b : span.start]) \
                and rx("elected_before").search(text[:a]) is not None
            if began or elected:
                yield Mandate(ActorRef(ref.name, "state"), "president", sentence.quote(), convention, start=span.date,
                              context=context)


def _holds(sentence: Sentence, actors: list[FoundActor], convention: str, context: str) -> Iterator[Mandate]:
    """"This year, Switzerland holds the Treaty Presidency": the State's, no date."""
    text = sentence.text
    for a, b, ref in actors:
        if ref.kind == "state" and rx("holds_presidency").match(text[b:]):
            yield Mandate(ActorRef(ref.name, "state"), "president", sentence.quote(), convention, context=context)


def _took_over_as(sentence: Sentence, actors: list[FoundActor], tied: dict[int, ActorRef], convention: str,
                  context: str) -> Iterator[Mandate]:
    """"said Ambassador X as he took over the presidency of the Convention": the person (and the
    State their words tie them to), no date."""
    text = sentence.text
    for found in actors:
        if found[2].kind == "person" and rx("took_over_as").match(text[found[1] :]):
            for holder, state in _holders(found, tied):
                yield Mandate(holder, "president", sentence.quote(), convention, context=context, on_behalf_of=state)


def seat_terms(terms: list[Mandate], roles: list[Mandate]) -> Iterator[Mandate]:
    """Each term with the meeting the page says its State presides, when it says exactly one;
    a term the page ties to no meeting stays a presidency of the convention (no meeting)."""
    meetings: dict[tuple[str, str], set[str]] = {}
    for mandate in roles:
        if mandate.role == "president" and mandate.holder.kind == "state" and mandate.for_meeting:
            meetings.setdefault((mandate.convention, mandate.holder.name), set()).add(mandate.for_meeting)
    held_already = {(m.holder.name, m.for_meeting) for m in roles}
    for term in terms:
        state = term.holder.name if term.holder.kind == "state" else (term.on_behalf_of.name if term.on_behalf_of else "")
        held = meetings.get((term.convention, state), set())
        if len(held) == 1 and (term.start is not None or (term.holder.name, next(iter(held))) not in held_already):
            yield dataclasses.replace(term, for_meeting=next(iter(held)))
        elif term.start is not None or len(held) != 1:
            yield term  # no meeting yet: chairs.seat_presidents reads the page for one


def dated_onto_meetings(records: list[Record]) -> list[Record]:
    """A State's presidency the page dates and the same presidency it states undated are one
    post. Dated with no meeting ("Norway's Presidency began ... on 30 November 2018") beside an
    undated presidency of exactly one meeting ("elected ... as President of the Fourth Review
    Conference"): the meeting's, from that date, the dated record folded in. Dated for a meeting
    already: an undated twin of that meeting gives way. With no such meeting, or several, all stay."""
    def holder(m: Mandate) -> tuple[str, str]:
        return m.convention, state_code(m.holder.name)

    def president(rec: Record) -> bool:
        return isinstance(rec, Mandate) and rec.role == "president" and rec.holder.kind == "state"

    presided: dict[tuple[str, str], list[int]] = {}
    for i, rec in enumerate(records):
        if president(rec) and rec.for_meeting and rec.start is None:  # type: ignore[union-attr]
            presided.setdefault(holder(rec), []).append(i)  # type: ignore[arg-type]
    out = list(records)
    dropped: set[int] = set()
    for i, rec in enumerate(records):
        if not president(rec) or rec.start is None:  # type: ignore[union-attr]
            continue
        assert isinstance(rec, Mandate)
        at = presided.get(holder(rec), [])
        if rec.for_meeting is not None:
            dropped.update(j for j in at if records[j].for_meeting == rec.for_meeting)  # type: ignore[union-attr]
            continue
        if len({records[j].for_meeting for j in at}) != 1:  # type: ignore[union-attr]
            continue
        for j in at:
            out[j] = dataclasses.replace(records[j], start=rec.start)  # type: ignore[arg-type]
        dropped.add(i)
    return [rec for i, rec in enumerate(out) if i not in dropped]
