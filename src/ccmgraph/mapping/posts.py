"""Mandates as ORG means them: a post in a body of a convention, held over a term.

A presidency is the post "President of the CCM 6MSP" (org:Post, org:postIn the Meeting of
States Parties); the Netherlands holding it is one org:Membership, whichever sources report
it and whatever dates each gives, because the meeting is the term. Posts without a meeting
(coordinators, committee seats, the ISU directorship) have a term per start year. Each source's
dates stay as written on the membership, in an OWL-Time interval of that source's graph, and
as comparable bounds; documents and reference tables share this one function.

The Immediate Past President's seat says as well that its holder held the presidency: beside
the seat, describe_mandate states that presidency, with no meeting and no dates. The seat's
meeting is the one whose term the seat sits in ("Croatia – Immediate Past President" under the
6MSP Presidency), not the one Croatia presided over, and its dates are the seat's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import yaml
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, TIME, XSD

from ccmgraph import iris
from ccmgraph.mapping.bodies import convention_body
from ccmgraph.mapping.literals import date_literal
from ccmgraph.mapping.sourcegraph import SourceGraphWriter
from ccmgraph.mapping.time import add_bounds
from ccmgraph.namespaces import CCM, SCHEMA
from ccmgraph.records import PartialDate
from ccmgraph.resolve.registry import organisations

ROLES = {  # record role -> (ccm:Role, mandate class, title in post labels)
    "president": (CCM.PresidentRole, CCM.Presidency, "President"),
    "president-designate": (CCM.PresidentDesignateRole, CCM.Presidency, "President-designate"),
    "immediate-past-president": (CCM.ImmediatePastPresidentRole, CCM.Presidency, "Immediate Past President"),
    "coordinator": (CCM.CoordinatorRole, CCM.ThematicCoordination, "Coordinator"),
    "isu-director": (CCM.ISUDirectorRole, CCM.ISUDirectorship, "Director of the ISU"),
    "committee-member": (CCM.CommitteeMemberRole, CCM.CommitteeMembership, "Member"),
    "friend-of-the-president": (CCM.FriendOfPresidentRole, CCM.Mandate, "Friend of the President"),
    "vice-president": (CCM.VicePresidentRole, CCM.Mandate, "Vice-President"),
    "co-chair": (CCM.CoChairRole, CCM.CommitteeMembership, "Co-Chair"),
    "co-rapporteur": (CCM.CoRapporteurRole, CCM.CommitteeMembership, "Co-Rapporteur"),
    "committee-chair": (CCM.CommitteeChairRole, CCM.CommitteeMembership, "Chair"),
    "other": (CCM.OtherRole, CCM.Mandate, "Post"),
}
#: Roles whose holder has also held another: the Immediate Past President has presided.
HELD_BEFORE = {"immediate-past-president": "president"}
MEETING_ROLES = ("president", "president-designate", "immediate-past-president", "vice-president",
                 "friend-of-the-president")  # posts whose term is the meeting they lead to


@dataclass(frozen=True)
class Term:
    """What a source says of one mandate: the post's parts and the dates it gives."""

    convention: str
    role: str
    theme: URIRef | None = None
    theme_label: str | None = None
    body: str | None = None  # the committee as written
    meeting: URIRef | None = None  # the numbered meeting a presidency leads to
    meeting_name: str | None = None  # "6MSP"
    start: PartialDate | None = None
    end: PartialDate | None = None
    as_of: PartialDate | None = None


@cache
def default_bodies(folder: Path | None = None) -> dict[str, dict[str, str]]:
    path = folder or Path(__file__).with_name("bodies.yml")
    data: dict[str, dict[str, str]] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return data


def body_of(ctx: SourceGraphWriter, term: Term) -> URIRef:
    """The organisation the post is in: the committee named, the ISU, or the convention's body."""
    defaults = default_bodies().get(term.convention) or default_bodies()["ccm"]
    if term.body:
        return convention_body(ctx, term.convention, term.body)
    if term.role == "isu-director":
        node, entry = iris.organisation(defaults["isu"]), organisations().get(defaults["isu"])
        ctx.add(node, RDF.type, CCM.Organisation)
        ctx.add(node, RDF.type, CCM.ImplementationSupportUnit)
        ctx.add(node, RDFS.label, Literal(entry.name if entry else defaults["isu"]))
        return node
    if term.role in MEETING_ROLES or term.role == "other":
        kind = "review-conference" if term.meeting and "/meeting/revcon/" in term.meeting else "meeting"
        return convention_body(ctx, term.convention, defaults[kind])
    return convention_body(ctx, term.convention, defaults["coordination"])


def scope(term: Term) -> str:
    """What tells posts of one role apart: the meeting, the theme, the committee, or nothing."""
    if term.role in MEETING_ROLES and term.meeting_name:
        return iris.slug(term.meeting_name)
    if term.theme is not None:
        return str(term.theme).rsplit("/", 1)[-1]
    return iris.slug(term.body or term.theme_label or "none")


def period(term: Term) -> str | None:
    """The term key of a post not bound to a meeting: the year its time starts; None if bound."""
    if term.role in MEETING_ROLES and term.meeting_name:
        return None
    when = term.start or term.as_of or term.end
    return f"{when.year:04d}" if when and when.year else "undated"


def post(ctx: SourceGraphWriter, term: Term, body: URIRef) -> URIRef:
    node = iris.post(term.convention, term.role, scope(term))
    title = ROLES[term.role][2]
    what = term.meeting_name or term.theme_label or term.body or ""
    ctx.add(node, RDF.type, ORG.Post)
    ctx.add(node, RDFS.label, Literal(" ".join(f"{title} {term.convention.upper()} {what}".split())))
    ctx.add(node, ORG.role, ROLES[term.role][0])
    ctx.add(node, ORG.postIn, body)
    ctx.add(node, CCM.convention, iris.convention(term.convention))
    ctx.add(node, CCM.theme, term.theme)
    ctx.add(node, CCM.forMeeting, term.meeting)
    return node


def describe_mandate(ctx: SourceGraphWriter, quote: URIRef, holder: URIRef, term: Term) -> URIRef:
    """The membership of `holder` in the post of `term`, tied to the source's quote."""
    role, cls, _ = ROLES[term.role]
    body = body_of(ctx, term)
    seat = post(ctx, term, body)
    node = iris.mandate(term.convention, term.role, scope(term), holder, period(term))
    ctx.typed_fact(node, cls, quote)
    ctx.add(node, RDF.type, CCM.Mandate)
    ctx.add(node, ORG.member, holder)
    ctx.add(node, ORG.role, role)
    ctx.add(node, ORG.organization, body)
    ctx.add(node, CCM.post, seat)
    ctx.add(seat, ORG.heldBy, holder)
    ctx.add(node, CCM.convention, iris.convention(term.convention))
    ctx.add(iris.convention(term.convention), RDF.type, CCM.Convention)
    ctx.add(node, CCM.theme, term.theme)
    ctx.add(node, CCM.forMeeting, term.meeting)
    for prop, value in ((SCHEMA.startDate, term.start), (SCHEMA.endDate, term.end), (DCTERMS.date, term.as_of)):
        if value is not None:
            ctx.add(node, prop, date_literal(value))
    add_bounds(ctx, node, term.start or term.as_of or term.end, term.end or term.as_of or term.start)
    during(ctx, node, term)
    if term.role in HELD_BEFORE:
        describe_mandate(ctx, quote, holder, held_before(term))
    return node


def held_before(term: Term) -> Term:
    """The post a seat's holder held before it (the Immediate Past President's presidency), with
    neither the seat's meeting nor its dates: which presidency it was, the seat does not say."""
    return replace(term, role=HELD_BEFORE[term.role], meeting=None, meeting_name=None, start=None, end=None,
                   as_of=None)


def during(ctx: SourceGraphWriter, mandate: URIRef, term: Term) -> None:
    """This source's org:memberDuring interval, its ends as OWL-Time instants as precise as written."""
    if term.start is None and term.end is None:
        return
    interval = ctx.local("during", str(mandate).removeprefix(iris.BASE))
    ctx.add(mandate, ORG.memberDuring, interval)
    ctx.add(interval, RDF.type, TIME.ProperInterval)
    for prop, value, name in ((TIME.hasBeginning, term.start, "beginning"), (TIME.hasEnd, term.end, "end")):
        if value is None or value.year is None:
            continue
        instant = URIRef(f"{interval}/{name}")
        ctx.add(interval, prop, instant)
        ctx.add(instant, RDF.type, TIME.Instant)
        ctx.add(instant, *instant_value(value))


def instant_value(value: PartialDate) -> tuple[URIRef, Literal]:
    """OWL-Time's own property for the precision written: inXSDDate, inXSDgYearMonth, inXSDgYear."""
    if value.complete:
        return TIME.inXSDDate, Literal(value.iso(), datatype=XSD.date)
    if value.month is not None:
        return TIME.inXSDgYearMonth, Literal(value.iso(), datatype=XSD.gYearMonth)
    return TIME.inXSDgYear, Literal(value.iso(), datatype=XSD.gYear)
