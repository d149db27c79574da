"""Registry of ingesters by document kind, with auto-detection.

Adding a kind = one new module + one line in `_REGISTERED`; another package adds one with an
entry point in the `ccmgraph.ingesters` group (`name = "package.module:ClassName"`). Detection
asks first whether the text is of this field at all (ingesters/field.py), then lets the best
sniff pick the kind.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from functools import cache
from importlib.metadata import entry_points

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError, UsageError
from ccmgraph.ingesters.base import Ingester
from ccmgraph.ingesters.field import refusal
from ccmgraph.records import Record

_REGISTERED: list[tuple[str, str]] = [
    # (module, class name)
    ("ccmgraph.ingesters.minutes.ingester", "MinutesIngester"),
    ("ccmgraph.ingesters.news.ingester", "NewsIngester"),
    ("ccmgraph.ingesters.meeting_page.ingester", "MeetingPageIngester"),
    ("ccmgraph.ingesters.treaty_status.ingester", "TreatyStatusIngester"),
    ("ccmgraph.ingesters.overdue.ingester", "OverdueIngester"),
    ("ccmgraph.ingesters.composition.ingester", "CompositionIngester"),
    ("ccmgraph.ingesters.action_plan.ingester", "ActionPlanIngester"),
]
#: Readers run on every accepted document after its own kind's reader, adding what that reader
#: did not give (a Standing Committee's posts on a page read as a meeting page).
_EVERY_KIND: list[tuple[str, str]] = [
    # (module, function(doc, kind, records) -> records to add)
    ("ccmgraph.ingesters.composition.anywhere", "standing_posts"),
    ("ccmgraph.ingesters.treaty_status.anywhere", "treaty_events_anywhere"),
    ("ccmgraph.ingesters.news.anywhere", "sentence_posts"),
    ("ccmgraph.ingesters.overdue.prose", "prose_overdue"),
]
SNIFF_THRESHOLD = 0.3
ENTRY_POINT_GROUP = "ccmgraph.ingesters"


@cache
def ingester_classes() -> tuple[type[Ingester], ...]:
    """The registered ingester classes, then those other packages declare as entry points
    (looked up once per process: detection runs for every document)."""
    found: list[type[Ingester]] = []
    for module_name, class_name in _REGISTERED:
        found.append(getattr(importlib.import_module(module_name), class_name))
    for point in entry_points(group=ENTRY_POINT_GROUP):
        found.append(point.load())
    return tuple(found)


def every_kind(doc: Document, kind: str, records: Sequence[Record]) -> list[Record]:
    """What the readers of _EVERY_KIND add to the records `kind`'s own reader gave."""
    added: list[Record] = []
    for module_name, function in _EVERY_KIND:
        added.extend(getattr(importlib.import_module(module_name), function)(doc, kind, [*records, *added]))
    return added


def all_ingesters() -> list[Ingester]:
    """One fresh instance of every ingester."""
    return [cls() for cls in ingester_classes()]


def kinds() -> list[str]:
    return sorted(k for ing in all_ingesters() for k in ing.kinds)


def get(kind: str) -> Ingester:
    """The ingester for an explicit --kind."""
    for ing in all_ingesters():
        if kind in ing.kinds:
            return ing
    raise UsageError(f"unknown document kind {kind!r}; known kinds: {', '.join(kinds())}")


def choose(doc: Document, kind: str | None = None) -> tuple[str, Ingester]:
    """The ingester for `doc`: the one `kind` names, else the detected one; a text of another
    field is refused either way (ExtractionError, one line)."""
    reason = refusal(doc)
    if reason is not None:
        raise ExtractionError(reason)
    if kind:
        return kind, get(kind)
    return _best(doc)


def detect(doc: Document) -> tuple[str, Ingester]:
    """Pick the ingester whose sniff scores highest; refuse texts of other fields and
    documents nobody recognises."""
    reason = refusal(doc)
    if reason is not None:
        raise ExtractionError(reason)
    return _best(doc)


def _best(doc: Document) -> tuple[str, Ingester]:
    """The kind whose sniff scores highest, for a text already known to be of this field."""
    scored = sorted(((ing.sniff(doc), ing) for ing in all_ingesters()), key=lambda p: -p[0])
    score, best = scored[0]
    if score < SNIFF_THRESHOLD:
        raise ExtractionError(
            f"{doc.name}: not recognised as any known kind ({', '.join(kinds())}); use --kind"
        )
    return best.kinds[0], best
