"""Action plans (period, adopting meeting, abbreviation) and the actions documents cite."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import Literal
from rdflib.namespace import DCTERMS, RDFS

from ccmgraph import iris
from ccmgraph.errors import InputError
from ccmgraph.mapping.literals import date_literal
from ccmgraph.mapping.time import add_bounds
from ccmgraph.namespaces import CCM, SCHEMA
from ccmgraph.records import PartialDate
from ccmgraph.reference.context import TableGraph
from ccmgraph.reference.meetings import link_meetings
from ccmgraph.reference.tables import Row, read_table
from ccmgraph.reference.themes import theme


def map_action_plans(ctx: TableGraph, row: Row) -> None:
    convention = row.get("convention")
    node = ctx.thing(iris.action_plan(row.get("key")), CCM.ActionPlan, row)
    ctx.add(node, CCM.actionPlanOf, ctx.convention(convention))
    ctx.text(node, RDFS.label, row.get("title"))
    ctx.text(node, CCM.abbreviation, row.get("abbreviation"))
    years = {}
    for column, prop in (("start_year", SCHEMA.startDate), ("end_year", SCHEMA.endDate)):
        year = row.integer(column)
        if year is not None:
            years[column] = PartialDate(year)
            ctx.add(node, prop, date_literal(years[column]))
    add_bounds(ctx, node, years.get("start_year"), years.get("end_year"))
    ctx.date(node, DCTERMS.issued, row.date("adopted_on"))
    link_meetings(ctx, node, CCM.adoptedAt, convention, row.get("adopted_at"))


@cache
def plan_conventions(folder: Path) -> dict[str, str]:
    return {row.get("key"): row.get("convention") for row in read_table(folder / "action_plans.csv").rows}


def map_actions(ctx: TableGraph, row: Row) -> None:
    plan = row.get("plan")
    convention = plan_conventions(ctx.folder).get(plan)
    if convention is None:
        raise InputError(f"{row.table} line {row.line}: plan {plan!r} is not in action_plans.csv")
    number = row.get("number")
    node = ctx.thing(iris.action(plan, number), CCM.Action, row)
    ctx.add(node, CCM.partOfPlan, iris.action_plan(plan))
    ctx.add(node, CCM.actionNumber, Literal(number))
    ctx.text(node, CCM.text, row.get("summary"))
    ctx.add(node, CCM.theme, theme(ctx, row, convention))
