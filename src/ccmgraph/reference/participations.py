"""Treaty participation rows -> ccm:TreatyParticipation nodes, plus the deadlines derived from each.

One participation per source row (`id:participation/<ISO3>/<convention>/<n>`, n the row's
line; rows of a table other than treaty_status.csv get an "x" before the line). Derived
deadlines hang under their participation, say `ccm:derived true` and name their rule chain.
"""

from __future__ import annotations

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import PROV, XSD

from ccmgraph import iris
from ccmgraph.errors import InputError
from ccmgraph.mapping.literals import date_literal
from ccmgraph.mapping.treaty import EVENT_KINDS, describe_treaty_event, treaty_event_iri
from ccmgraph.namespaces import CCM
from ccmgraph.reference.context import TableGraph
from ccmgraph.reference.derive import Deadline, Participation, deadlines
from ccmgraph.reference.rules import load_rules
from ccmgraph.reference.tables import Row
from ccmgraph.reference.timeliness import add_timeliness

MAIN_TABLE = "treaty_status.csv"


def participation_iri(row: Row) -> URIRef:
    n = str(row.line) if row.table == MAIN_TABLE else f"x{row.line}"
    return URIRef(f"{iris.BASE}participation/{row.get('iso3').upper()}/{row.get('convention')}/{n}")


def map_participations(ctx: TableGraph, row: Row) -> None:
    rules = load_rules(ctx.folder)
    convention = row.get("convention")
    if convention not in ("ccm", "apmbc", "ccw", "ccw-p5"):
        raise InputError(f"{row.table} line {row.line}: unknown convention {convention!r}")
    node = ctx.fact(participation_iri(row), CCM.TreatyParticipation, row)
    ctx.add(node, CCM.party, ctx.state(row.get("iso3"), row))
    ctx.add(node, CCM.convention, ctx.convention(convention))
    ctx.add(node, CCM.derived, Literal(False))
    ctx.text(node, CCM.instrument, row.get("instrument"))
    ctx.date(node, CCM.signatureDate, row.date("signature_date"))
    ctx.date(node, CCM.depositDate, row.date("deposit_date"))
    ctx.date(node, CCM.entryIntoForceDate, row.date("entry_into_force_date"))
    ctx.date(node, CCM.initialReportSubmitted, row.date("initial_report_submitted"))
    ctx.source(node, row)
    ctx.text(node, CCM.note, row.get("note"))
    add_events(ctx, node, row)
    for deadline in deadlines(participation_of(row), rules):
        add_deadline(ctx, node, row, deadline)


def participation_of(row: Row) -> Participation:
    """The plain values derive.py needs from a participation row."""
    return Participation(
        row.get("iso3").upper(), row.get("convention"), row.date("deposit_date"),
        row.date("entry_into_force_date"), row.date("initial_report_submitted"),
    )


def deadline_iri(participation: URIRef, deadline: Deadline) -> URIRef:
    tail = f"/{deadline.variant}" if deadline.variant else ""
    return URIRef(f"{participation}/deadline/{deadline.obligation}{tail}")


def add_events(ctx: TableGraph, participation: URIRef, row: Row) -> None:
    """The row's dated steps as treaty events: signature, the instrument's deposit, entry into force."""
    state, convention = ctx.state(row.get("iso3"), row), ctx.convention(row.get("convention"))
    instrument = row.get("instrument") or "consent_to_be_bound"  # a deposit of unnamed kind (CCW P V lists)
    if row.get("deposit_date") and instrument not in EVENT_KINDS:
        raise InputError(f"{row.table} line {row.line}: unknown instrument {instrument!r}")
    for event, column in (("signature", "signature_date"), (instrument, "deposit_date"),
                          ("entry_into_force", "entry_into_force_date")):
        date = row.date(column)
        if date is None:
            continue
        node = ctx.fact(treaty_event_iri(participation, event), CCM.TreatyEvent, row)
        describe_treaty_event(ctx, node, state, convention, event, date)
        ctx.source(node, row)


def add_deadline(ctx: TableGraph, participation: URIRef, row: Row, deadline: Deadline) -> None:
    convention = row.get("convention")
    node = deadline_iri(participation, deadline)
    ctx.add(node, CCM.derived, Literal(True))
    ctx.add(node, PROV.wasDerivedFrom, participation)
    ctx.add(node, PROV.wasDerivedFrom, ctx.quote(row))  # and the row the participation was read from
    ctx.add(node, CCM.party, ctx.state(row.get("iso3"), row))
    ctx.add(node, CCM.obligation, iris.obligation(convention, deadline.obligation))
    ctx.add(node, CCM.convention, ctx.convention(convention))
    ctx.add(node, CCM.deadline, Literal(deadline.date.isoformat(), datatype=XSD.date))
    ctx.add(node, CCM.derivationRule, Literal(deadline.rule))
    ctx.add(node, RDF.type, CCM.ObligationDeadline)
    if deadline.fulfilled is not None:
        ctx.add(node, CCM.fulfilled, Literal(deadline.fulfilled))
    if deadline.fulfilled_on is not None:
        ctx.add(node, CCM.fulfilledOn, date_literal(deadline.fulfilled_on))
    if deadline.holding is not None:
        ctx.add(node, PROV.wasDerivedFrom, URIRef(deadline.holding.quote))
    add_timeliness(ctx, node, [deadline.date], deadline.fulfilled_on, deadline.fulfilled)
