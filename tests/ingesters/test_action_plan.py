"""The action plan reader on a plan text written in the layout real plan texts use."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.ingesters.action_plan.ingester import ActionPlanIngester
from ccmgraph.records import Meeting, PlanAction

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "action-plan"


def test_numbered_actions_with_their_wrapped_text_and_the_meeting() -> None:
    doc = Document(text=(FIXTURES / "plan-text.txt").read_text(encoding="utf-8"), sha256="0" * 64, name="p")
    records = list(ActionPlanIngester().extract(doc))
    actions = [(r.plan, r.number, r.text) for r in records if isinstance(r, PlanAction)]
    assert actions == [
        ("oslo", "1", "The States Parties will promote formal adherence to the Convention by States not party, "
                      "inviting them to the Convention's meetings."),
        ("oslo", "2", "Each State Party will share information on its efforts to promote the Convention."),
    ]
    assert [(m.convention, m.kind, m.number) for m in records if isinstance(m, Meeting)] == [("apmbc", "revcon", 4)]


def test_a_text_naming_no_plan_is_refused() -> None:
    doc = Document(text="1. The States Parties will meet.\n", sha256="0" * 64, name="x")
    assert ActionPlanIngester().sniff(doc) == 0.0
    with pytest.raises(ExtractionError):
        list(ActionPlanIngester().extract(doc))
