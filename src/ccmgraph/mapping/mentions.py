"""What a mention points at: an actor, a convention, an action plan or one of its actions."""

from __future__ import annotations

import csv
from functools import cache

from rdflib import URIRef

from ccmgraph import iris
from ccmgraph.paths import ingest_dir
from ccmgraph.records import ActorRef, Mention
from ccmgraph.mapping.context import MappingContext
from ccmgraph.mapping.meetings import identified_meeting


@cache
def plan_rows() -> tuple[dict[str, str], ...]:
    """The rows of action_plans.csv: each plan's key, abbreviations and title."""
    path = ingest_dir() / "reference" / "action_plans.csv"
    if not path.exists():
        return ()
    with path.open(newline="", encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


@cache
def plan_keys() -> dict[str, str]:
    """Action-plan abbreviations ("DAP") to plan keys ("dubrovnik"), from action_plans.csv."""
    keys: dict[str, str] = {}
    for row in plan_rows():
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
    # Plans and actions are defined by the reference tables; a document only points at them.
    return iris.action(plan, number.strip()) if number else iris.action_plan(plan)


def meeting_entity(ctx: MappingContext, rec: Mention) -> URIRef | None:
    """The numbered meeting the resolver found in the mention ("6MSP", "15th MSP of the APMBC")."""
    if rec.target is None:
        return None  # an unnumbered meeting cannot be identified from a mention alone
    return identified_meeting(ctx, rec.target)


def mentioned_entity(ctx: MappingContext, rec: Mention) -> URIRef | None:
    if rec.kind == "convention":
        return ctx.convention(rec.name)
    if rec.kind == "action":
        return action_entity(ctx, rec)
    if rec.kind == "meeting":
        return meeting_entity(ctx, rec)
    if rec.kind in ("state", "organisation", "person"):
        return ctx.actor(ActorRef(rec.name, rec.kind, key=rec.target, label=rec.label), rec.quote)
    return None  # "unknown" names: nothing to point at without guessing
