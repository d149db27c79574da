"""read > extract > resolve > map > validate > commit: the only sequencer (DESIGN.md "Data flow").

Ingesters yield records; this module decides what enters the store. A document is
committed whole (one transaction replacing its named graph) or rejected with a reason,
and a rejected document leaves the store as it was.

Many documents are prepared (read, extracted, mapped, validated) in worker processes, one
per core, while this process commits the accepted ones in input order: pySHACL is pure
Python and costs most of a document's time, so only processes run it in parallel. Each
document is still validated alone: pySHACL validates a Dataset as the union of its graphs,
so one document could borrow another's facts and pass where it would fail alone.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from ccmgraph import ingesters
from ccmgraph.ingesters.cut_lists import without_cut_item
from ccmgraph.ingesters.undated import without_dated_twins
from ccmgraph.document.limits import time_bound
from ccmgraph.document.read import Document, read_file
from ccmgraph.errors import CcmGraphError, ExtractionError, StoreWriteError, ValidationError
from ccmgraph.mapping import MappedDocument, map_document
from ccmgraph.records import PartialDate, Record, Warning_
from ccmgraph.resolve.scan import forget_passages
from ccmgraph.resolve.stage import document_convention, resolve_records
from ccmgraph.store.oxigraph import Store
from ccmgraph.validate.shacl import validate
from ccmgraph.validate.fast import ntriples

BATCH = 8  # documents per task sent to a worker: amortises pickling, keeps progress lively
IN_FLIGHT = 4  # batches queued per worker ahead of the commits


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


@dataclass(frozen=True)
class Source:
    """One thing to ingest: a file on disk or a Document already read (bench, API)."""

    path: Path | None = None
    doc: Document | None = None
    kind: str | None = None
    source_url: str | None = None

    @property
    def name(self) -> str:
        return self.doc.name if self.doc is not None else self.path.name if self.path else "?"


def prepare(doc: Document, kind: str | None = None, meeting_date: PartialDate | None = None) -> tuple[str, URIRef, Graph, list[str]]:
    """Extract, map and validate one document; raise a CcmGraphError if it must be rejected."""
    kind, iri, mapped, warnings, _ = prepare_written(doc, kind, meeting_date)
    return kind, iri, mapped.graph, warnings


def prepare_written(doc: Document, kind: str | None = None, meeting_date: PartialDate | None = None,
                    ) -> tuple[str, URIRef, MappedDocument, list[str], bytes]:
    """prepare(), and the graph as N-Triples for the store, written once for the validator too."""
    kind, mapped = extract_and_map(doc, kind, meeting_date)
    data = ntriples(mapped.triples)
    check(doc.name, lambda: mapped.graph, data)  # the Graph is built only if pySHACL must judge
    written = data.encode("utf-8") if data is not None else mapped.graph.serialize(format="nt", encoding="utf-8")
    return kind, mapped.iri, mapped, mapped.warnings, written


def extract_and_map(doc: Document, kind: str | None = None, meeting_date: PartialDate | None = None,
                    ) -> tuple[str, MappedDocument]:
    """The stages before validation: detect the kind, extract, resolve, map.

    The one place they run in order: the pipeline, the bench and the validator agreement
    check all come through here, so a new stage is added once.
    """
    forget_passages()
    read, cut = without_cut_item(doc)  # a list of States the text's end cuts off mid-name
    kind, ingester = ingesters.choose(read, kind)
    records: list[Record] = [*cut, *ingester.extract(read, meeting_date=meeting_date)]
    records += ingesters.every_kind(read, kind, records)
    records = without_dated_twins(records)
    if not any(not isinstance(rec, Warning_) for rec in records):
        raise ExtractionError(f"{doc.name}: no facts found for kind {kind!r}")
    return kind, resolve_and_map(doc, kind, records)


def resolve_and_map(doc: Document, kind: str, records: Sequence[Record]) -> MappedDocument:
    """Give the records their keys, then map them: what follows extraction, whoever extracted."""
    resolution = resolve_records(records, document_convention(kind, doc))
    return map_document(doc, kind, resolution.records, resolution.candidates)


def check(name: str, graph: Graph | Callable[[], Graph], data: str | None = None) -> None:
    """Raise ValidationError with a one-line reason unless `graph` conforms to the shapes."""
    report = validate(graph, data)
    if not report.conforms:
        first = report.text.splitlines()[0] if report.text else "does not conform"
        raise ValidationError(f"{name}: rejected by SHACL ({report.results} problems): {first}", report.text)


@dataclass
class _Prepared:
    """A prepared document as it crosses from a worker to the committing process."""

    outcome: Outcome
    ntriples: bytes = b""


def _prepare_source(source: Source, meeting_date: PartialDate | None) -> _Prepared:
    try:
        with time_bound(source.name):  # one document's reading and extraction, bounded in time
            doc = source.doc if source.doc is not None else read_file(source.path, source.source_url)  # type: ignore[arg-type]
            kind, iri, mapped, warnings, data = prepare_written(doc, source.kind, meeting_date)
    except CcmGraphError as exc:
        return _Prepared(Outcome(source.name, False, source.kind, error=str(exc).splitlines()[0]))
    except ValueError as exc:  # a date that cannot be (31 February, year 9999) deep in a document's text
        return _Prepared(Outcome(source.name, False, source.kind, error=f"{source.name}: impossible date ({exc})"))
    return _Prepared(Outcome(source.name, True, kind, iri, len(mapped.triples), warnings), data)


def _prepare_batch(batch: Sequence[Source], meeting_date: PartialDate | None) -> list[_Prepared]:
    return [_prepare_source(source, meeting_date) for source in batch]


def _workers(requested: int | None, count: int) -> int:
    if requested is not None:
        return max(1, requested)
    env = os.environ.get("CCMGRAPH_WORKERS")
    if env:
        return max(1, int(env))
    return 1 if count < 4 else min(len(os.sched_getaffinity(0)), count)


def _prepared(sources: Sequence[Source], meeting_date: PartialDate | None, workers: int) -> Iterator[_Prepared]:
    """Prepared documents in input order, from worker processes when more than one."""
    if workers <= 1:
        for source in sources:
            yield _prepare_source(source, meeting_date)
        return
    batches = [sources[i:i + BATCH] for i in range(0, len(sources), BATCH)]
    context = multiprocessing.get_context("fork")  # workers inherit the parsed shapes and tables
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        # a bounded window of batches in flight: workers never run far ahead of the commits,
        # so memory does not grow with the number of documents
        window: deque[Future[list[_Prepared]]] = deque()
        for batch in batches:
            window.append(pool.submit(_prepare_batch, batch, meeting_date))
            if len(window) >= IN_FLIGHT * workers:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def ingest_sources(store: Store, sources: Iterable[Source], meeting_date: PartialDate | None = None,
                   progress: Callable[[Outcome], None] | None = None,
                   workers: int | None = None) -> list[Outcome]:
    """Ingest each source on its own: valid ones are committed (in input order), rejected ones
    left out. `workers` processes prepare documents (default: one per core for 4+ sources).
    Several sources into an empty store are loaded in bulk and appear together at the end."""
    items = list(sources)
    with store.loading() if len(items) > 1 else nullcontext():
        return _commit_in_order(store, _prepared(items, meeting_date, _workers(workers, len(items))), progress)


def _commit_in_order(store: Store, prepared: Iterable[_Prepared],
                     progress: Callable[[Outcome], None] | None) -> list[Outcome]:
    outcomes = []
    for item in prepared:
        outcome = item.outcome
        if outcome.accepted:
            try:
                store.replace_ntriples(outcome.graph, item.ntriples)  # type: ignore[arg-type]
            except StoreWriteError as exc:  # the store, not the document: the batch stops here
                raise StoreWriteError(f"stopped at {outcome.source}: {exc}", exc.batch_lost) from None
            except CcmGraphError as exc:
                outcome = Outcome(outcome.source, False, outcome.kind, error=str(exc))
        outcomes.append(outcome)
        if progress:
            progress(outcome)
    return outcomes


def ingest_document(store: Store, doc: Document, kind: str | None = None,
                    meeting_date: PartialDate | None = None) -> Outcome:
    return ingest_sources(store, [Source(doc=doc, kind=kind)], meeting_date, workers=1)[0]


def ingest_paths(store: Store, paths: Iterable[Path], kind: str | None = None,
                 meeting_date: PartialDate | None = None,
                 progress: Callable[[Outcome], None] | None = None,
                 source_urls: dict[str, str] | None = None,
                 workers: int | None = None) -> list[Outcome]:
    """Ingest each file on its own: valid ones are committed, rejected ones left out."""
    urls = source_urls or {}
    sources = [Source(path=p, kind=kind, source_url=urls.get(p.name)) for p in paths]
    return ingest_sources(store, sources, meeting_date, progress, workers)


def commit_graph(store: Store, name: str, iri: URIRef, graph: Graph) -> Outcome:
    """Validate and commit a graph built without an ingester (reference tables)."""
    try:
        check(name, graph)
    except ValidationError as exc:
        return Outcome(name, False, "reference", error=str(exc))
    store.replace_graph(iri, graph)
    return Outcome(name, True, "reference", iri, len(graph))
