"""The embedded on-disk store: pyoxigraph with one named graph per document.

Guarantees (README "Guarantees"):
- A document's graph is written in one Oxigraph transaction (`extend` for a new graph, one
  SPARQL Update DROP + INSERT DATA for a changed one), so after a crash, even SIGKILL, it is
  wholly in or wholly out. Writing the graph it already holds writes nothing.
- One writer at a time, many readers that never wait long (store/layout.py): a writer holds
  `.ccmgraph.lock` from its first write until it closes; each commit holds the commit lock,
  which a reader shares only while it opens a snapshot. A reader waits at most one commit,
  a writer at most one opening, and neither waits for the other's queries or documents.
- A reader follows the commits (store/snapshot.py): before each query it opens a fresh
  read-only snapshot if a commit came in since its last one, so a long-lived reader sees each
  commit, and a query sees the store before or after an ingest, never between.
- A store opened in the default "auto" mode reads until its first write, then takes the writer
  lock: `ingest` reads and extracts its first document before it locks anything.
- The database is opened only if its format marker agrees with this package (store/version.py).
- Filling an empty store (`loading()`, the first `build`, a first `ingest` of many files) writes
  into a fresh database beside it with Oxigraph's bulk loader, about three times faster than
  transactions, and swaps it in by renaming one symbolic link (under the commit lock). A kill before the swap leaves the
  store empty (every document absent); the next writer removes the unfinished database.

Queries read the default graph, which the store keeps as the *set* union of all named graphs,
in the same transaction as each graph write. Oxigraph's "default graph as union" view is a
multiset: a State typed and labelled by forty documents would match forty times in every
join, and queries slow down with the number of documents. Blank nodes are skolemised to
stable IRIs on the way in, so that every triple can be added to and removed from the union.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import IO, Literal

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib.compare import to_canonical_graph

from ccmgraph.errors import StoreError, StoreWriteError
from ccmgraph.query.guard import syntax_error
from ccmgraph.store import layout, version
from ccmgraph.store.layout import LOCK_WAIT_SECONDS
from ccmgraph.store.snapshot import Snapshot

BULK_BATCH_BYTES = 16 << 20  # N-Quads per call of the bulk loader: large enough to pay, small enough to overlap the workers
Mode = Literal["auto", "read", "write"]


class Store:
    """A local store; `Store(None)` is in memory (tests, scratch work).

    Safe to share between threads: queries run side by side, writes one at a time, and the
    switch from reading to writing never leaves a thread without a database.
    """

    def __init__(self, path: Path | None, *, wait: float = LOCK_WAIT_SECONDS, mode: Mode = "auto") -> None:
        self.path = path
        self.wait = wait
        self.mode = mode
        self._guard = threading.RLock()  # one writer thread at a time; readers take no lock
        self._lock: IO[str] | None = None
        self._writer = path is None
        self._snapshot: Snapshot | None = None
        self._session: Literal["none", "pending", "open"] = "none"  # a loading() session, before/after its first write
        self._bulk: _BulkLoad | None = None  # set once a loading() session writes into an empty store
        self._live: ox.Store | None = None  # the live database while the bulk loader fills another
        if path is None:
            self._ox = ox.Store()
            return
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create store folder {path}: {exc.strerror}") from None
        if mode == "write":
            self._open_writer()
        else:
            self._snapshot = Snapshot(path, wait)  # readers query the snapshot, never a database of their own

    @property
    def _db(self) -> Path:
        assert self.path is not None
        return layout.database(self.path)

    def _open(self, opener: object) -> ox.Store:
        try:
            return opener(str(self._db))  # type: ignore[operator,no-any-return]
        except OSError as exc:
            self.close()
            raise StoreError(f"cannot open store {self.path}: {exc}") from None

    def _open_writer(self) -> None:
        """Take the writer lock and open read-write; threads still reading the snapshot go on."""
        if self.mode == "read":
            raise StoreError(f"store {self.path} was opened read-only")
        assert self.path is not None
        self._lock = layout.writer_lock(self.path, self.wait)
        try:
            version.check(self.path, self._db)
            self._remove_unfinished()
            with layout.commit_lock(self.path, exclusive=False, wait=self.wait):
                self._ox = self._open(ox.Store)
        except BaseException:
            self._release()
            raise
        self._writer = True
        self._snapshot = None

    # -- filling an empty store in bulk --------------------------------------------------------
    @contextmanager
    def loading(self) -> Iterator[None]:
        """Writes in this block go to a fresh database, swapped in at the end, if the store is
        on disk and empty when the block first writes; otherwise they are the usual per-graph
        transactions. Nothing is locked before that first write."""
        if self.path is None or self._session != "none":
            yield
            return
        self._session = "pending"
        try:
            yield
            if self._bulk is not None:
                self._bulk.finish()
                self._ox.flush()
                _test_pause("swap")
        except BaseException:
            if self._bulk is not None:
                self._drop_staging()
            raise
        finally:
            self._session = "none"
        if self._bulk is not None:
            self._finish_staging()

    def _start_staging(self) -> None:
        """First write of a loading() session into an empty store: fill a fresh database."""
        assert self.path is not None
        staging = self.path / f"oxigraph-{uuid.uuid4().hex[:12]}"
        try:
            fresh = ox.Store(str(staging))
        except OSError as exc:
            raise StoreWriteError(f"cannot create {staging}: {exc}", batch_lost=True) from None
        self._live, self._ox = self._ox, fresh
        self._staging = staging
        self._bulk = _BulkLoad(fresh)

    def _drop_staging(self) -> None:
        assert self._bulk is not None and self._live is not None
        self._bulk.close()  # its running load ends before the database goes
        self._bulk = None
        self._ox, self._live = self._live, None  # the staging database is dropped here, then removed
        shutil.rmtree(self._staging, ignore_errors=True)

    def _finish_staging(self) -> None:
        assert self._bulk is not None and self.path is not None
        self._bulk.close()
        self._bulk = None
        self._live = None
        del self._ox  # both databases closed before the swap
        try:
            with layout.commit_lock(self.path, exclusive=True, wait=self.wait):
                self._swap_in(self._staging)
        except OSError as exc:
            raise StoreWriteError(f"could not put the loaded database in place: {exc}", batch_lost=True) from None
        finally:
            self._ox = self._open(ox.Store)

    def replace_database(self, fill: Callable[[Path], object]) -> None:
        """Put a complete database, written into a new folder by `fill(folder)`, in place of
        the live one with one rename (restore): readers see the old store or the new, whole."""
        assert self.path is not None
        with self._guard:
            self._writable()
            staging = self.path / f"oxigraph-{uuid.uuid4().hex[:12]}"
            try:
                fill(staging)
            except OSError as exc:
                shutil.rmtree(staging, ignore_errors=True)
                raise StoreWriteError(f"could not copy the database into {staging}: {exc}") from None
            del self._ox
            try:
                with layout.commit_lock(self.path, exclusive=True, wait=self.wait):
                    self._swap_in(staging)
            finally:
                self._ox = self._open(ox.Store)

    def _swap_in(self, staging: Path) -> None:
        """Point `oxigraph` at `staging` with one atomic rename, then remove the old database."""
        assert self.path is not None
        link = self._db
        if link.exists() and not link.is_symlink():  # the store's first database: move it aside
            link.rename(self.path / f"oxigraph-{uuid.uuid4().hex[:12]}")
        temporary = self.path / ".oxigraph-link"
        temporary.unlink(missing_ok=True)
        temporary.symlink_to(staging.name)
        os.replace(temporary, link)
        self._remove_unfinished()

    def _remove_unfinished(self) -> None:
        """Databases no link points at: left by a killed loading() session or a swap."""
        assert self.path is not None
        current = os.readlink(self._db) if self._db.is_symlink() else None
        for folder in self.path.glob("oxigraph-*"):
            if folder.name != current:
                shutil.rmtree(folder, ignore_errors=True)

    def is_empty(self) -> bool:
        return next(iter(self._view.quads_for_pattern(None, None, None, None)), None) is None

    def _writable(self) -> ox.Store:
        """The database to write (the writer lock taken at the first write)."""
        if not self._writer:
            self._open_writer()
        if self._session == "pending":
            self._session = "open"
            if self.is_empty():
                self._start_staging()
        return self._ox

    @contextmanager
    def _commit(self) -> Iterator[ox.Store]:
        """One write to the live database: readers wait for it, then see it whole."""
        with self._guard:
            store = self._writable()
            if self.path is None or self._bulk is not None:
                yield store
                return
            with layout.commit_lock(self.path, exclusive=True, wait=self.wait):
                yield store

    # -- lifecycle ---------------------------------------------------------------------------
    def _release(self) -> None:
        layout.release(self._lock)
        self._lock = None

    def close(self, *, after_error: bool = False) -> None:
        """Flush and let go; `after_error`: the caller is already reporting a failure, which a
        failing flush (the same full disk) must not hide."""
        with self._guard:
            if self._bulk is not None:
                self._drop_staging()
            if hasattr(self, "_ox"):
                if self._writer and self.path is not None:
                    try:
                        self._ox.flush()
                    except OSError as exc:
                        if not after_error:
                            raise StoreWriteError(f"store {self.path}: could not flush: {exc}") from None
                    finally:
                        del self._ox
                else:
                    del self._ox
            self._snapshot = None
            self._release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close(after_error=exc[0] is not None)

    # -- writing -----------------------------------------------------------------------------
    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        """Swap a named graph's content for `graph` in one transaction."""
        if any(isinstance(term, BNode) for triple in graph for term in triple):
            # stable labels first (same input, same quads), then IRIs the union can hold
            graph = to_canonical_graph(graph).skolemize(authority=SKOLEM_AUTHORITY, basepath=SKOLEM_PATH)
        self.replace_ntriples(graph_iri, graph.serialize(format="nt", encoding="utf-8"))

    def replace_ntriples(self, graph_iri: URIRef | str, data: bytes) -> int:
        """Swap a named graph's content for the N-Triples `data`; return its size in triples.

        One transaction writes the graph and brings the union (default graph) up to date: an
        atomic `extend` for a new graph, one SPARQL Update for a changed one. The same content
        again writes nothing. A failure of the store itself (disk full) is a StoreWriteError.
        """
        name = ox.NamedNode(str(graph_iri))
        with self._guard:
            self._writable()
            if self._bulk is not None and name.value not in self._bulk.graphs and b"_:" not in data:
                _test_pause("commit")  # a new graph in a fresh database: the bulk loader parses it
                self._bulk.add(name, data)
                _test_pause("committed")
                return data.count(b" .\n")
        try:
            triples = {q.triple for q in ox.parse(data, ox.RdfFormat.N_TRIPLES)}  # parse() yields quads
        except SyntaxError as exc:
            raise StoreError(f"store refused graph {graph_iri}: {exc}") from None
        if any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples):
            raise StoreError(f"store refused graph {graph_iri}: blank nodes must be skolemised first")
        with self._commit() as store:
            _test_pause("commit")
            if self._bulk is not None:
                self._bulk.finish()  # written before in this load: replace it as usual
            try:
                existing = {q.triple for q in store.quads_for_pattern(None, None, None, name)}
                if existing == triples:
                    return len(triples)
                gained = [t for t in triples - existing if not _in_union(store, t)]
                if not existing:
                    store.extend([ox.Quad(t.subject, t.predicate, t.object, name) for t in triples]
                                 + [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in gained])
                else:
                    lost = [t for t in existing - triples if not _elsewhere(store, t, name)]
                    store.update(" ;\n".join(filter(None, (
                        f"DROP SILENT GRAPH {name}",
                        f"INSERT DATA {{ GRAPH {name} {{ {_nt(triples)} }} }}",
                        f"INSERT DATA {{ {_nt(gained)} }}" if gained else "",
                        f"DELETE DATA {{ {_nt(lost)} }}" if lost else "",
                    ))))
            except OSError as exc:
                raise StoreWriteError(f"store failed writing graph {graph_iri}: {exc}") from None
            except SyntaxError as exc:
                raise StoreError(f"store refused graph {graph_iri}: {exc}") from None
        _test_pause("committed")
        return len(triples)

    def remove_graph(self, graph_iri: URIRef) -> int:
        """Drop a named graph and the union triples no other graph holds, in one transaction;
        return how many triples the graph held."""
        name = ox.NamedNode(str(graph_iri))
        with self._commit() as store:
            held = [q.triple for q in store.quads_for_pattern(None, None, None, name)]
            lost = [t for t in held if not _elsewhere(store, t, name)]
            try:
                store.update(f"DROP SILENT GRAPH {name}" + (f" ;\nDELETE DATA {{ {_nt(lost)} }}" if lost else ""))
            except OSError as exc:
                raise StoreWriteError(f"store failed removing graph {graph_iri}: {exc}") from None
        return len(held)

    def clear(self) -> None:
        with self._commit() as store:
            store.clear()

    def optimize(self) -> None:
        """Compact the database (Oxigraph's own optimisation), holding the writer lock."""
        with self._commit() as store:
            try:
                store.optimize()
            except OSError as exc:
                raise StoreWriteError(f"store {self.path}: optimisation failed: {exc}") from None

    def backup(self, target: Path) -> None:
        """Oxigraph's consistent backup (hard links where it can) of the database into `target`."""
        with self._commit() as store:
            try:
                store.backup(str(target))
            except OSError as exc:
                raise StoreWriteError(f"backup into {target} failed: {exc}") from None

    # -- reading -----------------------------------------------------------------------------
    def graphs(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._view.named_graphs() if isinstance(g, ox.NamedNode))

    def __len__(self) -> int:
        """Quads in the named graphs (the union in the default graph is derived, not counted)."""
        view = self._view
        return len(view) - sum(1 for _ in view.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def graph_size(self, graph_iri: URIRef) -> int:
        return sum(1 for _ in self._view.quads_for_pattern(None, None, None, ox.NamedNode(str(graph_iri))))

    def select(self, query: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a read query over the set union of all named graphs (the default graph)."""
        try:
            try:
                return self._view.query(query)
            except OSError:
                if self._snapshot is None:
                    raise
                return self._snapshot.renew().query(query)  # the writer compacted files away: look again
        except SyntaxError as exc:
            raise syntax_error(query, exc) from None

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the named graphs (the derived union is left out)."""
        return (q for q in self._view if not isinstance(q.graph_name, ox.DefaultGraph))

    def dump(self, output: IO[bytes], format: ox.RdfFormat, graph: URIRef | None = None) -> None:
        """Serialise one named graph, or all of them (never the derived union)."""
        if graph is None:
            ox.serialize(self.quads(), output, format)
        else:
            self._view.dump(output, format, from_graph=ox.NamedNode(str(graph)))

    @property
    def oxigraph(self) -> ox.Store:
        return self._view

    @property
    def _view(self) -> ox.Store:
        """The database as readers must see it: the newest commit of the store for a reader,
        graphs queued for the bulk loader included for a writer."""
        snapshot = self._snapshot
        if snapshot is not None:
            return snapshot.current()
        with self._guard:
            if self._bulk is not None:
                self._bulk.finish()
            return self._ox


SKOLEM_AUTHORITY = "https://w3id.org/ccmgraph"
SKOLEM_PATH = "/.well-known/genid/"


class _BulkLoad:
    """One loading() session: new graphs queued as N-Quads (in their named graph and in the
    union) and handed to Oxigraph's bulk loader in large chunks, in a thread: a call spends
    most of its time waiting for the disk while documents keep arriving."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.graphs: set[str] = set()
        self._queued: list[bytes] = []
        self._queued_bytes = 0
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="ccmgraph-bulk-load")
        self._running: list[Future[None]] = []

    def add(self, name: ox.NamedNode, data: bytes) -> None:
        self.graphs.add(name.value)
        lines = data if data.endswith(b"\n") else data + b"\n"
        # N-Triples escapes newlines inside literals, so " .\n" ends a statement and nothing else
        self._queued += [lines, lines.replace(b" .\n", f" {name} .\n".encode())]
        self._queued_bytes += 2 * len(lines)
        if self._queued_bytes > BULK_BATCH_BYTES:
            self._hand_over(wait=False)

    def finish(self) -> None:
        """Everything queued is in the database when this returns."""
        self._hand_over(wait=True)

    def close(self) -> None:
        """Stop the thread once running loads end (their errors are finish()'s to report)."""
        for load in self._running:
            load.exception()
        self._thread.shutdown()

    def _hand_over(self, wait: bool) -> None:
        if self._queued:
            chunk = b"".join(self._queued)
            self._running.append(self._thread.submit(self.store.bulk_load, chunk, ox.RdfFormat.N_QUADS))
        self._queued, self._queued_bytes = [], 0
        while self._running and (wait or len(self._running) > 1):  # at most one chunk waits in memory
            try:
                self._running.pop(0).result()
            except (OSError, SyntaxError) as exc:
                raise StoreWriteError(f"bulk load failed: {exc}", batch_lost=True) from None


def _nt(triples: Iterable[ox.Triple]) -> str:
    return "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)


def _in_union(store: ox.Store, t: ox.Triple) -> bool:
    return next(iter(store.quads_for_pattern(t.subject, t.predicate, t.object, ox.DefaultGraph())), None) is not None


def _elsewhere(store: ox.Store, t: ox.Triple, graph: ox.NamedNode) -> bool:
    """Does a named graph other than `graph` also hold this triple (so the union keeps it)?"""
    return any(not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != graph
               for q in store.quads_for_pattern(t.subject, t.predicate, t.object, None))


def _test_pause(phase: str) -> None:
    """Test hook: CCMGRAPH_TEST_PAUSE=seconds sleeps around each commit, so that a test can
    kill a real process at a known phase. Unset in normal use."""
    delay = os.environ.get("CCMGRAPH_TEST_PAUSE")
    if delay:
        time.sleep(float(delay))
