"""Conditional obligations as sources state them: stated deadlines and declared fulfilment.

A stated deadline is an ObligationDeadline with `ccm:derived false`, next to (never instead
of) the one derive.py computes, so an extended deadline stays visible beside the original.
"""

from __future__ import annotations

from rdflib import Literal

from ccmgraph import iris
from ccmgraph.namespaces import CCM
from ccmgraph.reference.context import TableGraph
from ccmgraph.reference.rules import fulfilled_flag
from ccmgraph.reference.tables import Row
from ccmgraph.reference.timeliness import add_timeliness


def map_holders(ctx: TableGraph, row: Row) -> None:
    convention, obligation = row.get("convention"), row.get("obligation")
    party = ctx.state(row.get("iso3"), row)
    fulfilled, fulfilled_on = fulfilled_flag(row), row.date("fulfilled_on")
    stated = row.date("stated_deadline")
    if stated is not None:
        node = ctx.fact(ctx.local("deadline", str(row.line)), CCM.ObligationDeadline, row)
        ctx.add(node, CCM.party, party)
        ctx.add(node, CCM.obligation, iris.obligation(convention, obligation))
        ctx.add(node, CCM.convention, ctx.convention(convention))
        ctx.date(node, CCM.deadline, stated)
        ctx.add(node, CCM.derived, Literal(False))
        if fulfilled is not None:
            ctx.add(node, CCM.fulfilled, Literal(fulfilled))
        ctx.date(node, CCM.fulfilledOn, fulfilled_on)
        add_timeliness(ctx, node, [stated], fulfilled_on, fulfilled)
        ctx.source(node, row)
    if fulfilled:
        node = ctx.fact(ctx.local("fulfilment", str(row.line)), CCM.ObligationFulfilment, row)
        ctx.add(node, CCM.party, party)
        ctx.add(node, CCM.obligation, iris.obligation(convention, obligation))
        ctx.add(node, CCM.convention, ctx.convention(convention))
        ctx.date(node, CCM.fulfilledOn, fulfilled_on)
        ctx.source(node, row)
