"""Written theme labels ("Universalization", "Clearance and Risk Reduction") to theme concepts.

The canonical concepts and their alternative labels live in ingest/reference/themes.csv;
a label the table does not know returns None and the caller mints a local concept.
"""

from __future__ import annotations

import csv
from functools import cache

from rdflib import URIRef

from ccmgraph import iris
from ccmgraph.paths import ingest_dir


def _norm(label: str) -> str:
    return iris.slug(label.replace("isation", "ization").replace("-", " "))


@cache
def _index() -> dict[tuple[str, str], URIRef]:
    path = ingest_dir() / "reference" / "themes.csv"
    index: dict[tuple[str, str], URIRef] = {}
    if not path.exists():
        return index
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            convention = row.get("convention", "")
            iri = URIRef(row["iri"]) if row.get("iri") else iris.theme(convention, row.get("key") or row["label"])
            labels = [row.get("label", ""), row.get("key", "")]
            labels += (row.get("alt_labels") or "").split(";")
            for label in labels:
                if label.strip():
                    index[(convention, _norm(label))] = iri
    return index


def resolve_theme(convention: str, label: str) -> URIRef | None:
    return _index().get((convention, _norm(label)))


@cache
def canonical_labels() -> dict[URIRef, str]:
    """The preferred label of each canonical theme concept, so that a document's graph can
    name the concept it points to even in a store that holds no reference tables."""
    path = ingest_dir() / "reference" / "themes.csv"
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as handle:
        return {URIRef(row["iri"]) if row.get("iri") else iris.theme(row.get("convention", ""), row.get("key") or row["label"]):
                row["label"] for row in csv.DictReader(handle) if row.get("label")}
