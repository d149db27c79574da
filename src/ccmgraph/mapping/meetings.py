"""Meetings, attendance, agenda items and news items: the frame other facts hang on."""

from __future__ import annotations

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS

from ccmgraph import iris
from ccmgraph.namespaces import CCM, SCHEMA
from ccmgraph.records import AgendaItem, Attendance, Meeting, NewsItem
from ccmgraph.mapping.context import MappingContext
from ccmgraph.mapping.literals import date_literal, text, time_literal

MEETING_CLASSES = {
    "cc": CCM.CoordinationCommitteeMeeting,
    "msp": CCM.MeetingOfStatesParties,
    "revcon": CCM.ReviewConference,
    "intersessional": CCM.IntersessionalMeeting,
    "seminar": CCM.Seminar,
    "workshop": CCM.Workshop,
    "side-event": CCM.SideEvent,
    "ndm": CCM.NationalDirectorsMeeting,
    "unga": CCM.GeneralAssemblySession,
    "pledging": CCM.PledgingConference,
    "conference": CCM.Conference,
    "preparatory": CCM.PreparatoryMeeting,
    "meeting-of-experts": CCM.MeetingOfExperts,
    "bilateral": CCM.BilateralMeeting,
    "other": CCM.OtherMeeting,
}
STATUS = {
    "present": CCM.present,
    "apologies_received": CCM.apologiesReceived,
    "apologies_not_received": CCM.apologiesNotReceived,
}


def meeting_iri(ctx: MappingContext, rec: Meeting) -> URIRef:
    """Numbered meetings by number, dated ones by kind + date (shared across documents); else local."""
    if rec.kind in ("msp", "revcon") and rec.short_name:
        named = iris.numbered_meeting(rec.short_name, rec.convention or "ccm")
        if named is not None:
            return named
    if rec.date is None:
        return ctx.local("meeting", rec.key)
    suffix = None
    if rec.kind not in ("cc",) and rec.short_name:
        suffix = rec.short_name
    elif rec.kind not in ("cc", "msp", "revcon") and rec.city:
        suffix = rec.city
    return iris.meeting(rec.kind, rec.date.iso(), suffix)


def map_meeting(ctx: MappingContext, rec: Meeting) -> None:
    node = meeting_iri(ctx, rec)
    ctx.keys[rec.key] = node
    ctx.fact(node, CCM.Meeting, rec.quote)
    ctx.add(node, RDF.type, MEETING_CLASSES[rec.kind])
    label = rec.title or rec.short_name or f"{rec.kind} meeting"
    if rec.kind == "cc":  # minutes' headings are not names; the committee and the date are
        label = "CCM Coordination Committee meeting" + (f" of {rec.date.iso()}" if rec.date else "")
    if rec.date is not None:
        ctx.add(node, SCHEMA.startDate, date_literal(rec.date))
    ctx.add(node, RDFS.label, text(label))
    if rec.end_date is not None:
        ctx.add(node, SCHEMA.endDate, date_literal(rec.end_date))
    if rec.start_time:
        ctx.add(node, CCM.startTime, time_literal(rec.start_time))
    if rec.end_time:
        ctx.add(node, CCM.endTime, time_literal(rec.end_time))
    for prop, value in ((CCM.venue, rec.venue), (CCM.city, rec.city), (CCM.shortName, rec.short_name)):
        if value:
            ctx.add(node, prop, text(value))
    if rec.convention:
        ctx.add(node, CCM.convention, ctx.convention(rec.convention))
    if rec.chair:
        ctx.add(node, CCM.chair, ctx.actor(rec.chair, rec.quote))
    if rec.chair_party:
        ctx.add(node, CCM.chairParty, ctx.actor(rec.chair_party, rec.quote))
    if rec.presidency:
        ctx.add(node, CCM.presidency, ctx.actor(rec.presidency, rec.quote))
    if rec.planned:
        ctx.add(node, CCM.planned, Literal(True))
    if rec.scheduled_at:
        ctx.add(node, CCM.scheduledAt, ctx.node(rec.scheduled_at))
    ctx.add(node, CCM.reportedIn, ctx.doc_iri)


def map_attendance(ctx: MappingContext, rec: Attendance) -> None:
    meeting = ctx.node(rec.meeting)
    party = ctx.actor(rec.party, rec.quote)
    node = ctx.fact(ctx.local("attendance", str(party).rsplit("/", 1)[-1]), CCM.Attendance, rec.quote)
    ctx.add(node, CCM.meeting, meeting)
    ctx.add(node, CCM.party, party)
    ctx.add(node, CCM.status, STATUS[rec.status])
    for person in rec.people:
        ctx.add(node, CCM.delegate, ctx.actor(person, rec.quote))
    if rec.role_note:
        ctx.add(node, CCM.roleNote, text(rec.role_note))


def map_agenda_item(ctx: MappingContext, rec: AgendaItem) -> None:
    node = ctx.local("item", rec.number)
    ctx.keys[rec.key] = node
    ctx.fact(node, CCM.CoordinatorReport if rec.coordinators else CCM.AgendaItem, rec.quote)
    meeting = ctx.node(rec.meeting)
    if meeting is not None:
        ctx.item_meeting[node] = meeting
    ctx.add(node, CCM.meeting, meeting)
    ctx.add(node, CCM.itemNumber, text(rec.number))
    ctx.add(node, DCTERMS.title, text(rec.title))
    if rec.theme:
        ctx.add(node, CCM.theme, ctx.theme("ccm", rec.theme))
    for coordinator in rec.coordinators:
        ctx.add(node, CCM.coordinator, ctx.actor(coordinator, rec.quote))
    if rec.parent:
        ctx.add(node, DCTERMS.isPartOf, ctx.node(rec.parent))


def map_news_item(ctx: MappingContext, rec: NewsItem) -> None:
    node = ctx.local("news", rec.key)
    ctx.keys[rec.key] = node
    ctx.fact(node, CCM.NewsItem, rec.quote)
    ctx.add(node, DCTERMS.title, text(rec.title))
    ctx.add(node, DCTERMS.isPartOf, ctx.doc_iri)
    if rec.date is not None:
        ctx.add(node, SCHEMA.datePublished, date_literal(rec.date))

