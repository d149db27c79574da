"""What a mention points at: an actor, a convention, an action plan or one of its actions."""

from __future__ import annotations

import csv
import re
from functools import cache

from rdflib import RDF, RDFS, Literal, URIRef

from ccmgraph import iris
from ccmgraph.namespaces import CCM
from ccmgraph.paths import ingest_dir
from ccmgraph.records import ActorRef, Mention
from ccmgraph.mapping.context import MappingContext


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
    # Plans and actions are defined by the reference tables; a document only points at them.
    return iris.action(plan, number.strip()) if number else iris.action_plan(plan)


_NUMBERED_CLASSES = {"msp": (CCM.MeetingOfStatesParties, "MSP"), "revcon": (CCM.ReviewConference, "RC")}


def meeting_entity(ctx: MappingContext, rec: Mention) -> URIRef | None:
    """The numbered meeting the resolver found in the mention ("6MSP", "15th MSP of the APMBC")."""
    if rec.target is None:
        return None  # an unnumbered meeting cannot be identified from a mention alone
    node = iris.meeting_at(rec.target)
    kind, _, local = rec.target.partition("/")
    convention, _, short = local.rpartition("-")
    ctx.add(node, RDF.type, CCM.Meeting)
    if kind in _NUMBERED_CLASSES:
        cls, suffix = _NUMBERED_CLASSES[kind]
        ctx.add(node, RDF.type, cls)
        name = re.sub(r"\D", "", short) + suffix
        ctx.add(node, CCM.shortName, Literal(name))
        ctx.add(node, RDFS.label, Literal(f"{convention.upper()} {name}"))
    return node


def mentioned_entity(ctx: MappingContext, rec: Mention) -> URIRef | None:
    if rec.kind == "convention":
        return ctx.convention(rec.name)
    if rec.kind == "action":
        return action_entity(ctx, rec)
    if rec.kind == "meeting":
        return meeting_entity(ctx, rec)
    if rec.kind in ("state", "organisation", "person"):
        return ctx.actor(ActorRef(rec.name, rec.kind, key=rec.target), rec.quote)
    return None  # "unknown" names: nothing to point at without guessing
