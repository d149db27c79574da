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
from typing import ClassVar, Literal

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.resolve.actors import lookup_state
from ccmgraph.records import ActorRef, OverdueReport, PartialDate, Quote, Record
from ccmgraph.ingesters.composition.prose import read_group_chairs
from ccmgraph.ingesters.flat.about import convention_of
from ccmgraph.ingesters.flat.dates import find_dates
from ccmgraph.ingesters.flat.meetings import numbered_meetings
from ccmgraph.ingesters.flat.passages import Passage, passages
from ccmgraph.ingesters.flat.states import only_states, state_spans, unglue
from ccmgraph.ingesters.overdue.foreign import foreign_reports
from ccmgraph.ingesters.overdue.single import single_reports
from ccmgraph.ingesters.treaty_status.ingester import prose_events
from ccmgraph.ingesters.treaty_status.meetings import page_meetings
from ccmgraph.ingesters.treaty_status.sections import Sections
from ccmgraph.ingesters.overdue.lists import Listed, header_columns, is_list_line, list_lines, read_list
from ccmgraph.ingesters.overdue.words import words

ReportKind = Literal["initial", "annual"]


def _has(name: str, text: str) -> bool:
    return re.search(words()[name], text, re.IGNORECASE) is not None


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
        found = _all(doc, text, convention_of(text) or "")
        # above a notice's claim (0.7): this reader states the page's treaty steps as well
        return min(0.9, 0.67 + 0.05 * len(found)) if found else 0.0

    def extract(self, doc: Document, *, meeting_date: PartialDate | None = None) -> Iterator[Record]:
        text = _text(doc)
        convention = convention_of(text)
        if convention is None:
            raise ExtractionError(f"{doc.name}: names none of the conventions (CCM, APMBC, CCW Protocol V)")
        found = _all(doc, text, convention)
        if not found:
            raise ExtractionError(f"{doc.name}: names no State whose transparency report is overdue")
        sections = Sections(text, convention)
        for f in found:
            yield OverdueReport(ActorRef(f.state, "state"), sections.at_line(f.quote.line), f.report, f.quote,
                                due=f.due, as_of=f.as_of)
        yield from read_group_chairs(text, convention)
        yield from numbered_meetings(text, convention)
        yield from prose_events(doc, text, convention)
        yield from page_meetings(doc, convention)


def _all(doc: Document, text: str, convention: str) -> list[Found]:
    """Each State's overdue report once: from lists and statements, then from clauses on one
    State; a later clause on the same report fills in a due or as-of date the first lacked,
    never changes one it gave."""
    out: dict[tuple[str, str], Found] = {}
    singles = [Found(s.state, s.report, s.due, s.as_of, s.quote)
               for s in [*single_reports(text, convention), *foreign_reports(text)]]
    for f in [*_read(doc, text), *singles]:
        entry = lookup_state(f.state)
        key = (entry.iso3 if entry else f.state, f.report)
        before = out.get(key)
        if before is None:
            out[key] = f
        elif before.due in (None, f.due):
            out[key] = Found(before.state, before.report, before.due or f.due, before.as_of or f.as_of,
                             before.quote if before.due else f.quote)
    return list(out.values())


def _text(doc: Document) -> str:
    return "\n".join(unglue(line) for line in doc.lines)


def _read(doc: Document, text: str) -> Iterator[Found]:
    dateline = _dateline(text)
    previous: ReportKind | None = None
    paragraph, section, open_heading, reports = -1, 0, False, False
    found = list(passages(text))
    for i, passage in enumerate(found):
        if passage.paragraph != paragraph:
            previous, paragraph, reports = None, passage.paragraph, False
        # the paragraph's earlier sentence may say what the late obligation is ("... initial
        # Article 7 transparency reporting. Those seven failing to meet the obligation include")
        reports = reports or _has("report", passage.text) or _has("reporting", passage.text)
        overdue = _is_overdue_clause(passage.text, reports)
        if _is_heading(passage.text):  # "Transparency reports outstanding as at 30 April 2016"
            section, open_heading = i, overdue and not state_spans(passage.text)
        kind = _report_kind(passage.text) or previous
        previous = kind or previous
        labelled = None if overdue or not open_heading else _labelled(passage.text)
        if labelled is not None:  # under that heading, "Initial reports: Cabo Verde, Comoros."
            kind = labelled
        elif not overdue:
            continue
        body = passage.text
        if ":" in body:  # a list its colon opens, cut into sentences at its semicolons
            body = "\n".join([body, *list_lines(found, i, paragraph=passage.paragraph)])
        listed = _rows_below(body) or _named(body)
        if not listed:  # a heading, then its list
            lines = list(list_lines(found, i))
            body, listed = "\n".join([body, *lines]), read_list(lines)
        follow = _follow_up(found, i, len(listed))
        if follow is not None:  # "... never submitted a report. Its initial report was due in August 1999."
            kind = _report_kind(follow) or kind
        if not listed or kind is None:
            continue
        own = any(item.due for item in listed)
        due = None if own else (_date_after(passage.text, "due") or (follow and _date_after(follow, "due"))
                                or _context(found, section, i, kind, "due"))
        as_of = _date_after(passage.text, "as_of") or _context(found, section, i, kind, "as_of") or dateline
        quote = Quote(" ".join(body.split())[:400], passage.line)
        for item in listed:
            yield Found(_name(item.state.written), kind, item.due or due, as_of, quote)


def _name(written: str) -> str:
    """A State's name without a remark in brackets the registry does not know as part of it
    ("Gambia (more than three years late)"; "Congo (Rep. of)" stays whole)."""
    if "(" in written and lookup_state(written) is None:
        return written.split("(", 1)[0].strip()
    return written


def _is_overdue_clause(text: str, reports: bool) -> bool:
    """Whether a clause says reports are late: words of lateness, transparency reports named in
    it or before it in its paragraph, and no praise of submission."""
    said = _has("report", text)
    late = (_has("overdue", text) and (reports or said)) or (_has("overdue_weak", text) and said)
    return late and not _has("not_overdue", text)


def _labelled(text: str) -> ReportKind | None:
    """The kind of report a labelled list under an overdue heading names ("Annual reports for
    2015: Angola, Bolivia"), or None when the passage is no such list."""
    m = re.match(r"\s*([^:\n]{3,60}):\s*(.+)$", text, re.DOTALL)
    if m is None or not _has("report", m[1]) or only_states(m[2].replace(";", ",")) is None:
        return None
    return _report_kind(m[1])


def _follow_up(found: list[Passage], i: int, states: int) -> str | None:
    """The next sentence of the paragraph when it goes on about the one State's report ("Its
    initial report was due in August 1999"), else None."""
    if states != 1 or i + 1 >= len(found) or found[i + 1].paragraph != found[i].paragraph:
        return None
    text = found[i + 1].text
    return text if re.match(words()["follow_up"], text) else None


def _rows_below(body: str) -> list[Listed]:
    """The States of the run of list lines that ends a passage below its clause (a header
    and rows, a row's date read by its column), when the lines above name no State."""
    lines = [line for line in body.split("\n") if line.strip()]
    k = len(lines)
    while k > 1 and (is_list_line(lines[k - 1]) or header_columns(lines[k - 1]) is not None):
        k -= 1
    if k == len(lines) or any(state_spans(line) for line in lines[:k]):
        return []
    return read_list(lines[k:])


def _named(clause: str) -> list[Listed]:
    """The States a clause names as overdue, each with the due date said of it alone; after
    "All States Parties have submitted ... except", only those the exception names, and none
    whose report the clause says is not yet due ("Oman, which has a reporting deadline of ...")."""
    exception = re.search(words()["exception"], clause, re.IGNORECASE)
    spans = [s for s in state_spans(clause) if not exception or s.start >= exception.end()]
    out = []
    for s, nxt in zip(spans, [*spans[1:], None]):
        own = re.split(r"[.;](?:\s|$)", clause[s.end : nxt.start if nxt else len(clause)])[0]
        if _has("not_yet_due", own) or _has("since_submitted", own):
            continue
        out.append(Listed(s, _own_due(own)))
    return out


def _context(found: list[Passage], section: int, i: int, kind: ReportKind, lead: str) -> PartialDate | None:
    """A date the section states once for its whole list ("As of 18 June 2015, only 37% had
    submitted annual reports ..., due by 30 April 2015"): the nearest before the clause, from a
    passage of the same section that names no State and no other kind of report."""
    for passage in reversed(found[section:i]):
        if state_spans(passage.text) or _report_kind(passage.text) not in (None, kind):
            continue
        date = _date_after(passage.text, lead)
        if date is not None:
            return date
    return None


def _is_heading(text: str) -> bool:
    """Whether a passage opens with a heading line: short, no closing punctuation, no list."""
    first = text.split("\n", 1)[0].strip()
    return (0 < len(first) <= 100 and first[0].isupper() and len(first.split()) <= 14
            and not re.search(r"[.:;,!?]$", first) and only_states(first) is None)


def _report_kind(text: str) -> ReportKind | None:
    initial, annual = _has("initial", text), _has("annual", text)
    if initial and not annual:
        return "initial"
    if annual and not initial:
        return "annual"
    return None


def _date_after(text: str, lead: str) -> PartialDate | None:
    for span in find_dates(text):
        if _led(text, span.start, lead):
            return span.date
    return None


def _own_due(segment: str) -> PartialDate | None:
    """The due date said of one State in the words after its name ("Equatorial Guinea (due 28
    August 1999)", "Tuvalu, which was originally due by 28 August 2012", a cell "Botswana 27
    December 2011")."""
    for span in find_dates(segment[:120]):
        before = segment[: span.start]
        if not before.strip(" \t|(:,–-") or re.search(words()["own_due"], before, re.IGNORECASE):
            return span.date
    return None


def _dateline(text: str) -> PartialDate | None:
    """The date of a statement: a full date on one of its first short lines (its heading,
    "Geneva, 29 November 2010"), never one a sentence gives as a deadline or an as-of date."""
    heads = [line for line in text.split("\n") if line.strip()][:12]
    for line in heads:
        if len(line) > 160:
            break
        if re.search(r"[\w)]\.\s*$", line) or _has("deadline_words", line) or is_list_line(line):
            continue  # a sentence, a due date, a row of a list
        dates = [d for d in find_dates(line) if d.date.complete]
        if dates and not any(_led(line, dates[0].start, lead) for lead in ("due", "as_of")):
            return dates[0].date
    return None


def _led(text: str, start: int, lead: str) -> bool:
    """Whether the words right before text[start] are the lead `lead` names ("due by ")."""
    return re.search(words()[lead], text[max(0, start - 12) : start], re.IGNORECASE) is not None


__all__ = ["OverdueIngester", "Passage"]
