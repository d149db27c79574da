"""read > extract > resolve > map > validate > commit: the only sequencer (DESIGN.md "Data flow").

Ingesters yield records; this module decides what enters the store. A document is
committed whole (one transaction replacing its named graph) or rejected with a reason,
and a rejected document leaves the store as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from . import ingesters
from .document import Document, read_file
from .errors import CcmGraphError, ExtractionError, ValidationError
from .mapping import map_document
from .records import PartialDate, Warning_
from .store import Store
from .validate import validate


@dataclass
class Outcome:
    """What happened to one source: accepted (with its graph IRI and size) or rejected (why)."""

    source: str
    accepted: bool
    kind: str | None = None
    graph: URIRef | None = None
    triples: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


def prepare(doc: Document, kind: str | None = None, meeting_date: PartialDate | None = None) -> tuple[str, URIRef, Graph, list[str]]:
    """Extract, map and validate one document; raise a CcmGraphError if it must be rejected."""
    if kind:
        ingester = ingesters.get(kind)
    else:
        kind, ingester = ingesters.detect(doc)
    records = list(ingester.extract(doc, meeting_date=meeting_date))
    if not any(not isinstance(rec, Warning_) for rec in records):
        raise ExtractionError(f"{doc.name}: no facts found for kind {kind!r}")
    mapped = map_document(doc, kind, records)
    report = validate(mapped.graph)
    if not report.conforms:
        first = report.text.splitlines()[0] if report.text else "does not conform"
        raise ValidationError(f"{doc.name}: rejected by SHACL ({report.results} problems): {first}", report.text)
    return kind, mapped.iri, mapped.graph, mapped.warnings


def ingest_document(store: Store, doc: Document, kind: str | None = None,
                    meeting_date: PartialDate | None = None) -> Outcome:
    try:
        kind, iri, graph, warnings = prepare(doc, kind, meeting_date)
    except CcmGraphError as exc:
        return Outcome(doc.name, False, kind, error=str(exc))
    store.replace_graph(iri, graph)
    return Outcome(doc.name, True, kind, iri, len(graph), warnings)


def ingest_paths(store: Store, paths: Iterable[Path], kind: str | None = None,
                 meeting_date: PartialDate | None = None,
                 progress: Callable[[Outcome], None] | None = None,
                 source_urls: dict[str, str] | None = None) -> list[Outcome]:
    """Ingest each file on its own: valid ones are committed, rejected ones left out."""
    outcomes = []
    for path in paths:
        try:
            doc = read_file(path, (source_urls or {}).get(path.name))
        except CcmGraphError as exc:
            outcome = Outcome(path.name, False, kind, error=str(exc))
        else:
            outcome = ingest_document(store, doc, kind, meeting_date)
        outcomes.append(outcome)
        if progress:
            progress(outcome)
    return outcomes


def commit_graph(store: Store, name: str, iri: URIRef, graph: Graph) -> Outcome:
    """Validate and commit a graph built without an ingester (reference tables)."""
    report = validate(graph)
    if not report.conforms:
        first = report.text.splitlines()[0] if report.text else "does not conform"
        return Outcome(name, False, "reference", error=f"{name}: rejected by SHACL ({report.results} problems): {first}")
    store.replace_graph(iri, graph)
    return Outcome(name, True, "reference", iri, len(graph))
