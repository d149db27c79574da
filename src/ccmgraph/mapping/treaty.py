"""Treaty events and overdue reports: what a status table or an overdue list says of a State.

Both are facts of one source: a document's event and a reference row's event about the same
State and step stay two nodes, so that sources that disagree are seen side by side.
"""

from __future__ import annotations

from rdflib import URIRef, Literal
from rdflib.namespace import XSD

from ccmgraph import iris
from ccmgraph.mapping.context import MappingContext
from ccmgraph.mapping.literals import date_literal
from ccmgraph.mapping.sourcegraph import SourceGraphWriter
from ccmgraph.mapping.time import add_bounds
from ccmgraph.namespaces import CCM
from ccmgraph.records import OverdueReport, PartialDate, TreatyEvent

EVENT_KINDS = {
    "signature": CCM.signatureEvent,
    "ratification": CCM.ratificationEvent,
    "accession": CCM.accessionEvent,
    "acceptance": CCM.acceptanceEvent,
    "approval": CCM.approvalEvent,
    "succession": CCM.successionEvent,
    "entry_into_force": CCM.entryIntoForceEvent,
    "consent_to_be_bound": CCM.consentToBeBoundEvent,
}
REPORT_KINDS = {"initial": CCM.initialReport, "annual": CCM.annualReport}


def describe_treaty_event(ctx: SourceGraphWriter, node: URIRef, state: URIRef, convention: URIRef,
                          event: str, date: PartialDate | None) -> None:
    """The triples every treaty event has, whether a document or a reference row gives it; an
    event its text states without a date has no ccm:eventDate (nothing to compare or bound)."""
    ctx.add(node, CCM.party, state)
    ctx.add(node, CCM.convention, convention)
    ctx.add(node, CCM.eventKind, EVENT_KINDS[event])
    if date is not None:
        ctx.add(node, CCM.eventDate, date_literal(date))
        add_bounds(ctx, node, date)


def map_treaty_event(ctx: MappingContext, rec: TreatyEvent) -> None:
    node = ctx.fact(ctx.next_local("treaty-event"), CCM.TreatyEvent, rec.quote)
    describe_treaty_event(ctx, node, ctx.actor(rec.state, rec.quote), ctx.convention(rec.convention),
                          rec.event, rec.date)
    ctx.report_context(node, rec.context)


def map_overdue_report(ctx: MappingContext, rec: OverdueReport) -> None:
    node = ctx.fact(ctx.next_local("overdue-report"), CCM.OverdueReport, rec.quote)
    ctx.add(node, CCM.party, ctx.actor(rec.state, rec.quote))
    ctx.add(node, CCM.convention, ctx.convention(rec.convention))
    ctx.add(node, CCM.reportKind, REPORT_KINDS[rec.report])
    if rec.due is not None:
        ctx.add(node, CCM.dueDate, date_literal(rec.due))
        add_bounds(ctx, node, rec.due)
    if rec.as_of is not None:
        ctx.add(node, CCM.asOf, date_literal(rec.as_of))
    if rec.year is not None:
        ctx.add(node, CCM.reportingYear, Literal(rec.year, datatype=XSD.integer))
    ctx.report_context(node, rec.context)


def treaty_event_iri(participation: URIRef, event: str) -> URIRef:
    """A reference row's event hangs under the row's participation node."""
    return URIRef(f"{participation}/event/{iris.slug(event)}")
