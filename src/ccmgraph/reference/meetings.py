"""Meetings of the conventions (MSPs, Review Conferences, intersessionals) with their dates.

Meeting IRIs are the resolver's keys (resolve/meetings.py: convention, kind and number for
numbered meetings, whatever dates a row gives), so a meeting a document reports and the same
meeting in this table are one node, and two rows that disagree on its dates stay two claims
on that one node. Plans and mandates find meetings here by convention and short name
("dubrovnik" was adopted at the CCM "1RC").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import XSD


from ccmgraph import iris
from ccmgraph.errors import InputError
from ccmgraph.mapping.meetings import MEETING_CLASSES, meeting_number, numbered_meeting_node
from ccmgraph.mapping.time import add_bounds
from ccmgraph.namespaces import CCM, SCHEMA
from ccmgraph.reference.context import TableGraph
from ccmgraph.reference.tables import Row, read_table
from ccmgraph.resolve.meetings import meeting_key, unplaced


def meeting_iri(row: Row) -> URIRef:
    kind, start = row.get("kind"), row.date("start")
    if kind not in MEETING_CLASSES:
        raise InputError(f"{row.table} line {row.line}: unknown meeting kind {kind!r}")
    if start is None:
        raise InputError(f"{row.table} line {row.line}: meeting has no start date")
    if unplaced(kind, row.get("convention"), short_name=row.get("short_name"), title=row.get("title")):
        raise InputError(f"{row.table} line {row.line}: a numbered meeting needs its convention (none is guessed)")
    key = meeting_key(kind, row.get("convention"), short_name=row.get("short_name"), title=row.get("title"),
                      start=start, end=row.date("end"))
    return iris.meeting_at(key or f"{kind}/{start.iso()}")


def map_meetings(ctx: TableGraph, row: Row) -> None:
    node = ctx.thing(meeting_iri(row), CCM.Meeting, row)
    ctx.add(node, RDF.type, MEETING_CLASSES[row.get("kind")])
    ctx.add(node, CCM.convention, ctx.convention(row.get("convention")))
    ctx.text(node, RDFS.label, row.get("title"))
    ctx.text(node, CCM.shortName, row.get("short_name"))
    ctx.text(node, CCM.city, row.get("city"))
    dated = node
    if any(s == node and p == SCHEMA.startDate for s, p, _ in ctx.triples):
        # an earlier row dates this meeting already: this row's dates are its own claim, side by side
        dated = ctx.fact(ctx.local("dates", str(row.line)), CCM.MeetingDates, row)
        ctx.add(dated, CCM.datesOf, node)
    ctx.date(dated, SCHEMA.startDate, row.date("start"))
    ctx.date(dated, SCHEMA.endDate, row.date("end"))
    add_bounds(ctx, node, row.date("start"), row.date("end"))  # every source's span, comparable
    ctx.text(node, CCM.note, row.get("note"))
    number = meeting_number(row.get("short_name")) if row.get("kind") in ("msp", "revcon") else None
    if number is not None:
        ctx.add(node, CCM.meetingNumber, Literal(number, datatype=XSD.integer))


@cache
def meeting_index(folder: Path) -> dict[tuple[str, str], tuple[URIRef, ...]]:
    """(convention, short name) -> the meeting IRIs the table gives (several when sources disagree)."""
    index: dict[tuple[str, str], list[URIRef]] = {}
    for row in read_table(folder / "meetings.csv").rows:
        if row.get("short_name"):
            index.setdefault((row.get("convention"), row.get("short_name")), []).append(meeting_iri(row))
    return {key: tuple(dict.fromkeys(value)) for key, value in index.items()}


def find_meeting(ctx: TableGraph, convention: str, short_name: str) -> URIRef | None:
    """The meeting of that name: the table's (first row's date when sources disagree), else the
    numbered meeting every source names alike ("6MSP"); None for a name that is neither."""
    if not short_name:
        return None
    found = meeting_index(ctx.folder).get((convention, short_name), ())
    if found:
        return found[0]
    return numbered_meeting_node(ctx, short_name, convention)


def link_meetings(ctx: TableGraph, node: URIRef, prop: URIRef, convention: str, short_name: str) -> None:
    """Point at the meeting of that name (one node whatever dates the rows give it); an unknown
    name is kept as a note."""
    if not short_name:
        return
    found = meeting_index(ctx.folder).get((convention, short_name), ())
    if found:
        ctx.add(node, prop, found[0])
    else:
        ctx.add(node, CCM.note, Literal(f"for meeting {short_name}"))
