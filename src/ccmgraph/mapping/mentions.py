"""What a mention points at: an actor, a convention, an action plan or one of its actions."""

from __future__ import annotations

import csv
import re
from functools import cache

from rdflib import URIRef

from ccmgraph import iris
from ccmgraph.paths import ingest_dir
from ccmgraph.records import ActorRef, Mention
from ccmgraph.mapping.context import MappingContext
from ccmgraph.mapping.meetings import numbered_meeting_node


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


ORDINALS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)}
_NUMBERED = re.compile(
    r"(?:(?P<num>\d{1,2})(?:st|nd|rd|th)?|(?P<word>[A-Za-z]+))\s*(?:(?P<msp>MSP|Meeting of (?:the )?States Parties)"
    r"|(?P<rc>RC|Review Conference))", re.IGNORECASE)


def meeting_entity(ctx: MappingContext, rec: Mention) -> URIRef | None:
    """Numbered meetings ("6MSP", "First Review Conference", "15th MSP of the APMBC") by IRI."""
    match = _NUMBERED.search(rec.name)
    number = None
    if match:
        number = int(match["num"]) if match["num"] else ORDINALS.get((match["word"] or "").lower())
    if number is None:
        return None  # an unnumbered meeting cannot be identified from a mention alone
    convention = "apmbc" if re.search(r"APMBC|Mine Ban|Ottawa", rec.name) else \
        "ccw" if "CCW" in rec.name else "ccm"
    is_msp = bool(match and match["msp"])
    return numbered_meeting_node(ctx, f"{number}{'MSP' if is_msp else 'RC'}", convention)


def mentioned_entity(ctx: MappingContext, rec: Mention) -> URIRef | None:
    if rec.kind == "convention":
        return ctx.convention(rec.name)
    if rec.kind == "action":
        return action_entity(ctx, rec)
    if rec.kind == "meeting":
        return meeting_entity(ctx, rec)
    if rec.kind in ("state", "organisation", "person"):
        return ctx.actor(ActorRef(rec.name, rec.kind), rec.quote)
    return None  # "unknown" names: nothing to point at without guessing
