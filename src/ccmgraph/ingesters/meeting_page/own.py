"""The dates and city of a page's own meeting, read from the sentence whose subject it is.

News prose links a meeting to a date only when few words stand between them; a meeting page
often names its meeting with a long tail ("the first informal Meeting of Experts on the
Protocol V on Explosive Remnants of War (ERW), annexed to the 1980 Convention ..., shall take
place from Wednesday, 2 July to Friday, 4 July 2008 at the Palais des Nations in Geneva").
There the verb (meeting_page.yml `held`) makes the meeting the subject of the dates after it,
provided no other meeting is named between. A date without a year takes the year the page's
title gives the meeting ("2019 Protocol V Meeting of Experts"), never a guessed one; one day
given for a meeting that is held is all of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ccmgraph.ingesters.flat.states import state_spans
from ccmgraph.ingesters.flat.vocab import load_yaml
from ccmgraph.ingesters.flat.dates import find_dates, find_ranges
from ccmgraph.ingesters.news.dating import DateSpan, date_spans
from ccmgraph.ingesters.news.events import Event, EventIndex
from ccmgraph.records import PartialDate


@cache
def _table() -> dict[str, Any]:
    return load_yaml(Path(__file__).with_name("meeting_page.yml"))


@cache
def _rx(name: str) -> re.Pattern[str]:
    return re.compile(str(_table()[name]))


@dataclass(frozen=True)
class Said:
    """What the sentence whose subject the meeting is says of it."""

    start: PartialDate
    end: PartialDate | None
    city: str | None


def said_of(index: EventIndex, event: Event, title_year: int | None) -> Said | None:
    """The first sentence that makes `event` the subject of its dates, read."""
    for naming in index.namings:
        if naming.event is not event:
            continue
        text, stop = naming.sentence.para.text, naming.sentence.end
        verb = _rx("held").search(text, naming.phrase.end, min(stop, naming.phrase.end + int(_table()["verb_reach"])))
        if verb is None or _other_meeting_between(index, naming.sentence, event, naming.phrase.end, verb.start()):
            continue
        rest = text[verb.end() : stop]
        span = _first_dates(rest)
        if span is None or not _rx("before_dates").match(rest[: span.start]) or span.date.month is None:
            continue
        start, end = span.date, span.end_date
        if start.year is None:
            if title_year is None:
                continue  # a year the page does not give its meeting is not guessed
            start = PartialDate(title_year, start.month, start.day)
            end = PartialDate(title_year, end.month, end.day) if end is not None and end.year is None else end
        if end is None and start.complete:
            end = start  # "will take place on 23 August": the one day it is held
        if end is not None and end < start:
            continue
        return Said(start, end, _city(rest[span.end :]) or _city(rest[: span.start]))
    return None


def _first_dates(text: str) -> DateSpan | None:
    """The first dates of the text; a span of days news prose does not read ("from 25 to 29
    Novembre 2024", a month in another language) as flat/dates reads it."""
    spans = date_spans(text)
    ranges = find_ranges(text)
    if ranges and (not spans or spans[0].date.month is None) and (not spans or ranges[0].start <= spans[0].start):
        return DateSpan(ranges[0].start, ranges[0].end, ranges[0].first, ranges[0].last)
    return spans[0] if spans else None


def places_after(index: EventIndex) -> None:
    """Give a dated meeting the city written with its own dates right after its name."""
    patterns = [re.compile("".join(str(p).split()), re.IGNORECASE) for p in _table()["places_after"]]
    for naming in index.namings:
        event = naming.event
        if event.date is None or event.city is not None:
            continue
        after = naming.sentence.para.text[naming.phrase.end : naming.sentence.end]
        for pattern in patterns:
            m = pattern.match(after)
            spans = date_spans(m["when"]) if m else []
            if m and spans and spans[0].date == event.date and _is_city(m["city"]):
                event.city = m["city"]
                break


def drop_issue_dates(index: EventIndex, text: str) -> None:
    """A meeting dated only by its document's issue date ("... 4 August 2015 Original: English")
    loses that date; a meeting the page says nothing else of is no longer reported."""
    issued = {span.date for span in date_spans(text) if span.end_date is None and span.date.complete
              and _rx_i("issue_date_after").match(text, span.end)}
    for event in index.events:
        if event.date in issued and event.end_date in (None, event.date):
            event.date, event.end_date = None, None
            if event.number is None and event.city is None and event.chair is None and event.presidency is None:
                event.reported_in = None


def glued_datelines(index: EventIndex, text: str) -> None:
    """A meeting dated by the last day of a dateline whose dash was lost ("Dubrovnik, 7 11
    September 2015") takes the whole span."""
    for m in _rx_i("glued_dateline").finditer(text):
        last = find_dates(m["last"])
        if not last or last[0].start != 0 or not last[0].date.complete:
            continue
        day = last[0].date
        if not 0 < int(m["first"]) < (day.day or 0):
            continue
        for event in index.events:
            if event.date == day and event.end_date in (None, day):
                event.date, event.end_date = PartialDate(day.year, day.month, int(m["first"])), day


@cache
def _rx_i(name: str) -> re.Pattern[str]:
    return re.compile(str(_table()[name]), re.IGNORECASE)


def _is_city(name: str) -> bool:
    return not (set(name.split()) & set(_table()["not_city"]) or state_spans(name) or date_spans(name))


def title_year(title: str, phrase_start: int) -> int | None:
    """The year written right before the meeting's name in a title line."""
    m = _rx("title_year").search(title[:phrase_start])
    return int(m["year"]) if m else None


def _other_meeting_between(index: EventIndex, sentence: object, event: Event, start: int, end: int) -> bool:
    return any(n.sentence == sentence and n.event is not event and start <= n.phrase.start < end for n in index.namings)


def _city(text: str) -> str | None:
    m = _rx("city_after").match(text)
    if m is None:
        return None
    return m["city"] if _is_city(m["city"]) else None
