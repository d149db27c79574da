"""The state one document's mapping shares: its graph, its IRIs, its actors, its warnings.

Every node a document yields lives in that document's graph; nodes other records refer to
by key (meetings, agenda items, news items) are looked up here. Actors come resolved
(resolve/stage.py): this module turns their keys into nodes and never reads a name.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import FOAF, SKOS, XSD

from ccmgraph import iris
from ccmgraph.document.read import Document
from ccmgraph.namespaces import CCM
from ccmgraph.records import ActorRef, Quote
from ccmgraph.resolve.registry import organisations, states
from ccmgraph.mapping.literals import text
from ccmgraph.mapping.themes import resolve_theme, canonical_labels
from ccmgraph.mapping.sourcegraph import SourceGraphWriter, Triple


@dataclass
class MappingContext(SourceGraphWriter):
    """Accumulates one document's triples; `node(key)` finds what records refer to."""

    doc: Document
    kind: str
    triples: set[Triple] = field(default_factory=set)
    named: set[URIRef] = field(default_factory=set)  # people given a foaf:name already
    keys: dict[str, URIRef] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    item_meeting: dict[URIRef, URIRef] = field(default_factory=dict)  # agenda item -> its meeting
    short_names: dict[tuple[str, str], URIRef] = field(default_factory=dict)  # (convention, "13CONF") -> meeting
    quote_texts: dict[URIRef, str] = field(default_factory=dict)  # quote node -> the text it holds

    def __post_init__(self) -> None:
        self.source_sha256 = self.doc.sha256
        self.doc_iri = iris.document(self.doc.sha256)

    def next_local(self, family: str) -> URIRef:
        """Numbered nodes of one family, in record order (stable because extraction is)."""
        n = self.counters.get(family, 0) + 1
        self.counters[family] = n
        return self.local(family, str(n))

    def node(self, key: str | None) -> URIRef | None:
        if key is None:
            return None
        if key not in self.keys:
            self.warnings.append(f"{self.doc.name}: record refers to unknown key {key!r}")
            return None
        return self.keys[key]

    def report_context(self, node: URIRef, key: str | None) -> None:
        """Tie a fact to where it was reported: a meeting or news item; an agenda item via its meeting."""
        where = self.node(key) if key else self.doc_iri
        if where in self.item_meeting:
            self.add(node, CCM.agendaItem, where)
            where = self.item_meeting[where]
        self.add(node, CCM.reportedIn, where)

    def warn(self, message: str, quote: Quote | None = None) -> None:
        where = f" (line {quote.line})" if quote else ""
        self.warnings.append(f"{self.doc.name}{where}: {message}")

    def quote(self, quote: Quote) -> URIRef:
        """The Quote node of a passage: its text, line and document."""
        iri = self.local("quote", str(quote.line), iris.slug(quote.text[:40]))
        if self.quote_texts.setdefault(iri, quote.text) != quote.text:  # two passages opening alike on one line
            iri = self.local("quote", str(quote.line), iris.slug(quote.text[:40]),
                             hashlib.sha1(quote.text.encode("utf-8")).hexdigest()[:8])
        node = self.quote_node(iri, quote.text, quote.line)
        if quote.page is not None:
            self.add(node, CCM.pageNumber, Literal(quote.page, datatype=XSD.integer))
        return node

    def fact(self, node: URIRef, cls: URIRef, quote: Quote) -> URIRef:
        """Type a fact node and tie it to its passage."""
        return self.typed_fact(node, cls, self.quote(quote))

    def thing(self, node: URIRef, cls: URIRef, quote: Quote) -> URIRef:
        """Type a meeting or other thing; this document's description of it is tied to the passage."""
        return self.typed_thing(node, cls, self.quote(quote))

    def actor(self, ref: ActorRef, quote: Quote | None = None) -> URIRef:
        """The node of the key the resolver gave a named actor; unresolved names stay visible, with a warning."""
        family, _, ident = (ref.key or "").partition("/")
        if family == "state":
            node = iris.state(ident)
            self.add(node, RDF.type, CCM.State)
            self.add(node, CCM.iso3, Literal(ident))
            entry = states().get(ident)
            self.add(node, RDFS.label, Literal(entry.name if entry else ref.label or ident))
            return node
        if family == "org":
            return self.organisation(ident)
        if family == "person":
            return self.person(ident, ref.label or ref.name)
        node = iris.unresolved_actor(ref.name)
        self.add(node, RDF.type, CCM.UnresolvedActor)
        self.add(node, RDFS.label, text(ref.name))
        self.warn(f"could not resolve actor {ref.name!r}; kept as unresolved", quote)
        return node

    def organisation(self, key: str) -> URIRef:
        node = iris.organisation(key)
        entry = organisations().get(key)
        self.add(node, RDF.type, CCM.Organisation)
        if entry is not None:
            if entry.kind == "isu":
                self.add(node, RDF.type, CCM.ImplementationSupportUnit)
            self.add(node, RDFS.label, Literal(entry.name))
            if entry.abbreviation:
                self.add(node, SKOS.altLabel, Literal(entry.abbreviation))
        return node

    def person(self, key: str, display: str) -> URIRef:
        """The person the resolver keyed, named once per document by the first form it gave."""
        node = iris.person(key)
        self.add(node, RDF.type, CCM.Person)
        if node not in self.named:
            self.named.add(node)
            self.add(node, FOAF.name, Literal(display))
            self.add(node, RDFS.label, Literal(display))
        return node

    def theme(self, convention: str, label: str) -> URIRef:
        """The theme concept a written theme label names, canonical when the themes table knows it."""
        node = resolve_theme(convention, label)
        if node is not None and node in canonical_labels():
            self.add(node, SKOS.prefLabel, text(canonical_labels()[node]))
        if node is None:
            node = iris.theme(convention, label)
            self.add(node, RDF.type, CCM.Theme)
            self.add(node, SKOS.prefLabel, text(label))
            self.add(node, SKOS.inScheme, iris.theme_scheme(convention))
        return node

    def convention(self, short: str) -> URIRef:
        node = iris.convention(short)
        self.add(node, RDF.type, CCM.Convention)
        return node

