"""Conventions, their entry-into-force rules, articles and obligations (with deadline rules).

Alignment cells (`close_match`, "apmbc:4") become skos:closeMatch in both directions, so a
query can follow the alignment from either side.
"""

from __future__ import annotations

from collections.abc import Callable

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import SKOS, XSD

from ccmgraph import iris
from ccmgraph.errors import InputError
from ccmgraph.namespaces import CCM
from ccmgraph.reference.context import TableGraph
from ccmgraph.reference.tables import Row

# Terms used here that ontology/ccm.ttl does not define yet (listed for the ontology owner).
ANNUAL_DEADLINE = CCM.annualDeadline


def map_conventions(ctx: TableGraph, row: Row) -> None:
    node = ctx.convention(row.get("key"))
    ctx.thing(node, CCM.Convention, row)
    ctx.text(node, RDFS.label, row.get("name"))
    ctx.text(node, CCM.shortName, row.get("short_name"))
    ctx.date(node, CCM.adoptedOn, row.date("adopted_on"))
    ctx.date(node, CCM.openedForSignature, row.date("opened_for_signature"))
    ctx.date(node, CCM.entryIntoForce, row.date("entry_into_force"))
    if row.get("protocol_of"):
        ctx.add(node, RDF.type, CCM.Protocol)
        ctx.add(node, CCM.protocolOf, ctx.convention(row.get("protocol_of")))


def map_eif_rules(ctx: TableGraph, row: Row) -> None:
    """The article that says when the convention enters into force for a State."""
    convention, number = row.get("convention"), row.get("article").split("(")[0]
    node = ctx.thing(iris.article(convention, number), CCM.Article, row)
    ctx.add(node, CCM.articleOf, ctx.convention(convention))
    ctx.add(node, CCM.articleNumber, Literal(number))
    ctx.text(node, RDFS.label, f"{convention.upper()} Article {number}: entry into force")
    ctx.text(node, CCM.note, row.get("rule"))  # the numbers drive derive.py, read from the table


def map_articles(ctx: TableGraph, row: Row) -> None:
    convention, number = row.get("convention"), row.get("number")
    node = ctx.thing(iris.article(convention, number), CCM.Article, row)
    ctx.add(node, CCM.articleOf, ctx.convention(convention))
    ctx.add(node, CCM.articleNumber, Literal(number))
    ctx.text(node, RDFS.label, row.get("title") or f"{convention.upper()} Article {number}")
    align(ctx, node, row, iris.article)


def map_obligations(ctx: TableGraph, row: Row) -> None:
    convention, key = row.get("convention"), row.get("key")
    node = ctx.thing(iris.obligation(convention, key), CCM.Obligation, row)
    ctx.text(node, RDFS.label, row.get("label"))
    ctx.add(node, CCM.convention, ctx.convention(convention))
    ctx.add(node, CCM.establishedBy, iris.article(convention, row.get("article")))
    ctx.text(node, CCM.deadlineRule, row.get("rule"))
    for column, prop in (("deadline_months", CCM.deadlineMonths), ("deadline_days", CCM.deadlineDays)):
        value = row.integer(column)
        if value is not None:
            ctx.add(node, prop, Literal(value, datatype=XSD.integer))
    if row.get("annual_deadline"):
        ctx.add(node, ANNUAL_DEADLINE, Literal(row.get("annual_deadline"), datatype=XSD.gMonthDay))
    align(ctx, node, row, iris.obligation)


def align(ctx: TableGraph, node: URIRef, row: Row, mint: Callable[[str, str], URIRef]) -> None:
    """skos:closeMatch both ways for every "convention:key" reference in `close_match`."""
    for ref in row.many("close_match"):
        convention, _, key = ref.partition(":")
        if not key:
            raise InputError(f"{row.table} line {row.line}: close_match {ref!r} is not convention:key")
        other = mint(convention, key)
        ctx.add(node, SKOS.closeMatch, other)
        ctx.add(other, SKOS.closeMatch, node)
