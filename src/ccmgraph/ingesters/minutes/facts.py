"""Facts in the discussion of minutes: approvals, decisions, commitments, contributions.

Each reader takes the agenda items (with their passages) and yields records whose quote is the
sentence the fact was read from. Actors are only named when the sentence names them: the
President, a party, "the Coordinators" of a coordinators' report, or "she"/"he" standing for
the party that spoke last in the same item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ccmgraph.records import (ActorRef, Commitment, FinancialContribution, Mandate, MinutesApproval, PartialDate,
                              Warning_)
from ccmgraph.vocabulary import convention_spans
from ccmgraph.text.dates import find_dates
from ccmgraph.ingesters.minutes.items import Item
from ccmgraph.ingesters.minutes.lexicon import Lexicon, after_person_of, speakers
from ccmgraph.ingesters.minutes.text import Sentence, patterns, rx

MEETING = "meeting"
NEXT_MEETING = "next-meeting"
CCM_ISU = ActorRef("CCM ISU", "organisation")


@dataclass(frozen=True)
class Context:
    """What the facts readers need to know about the meeting."""

    date: PartialDate | None
    president: ActorRef | None  # the chair, else the presidency
    lexicon: Lexicon


def presidents(items: list[Item], ctx: Context) -> Iterator[Mandate]:
    """"APMBC President, Chile, ..." -> Chile holds the APMBC presidency: a convention written
    right before "President", a State in commas right after; nothing else is read this way."""
    for item in items:
        for sentence in item.body.sentences() if item.body else ():
            for m in rx("president_in_text", 0).finditer(sentence.text):
                before = convention_spans(sentence.text[max(0, m.start() - 60) : m.start()])
                if not before or sentence.text[max(0, m.start() - 60) + before[-1][1] : m.start()].strip():
                    continue
                found = ctx.lexicon.identify(m["party"])
                if found and found[0] == "state":
                    party = ActorRef(ctx.lexicon.canonical_name(m["party"], found[1]), "state")
                    yield Mandate(party, "president", sentence.quote(), before[-1][2], context=item.key)


def approvals(items: list[Item], ctx: Context) -> Iterator[MinutesApproval | Warning_]:
    """"Approval of the Minutes of 21 January 2016" -> the earlier meeting's date."""
    for item in items:
        if not re.search(patterns()["approval_title"], item.title, re.IGNORECASE):
            continue
        sentence = Sentence(item.title, 0, item.title_line)
        dates = find_dates(item.title) or find_dates(item.text())
        if not dates:
            yield Warning_("minutes approved without the date of the meeting they record", sentence.quote())
            continue
        approved = dates[0][1]
        if approved.year is None and ctx.date is not None and ctx.date.year is not None:
            # Not a guess: minutes approve an earlier meeting, so the year is the current
            # meeting's, or the one before when the day falls after the current meeting's.
            year = ctx.date.year
            if ctx.date.month and (approved.month, approved.day or 0) > (ctx.date.month, ctx.date.day or 0):
                year -= 1
            approved = PartialDate(year, approved.month, approved.day)
        yield MinutesApproval(MEETING, approved, sentence.quote(), convention=ctx.lexicon.own)


def commitments(items: list[Item], ctx: Context) -> Iterator[Commitment]:
    """"It was agreed that ..." (decision) and "X promised/offered/undertook to ..." (commitment)."""
    verbs = rx("commitment_verbs").pattern
    promise = re.compile(rf"\b(?:{verbs})\s+to\b", re.IGNORECASE)
    for item in items:
        last_speaker: ActorRef | None = None
        for sentence in item.body.sentences() if item.body else ():
            decision = rx("decision").search(sentence.text)
            if decision:
                what = sentence.text[decision.end():]
                actors = _subject(what[:80], item, ctx, None)
                yield _commitment(sentence, "decision", actors, item)
            elif (m := promise.search(sentence.text)) and not re.search(r"\bif\b", sentence.text[: m.start()]):
                actors = _subject(sentence.text[: m.start()], item, ctx, last_speaker)
                if actors:
                    yield _commitment(sentence, "commitment", actors, item)
            spoke = _last_speaker(sentence.text, ctx)
            last_speaker = spoke or last_speaker


def _commitment(sentence: Sentence, kind: str, actors: tuple[ActorRef, ...], item: Item) -> Commitment:
    text = sentence.text
    due_meeting = NEXT_MEETING if rx("due_next_meeting").search(text) else None
    due = None
    by = re.search(r"\b(?:by|before|no later than)\s+(?:the\s+)?(?:\w+day,?\s+)?(?=\d|[A-Z])", text)
    if by and (dates := find_dates(text[by.end():][:40])):
        due = dates[0][1]
    return Commitment(MEETING, text, sentence.quote(), kind, actors, due, due_meeting, item.key)  # type: ignore[arg-type]


def _subject(prefix: str, item: Item, ctx: Context, last: ActorRef | None) -> tuple[ActorRef, ...]:
    """Who the words before the verb name: a party, the President, the Coordinators, or a pronoun."""
    candidates: list[tuple[int, tuple[ActorRef, ...]]] = []
    for offset, written, kind, key in ctx.lexicon.actors(prefix):
        if re.search(r"\b(?:of|to|with|from)\s+(?:the\s+)?$", prefix[:offset]) and not after_person_of(
                prefix[:offset]):
            continue  # an object ("thanked the delegation of X"), not the subject
        candidates.append((offset, (ActorRef(ctx.lexicon.canonical_name(written, key), kind),)))  # type: ignore[arg-type]
    if ctx.president and (m := re.search(r"\bPresident\b", prefix)):
        candidates.append((m.start(), (ctx.president,)))
    if item.coordinators and (m := re.search(r"\b(?:the\s+)?Coordinators\b|\bthey\b", prefix, re.IGNORECASE)):
        candidates.append((m.start(), tuple(ActorRef(n, k) for n, k, _ in item.coordinators)))  # type: ignore[arg-type]
    if last and (m := re.search(r"^\s*(?:\w+\s+)?(?:she|he|it)\b", prefix, re.IGNORECASE)):
        candidates.append((m.start(), (last,)))
    return min(candidates, key=lambda c: c[0])[1] if candidates else ()


def _last_speaker(text: str, ctx: Context) -> ActorRef | None:
    keys = speakers(text, ctx.lexicon)
    named = [(w, k, key) for _, w, k, key in ctx.lexicon.actors(text) if key in keys]
    if named:
        written, kind, key = named[-1]
        return ActorRef(ctx.lexicon.canonical_name(written, key), kind)  # type: ignore[arg-type]
    return None


def contributions(items: list[Item], ctx: Context) -> Iterator[FinancialContribution]:
    """"4 States - Germany, Luxembourg, Monaco and Zambia - had met with their obligations"."""
    context = re.compile(patterns()["financial_context"], re.IGNORECASE)
    for item in items:
        for sentence in item.body.sentences() if item.body else ():
            if not rx("financial_verbs").search(sentence.text):
                continue
            if not (context.search(sentence.text) or context.search(item.title)):
                continue
            isu = re.search(r"\bISU\b|Implementation Support Unit", sentence.text + " " + item.title)
            seen: set[str] = set()
            for _, written, kind, key in ctx.lexicon.actors(sentence.text):
                if kind != "state" or key in seen:
                    continue
                seen.add(key)
                yield FinancialContribution(
                    ActorRef(written, "state"), sentence.quote(), CCM_ISU if isu else None, MEETING
                )
