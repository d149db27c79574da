"""Votes on the conventions' UN resolutions (votes.csv) as Popolo vote events.

One row is one source's record of a vote event (a body, a session's resolution, the part put
to the vote) with its counts, and the States it names as voting against or abstaining
(opengov:Vote each). Sources disagree on counts (140 or 139 in favour in December 2015), so
each row is its own node, side by side; they meet in the session's resolution
(`id/resolution/<convention>/<year>`, the opengov:motion) and in body, year and part.
"""

from __future__ import annotations

import re
from functools import cache

import yaml
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from ccmgraph import iris
from ccmgraph.errors import InputError
from ccmgraph.mapping.time import add_bounds
from ccmgraph.namespaces import CCM, SCHEMA
from ccmgraph.paths import vocabulary_dir
from ccmgraph.reference.context import TableGraph
from ccmgraph.reference.tables import Row
from ccmgraph.reference.vocab import CCMX, OPENGOV

PART = re.compile(r"^(whole|pp\d+|op\d+)$")
COUNTS = (("in_favour", CCM.votesInFavour), ("against", CCM.votesAgainst), ("abstentions", CCM.abstentions))
NAMED = (("states_in_favour", "yes", "in_favour"), ("states_against", "no", "against"), ("states_abstaining", "abstain", "abstentions"))


@cache
def bodies() -> dict[str, dict[str, str]]:
    data = yaml.safe_load((vocabulary_dir() / "un_bodies.yml").read_text(encoding="utf-8")) or {}
    found: dict[str, dict[str, str]] = data.get("bodies") or {}
    return found


def body(ctx: TableGraph, row: Row) -> URIRef:
    spec = bodies().get(row.get("body"))
    if spec is None:
        raise InputError(f"{row.table} line {row.line}: body must be one of {', '.join(sorted(bodies()))}; got {row.get('body')!r}")
    node = iris.organisation(spec["key"])
    ctx.add(node, RDF.type, CCM.Organisation)
    ctx.add(node, RDFS.label, Literal(spec["label"]))
    return node


def map_votes(ctx: TableGraph, row: Row) -> None:
    convention, year, part = row.get("convention"), row.integer("year"), row.get("part")
    if year is None or not PART.match(part):
        raise InputError(f"{row.table} line {row.line}: a vote needs its session year and part (whole, ppN or opN)")
    if not row.get("title"):
        raise InputError(f"{row.table} line {row.line}: a vote needs the resolution's title")
    resolution = URIRef(f"{iris.BASE}resolution/{convention}/{year}")
    ctx.add(resolution, RDF.type, CCMX.Resolution)
    ctx.add(resolution, RDF.type, OPENGOV.Motion)
    ctx.add(resolution, CCM.convention, ctx.convention(convention))
    ctx.add(resolution, CCMX.session, Literal(year, datatype=XSD.integer))
    ctx.add(resolution, RDFS.label, Literal(row.get("title")))
    node = ctx.fact(ctx.local("vote", str(row.line)), CCM.Vote, row)
    ctx.add(node, RDF.type, OPENGOV.VoteEvent)
    ctx.add(node, OPENGOV.motion, resolution)
    ctx.add(node, CCMX.votingBody, body(ctx, row))
    ctx.add(node, CCM.convention, ctx.convention(convention))
    ctx.add(node, DCTERMS.title, Literal(row.get("title")))
    ctx.text(node, CCMX.votedPart, part)
    ctx.text(node, CCMX.resolutionSymbol, row.get("symbol"))
    ctx.date(node, SCHEMA.startDate, row.date("date"))
    add_bounds(ctx, node, row.date("date"))  # comparable with every other dated node
    for column, prop in COUNTS:
        value = row.integer(column)
        if value is not None:
            ctx.add(node, prop, Literal(value, datatype=XSD.integer))
    for column, option, total in NAMED:
        states = row.many(column) if column in row.cells else []
        if row.integer(total) is not None and len(states) > (row.integer(total) or 0):
            raise InputError(f"{row.table} line {row.line}: {column} names more States than the {total} count")
        for iso3 in states:
            state_vote(ctx, row, node, iso3, option)
    ctx.source(node, row)
    ctx.text(node, CCM.note, row.get("note"))


def state_vote(ctx: TableGraph, row: Row, event: URIRef, iso3: str, option: str) -> None:
    voter = ctx.state(iso3, row)
    node = ctx.fact(URIRef(f"{event}/{iso3.upper()}"), CCMX.StateVote, row)
    ctx.add(node, OPENGOV.voteEvent, event)
    ctx.add(node, OPENGOV.voter, voter)
    ctx.add(node, OPENGOV.option, Literal(option))
    ctx.source(node, row)
