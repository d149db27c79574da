"""Meetings a news page reports: when, where, who presided; merged across the page.

A meeting named by short name ("7MSP") is one meeting wherever the page names it; a
generic one ("the seminar", "a side event") is one meeting within its item. A meeting is
reported (and gets a key such as "event-6-1") when the page gives it a date, a place or a
president, or when a fact happened at it (a vote, a statement, a launch).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ccmgraph.records import ActorRef, Meeting, PartialDate, Quote
from ccmgraph.ingesters.news.items import Item
from ccmgraph.ingesters.news.meetings import Phrase, find_phrases
from ccmgraph.ingesters.news.text import Recogniser, Sentence, people, sentences
from ccmgraph.text.dates import find_date_spans

_CITY = re.compile(r"\bin\s+(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_NOT_PLACE = frozenset(
    "The Room Article Action Plan Assistance Convention Meeting Meetings Committee Conference Government "
    "Presidency Programme States Parties Victim Cooperation Geneva's".split()
)
_VENUE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?P<venue>(?:Conference\s+)?Room\s+[A-Z0-9]+(?:\s+of\s+the\s+(?:[A-Z][\w'-]*|des|de|du)"
    r"(?:\s+(?:[A-Z][\w'-]*|des|de|du))*)?|(?:Palais|Hotel|Hôtel|Centre|Center)(?:\s+(?:[A-Z][\w'-]*|des|de|du))+"
    r"|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+(?:Hotel|Centre|Center|Hall|Building|Palace))"
)
_PLANNED = re.compile(r"\bwill\s+(?:take\s+place|be\s+held|host|convene)|\bto\s+be\s+held\b|[Ss]ave\s+the\s+date"
                      r"|\bis\s+scheduled\b")
_PRESIDED = re.compile(r"\bpresided\s+(?:over\s+)?by\s+")
_PARENT = re.compile(r"^\s*(?:of|during|at|on\s+the\s+margins?\s+of|in\s+the\s+margins?\s+of)\s+(?:the\s+)?$")


@dataclass
class Event:
    """A meeting as the page reports it, built up from every sentence that names it."""

    kind: str
    title: str
    quote: Quote
    item: int
    position: tuple[int, int, int]  # item, paragraph, offset of the first naming
    short_name: str | None = None
    convention: str | None = None
    date: PartialDate | None = None
    end_date: PartialDate | None = None
    venue: str | None = None
    city: str | None = None
    chair: ActorRef | None = None
    presidency: ActorRef | None = None
    designate: bool = False
    planned: bool = False
    parent: Event | None = None
    reported_in: int | None = None  # the item that reports it (its key's first number)
    key: str | None = None
    quotes: list[Quote] = field(default_factory=list)

    def report(self, item: int) -> None:
        """Mark the meeting as reported, by the first item that gives a fact about it."""
        if self.reported_in is None or item < self.reported_in:
            self.reported_in = item

    def record(self) -> Meeting:
        assert self.key is not None
        return Meeting(
            key=self.key, kind=self.kind, quote=self.quote, date=self.date, end_date=self.end_date,  # type: ignore[arg-type]
            title=self.title, short_name=self.short_name, convention=self.convention, venue=self.venue,
            city=self.city, chair=self.chair, presidency=self.presidency, planned=self.planned,
        )


@dataclass
class Mention_:
    """One naming of an event in a sentence (the sentence, its phrase, and the event)."""

    sentence: Sentence
    phrase: Phrase
    event: Event
    item: int
    paragraph: int


class EventIndex:
    """Every meeting on a page and every sentence that names one."""

    def __init__(self, items: list[Item], recognise: Recogniser) -> None:
        self.recognise = recognise
        self.events: list[Event] = []
        self.namings: list[Mention_] = []
        self._by_name: dict[tuple[str, str, str | None], Event] = {}
        self._local: dict[tuple[str, str, str | None], Event] = {}
        for item in items:
            self._read_item(item)

    def _event(self, item: Item, phrase: Phrase, sentence: Sentence, p_index: int) -> Event:
        name = (phrase.kind, phrase.short_name or f"item-{item.index}", phrase.convention)
        table = self._by_name if phrase.short_name else self._local
        if name not in table:
            table[name] = Event(phrase.kind, phrase.title, sentence.quote(), item.index,
                                (item.index, p_index, phrase.start), phrase.short_name, phrase.convention)
            self.events.append(table[name])
        event = table[name]
        if len(phrase.title) > len(event.title) and phrase.short_name != phrase.title:
            event.title = phrase.title
        return event

    def _read_item(self, item: Item) -> None:
        first: Event | None = None
        for p_index, para in enumerate(item.paragraphs):
            for sentence in sentences(para):
                phrases = find_phrases(para.text, sentence.start, sentence.end)
                named = [(ph, self._event(item, ph, sentence, p_index)) for ph in phrases]
                self.namings += [Mention_(sentence, ph, ev, item.index, p_index) for ph, ev in named]
                if named:
                    self._attributes(item, sentence, named)
                    first = first or named[0][1]
                self._presided(item, sentence, named)
        if first and item.dateline and item.dateline.place:
            self._apply_dateline(item, first)

    def _attributes(self, item: Item, sentence: Sentence, named: list[tuple[Phrase, Event]]) -> None:
        text = sentence.para.text
        nearest = _nearest_factory(named)
        for offset, stop, start, end in _dates(sentence.text):
            event = nearest(sentence.start + offset, sentence.start + stop)
            if event.date is None:
                event.date, event.end_date = start, end
                event.report(item.index)
        for m in _VENUE.finditer(text, sentence.start, sentence.end):
            event = nearest(m.start(), m.end())
            event.venue = event.venue or m["venue"].strip()
            event.report(item.index)
        for m in _CITY.finditer(text, sentence.start, sentence.end):
            city = _city(m["city"], self.recognise)
            if city and not any(city in (ev.venue or "") for _, ev in named):
                event = nearest(m.start(), m.end())
                event.city = event.city or city
                event.report(item.index)
        if _PLANNED.search(sentence.text) or re.search(r"[Ss]ave the date", item.title):
            for _, event in named:
                event.planned = event.planned or event.date is not None
        for (ph, ev), (nxt, parent) in zip(named, named[1:]):
            if ev.kind == "side-event" and _PARENT.match(text[ph.end : nxt.start]):
                ev.parent = parent
                ev.city = ev.city or parent.city
                if ev.date is None and parent.date is not None:
                    ev.date, ev.end_date = parent.date, parent.end_date
        self._president_of(item, sentence, named)

    def _president_of(self, item: Item, sentence: Sentence, named: list[tuple[Phrase, Event]]) -> None:
        """"The President of the 7MSP, Ambassador Michael Biontino of Germany" -> chair and presidency."""
        text = sentence.para.text
        for phrase, event in named:
            lead = re.search(r"President(?P<designate>[- ]designate)?\s+of\s+the\s+$", text[sentence.start : phrase.start])
            if not lead or event.kind not in ("msp", "revcon"):
                continue
            rest = re.match(r"\s*(?:\([^)]*\)\s*)?(?:(?:to|of)\s+the\s+[^,]*)?,\s*", text[phrase.end : sentence.end])
            if rest:
                self._chair(item, event, sentence, phrase.end + rest.end(), bool(lead["designate"]))

    def _presided(self, item: Item, sentence: Sentence, named: list[tuple[Phrase, Event]]) -> None:
        m = _PRESIDED.search(sentence.text)
        if not m:
            return
        candidates = [ev for _, ev in named if ev.kind in ("msp", "revcon")]
        candidates = candidates or [ev for ev in self.events if ev.item == item.index and ev.kind in ("msp", "revcon")]
        if candidates:
            self._chair(item, candidates[-1], sentence, sentence.start + m.end(), False)

    def _chair(self, item: Item, event: Event, sentence: Sentence, at: int, designate: bool) -> None:
        """Read a person at `at` and the State named right after them as chair and presidency."""
        text = sentence.para.text
        found = people(text[at : sentence.end])
        if not found or found[0][0] != 0:
            return
        person = found[0][2]
        if event.chair is None or len(person.name) > len(event.chair.name):
            event.chair = person
        after = text[at + found[0][1] : sentence.end]
        states = [ref for offset, _, ref in self.recognise(after[:80]) if ref.kind == "state"]
        if states and event.presidency is None:
            event.presidency, event.designate = states[0], designate
            event.quotes.append(sentence.quote())

    def _apply_dateline(self, item: Item, event: Event) -> None:
        dateline = item.dateline
        assert dateline is not None
        if event.city is None:
            event.city = (dateline.place or "").split(",")[0].strip() or None
        if event.date is None:
            event.date, event.end_date = dateline.date, dateline.end
        event.report(item.index)

    def at(self, sentence: Sentence) -> list[Event]:
        """The events a sentence names, in order."""
        return [n.event for n in self.namings if n.sentence == sentence]

    def assign_keys(self) -> None:
        """Key every reported event "event-<item>-<n>" in the order the reporting item names them."""
        counters: dict[int, int] = {}
        ordered = sorted((e for e in self.events if e.reported_in is not None),
                         key=lambda e: (e.reported_in or 0, self._first_in(e, e.reported_in or 0)))
        for event in ordered:
            assert event.reported_in is not None
            counters[event.reported_in] = counters.get(event.reported_in, 0) + 1
            event.key = f"event-{event.reported_in}-{counters[event.reported_in]}"

    def _first_in(self, event: Event, item: int) -> tuple[int, int]:
        for naming in self.namings:
            if naming.event is event and naming.item == item:
                return (naming.paragraph, naming.phrase.start)
        return (0, 0)


def _dates(text: str) -> list[tuple[int, int, PartialDate, PartialDate | None]]:
    try:
        return find_date_spans(text)
    except ValueError:
        return []


def _nearest_factory(named: list[tuple[Phrase, Event]]) -> Callable[[int, int], Event]:
    def nearest(start: int, end: int) -> Event:
        def distance(pair: tuple[Phrase, Event]) -> int:
            phrase = pair[0]
            return max(phrase.start - end, start - phrase.end, 0)
        return min(named, key=distance)[1]
    return nearest


def _city(candidate: str, recognise: Recogniser) -> str | None:
    words = candidate.split()
    while words and (words[-1] in _NOT_PLACE or words[-1].lower() in ("from", "on")):
        words.pop()
    if not words or words[0] in _NOT_PLACE or any(w in _NOT_PLACE for w in words):
        return None
    city = " ".join(words)
    if _dates(city) or re.search(r"January|February|March|April|May|June|July|August|September|October|"
                                 r"November|December", city):
        return None
    if recognise(city):
        return None
    return city
