"""Mandates from reference rows: presidencies, thematic coordination, ISU directorships.

A row naming a State and the person who exercised the post gives two mandates, one per
holder (a mandate has exactly one org:member), the person's on behalf of the State. A row that only reports the post at a date (`as_of`)
keeps that date as dcterms:date, not as a start or end the source never gave.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import FOAF

from ccmgraph import iris
from ccmgraph.errors import InputError
from ccmgraph.mapping.posts import ROLES, Term, describe_mandate
from ccmgraph.namespaces import CCM
from ccmgraph.resolve.actors import normalise_person
from ccmgraph.reference.context import TableGraph
from ccmgraph.reference.meetings import find_meeting
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
    someone = person(ctx, row.get("holder_person")) if row.get("holder_person") else None
    if state is None and someone is None:
        raise InputError(f"{row.table} line {row.line}: mandate has no holder")
    if state is not None:
        mandate(ctx, row, state)
    if someone is not None:
        mandate(ctx, row, someone, on_behalf_of=state)


def mandate(ctx: TableGraph, row: Row, holder: URIRef, on_behalf_of: URIRef | None = None) -> None:
    convention, role = row.get("convention"), row.get("role")
    meeting = find_meeting(ctx, convention, row.get("for_meeting"))
    term = Term(convention, role, theme(ctx, row, convention), row.get("theme") or None, row.get("body") or None,
                meeting, row.get("for_meeting") or None, row.date("start"), row.date("end"), row.date("as_of"))
    node = describe_mandate(ctx, ctx.quote(row), holder, term)
    if meeting is None and row.get("for_meeting"):
        ctx.add(node, CCM.note, Literal(f"for meeting {row.get('for_meeting')}"))
    ctx.add(node, CCM.onBehalfOf, on_behalf_of)
    ctx.source(node, row)
    ctx.text(node, CCM.note, row.get("note"))
