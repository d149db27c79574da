"""Ingester for presidency news and statement pages (kind "presidency-news").

A page is a run of items, each a short title, maybe a dateline, and body paragraphs
(news_items). The page is read whole before anything is yielded, because a meeting named
in one item ("7MSP") may be dated in another and facts refer to meetings by key. Then, item
by item: the NewsItem, the meetings it reports, presidencies, coordinator mandates,
statements, votes, fulfilled obligations, publications, and the entities it names.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import ClassVar

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.records import Mandate, NewsItem, PartialDate, Quote, Record, Warning_
from ccmgraph.ingesters.news.coordinators import CoordinatorReader
from ccmgraph.ingesters.news.events import Event, EventIndex
from ccmgraph.ingesters.news.facts import FactReader, Pending, page_presidency
from ccmgraph.ingesters.news.items import Item, split_items
from ccmgraph.ingesters.news.mentions import mentions
from ccmgraph.ingesters.news.text import Recogniser, default_recogniser

_MINUTES_MARKS = re.compile(
    r"^\s*(?:minutes\b|\d+\.\s*present\b|present\s*:|apologies\s+(?:not\s+)?received|approval\s+of\s+the\s+minutes"
    r"|any\s+other\s+business|date\s+of\s+(?:the\s+)?next\s+meeting)",
    re.IGNORECASE | re.MULTILINE,
)
_NEWS_MARKS = re.compile(
    r"\bpresidency\b|\bis\s+pleased\s+to\b|\bsave\s+the\s+date\b|\blaunched\b|\bstatement\b|\bnews\b",
    re.IGNORECASE,
)


class NewsIngester:
    """Reads presidency news pages into news items and the facts they report."""

    kinds: ClassVar[tuple[str, ...]] = ("presidency-news",)

    def __init__(self, recognise: Recogniser = default_recogniser) -> None:
        self.recognise = recognise

    def sniff(self, doc: Document) -> float:
        """High for pages of titled prose items; low for minutes (attendance, agenda, approval)."""
        items = split_items(doc.lines)
        body_items = [i for i in items if sum(len(p.text) for p in i.paragraphs) >= 150]
        if not body_items:
            return 0.0
        score = min(len(body_items), 4) * 0.15 + min(len(_NEWS_MARKS.findall(doc.text)), 6) * 0.05
        score -= 0.25 * len(_MINUTES_MARKS.findall(doc.text))
        return max(0.0, min(1.0, score))

    def extract(self, doc: Document, *, meeting_date: PartialDate | None = None) -> Iterator[Record]:
        """Yield the records of every item; `meeting_date` is not used (news items carry their own)."""
        items = split_items(doc.lines)
        if not items:
            raise ExtractionError(f"{doc.name}: no news item found (no short title line followed by body text)")
        index = EventIndex(items, self.recognise)
        facts = FactReader(index, self.recognise, page_presidency(items, self.recognise))
        pending = {item.index: facts.read(item) for item in items}
        index.assign_keys()
        coordinators = CoordinatorReader(self.recognise)
        for item in items:
            yield _news_item(item)
            for event in sorted((e for e in index.events if e.reported_in == item.index), key=lambda e: e.key or ""):
                yield from _event_records(event, doc.name)
            yield from coordinators.read(item)
            for fact in pending[item.index]:
                yield _keyed(fact)
            yield from mentions(item, self.recognise)


def _news_item(item: Item) -> NewsItem:
    date = item.dateline.date if item.dateline else None
    return NewsItem(item.key, item.title, Quote(item.text(), item.line), date)


def _event_records(event: Event, name: str) -> Iterator[Record]:
    yield event.record()
    if event.date is not None and event.date.year is None:
        yield Warning_(f"{name}: the date of {event.title!r} ({event.date.iso()}) has no year in the document; "
                       "kept without one", event.quote)
    if event.presidency is not None and event.short_name:
        quote = event.quotes[0] if event.quotes else event.quote
        yield Mandate(event.presidency, "president-designate" if event.designate else "president", quote, event.convention or "ccm", for_meeting=event.short_name,
                      context=f"news-{event.reported_in}")


def _keyed(fact: Pending) -> Record:
    """The fact with its meeting reference turned into the meeting's key."""
    key = fact.event.key if fact.event else None
    if key is None:
        return fact.record
    field = "launched_at" if hasattr(fact.record, "launched_at") else "at_meeting"
    if not hasattr(fact.record, field):
        return fact.record
    return dataclasses.replace(fact.record, **{field: key})  # type: ignore[arg-type]
