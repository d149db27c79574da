"""One State's overdue report, as a country report or a notice states it.

"Equatorial Guinea acceded to the Mine Ban Treaty on 16 September 1998. It has not yet
submitted its Article 7 transparency report, due by 28 August 1999." The State is the subject
of "has not (yet) submitted its ... report" (or "it", standing for the one State its paragraph
names), or owns the report of "X's initial report was due on ... and has not been submitted";
the due date is the one the clause gives after "due"; the as-of date the one its
sentence opens with ("As of 30 September 2005, ..."). Which report: the words say so
("initial", "first", "annual"), or the due date does: annual reports fall due on 30 April,
so a report due on any other day is the initial one. A report submitted, late or not, is not
overdue, and one whose due date the page's own date has not passed yet is not either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from ccmgraph.ingesters.flat.dates import find_dates
from ccmgraph.ingesters.flat.passages import Passage, passages
from ccmgraph.ingesters.flat.states import StateSpan, state_spans
from ccmgraph.ingesters.overdue.words import words
from ccmgraph.records import PartialDate, Quote
from ccmgraph.resolve.actors import lookup_state


def _words() -> dict[str, Any]:
    single: dict[str, Any] = words()["single"]
    return single


def _rx(name: str) -> re.Pattern[str]:
    return re.compile(_words()[name], re.IGNORECASE)


@dataclass(frozen=True)
class SingleReport:
    """One State's report a clause says was not submitted."""

    state: str
    report: Literal["initial", "annual"]
    due: PartialDate | None
    as_of: PartialDate | None
    quote: Quote


def single_reports(text: str, convention: str) -> Iterator[SingleReport]:
    """Every clause of `text` that says one State has not submitted a report it owes."""
    updated = _updated(text)
    paragraph, named = -1, list[StateSpan]()
    for passage in passages(text):
        if passage.paragraph != paragraph:
            paragraph, named = passage.paragraph, []
        spans = state_spans(passage.text)
        clauses = [*((m, _due(passage.text, m.end())) for m in re.finditer(_words()["verb"], passage.text, re.I)),
                   *_passive(passage.text)]
        for m, due in clauses:
            found = _one(passage, m, due, spans, named, convention, updated)
            if found is not None:
                state, report, due, as_of = found
                yield SingleReport(state, report, due, as_of, Quote(" ".join(passage.text.split())[:400], passage.line))
        named = [*named, *spans]


def _passive(text: str) -> Iterator[tuple[re.Match[str], PartialDate | None]]:
    """"X's initial report was due on <date> and has not been submitted": each such clause with
    its due date (the clause must say both, in this order)."""
    for m in re.finditer(_words()["possessive"], text):
        rest = text[m.end() :]
        dates = find_dates(rest[:120])
        if dates and _rx("passive_due").match(rest[: dates[0].start]) and dates[0].date.year \
                and _rx("passive_missing").match(rest[dates[0].end :]):
            yield m, dates[0].date


def _one(passage: Passage, m: re.Match[str], due: PartialDate | None, spans: list[StateSpan], named: list[StateSpan],
         convention: str, updated: PartialDate | None) -> tuple[str, Literal["initial", "annual"], PartialDate | None,
                                                                PartialDate | None] | None:
    text, what = passage.text, m["what"]
    if _rx("voluntary").search(what):
        return None
    state = _subject(text, m.start(), spans, named, m.group(0).lstrip()[:2].lower() == "it")
    if state is None:
        return None
    report = _report(what, due, convention)
    if report is None or due is None:
        return None  # an undated clause is the list reader's (ingester.py), not read here
    as_of = _as_of(text, m.start())
    if any(d is not None and not _passed(due, d) for d in (as_of, updated)):
        return None  # not due yet on the day the page speaks for
    return state, report, due, as_of


def _subject(text: str, verb: int, spans: list[StateSpan], named: list[StateSpan], its: bool = False) -> str | None:
    """The State right before the verb (or the "'s"), or the one State its paragraph named
    before "it" (or "Its")."""
    before = text[:verb].rstrip()
    own = [s for s in spans if s.end == len(before)]
    if own:
        return own[0].written
    if text.startswith(("'s", "’s"), verb) and (owner := _owner(before)):
        return owner
    if its or _rx("it").search(before):
        earlier = [*named, *(s for s in spans if s.end <= verb)]  # named: earlier sentences'
        if len({s.iso3 for s in earlier}) == 1:
            return earlier[0].written
    return None


def _owner(before: str) -> str | None:
    """The State whose name ends `before` ("Palau" of "Palau's"; the scanner reads "Palau's" as
    one word): its last one to six words, the longest that is a State's name."""
    words = before.split()
    for n in range(min(6, len(words)), 0, -1):
        name = " ".join(words[-n:])
        if name[0].isupper() and lookup_state(name) is not None:
            return name
    return None


def _due(text: str, after: int) -> PartialDate | None:
    rest = text[after:]
    for span in find_dates(rest[:160]):
        return span.date if _rx("due_gap").match(rest[: span.start]) and span.date.year else None
    return None


def _report(what: str, due: PartialDate | None, convention: str) -> Literal["initial", "annual"] | None:
    initial, annual = _rx("initial").search(what), _rx("annual").search(what)
    if initial and not annual:
        return "initial"
    if annual and not initial:
        return "annual"
    day = _words()["annual_due"]
    if initial or due is None or due.day is None or convention not in _words()["annual_due_conventions"]:
        return None
    return "initial" if (due.month, due.day) != (day["month"], day["day"]) else None


def _as_of(text: str, verb: int) -> PartialDate | None:
    for span in find_dates(text[:verb]):
        if _rx("as_of").search(text[: span.start]):
            return span.date
    return None


def _updated(text: str) -> PartialDate | None:
    """The date the page says it was last updated, if it says so."""
    for span in find_dates(text):
        if _rx("updated").search(text[max(0, span.start - 30) : span.start]) and span.date.complete:
            return span.date
    return None


def _passed(due: PartialDate, day: PartialDate) -> bool:
    """Whether `day` is after `due`, as far as both are precise (a month after its due day's month)."""
    a = (due.year or 0, due.month or 12, due.day or 31)
    b = (day.year or 0, day.month or 1, day.day or 1)
    return b > a


__all__ = ["SingleReport", "single_reports"]
