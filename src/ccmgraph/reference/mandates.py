"""Mandates from reference rows: presidencies, thematic coordination, ISU directorships.

A mandate held by a State through a named person has both as org:member; the State is the
holder that names the mandate IRI. A row that only reports the post at a date (`as_of`)
keeps that date as dcterms:date, not as a start or end the source never gave.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG

from .. import iris
from ..errors import InputError
from ..mapping.facts import ROLES
from ..mapping.literals import date_literal
from ..namespaces import CCM, SCHEMA
from ..resolve import normalise_person
from .context import TableGraph
from .meetings import link_meetings
from .tables import Row
from .themes import theme


def person(ctx: TableGraph, name: str) -> URIRef:
    parsed = normalise_person(name)
    node = iris.person(parsed.key)
    ctx.add(node, RDF.type, CCM.Person)
    ctx.add(node, FOAF.name, Literal(parsed.display))
    ctx.add(node, RDFS.label, Literal(parsed.display))
    return node


def map_mandates(ctx: TableGraph, row: Row) -> None:
    convention, role = row.get("convention"), row.get("role")
    if role not in ROLES:
        raise InputError(f"{row.table} line {row.line}: unknown role {role!r}")
    members = []
    if row.get("holder_state"):
        members.append(ctx.state(row.get("holder_state"), row))
    if row.get("holder_person"):
        members.append(person(ctx, row.get("holder_person")))
    if not members:
        raise InputError(f"{row.table} line {row.line}: mandate has no holder")
    start, end, as_of = row.date("start"), row.date("end"), row.date("as_of")
    when = start or as_of or end
    period = f"{when.year:04d}" if when and when.year else "undated"
    label = row.get("theme") or row.get("for_meeting") or None
    role_node, cls = ROLES[role]
    node = ctx.fact(iris.mandate(convention, role, label, members[0], period), cls, row)
    ctx.add(node, RDF.type, CCM.Mandate)
    ctx.add(node, ORG.role, role_node)
    ctx.add(node, CCM.convention, ctx.convention(convention))
    for member in members:
        ctx.add(node, ORG.member, member)
    ctx.add(node, CCM.theme, theme(ctx, row, convention))
    ctx.date(node, SCHEMA.startDate, start)
    ctx.date(node, SCHEMA.endDate, end)
    if as_of is not None:
        ctx.add(node, DCTERMS.date, date_literal(as_of))
    link_meetings(ctx, node, CCM.forMeeting, convention, row.get("for_meeting"))
    ctx.source(node, row)
    ctx.text(node, CCM.note, row.get("note"))
