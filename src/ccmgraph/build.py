"""`ccmgraph build`: the bundled corpus (ingest/sources.yml) and reference tables, into a store."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from ccmgraph.document.read import read_file
from ccmgraph.errors import CcmGraphError, InputError
from rdflib import Graph, URIRef

from ccmgraph.paths import ingest_dir
from ccmgraph.pipeline import Outcome, commit_graph, ingest_document
from ccmgraph.store.oxigraph import Store
from ccmgraph.validate.shacl import ontology_graph as ontology_graph  # every ontology/*.ttl; bench/measure.py imports it from here


@dataclass(frozen=True)
class SourceEntry:
    path: Path
    kind: str
    sha256: str | None
    source_url: str | None


def bundled_sources(root: Path | None = None) -> list[SourceEntry]:
    base = root or ingest_dir()
    manifest = base / "sources.yml"
    data = yaml.safe_load(manifest.read_text(encoding="utf-8")) or {}
    return [
        SourceEntry(base / e["file"], e["kind"], e.get("sha256"), e.get("source_url"))
        for e in data.get("documents", [])
    ]


def build(store: Store, progress: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Ingest every bundled document and reference table; each is committed or rejected alone
    (into an empty store, all of them appear together: see Store.loading)."""
    with store.loading():
        return _build(store, progress)


def _build(store: Store, progress: Callable[[Outcome], None] | None) -> list[Outcome]:
    outcomes: list[Outcome] = []

    def record(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if progress:
            progress(outcome)

    for entry in bundled_sources():
        try:
            digest = hashlib.sha256(entry.path.read_bytes()).hexdigest()
            if entry.sha256 and digest != entry.sha256:
                raise InputError(f"{entry.path.name}: content differs from the sha256 in sources.yml")
            doc = read_file(entry.path, entry.source_url)
        except (CcmGraphError, OSError) as exc:
            record(Outcome(entry.path.name, False, entry.kind, error=str(exc)))
            continue
        record(ingest_document(store, doc, entry.kind))
    load_ontology(store)
    for name, iri, graph in reference_graphs():
        record(commit_graph(store, name, iri, graph))
    return outcomes


ONTOLOGY_GRAPH = URIRef("https://w3id.org/ccmgraph/ontology")


def load_ontology(store: Store) -> None:
    """Keep the ontology in the store (its own graph) so that queries and endpoints see labels,
    class hierarchy and alignments next to the data."""
    store.replace_graph(ONTOLOGY_GRAPH, ontology_graph())




def reference_graphs() -> list[tuple[str, URIRef, Graph]]:
    """(table file name, graph IRI, graph) for each curated reference table."""
    from ccmgraph.namespaces import CCM
    from ccmgraph.reference import reference_graphs as produce

    found = []
    for iri, graph in produce():
        name = graph.value(iri, CCM.fileName)
        found.append((str(name) if name else str(iri), iri, graph))
    return found
