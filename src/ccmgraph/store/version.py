"""The store's format marker: which layout of graphs and which Oxigraph series wrote it.

Oxigraph upgrades an older database in place when a newer release opens it, and the older
release can then no longer read it. So no database is opened before its marker was read and
agrees with the running Oxigraph series; a store of another series is refused with the way
out (`ccmgraph upgrade`, which backs it up first, or the matching pyoxigraph release).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyoxigraph as ox

from ccmgraph.errors import StoreError

FORMAT = 1  # one named graph per document, the set union in the default graph, skolem IRIs
MARKER = "format.json"


def series(version: str) -> str:
    """The part of a version that keeps the database format: "0.5" of 0.5.13, "1" of 1.2.0."""
    parts = version.split(".")
    return ".".join(parts[:2]) if parts[0] == "0" else parts[0]


RUNNING = series(ox.__version__)


def read_marker(store: Path) -> dict[str, object] | None:
    try:
        data = json.loads((store / MARKER).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise StoreError(f"store {store}: unreadable {MARKER} ({exc})") from None
    return data if isinstance(data, dict) else {}


def write_marker(store: Path) -> None:
    partial = store / (MARKER + ".partial")
    partial.write_text(json.dumps({"format": FORMAT, "oxigraph": RUNNING}) + "\n", encoding="utf-8")
    os.replace(partial, store / MARKER)


def mismatch(store: Path) -> str | None:
    """Why this package must not open the database of `store`, or None when it may."""
    marker = read_marker(store)
    if marker is None:
        return (f"store {store} has no {MARKER}: it was written by an older ccmgraph or by another tool, "
                f"and opening it with pyoxigraph {RUNNING} could upgrade it for good")
    if marker.get("format") != FORMAT or marker.get("oxigraph") != RUNNING:
        return (f"store {store} is format {marker.get('format')} written by pyoxigraph {marker.get('oxigraph')}, "
                f"and this ccmgraph reads format {FORMAT} with pyoxigraph {RUNNING}")
    return None


def check(store: Path, database: Path) -> None:
    """Refuse a database this package must not open; mark a store that has none yet."""
    if not (database / "CURRENT").exists():
        if read_marker(store) is None:
            write_marker(store)  # before the database exists: a new store is always marked
        return
    reason = mismatch(store)
    if reason:
        raise StoreError(f"{reason}; run `ccmgraph --store {store} upgrade` (it backs the store up first)")
