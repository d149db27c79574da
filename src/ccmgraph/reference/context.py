"""The graph one reference table maps to: its ReferenceTable node, one Quote per row, the facts.

Every fact node is tied to the Quote of the row it came from, so `provenance` queries work
for reference data exactly as for documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS

from ccmgraph import iris
from ccmgraph.errors import InputError
from ccmgraph.mapping.documents import cited_source, describe_extraction, describe_source
from ccmgraph.mapping.literals import date_literal
from ccmgraph.namespaces import CCM
from ccmgraph.records import PartialDate
from ccmgraph.resolve.actors import lookup_state
from ccmgraph.mapping.sourcegraph import SourceGraphWriter, Triple
from ccmgraph.reference.tables import Row, Table, source_column


@dataclass
class TableGraph(SourceGraphWriter):
    """Accumulates the triples of one table; `quote(row)` and `fact(...)` keep provenance."""

    table: Table
    title: str
    folder: Path
    triples: set[Triple] = field(default_factory=set)
    compiled_from: str | None = None  # tables.yml `source`, for a table whose rows cite no URL

    def __post_init__(self) -> None:
        self.source_sha256 = self.table.sha256
        self.iri = self.doc_iri = iris.document(self.table.sha256)
        node = self.iri
        self.add(node, RDF.type, CCM.ReferenceTable)
        self.add(node, RDF.type, CCM.SourceDocument)
        self.add(node, CCM.fileName, Literal(self.table.name))
        self.add(node, CCM.sha256, Literal(self.table.sha256))
        self.add(node, CCM.documentKind, Literal("reference-table"))
        # A document names one source URL (shapes/provenance): for a table compiled from many, the
        # URL most of its rows cite; every row's own source stays on its facts and in its quote.
        describe_source(self, node, self.table.sha256, title=self.title, media_type="text/csv",
                        url=self.table.principal_source() or self.compiled_from)
        describe_extraction(self, node, "reference-table")

    def quote(self, row: Row) -> URIRef:
        node = self.quote_node(self.local("row", str(row.line)), row.text, row.line)
        # The row's own source, so that queries can cite it rather than the table's principal URL.
        cited = row.get(source_column(row)).strip()
        source = cited_source(cited)
        if source is not None:
            self.add(node, DCTERMS.source, source)
        elif cited:
            self.add(node, DCTERMS.bibliographicCitation, Literal(cited))
        return node

    def fact(self, node: URIRef, cls: URIRef, row: Row) -> URIRef:
        """Type a fact node and tie it to its row."""
        return self.typed_fact(node, cls, self.quote(row))

    def thing(self, node: URIRef, cls: URIRef, row: Row) -> URIRef:
        """Type a convention, meeting, theme or plan; the table's description of it cites the row."""
        return self.typed_thing(node, cls, self.quote(row))

    def source(self, node: URIRef, row: Row) -> None:
        """The URL or bundled document the row cites (a citation that is neither stays on the quote)."""
        self.add(node, DCTERMS.source, cited_source(row.get(source_column(row))))

    def date(self, node: URIRef, prop: URIRef, value: PartialDate | None) -> None:
        if value is not None:
            self.add(node, prop, date_literal(value))

    def text(self, node: URIRef, prop: URIRef, value: str) -> None:
        if value:
            self.add(node, prop, Literal(value))

    def state(self, iso3: str, row: Row) -> URIRef:
        """The canonical State node of an ISO 3166-1 alpha-3 code; an unknown code is bad input."""
        entry = lookup_state(iso3.upper())
        if entry is None:
            raise InputError(f"{row.table} line {row.line}: {iso3!r} is not an ISO 3166-1 alpha-3 State code")
        node = iris.state(entry.iso3)
        self.add(node, RDF.type, CCM.State)
        self.add(node, CCM.iso3, Literal(entry.iso3))
        self.add(node, RDFS.label, Literal(entry.name))
        return node

    def convention(self, key: str) -> URIRef:
        node = iris.convention(key)
        self.add(node, RDF.type, CCM.Convention)
        return node
