"""Ingester for action plan texts and pages (kind "action-plan").

A text names its plan ("MAPUTO ACTION PLAN", "the Dubrovnik Action Plan"); the plan it names
most is the one it is about, and it must be one of ingest/reference/action_plans.csv. Each
numbered action ("1. The States Parties will promote ...") becomes a PlanAction with its
number and text, linked to actions.csv by plan and number downstream. The presidencies and
numbered meetings the page names come along (shared with the composition reader).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.records import PartialDate, PlanAction, Quote, Record
from ccmgraph.ingesters.composition.prose import read_presidents
from ccmgraph.ingesters.flat.about import convention_of
from ccmgraph.ingesters.flat.meetings import numbered_meetings
from ccmgraph.ingesters.flat.vocab import load_yaml
from ccmgraph.vocabulary import ActionPlan, action_plans


@cache
def _words() -> dict[str, Any]:
    return load_yaml(Path(__file__).with_name("action_plan.yml"))


def plan_of(text: str) -> ActionPlan | None:
    """The plan `text` names most (first named breaking ties), or None."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for plan in action_plans():
        if not plan.name:
            continue
        pattern = _words()["plan_name"].replace("{name}", r"\s+".join(map(re.escape, plan.name.split())))
        for m in re.finditer(pattern, text, re.IGNORECASE):
            counts[plan.key] += 1
            first.setdefault(plan.key, m.start())
    if not counts:
        return None
    key = max(counts, key=lambda k: (counts[k], -first[k]))
    return next(p for p in action_plans() if p.key == key)


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


class ActionPlanIngester:
    """Reads an action plan's numbered actions, and the meetings and presidencies it names."""

    kinds: ClassVar[tuple[str, ...]] = ("action-plan",)

    def sniff(self, doc: Document) -> float:
        """High for a text of one of the plans; nothing for a text that names no plan."""
        plan = plan_of(doc.text)
        if plan is None or not re.search(_words()["plan_words"], doc.text, re.IGNORECASE):
            return 0.0
        heads = " ".join(line for line in doc.lines[:5])
        titled = plan_of(heads) is not None
        found = sum(1 for _ in actions(doc.text, plan))
        return min(0.9, 0.4 + (0.2 if titled else 0.0) + 0.1 * min(found, 3))

    def extract(self, doc: Document, *, meeting_date: PartialDate | None = None) -> Iterator[Record]:
        plan = plan_of(doc.text)
        if plan is None:
            raise ExtractionError(f"{doc.name}: names none of the action plans of ingest/reference/action_plans.csv")
        convention = plan.convention or convention_of(doc.text) or "ccm"
        yield from actions(doc.text, plan)
        yield from read_presidents(doc.text, convention)
        yield from numbered_meetings(doc.text, convention)
