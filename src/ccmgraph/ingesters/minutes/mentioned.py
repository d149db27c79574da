"""Meetings the minutes' prose dates: "the 7MSP, to be held in Geneva on 4-6 September 2017".

A meeting named in the discussion is given the dates and city written right after its name,
joined to it only by linking words ("to be held in Geneva on", "held", "(Geneva, 4-6 September
2017)"): a date after other words ("by 1 August", "the deadline of", another event's name) is
not the meeting's. Words relative to the minutes' own date ("held the day before", "next
year", "next week") and a day written without its year are resolved against that date, and
the tense is checked: a meeting "to be held" or "next" is after the minutes' date, one "held"
or "last" before it. Whatever is ambiguous (a yearless day with no tense, a date the tense
contradicts, a week that spans two months) gives no date. The minutes' own meeting and the
next meeting the minutes schedule (meeting.py) are not repeated. Names are read by the
vocabulary (meeting_mentions), so the resolver gives these meetings the IRIs other documents
give them ("7MSP" from minutes = the 7MSP of a meeting page).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ccmgraph.records import Meeting, PartialDate, Quote
from ccmgraph.text.dates import MONTH_YEAR, MONTHS, find_date_spans, in_era
from ccmgraph.vocabulary import host_cities, kind_held, meeting_kinds, meeting_mentions
from ccmgraph.ingesters.minutes.items import Item

TAIL_CHARS = 120  # how far after a meeting's name its linking words and date may run
NO_CONVENTION = ("ndm", "unga")  # meetings of no convention, whatever the minutes are about

_PLANNED_VERB = re.compile(r"(?:will|would|shall|is\s+to|are\s+to|was\s+to|were\s+to)\s+(?:be\s+held|take\s+place|convene|meet)"
                           r"|(?:to\s+be|being)\s+(?:held|convened|organi[sz]ed)|(?:is|are|was|were)\s+(?:scheduled|planned)"
                           r"(?:\s+to\s+take\s+place)?|scheduled(?:\s+to\s+take\s+place)?|planned|taking\s+place", re.I)
_PAST_VERB = re.compile(r"(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?(?:held|convened|organi[sz]ed)|took\s+place", re.I)
_PLANNED_BEFORE = re.compile(r"\b(?:next|upcoming|forthcoming|coming|future)\s+(?:[\w-]+\s+){0,3}$", re.I)
_PAST_BEFORE = re.compile(r"\b(?:last|previous|past|recent)\s+(?:[\w-]+\s+){0,3}$", re.I)
_OWN_BEFORE = re.compile(r"\b(?:this|today's|the\s+present|the\s+current)\s+$", re.I)
_CC = re.compile(r"\b(?:CC|Coordinati(?:on|ng)\s+Committee)\s+meetings?\b")
_WEEKDAY = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)", re.I)
_RELATIVE = {
    "the day before": ("day", -1), "the previous day": ("day", -1), "the day after": ("day", 1),
    "the following day": ("day", 1), "the next day": ("day", 1), "yesterday": ("day", -1), "tomorrow": ("day", 1),
    "next week": ("week", 1), "the following week": ("week", 1), "last week": ("week", -1),
    "the previous week": ("week", -1), "next month": ("month", 1), "last month": ("month", -1),
    "next year": ("year", 1), "the following year": ("year", 1), "last year": ("year", -1),
    "the previous year": ("year", -1), "this year": ("year", 0), "later this year": ("year", 0),
    "earlier this year": ("year", 0),
}


@cache
def _link() -> re.Pattern[str]:
    """The linking words between a meeting's name and its city and date, anchored at the name's end."""
    cities = "|".join(re.escape(c) for c in sorted(host_cities(), key=len, reverse=True))
    verbs = rf"(?P<planned>{_PLANNED_VERB.pattern})|(?P<past>{_PAST_VERB.pattern})"
    relative = "|".join(re.escape(r) for r in sorted(_RELATIVE, key=len, reverse=True))
    return re.compile(
        rf"^\s*(?:(?P<paren>\(\s*(?:(?P<pcity>{cities})\s*,\s*)?)|(?P<comma>,)?\s*(?:(?:which|that)\s+)?)"
        rf"(?:{verbs})?\s*(?:in\s+(?P<city>{cities})\b\s*,?\s*)?"
        rf"(?:(?P<relative>{relative})\b|(?:(?:the\s+)?(?:whole|full|entire)\s+day\s+|all\s+day\s+)?(?:(?:on|from|in|for|during|of)\s+)?(?:the\s+)?(?P<date>(?=\d|[A-Z])))?",
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class Dated:
    """A meeting the prose names, with what the words after its name give."""

    kind: str
    convention: str | None
    number: int | None
    start: PartialDate | None
    end: PartialDate | None
    city: str | None
    planned: bool
    quote: Quote


def _names(text: str) -> Iterator[tuple[int, int, str, str | None, int | None]]:
    """(start, end, kind, convention, number) of every meeting the sentence names."""
    found = [(m.start, m.end, m.kind, m.convention, m.number) for m in meeting_mentions(text)]
    for m in _CC.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e, *_ in found):
            found.append((m.start(), m.end(), "cc", None, None))
    yield from sorted(found)


def _written_date(text: str) -> tuple[PartialDate | None, PartialDate | None, bool]:
    """The date or range `text` opens with (a weekday before it allowed): (start, end, found)."""
    lead = _WEEKDAY.match(text)
    text = text[lead.end():] if lead else text
    try:
        spans = find_date_spans(text)
    except ValueError:
        return None, None, True  # a date that cannot exist is no date of this meeting
    if spans and spans[0][0] == 0:
        _, stop, start, end = spans[0]
        if start.year is None and end is None and (m := re.match(r"\s*,?\s*(\d{4})\b", text[stop:])):
            start = PartialDate(int(m[1]), start.month, start.day)
        return start, end, True
    m = MONTH_YEAR.match(text)
    if m:
        try:
            return PartialDate(in_era(int(m["year"])), MONTHS[m["month"].lower().rstrip(".")]), None, True
        except ValueError:
            return None, None, True
    return None, None, False


def _relative(word: str, own: PartialDate) -> PartialDate | None:
    unit, step = _RELATIVE[word.lower()]
    if unit == "year":
        return PartialDate(own.year + step) if own.year else None
    if unit == "month":
        if not (own.year and own.month):
            return None
        month = own.month + step
        year = own.year + (month - 1) // 12
        return PartialDate(year, (month - 1) % 12 + 1)
    if not own.complete:
        return None
    day = own.to_date()
    if unit == "day":
        d = day + dt.timedelta(days=step)
        return PartialDate(d.year, d.month, d.day)
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=step)
    friday = monday + dt.timedelta(days=4)
    if (monday.year, monday.month) != (friday.year, friday.month):
        return None  # the week spans two months: no one month is that meeting's
    return PartialDate(monday.year, monday.month)


def _key(date: PartialDate) -> tuple[int, ...]:
    return tuple(p for p in (date.year, date.month, date.day) if p is not None)


def _compare(date: PartialDate, own: PartialDate) -> int | None:
    """-1, 0 or 1 as `date` is before, within or after the minutes' own date, at the coarser precision."""
    a, b = _key(date), _key(own)
    n = min(len(a), len(b))
    if n == 0:
        return None
    return (a[:n] > b[:n]) - (a[:n] < b[:n])


def _with_year(date: PartialDate, own: PartialDate, tense: str | None) -> PartialDate | None:
    """A day written without its year, in the year the tense puts it: the first such day after
    the minutes' date for a planned meeting, the last before it for a past one; else none."""
    if tense is None or own.year is None or own.month is None or own.day is None or date.month is None or date.day is None:
        return None
    years = (own.year, own.year + 1) if tense == "planned" else (own.year, own.year - 1)
    for year in years:
        if date.month == 2 and date.day == 29 and not calendar.isleap(year):
            continue
        candidate = PartialDate(year, date.month, date.day)
        if _compare(candidate, own) == (1 if tense == "planned" else -1):
            return candidate
    return None


def _dated(text: str, start: int, end: int, own: PartialDate) -> tuple[PartialDate | None, PartialDate | None, str | None, str | None]:
    """(start, end, city, tense) that the words right after a meeting's name give it."""
    tail = text[end : end + TAIL_CHARS]
    m = _link().match(tail)
    if not m or (m["comma"] and not (m["planned"] or m["past"])):
        return None, None, None, None  # "the 7MSP, 1 August being ...": a comma alone links nothing
    before = text[max(0, start - 40) : start]
    tense = "planned" if m["planned"] or _PLANNED_BEFORE.search(before) else None
    if m["past"] or _PAST_BEFORE.search(before):
        tense = None if tense else "past"  # both words: no tense can be trusted
    city = m["city"] or m["pcity"]
    first: PartialDate | None = None
    last: PartialDate | None = None
    if m["relative"]:
        unit = _RELATIVE[m["relative"].lower()]
        first = _relative(m["relative"], own)
        implied = "planned" if unit[1] > 0 else "past" if unit[1] < 0 else None
        if implied and tense and implied != tense:
            first = None
    elif m["date"] is not None:
        first, last, _ = _written_date(tail[m.end("date"):])
        if first is not None and first.year is None:
            stated = first
            first = _with_year(stated, own, tense)
            if first is not None and last is not None and last.year is None:
                last = PartialDate(first.year, last.month, last.day)
                if _key(last) < _key(first):
                    first = last = None
            elif last is not None:
                first = None if last.year is None else PartialDate(last.year, stated.month, stated.day)
    if first is not None and tense is not None:
        side = _compare(first, own)
        if side is None or side == (-1 if tense == "planned" else 1):
            first = last = None  # the tense contradicts the date: one of the two is misread
    return first, last, city, tense


def dated_meetings(items: list[Item], own: PartialDate, convention: str | None) -> list[Dated]:
    """The meetings the minutes' discussion names with a date or a city, once each, in text order."""
    found: list[Dated] = []
    for item in items:
        for sentence in item.body.sentences() if item.body else ():
            text = sentence.text
            for start, end, kind, owner, number in _names(text):
                if _OWN_BEFORE.search(text[max(0, start - 20) : start]):
                    continue  # "this meeting": the minutes' own
                first, last, city, tense = _dated(text, start, end, own)
                if first is None and city is None:
                    continue
                entry = meeting_kinds().get(kind)
                if entry is None:
                    continue
                owner = owner or (None if kind in NO_CONVENTION else convention)
                if entry.numbered and number is None and first is None:
                    continue  # an unnumbered series meeting with a city only: no key
                if not entry.numbered and first is None:
                    continue  # keyed by date only
                found.append(Dated(kind_held(kind, owner), owner, number, first, last, city,
                                   tense == "planned", sentence.quote()))
    return found


def _same_day(date: PartialDate, other: PartialDate | None) -> bool:
    """`date` is `other`, or `other` is the same day written without its year (the next meeting
    as meeting.py keeps it: one meeting, whose year that reader leaves unsaid)."""
    if other is None:
        return False
    return date == other or (other.year is None and (date.month, date.day) == (other.month, other.day))


def meetings(items: list[Item], own: PartialDate, convention: str | None,
             skip: tuple[PartialDate | None, ...] = ()) -> Iterator[Meeting]:
    """Meeting records of the dated mentions; the minutes' own and scheduled meetings (`skip`,
    Coordination Committee meetings by date) are left out, and each meeting comes once."""
    seen: set[tuple[object, ...]] = set()
    for n, d in enumerate(dated_meetings(items, own, convention), start=1):
        if d.kind == "cc" and (d.start is None or d.start == own or any(_same_day(d.start, o) for o in skip)):
            continue
        ident = (d.kind, d.convention, d.number) if d.number is not None else (d.kind, d.convention, d.start)
        if ident in seen:
            continue
        seen.add(ident)
        record = meeting_kinds()[d.kind].record
        yield Meeting(f"mentioned-{n}", record, d.quote, date=d.start, end_date=d.end,  # type: ignore[arg-type]
                      convention=d.convention, city=d.city, planned=d.planned, number=d.number)
