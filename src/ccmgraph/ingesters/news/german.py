"""Treaty events German news states in the perfect tense: "Deutschland hat ... ratifiziert".

German puts the participle at the end of its clause: "Deutschland hat das Übereinkommen über
Streumunition ratifiziert", "Palau ist dem Übereinkommen am 19. April 2016 beigetreten",
"Deutschland hat ... gestern die Ratifizierungsurkunde ... hinterlegt". So the clause is read as
a whole (treaty.yml `german_*`): the subject State opens it (its German name, looked up in the
name tables where only a State can stand), the auxiliary follows ("ist" for "beigetreten"), and
what stands before the participle holds the convention (named, or "das Übereinkommen" on a page
of one convention; a deposit's instrument names its step) and the date, when one full date stands
there. A negation, a modal or a future ("nicht", "soll", "werde") gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import cast

from ccmgraph.ingesters.news.dating import date_spans
from ccmgraph.ingesters.news.text import Sentence, conventions
from ccmgraph.ingesters.news.treaty import regex, treaty_words
from ccmgraph.records import ActorRef, TreatyEvent, TreatyEventKind
from ccmgraph.resolve.actors import lookup_foreign_state

CONVENTIONS = ("ccm", "apmbc", "ccw-p5")
#: The cheap test: a participle the reader reads.
_PARTICIPLE = re.compile(r"\b(?:ratifiziert|unterzeichnet|beigetreten|hinterlegt)\b")


@cache
def _clause() -> re.Pattern[str]:
    """The clause pattern, case-sensitive: a State's name starts with a capital."""
    return re.compile("".join(str(treaty_words()["german_clause"]).split()))


@cache
def _table_rx(section: str) -> dict[str, re.Pattern[str]]:
    return {k: re.compile(str(v)) for k, v in treaty_words()[section].items()}


def german_events(sentence: Sentence, page_convention: str | None, context: str | None = None) -> Iterator[TreatyEvent]:
    """The steps of the German perfect-tense clauses of one sentence."""
    text = sentence.text
    if not _PARTICIPLE.search(text):
        return
    named = [c for _, _, c in conventions(text) if c in CONVENTIONS]
    for m in _clause().finditer(text):
        state = german_state(m["name"])
        kind = _kind(m["verb"], m["mid"])
        if state is None or kind is None or regex("german_stop").search(m["mid"]):
            continue
        if not _table_rx("german_auxiliary")["accession" if kind == "accession" and m["verb"] == "beigetreten"
                                             else "default"].match(m["aux"]):
            continue
        convention = _convention(m["mid"], named, page_convention, m["verb"] == "hinterlegt")
        if convention is None:
            continue
        full = [s for s in date_spans(m["mid"], foreign=True) if s.end_date is None and s.date.year is not None]
        when = full[0].date if len(full) == 1 else None
        yield TreatyEvent(state, convention, kind, when, sentence.quote(), context)


def german_state(name: str) -> ActorRef | None:
    """The State a German name (its longest leading run of words) names."""
    words = name.split()
    for n in range(len(words), 0, -1):
        state = lookup_foreign_state(" ".join(words[:n]), colliding=False)
        if state is not None:
            return ActorRef(state.name, "state")
    return None


def _kind(verb: str, mid: str) -> TreatyEventKind | None:
    """The step a participle names, or for a deposit ("hinterlegt") the one its instrument names."""
    if verb == "hinterlegt":
        found = next((k for k, rx in _table_rx("german_instrument").items() if rx.search(mid)), None)
    else:
        found = next((k for k, rx in _table_rx("german_kinds").items() if rx.match(verb)), None)
    return cast(TreatyEventKind | None, found)


def _convention(mid: str, named: list[str], page_convention: str | None, deposit: bool) -> str | None:
    """The convention the clause names, or the page's by "das Übereinkommen" (a deposit's
    instrument alone where the sentence names no convention)."""
    own = {c for _, _, c in conventions(mid) if c in CONVENTIONS}
    if len(own) == 1:
        return next(iter(own))
    if own or page_convention not in CONVENTIONS or any(c != page_convention for c in named):
        return None
    if regex("german_generic").search(mid) or deposit and not named:
        return page_convention
    return None
