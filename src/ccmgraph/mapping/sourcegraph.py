"""What every source's graph shares, documents and reference tables alike.

All nodes of a source live under its document IRI, and every fact is typed and tied to the
Quote (passage or table row) it was read from: that is what makes `provenance` work the
same way for minutes, news pages and curated tables. Things that exist apart from any source
(a meeting, a convention, a theme) never carry provenance themselves: what a source says of
one is recorded on a ccm:Description node of that source (PROV-O: a meeting is an Activity,
and only Entities are derived from quotes).
"""

from __future__ import annotations

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, XSD

from ccmgraph import iris
from ccmgraph.namespaces import CCM, bind_prefixes


Triple = tuple[URIRef, URIRef, URIRef | Literal]


class SourceGraphWriter:
    """Mixin for builders that have `triples`, `doc_iri` and `source_sha256`.

    Triples are collected in a plain set: an rdflib Graph costs ~10 us per add, a quarter of
    a document's preparation, and the store and the compiled validator only need N-Triples.
    """

    triples: set[Triple]
    doc_iri: URIRef
    source_sha256: str

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | None) -> None:
        """Add a triple, skipping absent values so callers need no `if` per optional field."""
        if o is not None:
            self.triples.add((s, p, o))

    @property
    def graph(self) -> Graph:
        """The triples as an rdflib Graph with the project's prefixes (built on each call)."""
        return as_graph(self.triples)

    def local(self, *parts: str) -> URIRef:
        return iris.local(self.source_sha256, *parts)

    def quote_node(self, node: URIRef, text: str, line: int) -> URIRef:
        """A Quote: the passage's text, its first line, and the source it belongs to."""
        self.add(node, RDF.type, CCM.Quote)
        self.add(node, CCM.quoteText, Literal(text))
        self.add(node, CCM.lineNumber, Literal(line, datatype=XSD.integer))
        self.add(node, DCTERMS.isPartOf, self.doc_iri)
        self.add(node, PROV.wasQuotedFrom, self.doc_iri)
        return node

    def typed_fact(self, node: URIRef, cls: URIRef, quote: URIRef) -> URIRef:
        self.add(node, RDF.type, cls)
        self.add(node, PROV.wasDerivedFrom, quote)
        return node

    def typed_thing(self, node: URIRef, cls: URIRef, quote: URIRef) -> URIRef:
        """Type a thing and tie this source's description of it (not the thing) to the quote."""
        self.add(node, RDF.type, cls)
        about = self.local("about", str(node).removeprefix(iris.BASE))
        self.add(about, RDF.type, CCM.Description)
        self.add(about, CCM.describes, node)
        self.add(about, PROV.wasDerivedFrom, quote)
        return node


def as_graph(triples: set[Triple] | frozenset[Triple]) -> Graph:
    graph = Graph()
    bind_prefixes(graph)
    for triple in triples:
        graph.add(triple)
    return graph
