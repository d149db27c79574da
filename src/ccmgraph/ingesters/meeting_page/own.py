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
from collections.abc import Iterator
from typing import Any

from ccmgraph.ingesters.flat.about import convention_of
from ccmgraph.ingesters.flat.cities import city_after_name, city_before_name, city_in_name, city_names, venue_city, english_city, known_city, name_tail
from ccmgraph.ingesters.flat.meetings import date_range
from ccmgraph.ingesters.flat.states import only_states, state_spans
from ccmgraph.ingesters.meeting_page.data import rx, table
from ccmgraph.vocabulary import ordinal, ordinal_pattern
from ccmgraph.ingesters.flat.vocab import load_yaml
from ccmgraph.ingesters.flat.dates import find_dates, find_ranges
from ccmgraph.ingesters.news.dating import DateSpan, date_spans
from ccmgraph.ingesters.news.events import Event, EventIndex
from ccmgraph.records import PartialDate, Warning_


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


def said_of(index: EventIndex, event: Event, title_year: int | None, article_year: int | None = None,
            own: bool = True) -> Said | None:
    """The first sentence that makes `event` the subject of its dates, read; "this year" is the
    year of the article's own date line (`article_year`), never a guessed one. A meeting that is
    not the page's own (`own` false) must be the verb's subject in a shorter reach, with no
    clause of its own between ("the 2RC, where it was agreed that ... will meet on ...")."""
    reach = int(_table()["verb_reach" if own else "other_verb_reach"])
    for naming in index.namings:
        if naming.event is not event:
            continue
        text, stop = naming.sentence.para.text, naming.sentence.end
        verb = rx("held").search(text, naming.phrase.end, min(stop, naming.phrase.end + reach))
        if verb is None or _other_meeting_between(index, naming.sentence, event, naming.phrase.end, verb.start()):
            continue
        if _complement(index, naming):
            continue
        if not own and rx("other_verb_gap").search(text, naming.phrase.end, verb.start()):
            continue
        rest = text[verb.end() : stop]
        span = _first_dates(rest)
        lead = _rx("before_dates").match(rest[: span.start]) if span is not None else None
        if span is None or lead is None or span.date.month is None:
            continue
        start, end = span.date, span.end_date
        year = article_year if lead["this_year"] else title_year
        if start.year is None:
            if year is None:
                continue  # a year the page does not give its meeting is not guessed
            start = PartialDate(year, start.month, start.day)
            end = PartialDate(year, end.month, end.day) if end is not None and end.year is None else end
        if end is None and start.complete:
            end = start  # "will take place on 23 August": the one day it is held
        if end is not None and end < start:
            continue
        # a city between the verb and the days ("to be held in Maputo from ...") is the meeting's own;
        # one after the days may be another clause's
        city = _city(rest[: span.start]) or _city(rest[span.end :]) or _city_before_state(rest[span.end :]) \
            or venue_city(rest[: span.start]) or venue_city(re.split(r"[.;:]\s", rest[span.end :] + " ", maxsplit=1)[0])
        return Said(start, end, english_city(city) if city else None)
    return None


def _first_dates(text: str) -> DateSpan | None:
    """The first dates of the text; a span of days news prose does not read ("from 25 to 29
    Novembre 2024", a month in another language) as flat/dates reads it."""
    spans = date_spans(text)
    ranges = find_ranges(text)
    if ranges and (not spans or ranges[0].start <= spans[0].start) and (
            not spans or spans[0].date.month is None or ranges[0].end >= spans[0].end):
        # a span of days that holds the first date news prose reads ("2. bis 4. September 2019",
        # where it reads the month alone; "2 through 4 September", where it reads the last day)
        return DateSpan(ranges[0].start, ranges[0].end, ranges[0].first, ranges[0].last)
    if spans and spans[0].date.month is None:
        # a month in another language ("en diciembre de 2009"), that news prose reads as a year
        month = next((d for d in find_dates(text) if d.date.day is None and d.end >= spans[0].end), None)
        if month is not None and month.start <= spans[0].start:
            return DateSpan(month.start, month.end, month.date, None)
    return spans[0] if spans else None


def _dated(index: EventIndex, event: Event, start: PartialDate, end: PartialDate | None, city: str | None) -> None:
    """Give a meeting the days and city its own words give it, and report it by its first naming."""
    event.date, event.end_date = start, end
    event.city = event.city or (english_city(city) if city else None)
    first = next((n for n in index.namings if n.event is event), None)
    if first is not None:
        event.report(first.item)


def subjects(index: EventIndex) -> None:
    """Date and place each numbered meeting that is the subject of its own verb of being held
    ("La Segunda Conferencia de Examen de la Convención ... se llevó a cabo en Cartagena,
    Colombia en diciembre de 2009"), beside the page's own."""
    for event in index.events:
        if event.number is None or event.date is not None:
            continue
        said = said_of(index, event, None, own=False)
        if said is not None and said.start.year is not None:
            _dated(index, event, said.start, said.end, said.city)


def resumed(index: EventIndex) -> None:
    """Date a numbered meeting by the clause that takes it up again later in its sentence: "la
    première Assemblée des États parties a été convoquée ... un an après l'entrée en vigueur,
    assemblée qui a eu lieu à Maputo (Mozambique) du 3 au 7 mai 1999", "the First Review
    Conference, a conference which was held in Nairobi, Kenya, from 29 November to 3 December
    2004". No other meeting may be named between the name and the clause."""
    for naming in index.namings:
        event = naming.event
        if event.number is None or event.date is not None:
            continue
        text, stop = naming.sentence.para.text, naming.sentence.end
        clause = rx("resumed").search(text, naming.phrase.end, min(stop, naming.phrase.end + int(_table()["verb_reach"])))
        if clause is None or _other_meeting_between(index, naming.sentence, event, naming.phrase.end, clause.end()):
            continue
        rest = text[clause.end() : stop]
        span = _first_dates(rest)
        place = rx("resumed_place").fullmatch(rest[: span.start]) if span is not None else None
        if span is None or place is None or span.date.year is None or span.date.month is None:
            continue
        if span.end_date is not None and span.end_date < span.date:
            continue
        _dated(index, event, span.date, span.end_date, place["city"] if place["city"] and _is_city(place["city"]) else None)


def hold_decisions(index: EventIndex) -> None:
    """Date and place a numbered meeting that a decision to hold it names as its object: "it was
    agreed to hold the Mine-Ban Convention's First Review Conference at the United Nations
    facilities in Nairobi from 29 November to 3 December 2004" (meeting_page.yml `hold_before`).
    Only the place and the days that follow its name, as the verb of its being held would have
    them (`before_dates`: "in Geneva from", "at the ... facilities in Nairobi from"), and no
    other meeting named between."""
    for naming in index.namings:
        event = naming.event
        if event.number is None or event.date is not None:
            continue
        text, stop = naming.sentence.para.text, naming.sentence.end
        if not rx("hold_before").search(text[max(naming.sentence.start, naming.phrase.start - 120) : naming.phrase.start]):
            continue
        tail = re.compile(name_tail()).match(text, naming.phrase.end, stop)
        start = tail.end() if tail else naming.phrase.end
        rest = text[start : min(stop, start + int(_table()["verb_reach"]))]
        span = _first_dates(rest)
        if span is None or _other_meeting_between(index, naming.sentence, event, naming.phrase.end, start + span.start):
            continue
        lead = _rx("before_dates").match(rest[: span.start])
        if lead is None or lead["this_year"] or span.date.year is None or span.date.month is None \
                or (span.end_date is not None and span.end_date < span.date):
            continue
        end = span.end_date or (span.date if span.date.complete else None)
        _dated(index, event, span.date, end, _city(rest[: span.start]))


def named_after(index: EventIndex) -> None:
    """Date and place a numbered meeting whose short name, in parentheses, closes the dates a
    sentence gives the same kind of meeting named without its number: "The annual Meeting of the
    States Parties to the ... Convention ... takes place for the 13th time in Geneva from 2-5
    December 2013 (13MSP)". The unnumbered name must be the subject of the verb (meeting_page.yml
    `held`), nothing but the place between the verb and the days (a "for the Nth time" must agree
    with the number), nothing between the days and the parentheses, and no other meeting between."""
    for naming in index.namings:
        event, text = naming.event, naming.sentence.para.text
        if event.number is None or event.date is not None or text[naming.phrase.start - 1 : naming.phrase.start] != "(" \
                or text[naming.phrase.end : naming.phrase.end + 1] != ")":
            continue
        subject = next((n for n in index.namings if n.sentence == naming.sentence and n.event.number is None
                        and n.event.kind == event.kind and n.event.convention in (None, event.convention)
                        and n.phrase.end < naming.phrase.start), None)
        if subject is None or _other_meeting_between(index, naming.sentence, event, subject.phrase.end, naming.phrase.start - 1) \
                or any(n.sentence == naming.sentence and n.event is not subject.event and n.event is not event
                       and subject.phrase.end <= n.phrase.start < naming.phrase.start for n in index.namings):
            continue
        verb = rx("held").search(text, subject.phrase.end, min(naming.phrase.start, subject.phrase.end + int(_table()["verb_reach"])))
        if verb is None:
            continue
        rest = text[verb.end() : naming.phrase.start - 1]
        nth = _rx_i("nth_time").match(rest)
        if nth is not None:
            if ordinal(nth["ord"]) != event.number:
                continue
            rest = rest[nth.end() :]
        span = _first_dates(rest)
        lead = _rx("before_dates").match(rest[: span.start]) if span is not None else None
        if span is None or lead is None or lead["this_year"] or rest[span.end :].strip() or span.date.year is None \
                or span.date.month is None or (span.end_date is not None and span.end_date < span.date):
            continue
        _dated(index, event, span.date, span.end_date or (span.date if span.date.complete else None), _city(rest[: span.start]))


def header_datelines(index: EventIndex) -> None:
    """Date a numbered meeting by the city and days a UN report's header writes right after its
    name, the flattening having joined the lines: "Huitième Assemblée des États parties Genève,
    3-5 septembre 2018 Point 11 de l'ordre du jour", "Eighth Meeting of States Parties Geneva,
    3-5 September 2018"; or a caption's month alone after a comma, ending the clause ("une fresque
    réalisée dans le cadre de la 7eme Conférence des états parties, septembre 2006 (fragment)")."""
    for naming in index.namings:
        event = naming.event
        if event.number is None or event.date is not None:
            continue
        text = naming.sentence.para.text[naming.phrase.end : naming.sentence.end]
        caption = rx("caption_month").match(text)
        months = [d for d in find_dates(caption["when"]) if d.start == 0 and d.date.day is None] if caption else []
        if caption and months and months[0].end == len(caption["when"]) and months[0].date.month:
            _dated(index, event, months[0].date, None, None)  # "la 7eme Conférence des états parties, septembre 2006"
            continue
        m = rx("header_dateline").match(text)
        span = _first_dates(text[m.end() :]) if m else None
        if m is None or span is None or span.start != 0 or span.date.day is None or span.date.year is None:
            continue
        if not _is_city(m["city"]) or (span.end_date is not None and span.end_date < span.date):
            continue
        _dated(index, event, span.date, span.end_date or span.date, m["city"])


def symbol_headers(index: EventIndex, text: str) -> None:
    """Date and place the Meeting of States Parties a UN document's header names by its ordinal
    alone, where the document's own symbol gives that number: "APLC/MSP.7/2006/L.2 ... Seventh
    Meeting Geneva, 18 – 22 September 2006", "Séptima Reunión Ginebra, 18 a 22 de septiembre de 2006"."""
    numbers = {int(m["n"]) for m in rx("msp_symbol").finditer(text)}
    if not numbers:
        return
    header = re.compile(rf"(?<![\w-])(?P<ord>{ordinal_pattern()})\s+{table()['header_meeting']}", re.IGNORECASE)
    for m in header.finditer(text):
        number = ordinal(m["ord"])
        span = _first_dates(text[m.end() : m.end() + 80])
        if number not in numbers or span is None or span.start != 0 or span.date.day is None or not _is_city(m["city"]):
            continue
        for event in index.events:
            if (event.kind, event.convention, event.number) == ("msp", "apmbc", number) and event.date is None:
                _dated(index, event, span.date, span.end_date or span.date, m["city"])


def dates_before(index: EventIndex) -> None:
    """Date a numbered meeting by the gathering its sentence names just before it, in its city
    and on its days: "... are expected to meet in Nairobi from 29 November to 3 December 2004 for
    the First Review Conference of the Convention". Days without their year give the city only,
    and only to a meeting that has those days or none ("will gather in Geneva from 18 to 22
    September for the Seventh Meeting"): the year is never guessed."""
    for naming in index.namings:
        event = naming.event
        if event.number is None or (event.date is not None and event.city is not None):
            continue
        text = naming.sentence.para.text
        before = text[max(naming.sentence.start, naming.phrase.start - 200) : naming.phrase.start]
        m = rx("dates_before").search(before)
        span = _first_dates(m["when"]) if m else None
        if m is None or span is None or span.start != 0 or span.end != len(m["when"]) or span.date.day is None \
                or (span.end_date is not None and span.end_date < span.date) or not _is_city(m["city"]):
            continue
        if event.date is None and span.date.year is not None:
            _dated(index, event, span.date, span.end_date or span.date, m["city"])
        elif event.city is None and (event.date is None or _same_days(event.date, span.date)):
            event.city = english_city(m["city"])


def _same_days(a: PartialDate, b: PartialDate) -> bool:
    """One day, written with or without its year."""
    return (a.month, a.day) == (b.month, b.day) and None in (a.year, b.year) or a == b


def calendar_blocks(index: EventIndex, lines: list[str]) -> None:
    """Date and place a numbered meeting whose name stands alone on its line, its days and its
    place on the next lines, in either order: a calendar of past meetings ("Ninth Meeting of the
    States Parties / 24 - 28 November 2008 / Geneva"), a page's title block ("... / Cartagena,
    Colombia / 29 November - 4 December 2009"). Lines that say anything else give nothing."""
    for naming in index.namings:
        event = naming.event
        dated_by_days = event.kind in _table()["calendar_dated_kinds"]  # keyed by its days, not its number
        if (event.number is None and not dated_by_days) or event.date is not None:
            continue
        para = naming.sentence.para
        number = para.line_at(naming.phrase.start)
        if not 0 < number <= len(lines):
            continue
        line = " ".join(lines[number - 1].split())
        name = " ".join(para.text[naming.phrase.start : naming.phrase.end].split())
        tail = _rx("calendar_name_tail").fullmatch(line[len(name):]) if line.startswith(name) else None
        if tail is None or (tail["target"] and not dated_by_days):
            continue  # "Second Preparatory Meeting of States Parties for the First Review Conference"
        following = [line.strip() for line in lines[number:] if line.strip()][:2]
        days = [date_range(line) for line in following]
        at = next((i for i, (start, _) in enumerate(days) if start is not None and start.day is not None), None)
        if at is None or (at == 1 and not _place(following[0])):
            continue
        start, end = days[at]
        assert start is not None
        if tail["year"] and int(tail["year"]) != start.year:
            continue  # "Intersessional Meeting 2015" over days of another year
        city = _dateline_place(following[at])  # "Geneva, 4-6 September 2017": the days and their city on one line
        if city is None and len(following) == 2:
            city = _place(following[1 - at])
        _dated(index, event, start, end or start, city)


def _dateline_place(line: str) -> str | None:
    """The city a line of days writes before them, and nothing else but a comma ("Lusaka,
    9-13 September 2013", "Geneva 24 June 2015"): one the conventions have met in (flat/cities.py
    `known_city`); None for days alone or any other words.

    >>> _dateline_place("Lusaka, 9-13 September 2013"), _dateline_place("9-13 September 2013")
    ('Lusaka', None)
    >>> _dateline_place("Report, 9-13 September 2013") is None, _dateline_place("Colombia, 9 May 2013") is None
    (True, True)
    """
    spans = date_spans(line)
    if len(spans) != 1 or line[spans[0].end :].strip(" .") or spans[0].start == 0:
        return None
    head = line[: spans[0].start].strip().rstrip(",").strip()
    city = _place(head)
    return known_city(city) if city is not None and city == head and not state_spans(city) else None


@cache
def _advisory_label() -> re.Pattern[str]:
    labels = {str(w): str(key) for key, words in _table()["advisory_labels"].items() for w in words}
    alternatives = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    return re.compile(rf"\s*(?P<label>{alternatives})\s*:\s*(?P<rest>\S.*)")


def _advisory_lines(lines: list[str]) -> dict[str, tuple[int, str]] | None:
    """The WHAT, WHEN and WHERE lines of a media advisory (1-based line, the words after the
    label), each written once, WHAT before WHEN; else None."""
    keys = {str(w): str(key) for key, words in _table()["advisory_labels"].items() for w in words}
    found: dict[str, list[tuple[int, str]]] = {}
    for number, line in enumerate(lines, start=1):
        if (m := _advisory_label().match(line)) is not None:
            found.setdefault(keys[m["label"]], []).append((number, m["rest"].strip()))
    if any(len(found.get(key, [])) != 1 for key in ("what", "when", "where")):
        return None
    block = {key: found[key][0] for key in ("what", "when", "where")}
    return block if block["what"][0] < block["when"][0] else None


def _place_of_address(line: str) -> str | None:
    """The city of an address that ends with a city and its State ("Julio César Turbay Ayala
    Convention Center, Cartagena, Colombia"), or that is a place alone ("Geneva")."""
    parts = [p.strip() for p in line.rstrip(" .").split(",") if p.strip()]
    if len(parts) >= 2 and only_states(parts[-1]) and (city := _place(parts[-2])) is not None:
        return city
    return _place(line.strip())


def advisory_blocks(index: EventIndex, lines: list[str]) -> None:
    """Date and place the one numbered meeting a media advisory's WHAT line names by its WHEN
    line, which opens with its days ("WHEN: 29 November-4 December 2009 Members of the press
    ..."), and its WHERE line, an address ending with the city and its State. A WHEN line that
    opens with anything else, or a WHAT line naming two meetings, gives nothing."""
    block = _advisory_lines(lines)
    if block is None:
        return
    what = block["what"][0]
    events = {id(n.event): n.event for n in index.namings
              if n.event.number is not None and n.sentence.para.line_at(n.phrase.start) == what}
    if len(events) != 1:
        return
    event = next(iter(events.values()))
    when = block["when"][1]
    spans = date_spans(when)
    if not spans or when[: spans[0].start].strip(" ,:") or spans[0].date.year is None or spans[0].date.day is None:
        return
    start, end = spans[0].date, spans[0].end_date
    if end is not None and (end.year is None or end < start):
        return
    if event.date is None:
        event.date, event.end_date = start, end or start
        event.report(event.item)
    city = _place_of_address(block["where"][1])
    if city and event.city is None and event.date == start:
        event.city = city


def record_block(lines: list[str], convention: str | None) -> tuple[PartialDate, PartialDate, str] | None:
    """The days and city of an event listing's record block, as event pages end ("18 - 21
    December 2017 / Anti-Personnel Mine Ban Convention (APMBC) / Vienna, Austria"): a line of
    days, the next naming the page's meeting's convention and nothing else of the field, the
    next a place. A page with two such blocks lists several events and gives none."""
    kept = [line.strip() for line in lines if line.strip()]
    found: list[tuple[PartialDate, PartialDate, str]] = []
    for at, line in enumerate(kept[:-2]):
        start, end = date_range(line)
        if start is None or start.day is None:
            continue
        named, place = convention_of(kept[at + 1]), _place(kept[at + 2])
        if named is not None and named == convention and len(kept[at + 1].split()) <= 10 and place:
            found.append((start, end or start, place))
    return found[0] if len(found) == 1 else None


def _place(line: str) -> str | None:
    """The city of a line that is a place and nothing else ("Geneva", "Zagreb, Croatia")."""
    m = rx("place_line").fullmatch(line)
    if m is None or not _is_city(m["city"]) or (m["country"] and not only_states(m["country"])):
        return None
    return m["city"]


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


def overlapping(index: EventIndex, own: Event) -> Iterator[Warning_]:
    """A Meeting of States Parties, Review Conference or intersessional week of the page's
    convention dated inside the page's own meeting's days ("... at the 9th Meeting of the
    States Parties, 27 May 2009" in a list of statements of the intersessional week) took that
    date from the day a statement was made: no two such meetings of one convention share a day."""
    if own.date is None or own.end_date is None or own.end_date == own.date or None in (own.date.year, own.end_date.year):
        return  # days of no year are compared with none (they are dropped later)
    exclusive = set(_table()["exclusive_kinds"])
    if own.kind not in exclusive:
        return
    for event in index.events:
        if event is own or event.kind not in exclusive or event.convention != own.convention or event.date is None \
                or event.date.year is None or (event.end_date is not None and event.end_date.year is None):
            continue
        if own.date <= event.date <= own.end_date and (event.end_date is None or event.end_date <= own.end_date):
            yield Warning_(f"{event.short_name or event.title} dated {event.date.iso()} falls inside the page's own "
                           f"meeting ({own.date.iso()} to {own.end_date.iso()}); its date is left out", event.quote)
            event.date, event.end_date = None, None


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
    if name in city_names():
        return True  # "The Hague", though "The" heads no city elsewhere
    return not (set(name.split()) & set(_table()["not_city"]) or state_spans(name) or date_spans(name))


def title_year(title: str, phrase_start: int) -> int | None:
    """The year written right before the meeting's name in a title line."""
    m = _rx("title_year").search(title[:phrase_start])
    return int(m["year"]) if m else None


def _complement(index: EventIndex, naming: Any) -> bool:
    """Whether a naming is the complement of another meeting's name just before it in its
    sentence ("the second preparatory meeting for the First Review Conference"): the dates its
    sentence gives are of that other meeting."""
    text = naming.sentence.para.text
    return any(n.sentence == naming.sentence and n.event is not naming.event and n.phrase.end <= naming.phrase.start
               and _rx("complement_gap").match(text[n.phrase.end : naming.phrase.start])
               for n in index.namings)


def _other_meeting_between(index: EventIndex, sentence: object, event: Event, start: int, end: int) -> bool:
    return any(n.sentence == sentence and n.event is not event and start <= n.phrase.start < end for n in index.namings)


def _city_before_state(text: str) -> str | None:
    """The city a venue's address ends with, before its State, in the sentence's first clause
    ("at the GICHD, Avenue de la Paix 7bis (WMO Building), Geneva, Switzerland.")."""
    clause = re.split(r"[.;:]\s", text + " ", maxsplit=1)[0]
    for m in _rx("city_before_state").finditer(clause):
        states = state_spans(m["state"])
        if states and states[0].start == 0 and states[0].end == len(m["state"]) and _is_city(m["city"]):
            return m["city"]
    return None


def _city(text: str) -> str | None:
    m = _rx("city_after").match(text)
    if m is None:
        return None
    return m["city"] if _is_city(m["city"]) else None


def clause_cities(index: EventIndex) -> None:
    """Place a numbered meeting by the relative clause right after its name that says where it is
    being held and gives no days of its own ("..., que decorre desde segunda-feira, 23, em Maputo"),
    or by the verb that opens or closes it there ("... inició hoy en Dubrovnik (Croacia)"). Only a
    city the conventions have met in is taken (flat/meetings.py `known_city`): a headline's typo
    ("Concludes in Genvea") is no city.
    No other meeting may be named in the clause."""
    for naming in index.namings:
        event = naming.event
        if event.number is None or event.city is not None or _complement(index, naming):
            continue  # "the second preparatory meeting for the 1RC ... took place in Geneva": the other's city
        text = naming.sentence.para.text
        event.city = city_after_name(text, naming.phrase.end, naming.sentence.end) \
            or city_before_name(text, naming.phrase.start, naming.sentence.start)


def cities_in_names(index: EventIndex) -> None:
    """Place a meeting by the city its name holds ("the 2014 Maputo Review Conference", "la
    Conferencia de Revisión de Maputo"), where nothing else placed it (flat/cities.py `city_in_name`)."""
    for naming in index.namings:
        event = naming.event
        if event.city is None and not naming.phrase.listed:
            event.city = city_in_name(naming.sentence.para.text, naming.phrase.start, naming.phrase.end, event.kind)


def press_datelines(index: EventIndex) -> None:
    """Place a meeting by the dateline of the press release paragraph that names it as held where
    and when the release is written: "(Dubrovnik, 7 September 2015) – ... in opening remarks to the
    convention's First Review Conference taking place here"."""
    for naming in index.namings:
        event = naming.event
        if event.city is not None or (event.number is None and event.date is None):
            continue
        para, sentence = naming.sentence.para, naming.sentence
        m = rx("press_dateline").match(para.text)
        if m is None or not date_spans(m["when"]) or known_city(m["city"]) is None:
            continue
        after = para.text[naming.phrase.end : sentence.end]
        before = para.text[max(sentence.start, naming.phrase.start - 80) : naming.phrase.start]
        if rx("here_after").match(after) is None and rx("here_before").search(before) is None:
            continue  # "(Geneva, 3 March 2015) – States met today to prepare the 1RC": not where it is held
        event.city = known_city(m["city"])


@cache
def _after_name(name: str) -> re.Pattern[str]:
    return re.compile(name_tail() + str(table()[name]), re.IGNORECASE)


def after_name(name: str, text: str, end: int, stop: int) -> re.Match[str] | None:
    """Pattern `name` of meeting_page.yml right after a meeting's name (ending at `end`), past
    what may stand between (`name_tail`): nothing else, so no other meeting, stands between."""
    return _after_name(name).match(text, end, stop)


def title_aliases(index: EventIndex, own: Event, title_end: int) -> None:
    """A meeting the title names again without its number, beside the page's own numbered one
    ("4th Meeting of States Parties to the Mine Ban Treaty, September 16-20 / Meeting of States
    Parties to the Convention ..., Geneva, September 16-20", the flattening having glued the
    ordinal to the days before it) is the page's own meeting: its city and days go to it, where
    they do not contradict what it has, and it is no meeting of its own."""
    if own.number is None:
        return
    for event in list(index.events):
        namings = [n for n in index.namings if n.event is event]
        if event is own or event.number is not None or (event.kind, event.convention) != (own.kind, own.convention) \
                or not namings or any(n.sentence.quote().line > title_end for n in namings):
            continue
        if (event.city and own.city and event.city != own.city) or (event.date and own.date and (
                event.date != own.date or None not in (event.end_date, own.end_date) and event.end_date != own.end_date)):
            continue
        own.city, own.venue = own.city or event.city, own.venue or event.venue
        if own.date is None or own.end_date is None and event.date == own.date:
            own.date, own.end_date = event.date or own.date, event.end_date or own.end_date
        own.quotes += event.quotes
        for naming in namings:
            naming.event = own
        index.events.remove(event)


def undated_lists(index: EventIndex) -> None:
    """A meeting the page names only in a list of ordinals before a plural name ("the Seventh
    and Twelfth Meetings of the States Parties, held in 2006 and 2012") has no days or city of
    its own there: whose date is whose the list does not say."""
    for event in index.events:
        namings = [n for n in index.namings if n.event is event]
        if namings and all(n.phrase.listed for n in namings):
            event.date = event.end_date = None
            event.city = event.venue = None


def report_covers(index: EventIndex) -> None:
    """Date and place the numbered meeting a UN report's cover is of: its city and days, the
    agenda item and the heading stand right before the sentence that names the report's meeting
    ("Nairobi, 29 November – 3 December 2004 Item 18 of the agenda FINAL REPORT The Final Report
    of the First Review Conference ..."). Nothing but those may stand between."""
    for naming in index.namings:
        event = naming.event
        if event.number is None or event.date is not None:
            continue
        text = naming.sentence.para.text
        m = rx("report_cover").search(text[max(0, naming.phrase.start - 240) : naming.phrase.start])
        span = _first_dates(m["when"]) if m else None
        if m is None or span is None or span.start != 0 or span.end != len(m["when"]) or span.date.day is None \
                or span.date.year is None or (span.end_date is not None and span.end_date < span.date):
            continue
        city = english_city(m["city"])
        _dated(index, event, span.date, span.end_date or span.date, city if _is_city(city) else None)


def list_items(index: EventIndex, lines: list[str]) -> None:
    """Date and place a meeting a list item names, whose line gives its days and city after its
    name and nothing else (meeting_page.yml `list_item_rest`): "- Intersessional Meetings 17-19
    June 2024, Geneva", "- Second Preparatory Meeting for the Review Conference. 18 September
    2024". Only days with their month and year, that make up all that stands there; a city only
    if it is one (not a State, not a venue's word). Days the meeting already has are kept, and
    a city is added only to the days the line gives it."""
    bullet, pattern = _rx_i("list_bullet"), re.compile("".join(str(_table()["list_item_rest"]).split()), re.IGNORECASE)
    for naming in index.namings:
        event, para = naming.event, naming.sentence.para
        number = para.line_at(naming.phrase.start)
        if not 0 < number <= len(lines) or naming.phrase.listed:
            continue
        line = " ".join(lines[number - 1].split())
        name = " ".join(para.text[naming.phrase.start : naming.phrase.end].split())
        lead = bullet.match(line)
        at = line.find(name)
        if lead is None or at < 0 or not _rx("list_item_lead").fullmatch(line[lead.end() : at]):
            continue  # "- Ninth International Pledging Conference ...": words of its name only before it
        m = pattern.match(line[at + len(name) :])
        if m is None:
            continue  # (a meeting the tail names, "for the Review Conference", is what this one is for)
        span = _first_dates(m["when"])
        if span is None or span.start != 0 or span.end != len(m["when"]) or span.date.year is None \
                or span.date.month is None or (span.end_date is not None and span.end_date < span.date):
            continue
        end = span.end_date or (span.date if span.date.complete else None)
        city = m["city"] if m["city"] and _is_city(m["city"]) and (m["country"] is None or only_states(m["country"])) \
            and re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}", m["city"]) else None
        if event.date is None:
            _dated(index, event, span.date, end, city)
        elif event.city is None and city is not None and event.date == span.date:
            event.city = english_city(city)
