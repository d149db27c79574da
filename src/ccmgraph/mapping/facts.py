"""Facts that hang on meetings and news items: mandates, decisions, statements, votes, ..."""

from __future__ import annotations

from rdflib import RDF, RDFS, Literal
from rdflib.namespace import DCTERMS, ORG, XSD

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
from ccmgraph.mapping.bodies import convention_body
from ccmgraph.mapping.literals import date_literal, text
from ccmgraph.mapping.meetings import numbered_meeting_node
from ccmgraph.mapping.mentions import mentioned_entity

ROLES = {
    "president": (CCM.PresidentRole, CCM.Presidency),
    "president-designate": (CCM.PresidentDesignateRole, CCM.Presidency),
    "immediate-past-president": (CCM.ImmediatePastPresidentRole, CCM.Presidency),
    "coordinator": (CCM.CoordinatorRole, CCM.ThematicCoordination),
    "isu-director": (CCM.ISUDirectorRole, CCM.ISUDirectorship),
    "committee-member": (CCM.CommitteeMemberRole, CCM.CommitteeMembership),
    "friend-of-the-president": (CCM.FriendOfPresidentRole, CCM.Mandate),
    "vice-president": (CCM.VicePresidentRole, CCM.Mandate),
    "co-chair": (CCM.CoChairRole, CCM.CommitteeMembership),
    "co-rapporteur": (CCM.CoRapporteurRole, CCM.CommitteeMembership),
    "committee-chair": (CCM.CommitteeChairRole, CCM.CommitteeMembership),
    "other": (CCM.OtherRole, CCM.Mandate),
}


def map_mandate(ctx: MappingContext, rec: Mandate) -> None:
    holder = ctx.actor(rec.holder, rec.quote)
    role, cls = ROLES[rec.role]
    period = rec.start.iso() if rec.start else (rec.for_meeting or "undated")
    node = iris.mandate(rec.convention, rec.role, rec.theme or rec.for_meeting, holder, period)
    ctx.fact(node, cls, rec.quote)
    ctx.add(node, RDF.type, CCM.Mandate)
    ctx.add(node, ORG.member, holder)
    ctx.add(node, ORG.role, role)
    ctx.add(node, CCM.convention, ctx.convention(rec.convention))
    if rec.theme:
        ctx.add(node, CCM.theme, ctx.theme(rec.convention, rec.theme))
    if rec.start:
        ctx.add(node, SCHEMA.startDate, date_literal(rec.start))
    if rec.end:
        ctx.add(node, SCHEMA.endDate, date_literal(rec.end))
    if rec.for_meeting:
        ctx.add(node, CCM.forMeeting, numbered_meeting_node(ctx, rec.for_meeting, rec.convention))
    if rec.body:
        ctx.add(node, CCM.body, convention_body(ctx, rec.convention, rec.body))
    if rec.on_behalf_of:
        ctx.add(node, CCM.onBehalfOf, ctx.actor(rec.on_behalf_of, rec.quote))
    ctx.report_context(node, rec.context)


def map_minutes_approval(ctx: MappingContext, rec: MinutesApproval) -> None:
    from ccmgraph.mapping.meetings import MEETING_CLASSES, committee_meeting_iri, committee_meeting_label

    date_iso = rec.approved_meeting_date.iso()
    earlier = committee_meeting_iri(date_iso, rec.convention) if rec.approved_meeting_kind == "cc" \
        else iris.meeting(rec.approved_meeting_kind, date_iso)

    ctx.add(earlier, RDF.type, CCM.Meeting)
    ctx.add(earlier, RDF.type, MEETING_CLASSES[rec.approved_meeting_kind])
    ctx.add(earlier, SCHEMA.startDate, date_literal(rec.approved_meeting_date))
    if rec.approved_meeting_kind == "cc":
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


def map_statement(ctx: MappingContext, rec: Statement) -> None:
    node = ctx.fact(ctx.next_local("statement"), CCM.Statement, rec.quote)
    for actor in rec.actors:
        ctx.add(node, CCM.statedBy, ctx.actor(actor, rec.quote))
    _describe(ctx, node, rec.title, rec.date, rec.at_meeting, rec.context)
    if rec.about:
        ctx.add(node, DCTERMS.subject, text(rec.about))


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
    if at_meeting:
        ctx.add(node, CCM.meeting, ctx.node(at_meeting))
    if context:
        ctx.report_context(node, context)
