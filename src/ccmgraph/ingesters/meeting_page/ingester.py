"""Ingester for meeting pages and reports (kind "meeting-page").

A meeting page is about one meeting, named in its title: "Seventh Meeting of States Parties",
"2019 Protocol V Meeting of Experts", a report's "Third Meeting of States Parties Oslo, 11-14
September 2012". Its prose is read like news (news.ingester.read_page: every meeting named
with the dates, place and President its own words give it, treaty events, statements), as one
item; then what only a meeting page says of its own meeting is added: a dateline under the
title ("4-6 September 2017, Geneva, Switzerland"), the days its programme is headed by, the
symbols of its documents, and how many took part.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

import yaml

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.ingesters.news.dating import date_spans
from ccmgraph.ingesters.flat.dates import find_ranges
from ccmgraph.ingesters.flat.states import state_spans
from ccmgraph.ingesters.flat.cities import english_city, known_city
from ccmgraph.ingesters.meeting_page.own import (advisory_blocks, after_name, calendar_blocks, record_block, clause_cities, press_datelines, dates_before, hold_decisions, named_after, cities_in_names, drop_issue_dates, glued_datelines, header_datelines, list_items,
                                                 overlapping, places_after, resumed, said_of, subjects, symbol_headers,
                                                 report_covers, title_aliases, title_year, undated_lists)
from ccmgraph.ingesters.news.events import Event, EventIndex, Mention_
from ccmgraph.ingesters.meeting_page.affiliation import affiliation
from ccmgraph.ingesters.meeting_page.data import one_word
from ccmgraph.ingesters.meeting_page.convention import meeting_page_convention
from ccmgraph.ingesters.news.ingester import read_page
from ccmgraph.ingesters.news.items import Item, Paragraph, whole_page
from ccmgraph.ingesters.news.meetings import find_phrases
from ccmgraph.ingesters.news.text import Recogniser, default_recogniser
from ccmgraph.ingesters.meeting_page.officers import officers
from ccmgraph.ingesters.meeting_page.congratulated import congratulated
from ccmgraph.ingesters.meeting_page.messages import message_cities
from ccmgraph.ingesters.meeting_page.months import month_clauses
from ccmgraph.ingesters.meeting_page.served import served_committees
from ccmgraph.ingesters.meeting_page.participle import participles
from ccmgraph.ingesters.meeting_page.designate import future_presidencies
from ccmgraph.ingesters.meeting_page.one_presidency import holder_key, one_presidency
from ccmgraph.ingesters.meeting_page.successive import successive_lists
from ccmgraph.ingesters.meeting_page.sessions import sessions
from ccmgraph.records import Mandate, Meeting, MeetingDocument, Mention, PartialDate, Quote, Record, Warning_
from ccmgraph.vocabulary import honorific_pattern, other_instrument_meetings, particles, role_words


@cache
def _table() -> dict[str, Any]:
    with open(Path(__file__).with_name("meeting_page.yml"), encoding="utf-8") as fh:
        return dict(yaml.safe_load(fh))


@cache
def _rx(name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile("".join(str(_table()[name]).split()), flags)


def _title(lines: list[str]) -> list[tuple[int, str]]:
    """The first non-empty lines of the page, with their 1-based numbers; a site's navigation
    lines before the title are none of them."""
    chrome = _rx("chrome_line", 0)
    found = [(n, line.strip()) for n, line in enumerate(lines, start=1) if line.strip() and not chrome.match(line.strip())]
    return found[: int(_table()["title_lines"])]


class MeetingPageIngester:
    """Reads the page or report of one meeting of the CCM, the APMBC or CCW Protocol V."""

    kinds: ClassVar[tuple[str, ...]] = ("meeting-page",)

    def __init__(self, recognise: Recogniser = default_recogniser) -> None:
        self.recognise = recognise

    def sniff(self, doc: Document) -> float:
        """High when the title names a meeting of the conventions and the page has a meeting's marks."""
        kinds = set(_table()["page_kinds"])
        title = _title(doc.lines)
        if not any(p.kind in kinds for p in find_phrases(" ".join(text for _, text in title))):
            return 0.0
        # a meeting named in a heading is the page's subject; one named in the paragraph that opens
        # the page may be, unless a reader of another kind finds its own evidence
        short = int(_table()["heading_chars"])
        headed = any(p.kind in kinds for _, text in title if len(text) <= short for p in find_phrases(text))
        marks = sum(1 for rx in _table()["marks"] if re.search("".join(str(rx).split()), doc.text, re.IGNORECASE))
        symbols = 1 if _rx("symbol", 0).search(doc.text) else 0
        return min(1.0, (0.5 if headed else 0.4) + 0.08 * min(marks, 4) + 0.1 * symbols)

    def extract(self, doc: Document, *, meeting_date: PartialDate | None = None) -> Iterator[Record]:
        """Yield the page's meetings, roles, treaty events and documents; `meeting_date` is not used."""
        item = whole_page(doc.lines, doc.name)
        if item is None:
            raise ExtractionError(f"{doc.name}: empty meeting page")
        if item.title != doc.name and not _names_a_meeting_vaguely(item.title):
            # the title line names the page's meeting ("Ninth Meeting of States Parties") even where
            # the text below only says "the meeting": it is read as a sentence too, and the item
            # is titled by the file's name, as whole_page does, so that no two quotes share a line and start
            item = Item(item.index, doc.name, item.line, item.dateline,
                        [Paragraph(item.title, item.line, (0,)), *item.paragraphs])
        # the convention the page's words name (not its organisations'), else its bodies' or calendar's
        records = read_page([item], self.recognise, doc.name, main=lambda index: self._main(index, doc, item),
                            about=meeting_page_convention, lines=doc.lines)
        yield from _once(records, self.recognise)

    def _main(self, index: EventIndex, doc: Document, item: Item) -> Iterator[Record]:
        """What only a meeting page says: of its own meeting, and the officers its report names."""
        drop_issue_dates(index, doc.text)
        glued_datelines(index, doc.text)
        yield from self._own(index, doc, item)
        resumed(index)
        participles(index)
        month_clauses(index)
        successive_lists(index, item)
        hold_decisions(index)
        named_after(index)
        subjects(index)
        header_datelines(index)
        symbol_headers(index, doc.text)
        report_covers(index)
        calendar_blocks(index, doc.lines)
        advisory_blocks(index, doc.lines)
        list_items(index, doc.lines)
        dates_before(index)
        places_after(index)
        clause_cities(index)
        message_cities(index)
        press_datelines(index)
        cities_in_names(index)
        undated_lists(index)
        sessions(index)  # after every other reader has dated what it dates
        for event in index.events:
            event.city = english_city(event.city) if event.city else None
        naming = _main_naming(index, doc.lines)
        yield from officers(index, item, self.recognise, naming.event if naming else None)
        yield from congratulated(index, item, self.recognise, naming.event if naming else None)
        yield from served_committees(item, self.recognise)

    def _own(self, index: EventIndex, doc: Document, item: Item) -> Iterator[Record]:
        """What the page says of its own meeting: title dateline, programme days, documents."""
        naming = _main_naming(index, doc.lines)
        if naming is None:
            return
        event = naming.event
        title_aliases(index, event, max((n for n, _ in _title(doc.lines)), default=0))
        heading = _heading_dates(doc.lines)
        if event.date is not None and event.date.month is None and event.end_date is None and heading \
                and heading[0].year == event.date.year:
            event.date = None  # "2011 Intersessional Meeting" over "27-30 June 2011": the dateline is finer
        found = ((heading[:2] if heading else None) or _programme_days(doc.lines)) if event.date is None else None
        if found is not None:  # else a last day the prose gave ("... concluded on 21 September 2021") is kept
            event.date, event.end_date = found
        if heading and heading[2] and event.city is None and event.date == heading[0]:
            event.city = heading[2]  # "Geneva, 7-8 April 2015", "4-6 September 2017, Geneva, Switzerland"
        if event.date is None and (block := record_block(doc.lines, event.convention)) is not None:
            event.date, event.end_date = block[:2]  # an event listing's record: days / convention / place
            event.city = event.city or block[2]
        article = _article_date(doc.lines)
        if event.date is None and (_rx("opened_today").search(naming.sentence.text) or _opened_today_after(index, event)):
            event.date = article  # "22 June 2015 / The meeting ... opened today in Geneva", "... inició hoy en Dubrovnik"
        said = said_of(index, event, title_year(naming.sentence.para.text, naming.phrase.start),
                       article.year if article else None)
        if said is not None:
            if event.date is None or (event.date.month is None and event.end_date is None
                                      and said.start.year == event.date.year and said.start.month is not None):
                event.date, event.end_date = said.start, said.end  # "2022 Intersessional Meeting ... on 16-17 May 2022"
            elif event.end_date is None and event.date == said.start:
                event.end_date = said.end
            event.city = event.city or said.city
        if event.date is None and event.number is None:
            return  # "Conferences and Meetings of Experts": a page of many meetings, none of them its own
        event.report(item.index)
        yield from overlapping(index, event)
        position = index.events.index(event)
        seen: set[str] = set()
        for number, line in enumerate(doc.lines, start=1):
            for m in _rx("symbol", 0).finditer(line):
                symbol = m.group(0).rstrip(".,;")
                if symbol in seen or not _of_year(symbol, event.date):
                    continue
                seen.add(symbol)
                after = re.sub(r"^\s*[–—:-]\s*", "", line[m.end():]).strip()
                title = re.split(r"\s{2,}|\b(?:AR|EN)\s+(?:EN|ES|FR)\b", after)[0].strip()
                yield MeetingDocument(f"@{position}", symbol, Quote(line.strip(), number),
                                      title=title if 0 < len(title) <= 200 else None)


def _opened_today_after(index: EventIndex, event: Event) -> bool:
    """Whether a sentence says the meeting opened today right after naming it ("La Primera
    Conferencia de Revisión ... inició hoy en Dubrovnik"), nothing but its abbreviation between."""
    return any(after_name("opened_today", n.sentence.para.text, n.phrase.end, n.sentence.end) is not None
               for n in index.namings if n.event is event)


def _once(found: Iterator[Record], recognise: Recogniser) -> Iterator[Record]:
    """Each mandate once: the officers' reader may find again what the news reader found
    ("H.E. Thomas Hajnoczi" and "Thomas Hajnoczi" are one President; a term with its dates is
    another record and kept); none of a meeting of no
    convention (its convention would be a guess). A person named by one
    word (a list line cut after "Mr. Juan") is no one person: left out with a warning; a
    particle the flattening left at a name's end ("Prak Sokhonn de") is not the name's, and
    words inside a body's name ("Council of Disabled People") are no person. A person
    the prose tied to nobody may have a party in a speakers' list's apposition (affiliation.py).
    A presidency given without its meeting or dates ("her term as the Convention's President,
    Ambassador Eckey") is the one the page gives that holder with its meeting, if any. A holder
    the page makes both President and President-designate of one meeting is one of them, as
    the page's tense has it (_one_presidency); one it gives in the future tense, of a meeting
    still to come, is its President-designate (designate.py)."""
    records = one_presidency(future_presidencies(found))
    with_meeting = {_post_key(r) for r in records if isinstance(r, Mandate) and r.for_meeting}
    seen: set[tuple[str, str, str | None, str, str, PartialDate | None, PartialDate | None]] = set()
    warned: set[str] = set()
    placed: dict[str, bool] = {}  # short name -> whether some meeting of that name has a convention
    for record in records:
        if isinstance(record, Meeting) and record.short_name:
            placed[record.short_name] = placed.get(record.short_name, False) or record.convention is not None
        if isinstance(record, Mandate) and placed.get(record.for_meeting or "") is False:
            # the page names no convention for the meeting: the mandate's would be a guess
            if record.for_meeting not in warned:
                warned.add(record.for_meeting or "")
                yield Warning_(f"the officers of {record.for_meeting} are left out: the page names no convention "
                               "for that meeting", record.quote)
            continue
        if isinstance(record, Mention) and record.kind == "person":
            name = _trimmed(record.name)
            if one_word(name):
                yield Warning_(f"{record.name!r} is one word, no person's name; left out", record.quote)
                continue
            if _of_another_instrument(record.name, record.quote.text):
                yield Warning_(f"{record.name!r} holds a post of another instrument's meeting; left out", record.quote)
                continue
            if _in_a_body_name(record.name, record.quote.text):
                yield Warning_(f"{record.name!r} is part of a body's name, no person; left out", record.quote)
                continue
            party = record.party or affiliation(record.quote.text, record.name, recognise)
            record = dataclasses.replace(record, name=name, party=party)
        if isinstance(record, Mandate):
            if record.for_meeting is None and record.start is None and record.end is None \
                    and _post_key(record) in with_meeting:
                continue
            name = holder_key(record)
            key = (record.role, record.convention, record.for_meeting, record.holder.kind, name, record.start, record.end)
            if key in seen:
                continue
            seen.add(key)
        yield record


def _post_key(m: Mandate) -> tuple[str, str, str, str]:
    return (m.role, m.convention, m.holder.kind, holder_key(m))


def _of_another_instrument(name: str, text: str) -> bool:
    """Whether the post the sentence gives a person right after the name is of a meeting of
    another instrument ("... in his capacity as President-designate of the Twelfth Annual
    Conference of the High Contracting Parties to Amended Protocol II")."""
    at = text.find(name)
    if at < 0:
        return False
    end = at + len(name)
    return any(start >= end and _rx("other_instrument_post").search(text[end:start])
               for start, _ in other_instrument_meetings(text))


def _in_a_body_name(name: str, text: str) -> bool:
    """Whether a name written without an honorific is the tail of a body's name ("Council of
    Disabled People of Thailand"): capitalised words and "of" right before it."""
    if re.match(honorific_pattern(), name):
        return False
    at = text.find(name)
    return at > 0 and _rx("inside_body_name", 0).search(text[:at]) is not None


def _trimmed(name: str) -> str:
    """A name less the lower-case particles and the role words ("Minster", a post the flattening
    glued on: "H.E Wylbur Simuusa Minster of Foreign Affairs") left at its end."""
    words = name.split()
    while len(words) > 2 and (words[-1].lower() in particles() or words[-1].lower() in role_words()):
        words.pop()
    return " ".join(words)


def _names_a_meeting_vaguely(title: str) -> bool:
    """Whether a title names meetings by neither number nor convention ("Intersessional meetings
    open in Geneva"): read as a sentence on a page naming two conventions, it would give a
    meeting of a guessed convention, so it is left a title."""
    phrases = find_phrases(title)
    return bool(phrases) and all(p.number is None and p.convention is None for p in phrases)


def _of_year(symbol: str, date: PartialDate | None) -> bool:
    """Whether a symbol may be of a meeting of that date: one that carries another year
    ("CCW/P.V/CONF/2007/1" on the page of a 2008 meeting) is another meeting's document."""
    years = {int(y) for y in re.findall(r"/((?:19|20)\d\d)(?=/|$)", symbol)}
    return not years or date is None or date.year is None or date.year in years


def _main_naming(index: EventIndex, lines: list[str]) -> Mention_ | None:
    """Where the title names the meeting the page is about: the first meeting of the page's kinds."""
    kinds = set(_table()["page_kinds"])
    title_end = max((n for n, _ in _title(lines)), default=0)
    for naming in index.namings:
        if naming.event.kind in kinds and naming.sentence.quote().line <= title_end:
            return naming
    return None


def _heading_dates(lines: list[str]) -> tuple[PartialDate, PartialDate | None, str | None] | None:
    """A dateline among the title lines: a line that holds a date and places only (at least
    one); the first place that is no State is the city."""
    for _, text in _title(lines):
        spans = date_spans(text)
        if len(spans) != 1 or spans[0].date.month is None:
            if (other := _other_language_dateline(text)) is not None:
                return other
            continue
        rest = (text[: spans[0].start] + text[spans[0].end :]).strip(" ,.–—-")
        places = [part.strip() for part in rest.split(",") if part.strip()]
        # a date alone, or a weekday and a date, is an article's date line, not a meeting's dateline
        places = [part for part in places if part.lower() not in _table()["weekdays"]]
        if places and all(re.fullmatch(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}", part) for part in places):
            span = spans[0]
            city = places[0] if places and not state_spans(places[0]) else None
            if city is not None and city.isupper():
                city = known_city(city)  # "GENEVA, 7-8 APRIL 2015"; a heading in capitals is no place
            return span.date, span.end_date or (span.date if span.date.complete else None), city
    return None


def _other_language_dateline(text: str) -> tuple[PartialDate, PartialDate | None, str | None] | None:
    """A dateline in Spanish or French ("Ginebra, 16 a 20 de septiembre de 2002"): its days, and
    its city when it is one the conventions have met in, by its English name ("Ginebra" is
    Geneva); another is written in that language and is left unsaid rather than misnamed."""
    ranges = find_ranges(text)
    if len(ranges) != 1:
        return None
    rest = (text[: ranges[0].start] + text[ranges[0].end :]).strip(" ,.–—-")
    parts = [part.strip() for part in rest.split(",") if part.strip()]
    if all(re.fullmatch(r"[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*)*", part) for part in parts):
        return ranges[0].first, ranges[0].last, known_city(parts[0]) if parts else None
    return None


def _article_date(lines: list[str]) -> PartialDate | None:
    """The article's own date line among the title lines: a full date alone, or after a weekday."""
    for _, text in _title(lines):
        spans = date_spans(text)
        if len(spans) != 1 or not spans[0].date.complete or spans[0].end_date is not None:
            continue
        rest = (text[: spans[0].start] + text[spans[0].end :]).strip(" ,.–—-").lower()
        if not rest or rest in _table()["weekdays"]:
            return spans[0].date
    return None


def _programme_days(lines: list[str]) -> tuple[PartialDate, PartialDate | None] | None:
    """The first and last days that head the programme ("MONDAY 3 SEPTEMBER 2018", "TUESDAY 26
    NOVEMBER - FRIDAY 29 NOVEMBER 2019"). A weekday and a date among the title lines date the
    article, not the meeting, unless they head a run of the programme's days, each heading the
    day after the one before ("MONDAY 25 NOVEMBER 2019 / Opening ceremony / The opening ... /
    TUESDAY 26 NOVEMBER - FRIDAY 29 NOVEMBER 2019")."""
    title_end = max((n for n, _ in _title(lines)), default=0)
    below, above = _day_headings(lines[title_end:]), _day_headings(lines[:title_end])
    if above and len(above) + len(below) >= 2 and _a_run([*above, *below]):
        below = [*above, *below]
    if not below:
        return None
    return min(first for first, _ in below), max(last for _, last in below)


def _day_headings(lines: list[str]) -> list[tuple[PartialDate, PartialDate]]:
    """The first and last day of each line that heads days of a programme."""
    heading = _rx("programme_day", re.IGNORECASE | re.MULTILINE)
    found: list[tuple[PartialDate, PartialDate]] = []
    for line in lines:
        spans = date_spans(line) if heading.match(line) else []
        if spans and spans[0].date.complete:
            last = spans[0].end_date if spans[0].end_date is not None and spans[0].end_date.complete else spans[0].date
            found.append((spans[0].date, last))
    return found


def _a_run(days: list[tuple[PartialDate, PartialDate]]) -> bool:
    """Whether headings, in page order, each head the day after the last one the one before heads."""
    return all((b[0].to_date() - a[1].to_date()).days == 1 for a, b in zip(days, days[1:]))
