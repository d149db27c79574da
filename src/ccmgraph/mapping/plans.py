"""Action plan texts: the wording of each numbered action, tied to the action the tables define."""

from __future__ import annotations

from ccmgraph import iris
from ccmgraph.mapping.context import MappingContext
from ccmgraph.mapping.literals import text
from ccmgraph.mapping.mentions import plan_rows
from ccmgraph.namespaces import CCM
from ccmgraph.records import PlanAction


def map_plan_action(ctx: MappingContext, rec: PlanAction) -> None:
    """One ActionText per action; a plan action_plans.csv does not know is a warning, not a node."""
    if rec.plan not in {row["key"] for row in plan_rows()}:
        ctx.warn(f"action plan {rec.plan!r} is not in action_plans.csv; action {rec.number} dropped", rec.quote)
        return
    node = ctx.fact(ctx.local("action", rec.plan, rec.number), CCM.ActionText, rec.quote)
    ctx.add(node, CCM.action, iris.action(rec.plan, rec.number.strip()))
    ctx.add(node, CCM.text, text(rec.text))
