"""The ingester seam: one module per document kind, yielding records, never triples.

An ingester declares the kinds it reads, scores how much a document looks like its kind
(`sniff`, 0..1, for auto-detection) and yields typed records. It never mints IRIs or
touches the store: the pipeline resolves, maps, validates and commits.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Protocol

from ccmgraph.document.read import Document
from ccmgraph.records import PartialDate, Record


class Ingester(Protocol):
    """What every ingester module provides (as a class registered in ingesters/__init__)."""

    kinds: ClassVar[tuple[str, ...]]

    def sniff(self, doc: Document) -> float:
        """How strongly the document looks like one of `kinds` (0 = not at all, 1 = certainly)."""
        ...

    def extract(self, doc: Document, *, meeting_date: PartialDate | None = None) -> Iterator[Record]:
        """Yield the records the document holds; raise ExtractionError when its key parts are missing.

        `meeting_date` lets a user supply the date of minutes whose text lacks one.
        """
        ...
