"""A read-only view of an on-disk store that follows its commits (serve workers, readers).

Oxigraph's read-only database is a snapshot of the moment it was opened. A long-lived reader
that kept one would answer from the past forever, and two readers opened at different moments
would alternate between pasts. So each query first compares the store's generation
(store/layout.py) with the one its snapshot was opened at, and opens a fresh snapshot when a
commit came in between: every query sees every commit made before it started, and no query
sees less than one before it.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pyoxigraph as ox

from ccmgraph.errors import StoreError
from ccmgraph.store import layout, version


class Snapshot:
    """The newest committed state of the store at `path`, reopened when it changes."""

    def __init__(self, path: Path, wait: float = layout.LOCK_WAIT_SECONDS) -> None:
        self.path, self.wait = path, wait
        self._lock = threading.Lock()
        self.generation = -1
        self._store: ox.Store | None = None
        self.current()

    def current(self) -> ox.Store:
        """The snapshot to run the next query on (thread-safe)."""
        with self._lock:
            if self._store is None or layout.generation(self.path) != self.generation:
                self._store = self._open()
            return self._store

    def renew(self) -> ox.Store:
        """A fresh snapshot even if no commit came in (after a read failed on a database
        file the writer has since compacted away)."""
        with self._lock:
            self._store = self._open()
            return self._store

    def _open(self) -> ox.Store:
        database = layout.database(self.path)
        for attempt in range(3):
            with layout.commit_lock(self.path, exclusive=False, wait=self.wait):
                version.check(self.path, database)
                generation = layout.generation(self.path)
                if not (database / "CURRENT").exists():
                    self.generation = generation
                    return ox.Store()  # nothing written yet: an empty store answers every query
                try:
                    store = ox.Store.read_only(str(database))
                    self.generation = generation
                    return store
                except RuntimeError:
                    # a writer killed right after creating the database, before Oxigraph wrote
                    # its own version: nothing was committed, so the store is empty
                    self.generation = generation
                    return ox.Store()
                except OSError as exc:  # a background compaction of the writer renamed files
                    failure = exc
            time.sleep(0.05 * (attempt + 1))
        raise StoreError(f"cannot open store {self.path} for reading: {failure}")
