"""What a mention points at: an actor, a convention, an action plan or one of its actions."""

from __future__ import annotations

import csv
from functools import cache

from rdflib import RDF, URIRef

from .. import iris
from ..namespaces import CCM
from ..paths import ingest_dir
from ..records import ActorRef, Mention
from .context import MappingContext


@cache
def plan_keys() -> dict[str, str]:
    """Action-plan abbreviations ("DAP") to plan keys ("dubrovnik"), from action_plans.csv."""
    path = ingest_dir() / "reference" / "action_plans.csv"
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    keys: dict[str, str] = {}
    for row in rows:
        for abbreviation in (row.get("abbreviation") or "").split(";"):
            if abbreviation.strip():
                keys[abbreviation.strip().upper()] = row["key"]
    return keys


def action_entity(ctx: MappingContext, rec: Mention) -> URIRef | None:
    """"DAP 1.3" -> the Dubrovnik plan's action 1.3; "MAP" -> the Maputo plan itself."""
    abbreviation, _, number = rec.name.partition(" ")
    plan = plan_keys().get(abbreviation.upper())
    if plan is None:
        ctx.warn(f"action plan {abbreviation!r} is not in action_plans.csv; mention dropped", rec.quote)
        return None
    if not number:
        node = iris.action_plan(plan)
        ctx.add(node, RDF.type, CCM.ActionPlan)
        return node
    node = iris.action(plan, number.strip())
    ctx.add(node, RDF.type, CCM.Action)
    ctx.add(node, CCM.partOfPlan, iris.action_plan(plan))
    return node


def mentioned_entity(ctx: MappingContext, rec: Mention) -> URIRef | None:
    if rec.kind == "convention":
        return ctx.convention(rec.name)
    if rec.kind == "action":
        return action_entity(ctx, rec)
    if rec.kind in ("state", "organisation", "person"):
        return ctx.actor(ActorRef(rec.name, rec.kind), rec.quote)
    ctx.warn(f"mention of {rec.name!r} ({rec.kind}) has no entity to point at; dropped", rec.quote)
    return None
