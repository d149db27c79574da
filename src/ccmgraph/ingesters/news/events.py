"""Meetings a news page reports: when, where, who presided; merged across the page.

A meeting named by short name ("7MSP") is one meeting wherever the page names it; a
generic one ("the seminar", "a side event") is one meeting within its item. A meeting is
reported (and gets a key such as "event-6-1") when the page gives it a date, a place or a
president, or when a fact happened at it (a vote, a statement, a launch).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ccmgraph.ingesters.flat.cities import city_after_name, city_before_name, city_in_name, city_of_venue
from ccmgraph.ingesters.flat.meetings import clause_place_and_time
from ccmgraph.records import ActorRef, Meeting, PartialDate, Quote
from ccmgraph.ingesters.news.dating import (DateSpan, Link, article_date, closing_day, date_spans, item_date, links,
                                           nearest_year, own_date, own_dates, tense, this_week)
from ccmgraph.ingesters.news.items import Item, Paragraph
from ccmgraph.ingesters.news.meetings import CONVENTION_MEETINGS, Phrase, find_phrases
from ccmgraph.ingesters.news.text import Recogniser, Sentence, conventions, sentences

_NOT_PLACE = frozenset(
    "The Room Article Action Plan Assistance Convention Meeting Meetings Committee Conference Government "
    "Presidency Programme States Parties Victim Cooperation Geneva's Palais Nations United Office".split()
)
_PLACE_WORDS = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?P<venue>(?:Conference\s+)?Room\s+[A-Z0-9]+(?:\s+of\s+the\s+(?:[A-Z][\w'-]*|des|de|du)"
    r"(?:\s+(?:[A-Z][\w'-]*|des|de|du))*)?|(?:Palais|Hotel|Hôtel|Centre|Center)"
    r"(?:\s+(?:[A-Z][\w'-]*|des|de|du))+|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+(?:Hotel|Centre|Center|Hall|Building|Palace))"
    r"|\bin\s+(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"|(?:(?<=\s)|(?<=\())(?P<city2>[A-Z][\w'’-]+)(?=,\s*(?:[A-Z][a-z]+,?\s+)?\d)"
)
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                      "july august september october november december".split())
_NO_CONVENTION = ("ndm", "unga")  # meetings of no convention, whatever the page is about
_PLANNED = re.compile(r"\bwill\s+(?:take\s+place|be\s+held|host|convene)|\bto\s+be\s+held\b|[Ss]ave\s+the\s+date"
                      r"|\bis\s+scheduled\b")
_THIS_YEAR = re.compile(r"\)?\s*(?:of\s+)?this\s+year\b", re.IGNORECASE)
_PRESIDED = re.compile(r"\bpresided\s+(?:over\s+)?by\s+")
_PARENT = re.compile(r"^\s*(?:of|during|at|on\s+the\s+margins?\s+of|in\s+the\s+margins?\s+of)\s+(?:the\s+)?$")
_PREPARES = re.compile(r"^\s*(?:for|of|to)\s+(?:the\s+)?$")  # "the Second Preparatory Meeting for the 3RC"


@cache
def _kinds() -> dict[str, Any]:
    with open(Path(__file__).with_name("kinds.yml"), encoding="utf-8") as fh:
        return dict(yaml.safe_load(fh))


def of_the_graph(convention: str | None) -> bool:
    """Whether a meeting of `convention` is one of the graph's, not of a convention it only
    names for context (the CCW's own Review Conferences, kinds.yml `context_conventions`)."""
    return convention not in _kinds()["context_conventions"]


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
    number: int | None = None
    date: PartialDate | None = None
    end_date: PartialDate | None = None
    venue: str | None = None
    city: str | None = None
    chair: ActorRef | None = None
    presidency: ActorRef | None = None
    planned: bool = False
    yearless: bool = False  # the text dated it by a day of no year: dated, but by no date the graph holds
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
            number=self.number,
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

    def __init__(self, items: list[Item], recognise: Recogniser, convention: str | None = None,
                 lines: list[str] | None = None) -> None:
        self.recognise = recognise
        self.convention = convention  # the convention the page is about, for meetings that do not say
        self.events: list[Event] = []
        self.namings: list[Mention_] = []
        self._by_name: dict[tuple[str, str, str | None], Event] = {}
        self._local: dict[tuple[str, str, str | None], Event] = {}
        self._span_cache: dict[Paragraph, list[DateSpan]] = {}
        # a day written without its year, close to the date of the article it stands in (a page of
        # one article, whose own lines are given), is of that date's year
        self.dated = article_date(lines) if lines is not None and len(items) == 1 else None
        for item in items:
            self._read_item(item)
        self._merge_unstated()

    def _merge_unstated(self) -> None:
        """"The 7MSP" whose convention the text leaves unsaid is the one 7MSP the page names with it."""
        for event in [e for e in self.events if e.short_name and e.convention is None]:
            known = [e for e in self.events if e is not event and e.convention
                     and (e.kind, e.short_name) == (event.kind, event.short_name)]
            if len(known) != 1:
                continue
            into = known[0]
            for name in ("date", "end_date", "venue", "city", "chair", "presidency"):
                if getattr(into, name) is None:
                    setattr(into, name, getattr(event, name))
            into.planned = into.planned or event.planned
            into.quotes += event.quotes
            if event.reported_in is not None:
                into.report(event.reported_in)
            for naming in self.namings:
                if naming.event is event:
                    naming.event = into
            self.events.remove(event)

    def _event(self, item: Item, phrase: Phrase, sentence: Sentence, p_index: int) -> Event:
        own = _sentence_convention(sentence) if phrase.short_name else None  # a numbered meeting's only
        convention = phrase.convention or (own or self.convention if phrase.kind not in _NO_CONVENTION else None)
        convention = _kinds()["parent_kinds"].get(convention, {}).get(phrase.kind, convention)
        name = (phrase.kind, phrase.short_name or f"item-{item.index}", convention)
        table = self._by_name if phrase.short_name else self._local
        if name not in table:
            table[name] = Event(phrase.kind, phrase.title, sentence.quote(), item.index,
                                (item.index, p_index, phrase.start), phrase.short_name, convention,
                                number=phrase.number)
            self.events.append(table[name])
        event = table[name]
        if len(phrase.title) > len(event.title) and phrase.short_name != phrase.title:
            event.title = phrase.title
        return event

    def _read_item(self, item: Item) -> None:
        first: Event | None = None
        so_far: list[tuple[Phrase, Event]] = []
        for p_index, para in enumerate(item.paragraphs):
            for sentence in sentences(para):
                phrases = find_phrases(para.text, sentence.start, sentence.end)
                named = [(ph, self._event(item, ph, sentence, p_index)) for ph in phrases]
                self.namings += [Mention_(sentence, ph, ev, item.index, p_index) for ph, ev in named]
                so_far += [(ph, ev) for ph, ev in named if all(ev is not e for _, e in so_far)]
                if named:
                    self._attributes(item, sentence, named)
                    first = first or named[0][1]
                elif len(so_far) == 1 and so_far[0][1].short_name and (same := _the_meeting(sentence)) is not None:
                    # "The meeting will take place ... from 28 November to 3 December 2011": the one
                    # meeting the item has named, with the words that follow
                    phrase, event = so_far[0]
                    self._attributes(item, sentence, [(dataclasses.replace(phrase, start=same[0], end=same[1]), event)])
        if first and item.dateline and item.dateline.place and item.dateline.end is not None:
            self._apply_dateline(item, first)

    def _attributes(self, item: Item, sentence: Sentence, named: list[tuple[Phrase, Event]]) -> None:
        """Dates, venue and city each meeting's own words give it (dating.py), nothing nearby."""
        text = sentence.para.text
        spans = [s for s in self._spans(sentence.para) if sentence.start <= s.start and s.end <= sentence.end]
        heads = _heads(text, named)
        for position, (phrase, event) in enumerate(named):
            name_end = named[heads[position]][0].end if position in heads else phrase.end
            others = [(p.start, p.end) for p, e in named if e is not event and not (phrase.end <= p.start < name_end)]
            link = own_date(text, phrase.start, name_end, spans, others, sentence.start)
            if phrase.listed:
                continue  # "the Seventh and Twelfth Meetings ... held in 2006 and 2012": whose date is whose is not said
            if position in heads.values():
                link = None  # "a side event of the intersessional meetings in Geneva on 8 April": the side event's day
            start, end = own_dates(link)
            clause_city = None
            if _held_clause_reads(phrase):  # "... s'est tenue à Genève du 11 au 15 septembre 2000"
                clause_city, clause_start, clause_end = clause_place_and_time(text[: sentence.end], phrase.end)
                if start is None:
                    start, end = clause_start, clause_end
            if start is None and link is None and not phrase.listed:  # "..., reunidos esta semana, no Palácio"
                start = this_week(text[phrase.end : next((a for a, _ in sorted(others) if a >= phrase.end), sentence.end)],
                                  item_date(item) or self.dated)
            if start is not None and start.year is None:
                dated = item_date(item) or self.dated  # the article's own date, as its text gives it
                this_year = dated.year if dated is not None and link is not None \
                    and _THIS_YEAR.match(text, link.span.end) else None  # "(21-23 April) this year"
                start, end = _with_year(start, end, _year_before(text, phrase.start, spans, sentence.start)
                                        or this_year or nearest_year(start, dated, _tense(text, phrase, link, sentence.end)))
                if end is None and start.complete and link is not None and link.span.end_date is None \
                        and not link.opening:
                    end = start  # "a Preparatory Meeting on 6 December": one whole day, now of its year
            if start is not None and start.complete and end in (None, start) and phrase.city \
                    and _rx_adopted_by().search(text, sentence.start, phrase.start):
                # "The Convention was concluded by the Dublin Diplomatic Conference ... on 30 May
                # 2008": the day the conference adopted it, its last; the conference (one of its
                # kind) began before
                if event.end_date is None:
                    event.end_date = start
                    event.report(item.index)
                start = end = None
            if start is not None and _more_precise(start, event.date):
                event.date, event.end_date = start, end
                event.report(item.index)
            closed = closing_day(text, name_end, next((a for a, _ in sorted(others) if a >= name_end), sentence.end)) \
                if end is None and position not in heads.values() else None
            if closed is not None and _closed(event, closed.date, item.index):
                name_end = closed.end  # "... concluded on 4 July 2008 at the Palais des Nations in Geneva": its place follows
            if any(parent == position and named[head][1].kind == "preparatory" for head, parent in heads.items()):
                continue  # nor its place ("the Preparatory Meeting for the 3RC ... in Geneva")
            limit = link.span.end if link else name_end
            stop = next((a for a, _ in sorted(others) if a >= name_end), sentence.end)
            place = _place(text, name_end, limit, stop, spans, self.recognise)
            if not phrase.listed and (named_city := city_in_name(text, phrase.start, phrase.end, event.kind)):
                place = _Place(place.venue, named_city)  # "their 2014 Maputo Review Conference, met in Geneva": the name's own
            if phrase.city:
                place = _Place(place.venue, phrase.city)  # "the Oslo Diplomatic Conference": its kind's one city
            if place.city is None and phrase.number is not None:  # "the 17MSP concluded in Geneva" (flat/cities.py)
                place = _Place(place.venue, clause_city or city_after_name(text, phrase.end, sentence.end)
                               or city_before_name(text, phrase.start, sentence.start))
            elif place.city is None and clause_city:  # "les réunions intersessionnelles se sont tenues à Genève les 16 et 17 mai"
                place = _Place(place.venue, clause_city)
            if place.venue and not event.venue:
                event.venue = place.venue
                event.report(item.index)
            if place.city and not event.city:
                event.city = place.city
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

    def _spans(self, para: Paragraph) -> list[DateSpan]:
        """The dates of a paragraph, in English and in the other languages news pages are written
        in ("vom 12. bis zum 16. September 2011", "les 16 et 17 mai 2022")."""
        if para not in self._span_cache:
            self._span_cache[para] = date_spans(para.text, foreign=True)
        return self._span_cache[para]

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
        for event in self.events:
            if event.short_name and event.reported_in is None:
                event.report(event.item)  # a numbered meeting is one meeting whatever else the page says
        ordered = sorted((e for e in self.events if e.reported_in is not None),
                         key=lambda e: (e.reported_in or 0, self._first_in(e, e.reported_in or 0)))
        for event in ordered:
            assert event.reported_in is not None
            counters[event.reported_in] = counters.get(event.reported_in, 0) + 1
            event.key = f"event-{event.reported_in}-{counters[event.reported_in]}"

    def drop_unstated(self, kept: list[Event]) -> list[Event]:
        """Un-key what is no meeting fact, unless a fact of the page happened at it (`kept`):
        a meeting named in passing, with no number and no date; one of no convention of the
        graph (kinds.yml); and, returned for a warning, one of a convention's calendar whose
        convention neither its words nor the page say. The facts at them name no meeting."""
        table = _kinds()
        unstated = [e for e in self.events if e.key and e.convention is None and e.kind not in _NO_CONVENTION]
        for event in self.events:
            passing = event.number is None and event.date is None and event.end_date is None \
                and not (event.yearless and event.kind in CONVENTION_MEETINGS)  # a meeting of the graph the text dates
            context = event.kind in table["context_kinds"] or event.convention in table["context_conventions"]
            if event in unstated or ((passing or context) and not any(event is k for k in kept)):
                event.key, event.reported_in = None, None
        return unstated

    def drop_yearless(self) -> list[Event]:
        """Take away the dates written without a year that nothing on the page gave one: a day
        of no year is no meeting's date (the page's address is not its text). The events whose
        dates were taken are returned, for a warning each."""
        taken: list[Event] = []
        for event in self.events:
            if event.date is not None and event.date.year is None:
                taken.append(dataclasses.replace(event))
                event.date, event.end_date, event.yearless = None, None, True
            elif event.end_date is not None and event.end_date.year is None:
                event.end_date = None
        return taken

    def _first_in(self, event: Event, item: int) -> tuple[int, int]:
        for naming in self.namings:
            if naming.event is event and naming.item == item:
                return (naming.paragraph, naming.phrase.start)
        return (0, 0)


def _held_clause_reads(phrase: Phrase) -> bool:
    """Whether the holding clause right after a name (flat/meetings.py `clause_place_and_time`)
    dates and places it: a numbered meeting, or one of a convention's own calendar named by its
    kind alone ("l'Intersessionnelle de la Convention d'Oslo se sont tenues à Genève les 16 et 17
    mai 2022"); never a generic side event or seminar, whose clause may tell another's days."""
    return phrase.number is not None or (phrase.kind in CONVENTION_MEETINGS and not phrase.listed)


def _heads(text: str, named: list[tuple[Phrase, Event]]) -> dict[int, int]:
    """Meetings named as a part of the next one ("a side event of the 7MSP", "the Preparatory
    Meeting for the Third Review Conference"): head -> the part's parent."""
    return {i: i + 1 for i, ((ph, ev), (nxt, _)) in enumerate(zip(named, named[1:]))
            if ev.kind == "side-event" and _PARENT.match(text[ph.end : nxt.start])
            or ev.kind == "preparatory" and _PREPARES.match(text[ph.end : nxt.start])}


def _sentence_convention(sentence: Sentence) -> str | None:
    """The one convention a sentence names ("Lebanon will host the 2MSP of the CCM and Norway the
    Third Meeting of States Parties"): a meeting it names without one is of it, not of the page's."""
    named = {c for _, _, c in conventions(sentence.text) if c in ("ccm", "apmbc", "ccw-p5")}
    return next(iter(named)) if len(named) == 1 else None


def _the_meeting(sentence: Sentence) -> tuple[int, int] | None:
    """Where a sentence that opens with "The meeting"/"The conference" and its own verb names it."""
    m = _rx_the_meeting().match(sentence.para.text, sentence.start, sentence.end)
    return (m.start("name"), m.end("name")) if m else None


@cache
def _rx_the_meeting() -> re.Pattern[str]:
    with open(Path(__file__).with_name("dating.yml"), encoding="utf-8") as fh:
        return re.compile("".join(str(yaml.safe_load(fh)["the_meeting"]).split()))


@cache
def _rx_adopted_by() -> re.Pattern[str]:
    with open(Path(__file__).with_name("dating.yml"), encoding="utf-8") as fh:
        return re.compile(str(yaml.safe_load(fh)["adopted_by"]) + r"$", re.IGNORECASE)


@dataclass(frozen=True)
class _Place:
    venue: str | None = None
    city: str | None = None


def _place(text: str, name_end: int, date_end: int, stop: int, spans: list[DateSpan], recognise: Recogniser) -> _Place:
    """The venue and city a meeting's own words give: "held at the Palais des Nations in Geneva",
    "(Oslo, 11-14 September 2012)", "from 4 to 6 September 2017 in Geneva"; only where the words
    from the name to the place link them (dating.py) and no other meeting stands between."""
    venue = city = None
    reach = min(stop, max(date_end, name_end) + 90)
    for m in _PLACE_WORDS.finditer(text, name_end, reach):
        gap = _without_dates(text, name_end, m.start(), spans)
        if not links(gap):
            break
        if m["venue"] and venue is None:
            venue = " ".join(m["venue"].split())
        elif (m["city"] or m["city2"]) and city is None:
            city = _city(m["city"] or m["city2"], recognise)
        if city and venue:
            break
    return _Place(venue, city or (city_of_venue(venue) if venue else None))  # "at the Palais des Nations": Geneva


def _without_dates(text: str, start: int, end: int, spans: list[DateSpan]) -> str:
    """text[start:end] with every date in it blanked (a date may stand between a name and its place)."""
    out = text[start:end]
    for span in spans:
        if start <= span.start and span.end <= end:
            a, b = span.start - start, span.end - start
            out = out[:a] + " " * (b - a) + out[b:]
    return out


def _year_before(text: str, name_start: int, spans: list[DateSpan], clause_start: int) -> int | None:
    """The year written as the meeting's modifier ("the 2019 Protocol V Meeting of Experts")."""
    link = own_date(text, name_start, name_start, [s for s in spans if s.end <= name_start and s.date.month is None],
                    clause_start=clause_start)
    return link.span.date.year if link else None


def _tense(text: str, phrase: Phrase, link: Link | None, stop: int) -> str | None:
    """The tense of the words that join a meeting to its day ("was held on 19 February", "From
    7-11 September, the 1RC was held"), a few words after both included."""
    if link is None:
        return None
    return tense(text[min(phrase.start, link.span.start) : min(stop, max(phrase.end, link.span.end) + 30)])


def _with_year(start: PartialDate, end: PartialDate | None, year: int | None) -> tuple[PartialDate, PartialDate | None]:
    if year is None:
        return start, end
    return (PartialDate(year, start.month, start.day),
            PartialDate(year, end.month, end.day) if end is not None and end.year is None else end)


def _closed(event: Event, day: PartialDate, item: int) -> bool:
    """Give a meeting the day its own closing verb says it closed ("... concluded on 21 September
    2021") as its last day, where it has none and its first day is not after it; whether it did.
    A meeting without a number must have its first day or year already."""
    if event.end_date is not None or (event.number is None and event.date is None):
        return False  # a meeting of no number is told by its first day: a last day alone names none
    if event.date is not None and (event.date.year not in (None, day.year) or (event.date.complete and day < event.date)):
        return False
    event.end_date = day
    event.report(item)
    return True


def _more_precise(new: PartialDate, old: PartialDate | None) -> bool:
    """A date replaces the one a meeting has only when it says more and does not contradict it."""
    if old is None:
        return True
    if old.year is not None and new.year not in (None, old.year):
        return False
    return sum(p is not None for p in (new.year, new.month, new.day)) > \
        sum(p is not None for p in (old.year, old.month, old.day))


def _city(candidate: str, recognise: Recogniser) -> str | None:
    words = candidate.split()
    while words and (words[-1] in _NOT_PLACE or words[-1].lower() in ("from", "on")):
        words.pop()
    if not words or words[0] in _NOT_PLACE or any(w in _NOT_PLACE for w in words):
        return None
    if any(w.lower() in _CALENDAR for w in words):
        return None
    city = " ".join(words)
    if date_spans(city) or re.search(r"January|February|March|April|May|June|July|August|September|October|"
                                 r"November|December", city):
        return None
    if recognise(city):
        return None
    return city
