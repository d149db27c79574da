"""The files of a store folder beside the Oxigraph database, and the two locks.

- `oxigraph`: the database (a folder, or a symbolic link to one after a bulk load or restore).
- `.ccmgraph.lock`: the writer's lock, exclusive, held from a writer's first write until it
  closes; only writers take it, so readers never wait for a writing session.
- `.ccmgraph.commit.lock`: held exclusively around each commit, shared while a reader opens a
  snapshot. Oxigraph must not open read-only during a write; with this lock a reader waits at
  most one commit and a writer at most one opening.
- `.ccmgraph.generation`: a number the writer raises after each commit, under the commit lock.
  A reader that sees it change opens a fresh snapshot; read under the same lock, it names
  exactly the commits a snapshot holds, so two snapshots of one generation never differ.
- `format.json`: which ccmgraph store format and which Oxigraph series wrote the database
  (store/version.py).
The kernel drops an flock when its process dies: a killed process never leaves a lock behind.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ccmgraph.errors import StoreBusyError, StoreError

LOCK_WAIT_SECONDS = float(os.environ.get("CCMGRAPH_LOCK_WAIT", "30"))


def database(store: Path) -> Path:
    return store / "oxigraph"


def started(store: Path) -> bool:
    """Has a ccmgraph store been begun here (a database, or a writer that has marked the folder
    and not yet written its first commit)?"""
    return database(store).exists() or (store / "format.json").exists()


def generation(store: Path) -> int:
    """The number of the last commit (0 for a store never written by this version)."""
    try:
        return int((store / ".ccmgraph.generation").read_text() or 0)
    except (FileNotFoundError, ValueError):
        return 0


def bump_generation(store: Path) -> None:
    """Raise the generation; call under the commit lock, after the commit."""
    target = store / ".ccmgraph.generation"
    partial = store / ".ccmgraph.generation.partial"
    partial.write_text(str(generation(store) + 1))
    os.replace(partial, target)


def acquire(lock_path: Path, kind: int, wait: float) -> IO[str]:
    """Take an flock (shared or exclusive), waiting up to `wait` seconds, else a StoreError."""
    try:
        handle = lock_path.open("a+")
    except OSError as exc:
        raise StoreError(f"cannot open {lock_path}: {exc.strerror}") from None
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(handle, kind | fcntl.LOCK_NB)
            return handle
        except BlockingIOError:
            if time.monotonic() >= deadline:
                handle.close()
                raise StoreBusyError(
                    f"store {lock_path.parent} is in use by another ccmgraph process "
                    f"(waited {wait:.0f} s); try again when it has finished"
                ) from None
            time.sleep(0.01)


def release(handle: IO[str] | None) -> None:
    if handle is not None:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def writer_lock(store: Path, wait: float) -> IO[str]:
    return acquire(store / ".ccmgraph.lock", fcntl.LOCK_EX, wait)


@contextmanager
def commit_lock(store: Path, exclusive: bool, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Exclusive around a commit (then the generation is raised), shared around an opening."""
    handle = acquire(store / ".ccmgraph.commit.lock", fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH, wait)
    try:
        yield
        if exclusive:
            bump_generation(store)
    finally:
        release(handle)
