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


#: Columns of themes.csv holding a theme's names in other languages, by language tag.
FOREIGN_LABELS = {"fr": "labels_fr", "es": "labels_es"}


def article_names(number: str) -> list[str]:
    """How pages name a theme by its article ("Article 3", "implementation of Article 3")."""
    return [f"Article {number}", f"Article {number} implementation", f"implementation of Article {number}"] if number else []


def theme_names(row: dict[str, str]) -> list[tuple[str, str | None]]:
    """Every name a themes.csv row gives its theme, with its language tag (None: English or
    no language): label, key, alternative labels, labels in other languages, article forms."""
    names: list[tuple[str, str | None]] = [(row.get("label") or "", "en"), ((row.get("key") or "").replace("-", " "), None)]
    names += [(alt, "en") for alt in (row.get("alt_labels") or "").split(";")]
    for lang, column in FOREIGN_LABELS.items():
        names += [(name, lang) for name in (row.get(column) or "").split(";")]
    names += [(name, None) for name in article_names((row.get("article") or "").strip())]
    return [(name.strip(), lang) for name, lang in names if name.strip()]


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
            for label, _lang in theme_names(row):
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
