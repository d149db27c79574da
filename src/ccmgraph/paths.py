"""The one place that finds ontology/, shapes/, queries/ and ingest/.

In a wheel they travel inside the package (ccmgraph/data/...); in a source checkout they
are the top-level folders. CCMGRAPH_DATA overrides both (a folder holding them).
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_root() -> Path:
    override = os.environ.get("CCMGRAPH_DATA")
    if override:
        return Path(override)
    packaged = _PACKAGE / "data"
    if (packaged / "ontology").is_dir():
        return packaged
    return _PACKAGE.parent.parent  # src/ccmgraph -> repository root


def ontology_dir() -> Path:
    return data_root() / "ontology"


def shapes_dir() -> Path:
    return data_root() / "shapes"


def queries_dir() -> Path:
    return data_root() / "queries"


def ingest_dir() -> Path:
    return data_root() / "ingest"


def default_store() -> Path:
    """--store, else CCMGRAPH_STORE, else ./ccmgraph-store (the caller passes --store)."""
    return Path(os.environ.get("CCMGRAPH_STORE", "ccmgraph-store"))


def vocabulary_dir() -> Path:
    """The vocabulary of CCMGRAPH_DATA when it holds one, else the bundled one: a data folder
    that only overrides tables still speaks the field's words."""
    chosen = data_root() / "vocabulary"
    if chosen.is_dir():
        return chosen
    packaged = _PACKAGE / "data" / "vocabulary"
    return packaged if packaged.is_dir() else _PACKAGE.parent.parent / "vocabulary"
