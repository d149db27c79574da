"""Meetings, attendance, agenda items and news items: the frame other facts hang on."""

from __future__ import annotations

import re

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from ccmgraph import iris
from ccmgraph.namespaces import CCM, SCHEMA
from ccmgraph.records import AgendaItem, Attendance, Meeting, MeetingDocument, NewsItem
from ccmgraph.mapping.context import MappingContext
from ccmgraph.mapping.sourcegraph import SourceGraphWriter
from ccmgraph.mapping.time import add_bounds
from ccmgraph.mapping.literals import date_literal, text, time_literal
from ccmgraph.vocabulary import bodies

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


NUMBERED_KINDS = {"msp": ("MSP", CCM.MeetingOfStatesParties), "revcon": ("RC", CCM.ReviewConference)}


def meeting_number(short_name: str) -> int | None:
    """The ordinal in a numbered meeting's short name ("6MSP" -> 6, "2RC" -> 2), else None."""
    node = iris.numbered_meeting(short_name)
    return None if node is None else int(re.sub(r"\D", "", str(node).rsplit("-", 1)[-1]))


def numbered_meeting_node(ctx: SourceGraphWriter, short_name: str, convention: str) -> URIRef | None:
    """The one node of "6MSP" or "2RC" of a convention, typed, named and numbered; None if not numbered."""
    node, number = iris.numbered_meeting(short_name, convention), meeting_number(short_name)
    if node is None or number is None:
        return None
    suffix, cls = NUMBERED_KINDS["msp" if "/meeting/msp/" in node else "revcon"]
    ctx.add(node, RDF.type, CCM.Meeting)
    ctx.add(node, RDF.type, cls)
    ctx.add(node, CCM.shortName, Literal(f"{number}{suffix}"))
    ctx.add(node, CCM.meetingNumber, Literal(number, datatype=XSD.integer))
    ctx.add(node, RDFS.label, Literal(f"{convention.upper()} {number}{suffix}"))
    ctx.add(node, CCM.convention, iris.convention(convention))
    ctx.add(iris.convention(convention), RDF.type, CCM.Convention)
    return node


def meeting_number_name(rec: Meeting) -> str | None:
    """The short name that numbers a meeting: as written ("6MSP"), else from its number."""
    if rec.kind not in NUMBERED_KINDS:
        return None
    if rec.short_name and f"/meeting/{rec.kind}/" in str(iris.numbered_meeting(rec.short_name)):
        return rec.short_name
    return f"{rec.number}{NUMBERED_KINDS[rec.kind][0]}" if rec.number else None


def committee_meeting_iri(date_iso: str, convention: str) -> URIRef:
    """A committee meeting by its date: the CCM's as it always was, another convention's with
    its key after the date, so that two committees meeting on one day stay two meetings."""
    return iris.meeting("cc", date_iso, None if convention == "ccm" else convention)


def committee_meeting_label(convention: str, date_iso: str | None) -> str:
    """"CCM Coordination Committee meeting of 2016-03-03", "APMBC Coordinating Committee meeting of ..."."""
    name = next((n for b in bodies().values() if (n := b["names"][0]).endswith("Committee")
                 and b.get("conventions") == [convention]), "Coordination Committee")
    return f"{convention.upper()} {name} meeting" + (f" of {date_iso}" if date_iso else "")


PARTIAL_DATE_KEY = re.compile(r"/(--|\d{4}(-\d{2})?(?!-\d{2})(-|$))")


def meeting_iri(ctx: MappingContext, rec: Meeting) -> URIRef:
    """The meeting the resolver identified (shared across documents and tables); else local.

    A key made of a partial date ("side-event/--11-29-santiago") is no identity: a day without
    its year names no one meeting, so such a meeting stays local to its document.

    >>> bool(PARTIAL_DATE_KEY.search("side-event/--11-29-santiago")), bool(PARTIAL_DATE_KEY.search("cc/2016-03-03"))
    (True, False)
    >>> bool(PARTIAL_DATE_KEY.search("seminar/2017-03-bangkok")), bool(PARTIAL_DATE_KEY.search("msp/ccm-7msp"))
    (True, False)
    """
    if rec.identity and not PARTIAL_DATE_KEY.search(rec.identity):
        return identified_meeting(ctx, rec.identity)
    return ctx.local("meeting", rec.key)


def identified_meeting(ctx: SourceGraphWriter, key: str) -> URIRef:
    """The node of a resolver key ("msp/ccm-7msp", "cc/2016-03-03"); numbered ones typed and numbered."""
    kind, _, local = key.partition("/")
    convention, _, short = local.rpartition("-")
    if kind in NUMBERED_KINDS:
        node = numbered_meeting_node(ctx, short, convention)
        if node is not None:
            return node
    return iris.meeting_at(key)


def map_meeting(ctx: MappingContext, rec: Meeting) -> None:
    node = meeting_iri(ctx, rec)
    ctx.keys[rec.key] = node
    ctx.thing(node, CCM.Meeting, rec.quote)
    ctx.add(node, RDF.type, MEETING_CLASSES[rec.kind])
    label = rec.title or rec.short_name or f"{rec.kind} meeting"
    if rec.kind == "cc":  # minutes' headings are not names; the committee and the date are
        label = committee_meeting_label(rec.convention or "ccm", rec.date.iso() if rec.date else None)
    if rec.date is not None:
        ctx.add(node, SCHEMA.startDate, date_literal(rec.date))
    ctx.add(node, RDFS.label, text(label))
    end = rec.end_date
    if end is None and rec.date is not None and not rec.date.complete:
        end = rec.date  # dated by its month or year only ("in September 2019"): it ended within it too
    if end is not None:
        ctx.add(node, SCHEMA.endDate, date_literal(end))
    add_bounds(ctx, node, rec.date, end)
    if rec.start_time:
        ctx.add(node, CCM.startTime, time_literal(rec.start_time))
    if rec.end_time:
        ctx.add(node, CCM.endTime, time_literal(rec.end_time))
    numbered = meeting_number_name(rec) is not None  # the numbered node has its short name already
    if rec.number and not numbered:  # a numbered kind of its own ("13CONF"): the number as the text gives it
        ctx.add(node, CCM.meetingNumber, Literal(rec.number, datatype=XSD.integer))
    if rec.short_name and rec.convention and rec.identity and not PARTIAL_DATE_KEY.search(rec.identity):
        ctx.short_names[(rec.convention, rec.short_name.strip())] = node  # posts "for 13CONF" find it
    for prop, value in ((CCM.venue, rec.venue), (CCM.city, rec.city),
                        (CCM.shortName, None if numbered else rec.short_name)):
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
    for prop, count in ((CCM.participantCount, rec.participants),
                        (CCM.statesParticipatingCount, rec.states_participating)):
        if count is not None:
            ctx.add(node, prop, Literal(count, datatype=XSD.integer))
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
        add_bounds(ctx, node, rec.date)


def map_meeting_document(ctx: MappingContext, rec: MeetingDocument) -> None:
    """A document a meeting page lists, by its symbol; one node per symbol in this source."""
    node = ctx.fact(ctx.local("meeting-document", rec.symbol), CCM.MeetingDocument, rec.quote)
    ctx.add(node, CCM.symbol, text(rec.symbol))
    ctx.add(node, CCM.documentOf, ctx.node(rec.meeting))
    if rec.title:
        ctx.add(node, DCTERMS.title, text(rec.title))
    if rec.date is not None:
        ctx.add(node, DCTERMS.date, date_literal(rec.date))

