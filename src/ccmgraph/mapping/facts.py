"""Facts that hang on meetings and news items: mandates, decisions, statements, votes, ..."""

from __future__ import annotations

from rdflib import RDF, RDFS, Literal
from rdflib.namespace import DCTERMS, XSD

from ccmgraph import iris
from ccmgraph.namespaces import CCM, SCHEMA
from ccmgraph.records import (
    Commitment,
    FinancialContribution,
    Mandate,
    Mention,
    MinutesApproval,
    ObligationFulfilment,
    Publication,
    Statement,
    Vote,
)
from ccmgraph.mapping.context import MappingContext
from ccmgraph.mapping.literals import date_literal, text
from ccmgraph.mapping.meetings import numbered_meeting_node
from ccmgraph.mapping.time import add_bounds
from ccmgraph.mapping.mentions import mentioned_entity
from ccmgraph.mapping.posts import Term, describe_mandate

def map_mandate(ctx: MappingContext, rec: Mandate) -> None:
    """A post held, as ORG means it (see posts.py); the term is the meeting for presidencies."""
    holder = ctx.actor(rec.holder, rec.quote)
    meeting = numbered_meeting_node(ctx, rec.for_meeting, rec.convention) if rec.for_meeting else None
    if meeting is None and rec.for_meeting:  # a numbered meeting of another kind ("13CONF") the document keys
        meeting = ctx.short_names.get((rec.convention, rec.for_meeting.strip()))
    term = Term(rec.convention, rec.role, ctx.theme(rec.convention, rec.theme) if rec.theme else None,
                rec.theme, rec.body, meeting, rec.for_meeting.strip() if meeting and rec.for_meeting else None,
                rec.start, rec.end)
    node = describe_mandate(ctx, ctx.quote(rec.quote), holder, term)
    if rec.on_behalf_of:
        ctx.add(node, CCM.onBehalfOf, ctx.actor(rec.on_behalf_of, rec.quote))
    ctx.report_context(node, rec.context)


def map_minutes_approval(ctx: MappingContext, rec: MinutesApproval) -> None:
    from ccmgraph.mapping.meetings import MEETING_CLASSES, committee_meeting_iri, committee_meeting_label

    when = rec.approved_meeting_date
    date_iso = when.iso()
    if not when.complete:  # a partial date never goes into an IRI
        earlier = ctx.local("meeting", "approved", date_iso)
    elif rec.approved_meeting_kind == "cc":
        earlier = committee_meeting_iri(date_iso, rec.convention)
    else:
        earlier = iris.meeting(rec.approved_meeting_kind, date_iso)

    ctx.add(earlier, RDF.type, CCM.Meeting)
    ctx.add(earlier, RDF.type, MEETING_CLASSES[rec.approved_meeting_kind])
    ctx.add(earlier, SCHEMA.startDate, date_literal(rec.approved_meeting_date))
    add_bounds(ctx, earlier, rec.approved_meeting_date)
    if rec.approved_meeting_kind == "cc":
        if when.complete:  # a committee meeting sits for an hour or two, on its one day
            ctx.add(earlier, SCHEMA.endDate, date_literal(when))
        ctx.add(earlier, RDFS.label, text(committee_meeting_label(rec.convention, date_iso)))
        ctx.add(earlier, CCM.convention, ctx.convention(rec.convention))
    node = ctx.fact(ctx.local("approval", rec.approved_meeting_date.iso()), CCM.MinutesApproval, rec.quote)
    ctx.add(node, RDF.type, CCM.Decision)
    ctx.add(node, CCM.meeting, ctx.node(rec.meeting))
    ctx.add(node, CCM.approvesMinutesOf, earlier)


def map_commitment(ctx: MappingContext, rec: Commitment) -> None:
    cls = CCM.Decision if rec.kind == "decision" else CCM.Commitment
    node = ctx.fact(ctx.next_local(rec.kind), cls, rec.quote)
    ctx.add(node, CCM.meeting, ctx.node(rec.meeting))
    ctx.add(node, CCM.text, text(rec.text))
    for actor in rec.actors:
        ctx.add(node, CCM.committedBy, ctx.actor(actor, rec.quote))
    if rec.due:
        ctx.add(node, CCM.dueDate, date_literal(rec.due))
    if rec.due_meeting:
        ctx.add(node, CCM.dueAt, ctx.node(rec.due_meeting))
    if rec.item:
        ctx.add(node, CCM.agendaItem, ctx.node(rec.item))


def map_contribution(ctx: MappingContext, rec: FinancialContribution) -> None:
    node = ctx.fact(ctx.next_local("contribution"), CCM.FinancialContribution, rec.quote)
    ctx.add(node, CCM.contributor, ctx.actor(rec.contributor, rec.quote))
    if rec.recipient:
        ctx.add(node, CCM.recipient, ctx.actor(rec.recipient, rec.quote))
    if rec.reported_at:
        ctx.report_context(node, rec.reported_at)
    if rec.note:
        ctx.add(node, CCM.note, text(rec.note))


def map_mention(ctx: MappingContext, rec: Mention) -> None:
    entity = mentioned_entity(ctx, rec)
    if entity is None:
        return
    node = ctx.fact(ctx.next_local("mention"), CCM.Mention, rec.quote)
    ctx.add(node, CCM.mentionedEntity, entity)
    ctx.add(node, CCM.mentionedIn, ctx.node(rec.context))
    if rec.kind == "person" and rec.party is not None and rec.target:
        ctx.add(entity, CCM.affiliation, ctx.actor(rec.party, rec.quote))


def map_statement(ctx: MappingContext, rec: Statement) -> None:
    node = ctx.fact(ctx.next_local("statement"), CCM.Statement, rec.quote)
    for actor in rec.actors:
        ctx.add(node, CCM.statedBy, ctx.actor(actor, rec.quote))
    _describe(ctx, node, rec.title, rec.date, rec.at_meeting, rec.context)
    if rec.about:
        ctx.add(node, CCM.topic, text(rec.about))


def map_vote(ctx: MappingContext, rec: Vote) -> None:
    node = ctx.fact(ctx.next_local("vote"), CCM.Vote, rec.quote)
    _describe(ctx, node, rec.title, rec.date, rec.at_meeting, rec.context)
    for prop, count in (
        (CCM.votesInFavour, rec.in_favour),
        (CCM.votesAgainst, rec.against),
        (CCM.abstentions, rec.abstentions),
    ):
        if count is not None:
            ctx.add(node, prop, Literal(count, datatype=XSD.integer))


def map_fulfilment(ctx: MappingContext, rec: ObligationFulfilment) -> None:
    node = ctx.fact(ctx.next_local("fulfilment"), CCM.ObligationFulfilment, rec.quote)
    ctx.add(node, CCM.party, ctx.actor(rec.party, rec.quote))
    ctx.add(node, CCM.convention, ctx.convention(rec.convention))
    ctx.add(node, CCM.article, iris.article(rec.convention, rec.article))
    if rec.obligation:
        ctx.add(node, CCM.obligation, iris.obligation(rec.convention, rec.obligation))
    if rec.date:
        ctx.add(node, CCM.fulfilledOn, date_literal(rec.date))
        add_bounds(ctx, node, rec.date)
    if rec.context:
        ctx.report_context(node, rec.context)


def map_publication(ctx: MappingContext, rec: Publication) -> None:
    node = ctx.fact(ctx.local("publication", rec.title), CCM.Publication, rec.quote)
    for actor in rec.launched_by:
        ctx.add(node, CCM.launchedBy, ctx.actor(actor, rec.quote))
    if rec.launched_at:
        ctx.add(node, CCM.launchedAt, ctx.node(rec.launched_at))
    _describe(ctx, node, rec.title, rec.date, None, rec.context)


def _describe(ctx: MappingContext, node, title, date, at_meeting, context) -> None:  # type: ignore[no-untyped-def]
    """The title, date, meeting and news item that statements, votes and publications share."""
    if title:
        ctx.add(node, DCTERMS.title, text(title))
    if date:
        ctx.add(node, SCHEMA.startDate, date_literal(date))
        add_bounds(ctx, node, date)
    if at_meeting:
        ctx.add(node, CCM.meeting, ctx.node(at_meeting))
    if context:
        ctx.report_context(node, context)
