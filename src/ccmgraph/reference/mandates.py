"""Mandates from reference rows: presidencies, thematic coordination, ISU directorships.

A row naming a State and the person who exercised the post gives two mandates, one per
holder (a mandate has exactly one org:member). A row that only reports the post at a date (`as_of`)
keeps that date as dcterms:date, not as a start or end the source never gave.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG

from ccmgraph import iris
from ccmgraph.errors import InputError
from ccmgraph.mapping.facts import ROLES
from ccmgraph.mapping.literals import date_literal
from ccmgraph.namespaces import CCM, SCHEMA
from ccmgraph.resolve.actors import normalise_person
from ccmgraph.reference.context import TableGraph
from ccmgraph.reference.meetings import link_meetings
from ccmgraph.reference.tables import Row
from ccmgraph.reference.themes import theme


def person(ctx: TableGraph, name: str) -> URIRef:
    """The person of a full name: the same key the resolver gives it in documents."""
    parsed = normalise_person(name)
    node = iris.person(parsed.key)
    ctx.add(node, RDF.type, CCM.Person)
    ctx.add(node, FOAF.name, Literal(parsed.display))
    ctx.add(node, RDFS.label, Literal(parsed.display))
    return node


def map_mandates(ctx: TableGraph, row: Row) -> None:
    """One mandate per holder: the State's, and the person's who exercised it (same post, same period)."""
    role = row.get("role")
    if role not in ROLES:
        raise InputError(f"{row.table} line {row.line}: unknown role {role!r}")
    state = ctx.state(row.get("holder_state"), row) if row.get("holder_state") else None
    holder = person(ctx, row.get("holder_person")) if row.get("holder_person") else None
    if state is None and holder is None:
        raise InputError(f"{row.table} line {row.line}: mandate has no holder")
    if state is not None:
        mandate(ctx, row, state)
    if holder is not None:
        node = mandate(ctx, row, holder)
        ctx.add(node, CCM.onBehalfOf, state)  # the person exercised the State's post


def mandate(ctx: TableGraph, row: Row, holder: URIRef) -> URIRef:
    convention, role = row.get("convention"), row.get("role")
    start, end, as_of = row.date("start"), row.date("end"), row.date("as_of")
    when = start or as_of or end
    period = f"{when.year:04d}" if when and when.year else "undated"
    label = row.get("theme") or row.get("for_meeting") or None
    role_node, cls = ROLES[role]
    node = ctx.fact(iris.mandate(convention, role, label, holder, period), cls, row)
    ctx.add(node, RDF.type, CCM.Mandate)
    ctx.add(node, ORG.role, role_node)
    ctx.add(node, CCM.convention, ctx.convention(convention))
    ctx.add(node, ORG.member, holder)
    ctx.add(node, CCM.theme, theme(ctx, row, convention))
    ctx.date(node, SCHEMA.startDate, start)
    ctx.date(node, SCHEMA.endDate, end)
    if as_of is not None:
        ctx.add(node, DCTERMS.date, date_literal(as_of))
    link_meetings(ctx, node, CCM.forMeeting, convention, row.get("for_meeting"))
    ctx.source(node, row)
    ctx.text(node, CCM.note, row.get("note"))
    return node
