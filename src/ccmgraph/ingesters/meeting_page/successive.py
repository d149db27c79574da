"""Meetings a sentence lists one after another after the numbered one of their kind.

A history of a convention's meetings names the first by number, then the rest by a plural and
their places and days: "la première Assemblée des États parties ... a eu lieu à Maputo ...; le
Secrétaire général a convoqué annuellement les assemblées ultérieures ...; ces assemblées ont eu
lieu successivement à Genève (Suisse) du 11 au 15 septembre 2000, à Managua (Nicaragua) du 18
au 21 septembre 2001, ...". "Successively" and "subsequent" number them: the N listed after
meeting n are n+1 ... n+N, in the order written. That is read only where the sentence says both
(meeting_page.yml `successive_lead`, `successive_after`), the plural is of the numbered
meeting's kind (`successive_nouns`) named before it in its paragraph, every item is a place and its days with their year, and the
days run forward from one item to the next (and after the numbered meeting's, where dated): a
list out of order, or with an item that is no place and days, numbers nothing.
"""

from __future__ import annotations

import re

from ccmgraph.ingesters.flat.cities import english_city
from ccmgraph.ingesters.meeting_page.data import rx, table
from ccmgraph.ingesters.meeting_page.own import _first_dates, _is_city
from ccmgraph.ingesters.news.events import Event, EventIndex
from ccmgraph.ingesters.news.items import Item
from ccmgraph.ingesters.news.text import sentences
from ccmgraph.records import PartialDate, Quote

Listed = tuple[PartialDate, PartialDate | None, str | None]


def successive_lists(index: EventIndex, item: Item) -> None:
    """Add (or date) each meeting a successive list of the item numbers after the numbered one before it."""
    for p_index, para in enumerate(item.paragraphs):
        for sentence in sentences(para):
            for lead in rx("successive_lead").finditer(para.text, sentence.start, sentence.end):
                if not rx("successive_after").search(para.text, sentence.start, lead.start()):
                    continue
                kinds = table()["successive_nouns"].get(lead["noun"].lower(), [])
                anchor = _anchor(index, item.index, p_index, lead.start(), kinds)
                items = _items(para.text[lead.end() : sentence.end])
                if anchor is None or anchor.number is None or not items or not _forward(anchor, items):
                    continue
                for step, (start, end, city) in enumerate(items, start=1):
                    _place(index, anchor, anchor.number + step, (item.index, p_index, lead.start()),
                           sentence.quote(), start, end, city)


def _anchor(index: EventIndex, item: int, paragraph: int, before: int, kinds: list[str]) -> Event | None:
    """The last numbered meeting of those kinds its paragraph names before the list: one named
    further up the page (a caption's "7e Conférence des États parties") is not what the list follows."""
    found = [n for n in index.namings if n.item == item and n.event.kind in kinds and n.event.number
             and n.paragraph == paragraph and n.phrase.start < before]
    return found[-1].event if found else None


def _items(rest: str) -> list[Listed]:
    """Each place and its days, up to the sentence's end; nothing if anything else stands there."""
    found: list[Listed] = []
    at = 0
    while at < len(rest):
        m = rx("successive_item").match(rest, at)
        if m is None:
            break
        span = _first_dates(rest[m.end() :])
        if span is None or span.start != 0 or span.date.year is None or span.date.day is None:
            return []
        found.append((span.date, span.end_date, m["city"] if _is_city(m["city"]) else None))
        at = m.end() + span.end
    return found if len(found) >= 2 and re.fullmatch(r"\s*[.;]?\s*", rest[at:]) else []


def _forward(anchor: Event, items: list[Listed]) -> bool:
    """Whether the days run forward, item by item, from the numbered meeting's."""
    starts = [start for start, _, _ in items]
    if anchor.date is not None and anchor.date.complete:
        starts = [anchor.date, *starts]
    return all(a.complete and b.complete and a.to_date() < b.to_date() for a, b in zip(starts, starts[1:]))


def _place(index: EventIndex, anchor: Event, number: int, position: tuple[int, int, int], quote: Quote,
           start: PartialDate, end: PartialDate | None, city: str | None) -> None:
    """The meeting numbered `number` of the anchor's kind and convention, dated and placed; the
    page's own naming of it, if any, keeps what it gives and takes only what it lacks."""
    if anchor.short_name is None:
        return
    short = re.sub(r"^\d+", str(number), anchor.short_name)
    event = next((e for e in index.events if (e.kind, e.convention, e.number) == (anchor.kind, anchor.convention, number)),
                 None)
    if event is None:
        event = Event(anchor.kind, short, quote, position[0], position, short, anchor.convention, number=number)
        index.events.append(event)
    if event.date is None:
        event.date, event.end_date = start, end
        event.city = event.city or (english_city(city) if city else None)
    event.report(position[0])
