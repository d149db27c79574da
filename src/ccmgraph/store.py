"""The embedded on-disk store: pyoxigraph with one named graph per document.

Guarantees (README "Guarantees"):
- A document's graph is written in one Oxigraph transaction (`extend` for a new graph, one
  SPARQL Update DROP + INSERT DATA for a changed one), so after a crash, even SIGKILL, it is
  wholly in or wholly out. Writing the graph it already holds writes nothing.
- One writer at a time, many readers: `.ccmgraph.lock` is taken exclusively (flock) by a
  writer and shared by readers. Oxigraph calls opening read-only while another process
  writes "undefined behaviour", so readers wait for a writer and a writer waits for readers,
  each up to `wait` seconds, then stops with a message. A reader opens a read-only snapshot,
  so a query sees the store before or after an ingest, never between. The kernel drops an
  flock when its process dies, so a killed process never leaves a lock behind.
- A store opened in the default "auto" mode reads until its first write, then upgrades to
  the writer lock: `query` never blocks readers and `ingest` holds the lock only while it writes.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Literal

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib.compare import to_canonical_graph

from .errors import QueryError, StoreError

LOCK_WAIT_SECONDS = float(os.environ.get("CCMGRAPH_LOCK_WAIT", "30"))
Mode = Literal["auto", "read", "write"]


class Store:
    """A local store; `Store(None)` is in memory (tests, scratch work)."""

    def __init__(self, path: Path | None, *, wait: float = LOCK_WAIT_SECONDS, mode: Mode = "auto") -> None:
        self.path = path
        self.wait = wait
        self.mode = mode
        self._lock: IO[str] | None = None
        self._writer = path is None
        if path is None:
            self._ox = ox.Store()
            return
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create store folder {path}: {exc.strerror}") from None
        if mode == "write" or not (self._db / "CURRENT").exists():
            if mode == "read":
                self._ox = ox.Store()  # nothing written yet: an empty store answers every query
                return
            self._open_writer()
        else:
            self._lock = _acquire(self._lock_path, fcntl.LOCK_SH, wait)
            self._ox = self._open(ox.Store.read_only)

    @property
    def _db(self) -> Path:
        assert self.path is not None
        return self.path / "oxigraph"

    @property
    def _lock_path(self) -> Path:
        assert self.path is not None
        return self.path / ".ccmgraph.lock"

    def _open(self, opener: object) -> ox.Store:
        try:
            return opener(str(self._db))  # type: ignore[operator,no-any-return]
        except OSError as exc:
            self.close()
            raise StoreError(f"cannot open store {self.path}: {exc}") from None

    def _open_writer(self) -> None:
        """Take the writer lock (dropping a reader's shared lock first) and open read-write."""
        if self.mode == "read":
            raise StoreError(f"store {self.path} was opened read-only")
        self._release()
        if hasattr(self, "_ox"):
            del self._ox
        self._lock = _acquire(self._lock_path, fcntl.LOCK_EX, self.wait)
        self._ox = self._open(ox.Store)
        self._writer = True

    def _writable(self) -> ox.Store:
        if not self._writer:
            self._open_writer()
        return self._ox

    # -- lifecycle ---------------------------------------------------------------------------
    def _release(self) -> None:
        if self._lock is not None:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None

    def close(self) -> None:
        if hasattr(self, "_ox"):
            if self._writer and self.path is not None:
                self._ox.flush()
            del self._ox
        self._release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------
    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        """Swap a named graph's content for `graph` in one transaction."""
        if any(isinstance(term, BNode) for triple in graph for term in triple):
            graph = to_canonical_graph(graph)  # stable blank node labels: same input, same quads
        self.replace_ntriples(graph_iri, graph.serialize(format="nt", encoding="utf-8"))

    def replace_ntriples(self, graph_iri: URIRef | str, data: bytes) -> int:
        """Swap a named graph's content for the N-Triples `data`; return its size in triples.

        A new graph is one atomic `extend`; the same content again writes nothing; changed
        content is one DROP + INSERT DATA update (one transaction). Only a changed graph with
        blank nodes takes two steps (SPARQL would rename them): a crash between leaves it out.
        """
        name = ox.NamedNode(str(graph_iri))
        try:
            quads = [ox.Quad(t.subject, t.predicate, t.object, name)
                     for t in ox.parse(data, ox.RdfFormat.N_TRIPLES)]
        except SyntaxError as exc:
            raise StoreError(f"store refused graph {graph_iri}: {exc}") from None
        store = self._writable()
        _test_pause("commit")
        try:
            existing = set(store.quads_for_pattern(None, None, None, name))
            if not existing:
                store.extend(quads)
            elif existing != set(quads):
                if any(isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode) for q in quads):
                    store.remove_graph(name)
                    store.extend(quads)
                else:
                    body = data.decode("utf-8")
                    store.update(f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}")
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"store refused graph {graph_iri}: {exc}") from None
        _test_pause("committed")
        return len(set(quads))

    def remove_graph(self, graph_iri: URIRef) -> None:
        self._writable().update(f"DROP SILENT GRAPH <{graph_iri}>")

    def clear(self) -> None:
        self._writable().clear()

    # -- reading -----------------------------------------------------------------------------
    def graphs(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode))

    def __len__(self) -> int:
        return len(self._ox)

    def graph_size(self, graph_iri: URIRef) -> int:
        return sum(1 for _ in self._ox.quads_for_pattern(None, None, None, ox.NamedNode(str(graph_iri))))

    def select(self, query: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a read query over the union of all named graphs."""
        try:
            return self._ox.query(query, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._ox)

    def dump(self, output: IO[bytes], format: ox.RdfFormat, graph: URIRef | None = None) -> None:
        if graph is None:
            self._ox.dump(output, format)
        else:
            self._ox.dump(output, format, from_graph=ox.NamedNode(str(graph)))

    @property
    def oxigraph(self) -> ox.Store:
        return self._ox


def _acquire(lock_path: Path, kind: int, wait: float) -> IO[str]:
    """Take the lock (shared for readers, exclusive for the writer), waiting up to `wait` s."""
    handle = lock_path.open("a+")
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(handle, kind | fcntl.LOCK_NB)
            return handle
        except BlockingIOError:
            if time.monotonic() >= deadline:
                handle.close()
                raise StoreError(
                    f"store {lock_path.parent} is in use by another ccmgraph process "
                    f"(waited {wait:.0f} s); try again when it has finished"
                ) from None
            time.sleep(0.05)


def _test_pause(phase: str) -> None:
    """Test hook: CCMGRAPH_TEST_PAUSE=seconds sleeps around each commit, so that a test can
    kill a real process at a known phase. Unset in normal use."""
    delay = os.environ.get("CCMGRAPH_TEST_PAUSE")
    if delay:
        time.sleep(float(delay))
