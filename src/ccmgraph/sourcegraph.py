"""What every source's graph shares, documents and reference tables alike.

All nodes of a source live under its document IRI, and every fact is typed and tied to the
Quote (passage or table row) it was read from: that is what makes `provenance` work the
same way for minutes, news pages and curated tables.
"""

from __future__ import annotations

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, XSD

from . import iris
from .namespaces import CCM


class SourceGraphWriter:
    """Mixin for builders that have `graph`, `doc_iri` and `source_sha256`."""

    graph: Graph
    doc_iri: URIRef
    source_sha256: str

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | None) -> None:
        """Add a triple, skipping absent values so callers need no `if` per optional field."""
        if o is not None:
            self.graph.add((s, p, o))

    def local(self, *parts: str) -> URIRef:
        return iris.local(self.source_sha256, *parts)

    def quote_node(self, node: URIRef, text: str, line: int) -> URIRef:
        """A Quote: the passage's text, its first line, and the source it belongs to."""
        self.add(node, RDF.type, CCM.Quote)
        self.add(node, CCM.quoteText, Literal(text))
        self.add(node, CCM.lineNumber, Literal(line, datatype=XSD.integer))
        self.add(node, DCTERMS.isPartOf, self.doc_iri)
        return node

    def typed_fact(self, node: URIRef, cls: URIRef, quote: URIRef) -> URIRef:
        self.add(node, RDF.type, cls)
        self.add(node, PROV.wasDerivedFrom, quote)
        return node
