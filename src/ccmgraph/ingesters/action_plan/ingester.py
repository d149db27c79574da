"""Ingester for action plan texts and pages (kind "action-plan").

A text names its plan ("MAPUTO ACTION PLAN", "the Dubrovnik Action Plan"); the plan it names
most is the one it is about, and it must be one of ingest/reference/action_plans.csv. Each
numbered action ("1. The States Parties will promote ...") becomes a PlanAction with its
number and text, linked to actions.csv by plan and number downstream. The presidencies and
numbered meetings the page names come along (shared with the composition reader).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.records import Meeting, PartialDate, PlanAction, Quote, Record, Warning_
from ccmgraph.ingesters.composition.prose import read_presidents
from ccmgraph.ingesters.flat.about import convention_of
from ccmgraph.ingesters.flat.dates import find_dates
from ccmgraph.ingesters.flat.meetings import city_names, date_range, numbered_meetings
from ccmgraph.ingesters.flat.states import only_states, state_spans
from ccmgraph.ingesters.flat.vocab import load_yaml
from ccmgraph.vocabulary import ActionPlan, action_plans, meeting_kinds, meeting_mentions


HEAD_LINES = 12  # lines at a text's top where a press release's dateline stands


@cache
def _words() -> dict[str, Any]:
    return load_yaml(Path(__file__).with_name("action_plan.yml"))


@cache
def _plan_patterns() -> list[tuple[ActionPlan, re.Pattern[str]]]:
    return [(plan, re.compile(_words()["plan_name"].replace("{name}", _written(plan.name)), re.IGNORECASE))
            for plan in action_plans() if plan.name]


def _written(name: str) -> str:
    """A plan's place as a pattern, in English and as the conventions' other languages write it."""
    forms = [name, *(other for other, english in city_names().items() if english == name)]
    return "(?:" + "|".join(r"\s+".join(map(re.escape, form.split())) for form in forms) + ")"


def plan_of(text: str) -> ActionPlan | None:
    """The plan `text` names most (first named breaking ties), or None."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for plan, pattern in _plan_patterns():
        for m in pattern.finditer(text):
            counts[plan.key] += 1
            first.setdefault(plan.key, m.start())
    if not counts:
        return None
    key = max(counts, key=lambda k: (counts[k], -first[k]))
    return next(p for p in action_plans() if p.key == key)


def titles_plan(line: str) -> bool:
    """Whether `line` is a plan's title: its name with only a title's words beside it ("Draft
    Dubrovnik Action Plan", "MAPUTO ACTION PLAN - Maputo Review Conference"), not a headline
    that names the plan in a sentence ("Cartagena Action Plan adopted by international community").

    >>> titles_plan("PLAN DE ACCIÓN DE CARTAGENA 2010-2014"), titles_plan("Oslo Action Plan adopted")
    (True, False)
    """
    head = re.split(_words()["title_end"], line.strip(), maxsplit=1)[0]
    rest = head
    for _, pattern in _plan_patterns():
        rest = pattern.sub(" ", rest)
    if rest == head:
        return False  # names no plan
    rest = re.sub(_words()["title_words"], " ", rest, flags=re.IGNORECASE)
    return not rest.strip(" \t.,;:()[]–-")


def actions(text: str, plan: ActionPlan) -> Iterator[PlanAction]:
    """The numbered actions of a plan's text, each once, numbers in plan order."""
    seen: set[str] = set()
    subject = re.compile(_words()["action_subject"])
    for m in re.finditer(_words()["action"], text, re.IGNORECASE | re.MULTILINE):
        number = m["n1"] or m["n2"]
        body = " ".join(m["text"].split())
        if number in seen or not subject.match(body):
            continue
        seen.add(number)
        # the action's text runs on over wrapped lines until a line ends its sentence
        rest = text[m.end() :].split("\n")[1:]
        more: list[str] = []
        for line in rest:
            ended = (more[-1] if more else body).rstrip().endswith((".", ";", ":"))
            if ended or not line.strip() or re.match(_words()["action"], line, re.IGNORECASE) or line.isupper():
                break
            more.append(line.strip())
        full = " ".join([body, *more])
        yield PlanAction(plan.key, number, full, Quote(full[:400], text.count("\n", 0, m.start()) + 1))


def _adopting_meeting(plan: ActionPlan) -> tuple[str, int] | None:
    """The record kind and number of the meeting that adopted the plan ("1MSP" -> msp, 1)."""
    found = list(meeting_mentions(plan.adopted_at or ""))
    if len(found) != 1 or found[0].number is None:
        return None
    return meeting_kinds()[found[0].kind].record, found[0].number


def adoption(text: str, plan: ActionPlan) -> Meeting | None:
    """The adopting meeting's place and days as the plan's text states them: a sentence that says
    where and over which days the plan was adopted gives both; a heading that gives the day of
    adoption gives the meeting's last day, where the text names that meeting ("Maputo Review
    Conference"). Two statements that disagree give nothing."""
    adopting = _adopting_meeting(plan)
    if adopting is None:
        return None
    name = r"\s+".join(map(re.escape, plan.name.split()))
    own = _words()["plan_self"].replace("{name}", name)
    stated: list[tuple[str | None, PartialDate | None, PartialDate, int, str]] = []
    for m in re.finditer(_words()["adopted_in"].replace("{plan}", own), text):
        start, end = date_range(m["dates"])
        if start and end and only_states(m["country"]) and not state_spans(m["city"]):
            stated.append((m["city"], start, end, m.start(), m.group(0)))
    kind, number = adopting
    named = any(meeting_kinds()[n.kind].record == kind and n.number in (None, number) for n in meeting_mentions(text))
    for m in re.finditer(_words()["adopted_on"], text, re.IGNORECASE | re.MULTILINE):
        dates = find_dates(m["date"])
        if named and len(dates) == 1 and dates[0].date.complete:
            # a day of adoption dates a meeting only where the text names that meeting at all
            stated.append((None, None, dates[0].date, m.start(), m.group(0)))
    if not stated:
        return None
    cities = {c for c, *_ in stated if c}
    starts = {s for _, s, *_ in stated if s}
    ends = {e for _, _, e, *_ in stated}
    if len(cities) > 1 or len(starts) > 1 or len(ends) > 1:
        return None
    convention = plan.convention
    _, _, _, at, quoted = min(stated, key=lambda s: s[3])
    return Meeting(f"{convention}-{kind}-{number}", kind, Quote(" ".join(quoted.split()), text.count("\n", 0, at) + 1),  # type: ignore[arg-type]
                   date=next(iter(starts), None), end_date=next(iter(ends)), city=next(iter(cities), None),
                   convention=convention, number=number)


def _with_adoption(meetings: list[Meeting], adopted: Meeting | None) -> Iterator[Meeting]:
    """The numbered meetings a text names, the adopting one with what the plan says of it (where
    the two agree; a disagreement keeps what the meeting's own mention gives)."""
    if adopted is None:
        yield from meetings
        return
    same = [m for m in meetings if m.key == adopted.key]
    if not same:
        yield adopted
    for meeting in meetings:
        if meeting.key != adopted.key:
            yield meeting
            continue
        fields = {}
        for name in ("city", "date", "end_date"):
            mine, theirs = getattr(meeting, name), getattr(adopted, name)
            if mine is None and theirs is not None:
                fields[name] = theirs
        clash = any(getattr(meeting, n) is not None and getattr(adopted, n) is not None
                    and getattr(meeting, n) != getattr(adopted, n) for n in ("city", "end_date"))
        yield meeting if clash else dataclasses.replace(meeting, **fields)


class ActionPlanIngester:
    """Reads an action plan's numbered actions, and the meetings and presidencies it names."""

    kinds: ClassVar[tuple[str, ...]] = ("action-plan",)

    def sniff(self, doc: Document) -> float:
        """High for a text of one of the plans; nothing for a text that names no plan."""
        plan = plan_of(doc.text)
        if plan is None or not re.search(_words()["plan_words"], doc.text, re.IGNORECASE):
            return 0.0
        heads = [line for line in [x for x in doc.lines if x.strip()][:5] if len(line) < 100]
        titled = any(titles_plan(line) for line in heads) or re.search(
            _words()["plans_heading"], "\n".join(heads), re.MULTILINE) is not None
        found = sum(1 for _ in actions(doc.text, plan))
        if not titled and not found:
            # a page that names a plan in passing is some other kind's, unless plans are its subject;
            # a press release on a plan's adoption (its dateline) reports on the plan, it is not its text
            many = len(re.findall(_words()["plan_words"], doc.text, re.IGNORECASE)) >= 4
            dated = any(re.match(_words()["dateline"], line) for line in doc.lines[:HEAD_LINES])
            if not many or dated or not any(True for _ in self.extract(doc)):
                return 0.0  # nothing this reader could say about it
            return 0.45
        return min(0.9, 0.4 + (0.2 if titled else 0.0) + 0.1 * min(found, 3))

    def extract(self, doc: Document, *, meeting_date: PartialDate | None = None) -> Iterator[Record]:
        plan = plan_of(doc.text)
        if plan is None:
            raise ExtractionError(f"{doc.name}: names none of the action plans of ingest/reference/action_plans.csv")
        convention = plan.convention or convention_of(doc.text)
        yield from actions(doc.text, plan)
        if convention is None:  # a plan of no convention the table gives: its meetings would be a guess's
            yield Warning_(f"{doc.name}: the plan {plan.key!r} has no convention; its presidencies and meetings "
                           "are left out")
            return
        yield from read_presidents(doc.text, convention)
        yield from _with_adoption(list(numbered_meetings(doc.text, convention)), adoption(doc.text, plan))
