"""Overdue reports a sentence names, on pages read as another kind (notes, news, meeting pages).

"Three initial reports are still missing: Equatorial Guinea, Cape Verde and Gambia" in a
campaign's notes on the intersessional meetings: detection rightly takes such pages for
meeting pages or composition pages, whose readers give no overdue report. So this reader runs
on every accepted page (ingesters.every_kind) except the overdue-report lists' own, and reads
only the narrow sentence forms of overdue.yml `prose`: the States must be a list of States and
nothing else, and a count the sentence gives must match the States it lists (else a warning and
nothing: one of the two is wrong, and the reader cannot tell which).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Literal

from ccmgraph.document.read import Document
from ccmgraph.ingesters.composition.committee import committee_convention
from ccmgraph.ingesters.flat.about import convention_of
from ccmgraph.ingesters.flat.passages import passages
from ccmgraph.ingesters.flat.states import only_states, unglue
from ccmgraph.ingesters.news.text import NUMBER_WORDS
from ccmgraph.ingesters.overdue.words import words
from ccmgraph.resolve.actors import lookup_state
from ccmgraph.records import ActorRef, OverdueReport, Quote, Record, Warning_

#: Kinds whose own reader reads overdue reports already.
READ_ALREADY = frozenset({"overdue-reports"})
_CHEAP = re.compile(r"\breports?\b", re.IGNORECASE)


def prose_overdue(doc: Document, kind: str, records: Sequence[Record]) -> Iterator[Record]:
    """The overdue reports the sentences of `doc` name that `records` do not hold."""
    if kind in READ_ALREADY or not _CHEAP.search(doc.text):
        return
    text = "\n".join(unglue(line) for line in doc.lines)
    convention = _convention(text)
    if convention is None:
        return
    have: set[tuple[str, str]] = {(_iso3(r.state.name), r.report) for r in records if isinstance(r, OverdueReport)}
    for passage in passages(text):
        sentence = " ".join(passage.text.split())
        for pattern in words()["prose"]:
            m = re.search(pattern, sentence, re.IGNORECASE)
            if m is None:
                continue
            states = only_states(m["states"])
            if not states:
                continue
            quote = Quote(sentence[:400], passage.line)
            said = _count(m.groupdict().get("count"))
            if said is not None and said != len(states):
                yield Warning_(f"the sentence counts {said} overdue reports but lists {len(states)} States; "
                               "none is kept", quote)
                break
            report: Literal["initial", "annual"] = "initial" if m["what"].lower() == "initial" else "annual"
            for s in states:
                if (s.iso3, report) not in have:
                    have.add((s.iso3, report))
                    yield OverdueReport(ActorRef(s.written, "state"), convention, report, quote)
            break


def _iso3(name: str) -> str:
    entry = lookup_state(name)
    return entry.iso3 if entry else name


def _count(word: str | None) -> int | None:
    """The number a count word says ("Three"), None when there is none (or it is no number)."""
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word.lower())


def _convention(text: str) -> str | None:
    """The convention the text names, else that of a Standing Committee it names."""
    return convention_of(text) or committee_convention(text)
