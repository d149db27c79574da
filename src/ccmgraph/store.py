"""The embedded on-disk store: pyoxigraph with one named graph per document.

Replacing a document's graph is one SPARQL Update (DROP + INSERT DATA), which Oxigraph
applies as one transaction: after a crash the document is wholly in or wholly out.
One writer at a time: a lock file makes a second writer wait, then stop with a message.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .errors import StoreError

LOCK_WAIT_SECONDS = float(os.environ.get("CCMGRAPH_LOCK_WAIT", "30"))


class Store:
    """A local store; `Store(None)` is in memory (tests, scratch work)."""

    def __init__(self, path: Path | None, *, wait: float = LOCK_WAIT_SECONDS) -> None:
        self.path = path
        self._lock: IO[str] | None = None
        if path is None:
            self._ox = ox.Store()
            return
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create store folder {path}: {exc.strerror}") from None
        self._lock = _acquire(path / ".ccmgraph.lock", wait)
        try:
            self._ox = ox.Store(str(path / "oxigraph"))
        except OSError as exc:
            self.close()
            raise StoreError(f"cannot open store {path}: {exc}") from None

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        if self._lock is not None:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None
        if hasattr(self, "_ox"):
            del self._ox

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------
    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        """Swap a named graph's content for `graph` in one transaction."""
        body = graph.serialize(format="nt")
        update = f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}"
        try:
            self._ox.update(update)
            self._ox.flush()
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"store refused graph {graph_iri}: {exc}") from None

    def remove_graph(self, graph_iri: URIRef) -> None:
        self._ox.update(f"DROP SILENT GRAPH <{graph_iri}>")

    def clear(self) -> None:
        self._ox.clear()

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
            from .errors import QueryError

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


def _acquire(lock_path: Path, wait: float) -> IO[str]:
    """Take the writer lock, waiting up to `wait` seconds for another process to finish."""
    handle = lock_path.open("a+")
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return handle
        except BlockingIOError:
            if time.monotonic() >= deadline:
                handle.close()
                raise StoreError(
                    f"store {lock_path.parent} is in use by another ccmgraph process "
                    f"(waited {wait:.0f} s); try again when it has finished"
                ) from None
            time.sleep(0.1)
