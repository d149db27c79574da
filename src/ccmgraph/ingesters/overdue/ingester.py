"""Ingester for overdue-report lists and statements (kind "overdue-reports").

"To date, 13 States Parties have overdue Initial Transparency Reports: Benin, Cape Verde,
...": a clause that says reports are missing or late names the States it is about, right
there or in the list its colon opens; whether they are initial or annual reports is said in
the clause or just before it in the paragraph. The due date is the one the clause gives
after "due on"; the as-of date is the one it gives after "as of", else the date of the
statement itself (its dateline). Reports are kept as documents report them, never derived.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, ClassVar, Literal

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.records import ActorRef, OverdueReport, PartialDate, Quote, Record
from ccmgraph.ingesters.flat.about import convention_of
from ccmgraph.ingesters.flat.dates import find_dates
from ccmgraph.ingesters.flat.passages import Passage, passages
from ccmgraph.ingesters.flat.states import state_spans, unglue
from ccmgraph.ingesters.flat.vocab import load_yaml

ReportKind = Literal["initial", "annual"]


@cache
def _words() -> dict[str, Any]:
    return load_yaml(Path(__file__).with_name("overdue.yml"))


def _has(name: str, text: str) -> bool:
    return re.search(_words()[name], text, re.IGNORECASE) is not None


@dataclass(frozen=True)
class Found:
    state: str
    report: ReportKind
    due: PartialDate | None
    as_of: PartialDate | None
    quote: Quote


class OverdueIngester:
    """Reads which States' transparency reports a document says are overdue."""

    kinds: ClassVar[tuple[str, ...]] = ("overdue-reports",)

    def sniff(self, doc: Document) -> float:
        """High when a convention's text names States whose transparency reports are overdue."""
        text = _text(doc)
        if convention_of(text) is None:
            return 0.0
        found = list(_read(doc, text))
        return min(0.9, 0.6 + 0.05 * len(found)) if found else 0.0

    def extract(self, doc: Document, *, meeting_date: PartialDate | None = None) -> Iterator[Record]:
        text = _text(doc)
        convention = convention_of(text)
        if convention is None:
            raise ExtractionError(f"{doc.name}: names none of the conventions (CCM, APMBC, CCW Protocol V)")
        found = list(_read(doc, text))
        if not found:
            raise ExtractionError(f"{doc.name}: names no State whose transparency report is overdue")
        seen: set[tuple[str, str]] = set()
        for f in found:
            if (f.state, f.report) in seen:
                continue
            seen.add((f.state, f.report))
            yield OverdueReport(ActorRef(f.state, "state"), convention, f.report, f.quote, due=f.due, as_of=f.as_of)


def _text(doc: Document) -> str:
    return "\n".join(unglue(line) for line in doc.lines)


def _read(doc: Document, text: str) -> Iterator[Found]:
    dateline = _dateline(text)
    previous: ReportKind | None = None
    paragraph = -1
    for passage in passages(text):
        if passage.paragraph != paragraph:
            previous, paragraph = None, passage.paragraph
        kind = _report_kind(passage.text) or previous
        previous = kind or previous
        if not (_has("overdue", passage.text) and _has("report", passage.text)) or _has("not_overdue", passage.text):
            continue
        states = state_spans(passage.text)
        if not states or kind is None:
            continue
        due = _date_after(passage.text, "due")
        as_of = _date_after(passage.text, "as_of") or dateline
        quote = Quote(" ".join(passage.text.split())[:400], passage.line)
        for s in states:
            yield Found(s.written, kind, due, as_of, quote)


def _report_kind(text: str) -> ReportKind | None:
    initial, annual = _has("initial", text), _has("annual", text)
    if initial and not annual:
        return "initial"
    if annual and not initial:
        return "annual"
    return None


def _date_after(text: str, lead: str) -> PartialDate | None:
    for span in find_dates(text):
        if re.search(_words()[lead], text[max(0, span.start - 12) : span.start], re.IGNORECASE):
            return span.date
    return None


def _dateline(text: str) -> PartialDate | None:
    """The date of a statement: a full date on one of its first short lines (its heading)."""
    heads = [line for line in text.split("\n") if line.strip()][:12]
    for line in heads:
        if len(line) > 160:
            break
        dates = [d for d in find_dates(line) if d.date.complete]
        if dates:
            return dates[0].date
    return None


__all__ = ["OverdueIngester", "Passage"]
