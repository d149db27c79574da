"""Records -> triples in the document's own graph (DESIGN.md "map").

Mapping knows RDF, not text. Each record type has one function; the order of records
is the order of extraction, so numbered nodes are stable and re-mapping is idempotent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from ccmgraph import iris
from ccmgraph import records as r
from ccmgraph.document.read import Document
from ccmgraph.namespaces import CCM
from ccmgraph.mapping.sourcegraph import Triple, as_graph
from ccmgraph.mapping import facts, meetings, plans, treaty
from ccmgraph.mapping.context import MappingContext
from ccmgraph.resolve.identity import Candidate

_MAPPERS: dict[type, Callable[[MappingContext, Any], None]] = {
    r.Meeting: meetings.map_meeting,
    r.NewsItem: meetings.map_news_item,
    r.AgendaItem: meetings.map_agenda_item,
    r.Attendance: meetings.map_attendance,
    r.Mandate: facts.map_mandate,
    r.MinutesApproval: facts.map_minutes_approval,
    r.Commitment: facts.map_commitment,
    r.FinancialContribution: facts.map_contribution,
    r.Mention: facts.map_mention,
    r.Statement: facts.map_statement,
    r.Vote: facts.map_vote,
    r.ObligationFulfilment: facts.map_fulfilment,
    r.Publication: facts.map_publication,
    r.TreatyEvent: treaty.map_treaty_event,
    r.OverdueReport: treaty.map_overdue_report,
    r.MeetingDocument: meetings.map_meeting_document,
    r.PlanAction: plans.map_plan_action,
}
# Nodes that others refer to by key are mapped first, whatever order the ingester yields.
_FIRST = (r.Meeting, r.NewsItem, r.AgendaItem)


@dataclass
class MappedDocument:
    iri: URIRef
    triples: frozenset[Triple]
    warnings: list[str]

    @cached_property
    def graph(self) -> Graph:
        """The triples as an rdflib Graph, built when first asked for (pySHACL, tests)."""
        return as_graph(self.triples)


def describe_document(ctx: MappingContext) -> None:
    doc = ctx.doc
    node = ctx.doc_iri
    ctx.add(node, RDF.type, CCM.SourceDocument)
    ctx.add(node, CCM.sha256, Literal(doc.sha256))
    ctx.add(node, CCM.fileName, Literal(doc.name))
    ctx.add(node, CCM.documentKind, Literal(ctx.kind))
    ctx.add(node, DCTERMS.format, Literal(doc.media_type))
    first_line = next((line.strip() for line in doc.lines if line.strip()), doc.name)
    ctx.add(node, DCTERMS.title, Literal(first_line[:200]))
    if doc.source_url:
        ctx.add(node, DCTERMS.source, Literal(doc.source_url, datatype=URIRef("http://www.w3.org/2001/XMLSchema#anyURI")))


def map_document(doc: Document, kind: str, records: Iterable[r.Record],
                 candidates: Iterable[Candidate] = ()) -> MappedDocument:
    """All triples of one document (its records resolved: resolve/stage.py), plus the warnings
    extraction and mapping raised. A candidate identity is a skos:closeMatch between two people,
    in the graph of the document whose wording raised it (its evidence)."""
    ctx = MappingContext(doc=doc, kind=kind)
    describe_document(ctx)
    for candidate in candidates:
        ctx.add(iris.person(candidate.person), SKOS.closeMatch, iris.person(candidate.other))
    ordered = list(records)
    ordered.sort(key=lambda rec: 0 if isinstance(rec, _FIRST) else 1)  # stable: keeps record order
    for rec in ordered:
        if isinstance(rec, r.Warning_):
            ctx.warn(rec.message, rec.quote)
            continue
        _MAPPERS[type(rec)](ctx, rec)
    return MappedDocument(ctx.doc_iri, frozenset(ctx.triples), ctx.warnings)
