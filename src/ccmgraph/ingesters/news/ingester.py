"""Ingester for presidency news and statement pages (kind "presidency-news").

A page is a run of items, each a short title, maybe a dateline, and body paragraphs
(news_items). The page is read whole before anything is yielded, because a meeting named
in one item ("7MSP") may be dated in another and facts refer to meetings by key. Then, item
by item: the NewsItem, the meetings it reports, presidencies, coordinator mandates,
statements, votes, fulfilled obligations, publications, and the entities it names.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import ClassVar

import yaml

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.resolve.actors import lookup_state
from ccmgraph.vocabulary import body_organisation, conventions_about, honorific_pattern
from ccmgraph.records import (ActorRef, Mandate, MeetingDocument, Mention, NewsItem, PartialDate, Quote, Record, TreatyEvent,
                              Warning_)
from ccmgraph.ingesters.news.acting_for import acting_for
from ccmgraph.ingesters.news.appositions import AppositionReader
from ccmgraph.ingesters.news.chairs import Post, convention_presidents, dated_handovers, seat_presidents
from ccmgraph.ingesters.news.coordinators import CoordinatorReader
from ccmgraph.ingesters.news.dating import ArticleDate, article_date, item_date
from ccmgraph.ingesters.news.directors import DirectorReader
from ccmgraph.ingesters.news.events import Event, EventIndex, of_the_graph
from ccmgraph.ingesters.news.facts import FactReader, Pending, page_presidency
from ccmgraph.ingesters.news.items import Item, split_items, whole_page
from ccmgraph.ingesters.news.mentions import mentions
from ccmgraph.ingesters.news.people import bare_names, later_spellings
from ccmgraph.ingesters.news.presidents import PresidencyReader, back_reference
from ccmgraph.ingesters.news.terms import dated_onto_meetings, presidency_terms, seat_terms
from ccmgraph.ingesters.news.text import Recogniser, conventions, default_recogniser, sentences
from ccmgraph.ingesters.news.treaty import item_treaty_events
from ccmgraph.ingesters.news.unstated import no_convention
from ccmgraph.ingesters.news.unnamed import domain_convention, unnamed_convention

_THE_MEETING = re.compile(r"\b[Tt]he\s+(?:[Mm]eeting|[Cc]onference)\b(?=\s+(?:will|shall|was|is)\s+(?:be\s+)?presided"
                          r"|[’']s\s+President\b)")
_MINUTES_MARKS = re.compile(
    r"^\s*(?:minutes\b|\d+\.\s*present\b|present\s*:|apologies\s+(?:not\s+)?received|approval\s+of\s+the\s+minutes"
    r"|any\s+other\s+business|date\s+of\s+(?:the\s+)?next\s+meeting)",
    re.IGNORECASE | re.MULTILINE,
)
_NEWS_MARKS = re.compile(
    r"\bpresidency\b|\bis\s+pleased\s+to\b|\bsave\s+the\s+date\b|\blaunched\b|\bstatement\b|\bnews\b",
    re.IGNORECASE,
)


PROSE_SCORE = 0.3  # the detection threshold: prose that no other kind claims is read as news
DATELINE_SCORE = 0.1  # an item that opens with a dated dateline is news, whatever it names


class NewsIngester:
    """Reads presidency news pages into news items and the facts they report."""

    kinds: ClassVar[tuple[str, ...]] = ("presidency-news", "news")

    def __init__(self, recognise: Recogniser = default_recogniser) -> None:
        self.recognise = recognise

    def sniff(self, doc: Document) -> float:
        """High for pages of titled prose items; low for minutes (attendance, agenda, approval)."""
        items = split_items(doc.lines)
        body_items = [i for i in items if sum(len(p.text) for p in i.paragraphs) >= 150]
        if not body_items:  # one article with no title line: prose of the field is news at least
            return PROSE_SCORE if _prose(doc.text) else 0.0
        score = min(len(body_items), 4) * 0.15 + min(len(_NEWS_MARKS.findall(doc.text)), 6) * 0.05
        if any(i.dateline is not None and i.dateline.date is not None for i in body_items):
            score += DATELINE_SCORE  # "Cartagena, Colombia, 4 December 2009 - ...": a press release
        score -= 0.25 * len(_MINUTES_MARKS.findall(doc.text))
        if score < PROSE_SCORE and not _MINUTES_MARKS.search(doc.text) and _prose(doc.text):
            score = PROSE_SCORE  # one short article of the field, titled or not
        return max(0.0, min(1.0, score))

    def extract(self, doc: Document, *, meeting_date: PartialDate | None = None) -> Iterator[Record]:
        """Yield the records of every item; `meeting_date` is not used (news items carry their own)."""
        items = split_items(doc.lines)
        if not items and _prose(doc.text) and (article := whole_page(doc.lines, doc.name)) is not None:
            items = [article]  # one article without a title line
        if not items:
            raise ExtractionError(f"{doc.name}: no news item found (no short title line followed by body text, "
                                  "nor prose enough for one article)")
        yield from read_page(items, self.recognise, doc.name, lines=doc.lines)


def read_page(items: list[Item], recognise: Recogniser, name: str,
              main: Callable[[EventIndex], Iterator[Record]] | None = None,
              about: Callable[[list[Item]], str | None] | None = None,
              lines: list[str] | None = None) -> Iterator[Record]:
    """_read_page's records, a presidency dated with no meeting folded into the same State's
    presidency of the one meeting the page gives it (terms.dated_onto_meetings), and a lone
    person presiding the convention tied to its lone presiding State (acting_for.py)."""
    yield from acting_for(dated_onto_meetings(list(_read_page(items, recognise, name, main, about, lines))))


def _read_page(items: list[Item], recognise: Recogniser, name: str,
               main: Callable[[EventIndex], Iterator[Record]] | None = None,
               about: Callable[[list[Item]], str | None] | None = None,
               lines: list[str] | None = None) -> Iterator[Record]:
    """The records of a page of items, read whole first (a meeting named in one item may be
    dated in another). `main` lets a meeting page add what it says of its own meeting, `about`
    decide the page's convention its own way; `lines` are the page's own, where its date may
    stand above the first item."""
    # where the items name none, a convention's own domain on the page does (its contact line)
    convention = (about or page_convention)(items) or domain_convention("\n".join(lines or ()))
    index = EventIndex(items, recognise, convention, lines)
    reader = PresidencyReader(recognise)
    read = {item.index: list(read_roles(index, item, reader, convention)) for item in items}
    left_out = {i: [w for w in found if isinstance(w, Warning_)] for i, found in read.items()}
    roles = _seated({i: [m for m in found if isinstance(m, Mandate)] for i, found in read.items()})
    every_role = [m for found in roles.values() for m in found]
    raw = {item.index: list(presidency_terms(item, recognise, convention, _page_date(item, items, index, lines)))
           for item in items}
    for i, found in raw.items():
        left_out[i] += [w for w in found if isinstance(w, Warning_)]
    seated = {i: list(seat_terms([t for t in found if isinstance(t, Mandate)], every_role)) for i, found in raw.items()}
    terms = {i: [t for t in found if t.for_meeting or t.start] for i, found in seated.items()}
    unseated = [Post(t) for found in seated.values() for t in found if not (t.for_meeting or t.start)]
    posts = _convention_posts(items, recognise, convention, name, index,
                              [*every_role, *(t for found in terms.values() for t in found)], unseated)
    facts = FactReader(index, recognise, page_presidency(items, recognise))
    pending = {item.index: facts.read(item) for item in items}
    extra = list(main(index)) if main else []
    yearless = index.drop_yearless()
    index.assign_keys()
    unstated = index.drop_unstated([f.event for found in pending.values() for f in found if f.event is not None])
    coordinators = CoordinatorReader(recognise)
    directors = DirectorReader(recognise)
    full = _full_names(items, recognise, convention)
    listed = {item.index: list(coordinators.read(item, convention)) for item in items}
    said = [*every_role, *(t for found in terms.values() for t in found),
            *(m for found in posts.values() for m in found), *(m for found in listed.values() for m in found)]
    in_passing = _in_passing(items, AppositionReader(recognise, index), convention, said)
    yield from (no_convention(f"the meeting {event.title!r}", event.quote) for event in unstated)
    yield from (_no_year(event, name) for event in yearless)
    for item in items:
        yield _news_item(item)
        for event in sorted((e for e in index.events if e.reported_in == item.index), key=lambda e: e.key or ""):
            yield from _event_records(event, name)
        yield from (_holder_in_full(r, full) for r in roles[item.index])
        yield from (_holder_in_full(r, full) for r in terms[item.index])
        yield from left_out[item.index]
        yield from (_holder_in_full(r, full) for r in posts.get(item.key, []))
        yield from (_holder_in_full(r, full) for r in listed[item.index])
        yield from (_holder_in_full(r, full) for r in in_passing[item.index])
        led = [_holder_in_full(r, full) for r in directors.read(item, convention)]
        yield from led
        yield from item_treaty_events(item, recognise, convention, _item_date(item, index))
        for fact in pending[item.index]:
            yield _keyed(fact)
        yield from _staff(_in_full(mentions(item, recognise, convention), full), [m for m in led if isinstance(m, Mandate)])
    yield from facts.warnings
    for record in extra:
        record = _rekeyed(record, index)
        if not (isinstance(record, MeetingDocument) and record.meeting.startswith("@")):
            yield record  # a document of a meeting left out is left out with it


def _convention_posts(items: list[Item], recognise: Recogniser, convention: str | None, name: str,
                      index: EventIndex, roles: list[Mandate], unseated: list[Post]) -> dict[str, list[Mandate | Warning_]]:
    """Presidents of the convention the page names with no meeting (and the terms handed over
    with none), each seated on the meeting the whole page makes theirs (chairs.py), by item. An
    item's own date, where its text prints one, dates a handover it tells as happening now."""
    found = [*unseated, *(p for item in items for p in convention_presidents(item, recognise, convention, name,
                                                                            _item_year(item, index)))]
    numbered = [(e.convention, e.kind, e.short_name) for e in index.events if e.short_name and e.convention]
    out: dict[str, list[Mandate | Warning_]] = {}
    for mandate in seat_presidents(dated_handovers([p for p in found if isinstance(p, Post)]), numbered, roles):
        out.setdefault(mandate.context or "", []).append(mandate)
    for warning in (p for p in found if isinstance(p, Warning_)):
        out.setdefault(items[0].key, []).append(warning)
    return out


def _in_passing(items: list[Item], reader: AppositionReader, convention: str | None,
                said: list[Mandate | Warning_]) -> dict[int, list[Mandate | Warning_]]:
    """Posts named in apposition (appositions.py), by item, but for a holder of a role another
    reader of the page has already read for that convention (its words say more there)."""
    held = {_held(m) for m in said if isinstance(m, Mandate)}
    out: dict[int, list[Mandate | Warning_]] = {}
    for item in items:
        out[item.index] = [m for m in reader.read(item, convention) if not (isinstance(m, Mandate) and _held(m) in held)]
    return out


def _held(mandate: Mandate) -> tuple[str, str, str]:
    """A role, its holder (a State by its code, whatever name the page gives it) and convention."""
    state = lookup_state(mandate.holder.name) if mandate.holder.kind == "state" else None
    return mandate.role, state.iso3 if state else " ".join(_words_of(mandate.holder.name)[-1:]), mandate.convention


def _words_of(name: str) -> list[str]:
    """A person's name without its honorifics and titles: "Ms. Sheila N. Mweemba" -> Sheila, N., Mweemba."""
    return re.sub(rf"^(?:{honorific_pattern(with_titles=True)}\s+)+", "", name).split()


def _full_names(items: list[Item], recognise: Recogniser, convention: str | None) -> dict[str, str]:
    """Each word of the page's people's full names -> the one full name holding it (a word
    that two full names hold is in neither's keep)."""
    owners: dict[str, set[str]] = {}
    written: dict[tuple[str, ...], str] = {}  # a full name's words -> the name as first written
    for item in items:
        for mention in mentions(item, recognise, convention):
            if mention.kind == "person" and len(words := _words_of(mention.name)) >= 2:
                written.setdefault(tuple(words), mention.name)
    later = later_spellings(list(written))  # "Prince Mired Raad Zeid Al-Hussein" after "Prince Mired Al-Hussein"
    for spelled in written:
        for word in spelled:
            if len(word.rstrip(".")) > 1:
                owners.setdefault(word, set()).add(" ".join(later.get(spelled, spelled)))
    for item in items:
        for para in item.paragraphs:  # "foreign ministers Jonas Gahr Støre and Adnan Mansour": by surname only
            for sentence in sentences(para):
                taken = [(a, b) for a, b, _ in recognise(sentence.text)]
                for _, _, ref in bare_names(sentence.text, taken):
                    if len(words := ref.name.split()) >= 2 and len(words[-1]) > 1:
                        owners.setdefault(words[-1], set()).add(" ".join(later.get(tuple(words), words)))
    full = {word: next(iter(names)) for word, names in owners.items() if len(names) == 1}
    return full | {" ".join(words): written[first] for words, first in later.items()}


def _holder_in_full(record: Record, full: dict[str, str]) -> Record:
    """A mandate whose holder is named by one word ("Mr Mansour, as outgoing President") held by
    the one full name of the page that holds that word."""
    if isinstance(record, Mandate) and record.holder.kind == "person":
        words = _words_of(record.holder.name)
        if (len(words) == 1 and words[0] in full) or (len(words) > 1 and " ".join(words) in full):
            return dataclasses.replace(record, holder=dataclasses.replace(record.holder, name=full[" ".join(words)]))
    return record


def _in_full(found: Iterable[Mention], full: dict[str, str]) -> Iterator[Mention]:
    """Mentions, a person named by one word ("Minister González", "Ms Sheila") under the one full
    name of the page that holds that word."""
    for mention in found:
        words = _words_of(mention.name)
        if mention.kind == "person" and len(words) == 1 and words[0] in full:
            mention = dataclasses.replace(mention, name=full[words[0]])
        elif mention.kind == "person" and len(words) > 1 and " ".join(words) in full:
            mention = dataclasses.replace(mention, name=full[" ".join(words)])  # a later spelling
        yield mention


def _staff(found: Iterable[Mention], directors: list[Mandate]) -> Iterator[Mention]:
    """Mentions, the ISU Director the item names tied to the ISU where no words tie them to another."""
    units = {m.holder.name: body_organisation("ISU", m.convention) for m in directors}
    for mention in found:
        unit = units.get(mention.name)
        if mention.kind == "person" and mention.party is None and unit:
            mention = dataclasses.replace(mention, party=ActorRef(unit, "organisation"))
        yield mention


def _item_date(item: Item, index: EventIndex) -> ArticleDate | None:
    """The item's own date (dating.item_date), else the article's when the page is one article."""
    return item_date(item) or index.dated


def _page_date(item: Item, items: list[Item], index: EventIndex, lines: list[str] | None) -> ArticleDate | None:
    """The item's own date, else the page's date for its first item: a date line under the
    page's title ("12.09.2017 - Artikel") dates at least the text right after it."""
    own = _item_date(item, index)
    if own is None and lines is not None and items and item is items[0]:
        return article_date(lines)
    return own


def _item_year(item: Item, index: EventIndex) -> int | None:
    """The year of the item's own date as its text prints it, if any."""
    dated = _item_date(item, index)
    return dated.year if dated is not None else None


def _seated(roles: dict[int, list[Mandate]]) -> dict[int, list[Mandate]]:
    """A person presiding a meeting acts for the one State the page gives that presidency
    ("the German Presidency of the 7MSP" and "the President of the 7MSP, Ambassador Biontino")."""
    states: dict[tuple[str, str, str | None], set[str]] = {}
    for mandate in (m for found in roles.values() for m in found if m.holder.kind == "state"):
        states.setdefault((mandate.role, mandate.convention, mandate.for_meeting), set()).add(mandate.holder.name)

    def seat(mandate: Mandate) -> Mandate:
        held = states.get((mandate.role, mandate.convention, mandate.for_meeting), set())
        if mandate.holder.kind != "person" or mandate.on_behalf_of is not None or len(held) != 1 \
                or mandate.role == "vice-president":
            return mandate
        return dataclasses.replace(mandate, on_behalf_of=ActorRef(next(iter(held)), "state"))

    return {index: [seat(m) for m in found] for index, found in roles.items()}


def page_convention(items: list[Item]) -> str | None:
    """The convention a page is about: the one of the three it names most (CCW alone counts for
    Protocol V only where Protocol V is named)."""
    counts: Counter[str] = Counter()
    for item in items:
        for text in (item.title, *(p.text for p in item.paragraphs)):
            counts.update(short for _, _, short in conventions(text))
    if counts["ccw-p5"]:
        counts["ccw-p5"] += counts["ccw"]
    ranked = [(n, c) for c, n in counts.most_common() if c in ("ccm", "apmbc", "ccw-p5")]
    if ranked:
        return ranked[0][1]
    plans = _plan_conventions()
    for item in items:
        for text in (item.title, *(p.text for p in item.paragraphs)):
            for m in re.finditer(r"([A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)*)\s+Action\s+Plan\b", text):
                if m.group(1) in plans:
                    return plans[m.group(1)]
    # no convention named: the one its subject words are about ("landmine survivors"), when they
    # are about one only (a page on landmines and cluster munitions says neither is its own)
    whole = "\n".join(text for item in items for text in (item.title, *(p.text for p in item.paragraphs)))
    about = {key for key in conventions_about(whole) if key in ("ccm", "apmbc", "ccw-p5")}
    # else the one its bodies and numbered meetings allow ("the 15MSP" is the APMBC's alone)
    return next(iter(about)) if len(about) == 1 else unnamed_convention(whole)


@cache
def _plan_conventions() -> dict[str, str]:
    with open(Path(__file__).with_name("plans.yml"), encoding="utf-8") as fh:
        return {str(k): str(v) for k, v in yaml.safe_load(fh).items()}


def read_roles(index: EventIndex, item: Item, reader: PresidencyReader,
               convention: str | None) -> Iterator[Mandate | Warning_]:
    """Presidencies of the numbered meetings each sentence names; the meeting learns its chair."""
    numbered: list[Event] = []
    for naming in index.namings:
        if naming.item == item.index and naming.event.short_name and of_the_graph(naming.event.convention) \
                and all(e is not naming.event for e in numbered):
            numbered.append(naming.event)
    for para in item.paragraphs:
        for sentence in sentences(para):
            named = [(n.phrase.start, n.phrase.end, n.event) for n in index.namings
                     if n.sentence == sentence and n.event.short_name]
            if not named and len(numbered) == 1 and (same := _THE_MEETING.search(sentence.text)):
                named = [(sentence.start + same.start(), sentence.start + same.end(), numbered[0])]  # "The meeting"
            if not named and len(numbered) == 1 and (span := back_reference(sentence.text, numbered[0].kind,
                                                                            numbered[0].number)) is not None:
                named = [(sentence.start + span[0], sentence.start + span[1], numbered[0])]  # "of the first Conference"
            elif len(numbered) == 1 and named and all(ev is numbered[0] for _, _, ev in named):
                # "... to make the Maputo Review Conference a success," said X, who will serve as the
                # conference's President": the one meeting again, by the words the post is of
                again = [(sentence.start + m.start(), sentence.start + m.end()) for m in _THE_MEETING.finditer(sentence.text)]
                named += [(a, b, numbered[0]) for a, b in again if all(a >= end or b <= begin for begin, end, _ in named)]
            meetings = [(a, b, ev.short_name or "", ev.convention or convention or "") for a, b, ev in named]
            found: Iterable[Mandate] = reader.read(sentence, meetings, item.key)
            if len(one := {ev.short_name: ev for _, _, ev in named}) == 1:  # "The 16MSP elected A and B as Vice-Presidents"
                event = next(iter(one.values()))
                found = itertools.chain(found, reader.read_elected_vice(
                    sentence, (event.short_name or "", event.convention or convention or ""), item.key))
            if not named and len(numbered) == 1:  # "X of Norway was elected as the Chairman."
                named = [(sentence.start, sentence.start, numbered[0])]
                only = (numbered[0].short_name or "", numbered[0].convention or convention or "")
                found = itertools.chain(reader.read_elected(sentence, only, item.key),
                                        reader.read_elected_vice(sentence, only, item.key))
            for mandate in found:
                if not mandate.convention:
                    yield no_convention(f"the {mandate.role} {mandate.holder.name!r} of the {mandate.for_meeting}",
                                        mandate.quote)
                    continue
                event = next(ev for _, _, ev in named if ev.short_name == mandate.for_meeting)
                presiding = mandate.role == "president" or mandate.role == "president-designate" and event.planned
                if presiding and mandate.holder.kind == "state" and event.presidency is None:
                    event.presidency = mandate.holder
                event.report(item.index)
                yield mandate
    for event in numbered:
        chair = reader.longest.get(("president", event.short_name or ""))
        if chair is None and event.planned:  # "the meeting will be presided over by X": it is to chair it
            chair = reader.longest.get(("president-designate", event.short_name or ""))
        if chair is not None:
            event.chair = ActorRef(chair, "person")


def _prose(text: str) -> bool:
    """Enough running words for an article (40), not a line or a table of names."""
    return len(re.findall(r"[a-z]{3,}[,.;]?\s", text)) >= 40


def _news_item(item: Item) -> NewsItem:
    date = item.dateline.date if item.dateline else None
    return NewsItem(item.key, item.title, Quote(item.text(), item.line), date)


def _event_records(event: Event, name: str) -> Iterator[Record]:
    if event.date is not None and event.end_date is not None and _ends_before(event.end_date, event.date):
        yield Warning_(f"{name}: {event.title!r} would end ({event.end_date.iso()}) before it starts "
                       f"({event.date.iso()}); its dates are left out", event.quote)
        event.date, event.end_date = None, None
    yield event.record()


def _ends_before(end: PartialDate, start: PartialDate) -> bool:
    """Whether a last day comes before a first one, told as precisely as both are ("2008" and
    "2008-07-04" agree; days of no year are compared with none)."""
    if start.year is None or end.year is None:
        return False
    common: list[tuple[int, int]] = []
    for a, b in zip((end.year, end.month, end.day), (start.year, start.month, start.day)):
        if a is None or b is None:
            break
        common.append((a, b))
    return tuple(a for a, _ in common) < tuple(b for _, b in common)


def _no_year(event: Event, name: str) -> Warning_:
    assert event.date is not None
    return Warning_(f"{name}: the date of {event.title!r} ({event.date.iso()}) has no year in the document; "
                    "left out", event.quote)


def _rekeyed(record: Record, index: EventIndex) -> Record:
    """A meeting page's own record, its meeting named by the key the page's meeting got."""
    if isinstance(record, MeetingDocument) and record.meeting.startswith("@"):
        event = index.events[int(record.meeting[1:])]
        return dataclasses.replace(record, meeting=event.key or record.meeting)
    return record


def _keyed(fact: Pending) -> Record:
    """The fact with its meeting reference turned into the meeting's key."""
    key = fact.event.key if fact.event else None
    if key is None:
        return fact.record
    field = "launched_at" if hasattr(fact.record, "launched_at") else "at_meeting"
    if not hasattr(fact.record, field):
        return fact.record
    return dataclasses.replace(fact.record, **{field: key})  # type: ignore[arg-type]
