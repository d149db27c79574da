"""The numbered meetings a page names ("the 12th Meeting of States Parties (12MSP)", "1RC"),
as Meeting records of the convention the page is about, through ccmgraph.vocabulary.

Only numbered Meetings of States Parties and Review Conferences are kept: their number makes
them one meeting whatever else the page says. A place and time are kept only when they stand
right after the meeting's name, in one of the forms of flat.yml `meeting_tail` ("to be held
in Geneva in September 2024"): a date further off belongs to something else. Two mentions
that give one meeting different places or times give it none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from ccmgraph.records import Meeting, MeetingKind, PartialDate, Quote
from ccmgraph.ingesters.flat.dates import find_dates, find_month_ranges, find_ranges
from ccmgraph.ingesters.flat.listed import listed_meetings
from ccmgraph.ingesters.flat.states import only_states, state_spans
from ccmgraph.text import dates as text_dates
from ccmgraph.ingesters.flat.cities import city_after_name
from ccmgraph.ingesters.flat.cities import city_names as city_names  # where other readers import it from
from ccmgraph.ingesters.flat.cities import english_city, known_city
from ccmgraph.ingesters.flat.vocab import vocab
from ccmgraph.vocabulary import meeting_kinds, meeting_mentions

_PLACE = r"[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){0,2}"
_COUNTRY = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"  # "Lao PDR", "Lao People’s Democratic Republic"
# a day, a span of days ("11-15 September 2000", "11 to 15 September", "29 November to 3 December
# 2004"), a month, a span of months, a year; or a day or span written month first ("November 16 to 20, 2020")
_WHEN = (r"(?:[A-Z][a-z]+\.?\s+[0-3]?\d(?:\s*(?:[-–]|to)\s*(?:[A-Z][a-z]+\.?\s+)?[0-3]?\d)?,\s*(?:19|20)\d\d"
         r"|(?:[0-3]?\d\s+[A-Z][a-z]+\s*(?:[-–]|to)\s*)?(?:[0-3]?\d\s*(?:[-–]|to)\s*)?(?:[0-3]?\d\s+)?"
         r"(?:[A-Z][a-z]+\s*[/–-]\s*)?(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d)")

_NUMBERED: dict[str, MeetingKind] = {"msp": "msp", "revcon": "revcon"}


def numbered_meetings(text: str, convention: str) -> Iterator[Meeting]:
    """One Meeting per numbered meeting named, first mention quoted."""
    found: dict[tuple[str, str, int], Meeting] = {}
    clashes: set[tuple[str, str, int]] = set()
    listed = listed_meetings(text)
    for m in sorted([*meeting_mentions(text), *listed], key=lambda x: x.start):
        record = meeting_kinds()[m.kind].record if m.kind in meeting_kinds() else m.kind
        if record not in _NUMBERED or m.number is None:
            continue
        conv = m.convention or convention
        if conv not in ("ccm", "apmbc", "ccw-p5"):
            continue
        key = (conv, record, m.number)
        if m in listed or subordinate(text, m.start):  # "the Seventh and Twelfth Meetings ...", "the
            # Preparatory Meeting for the 2RC, which took place ...": named, and dated by nothing after
            line = text.count("\n", 0, m.start) + 1
            found.setdefault(key, Meeting(f"{conv}-{record}-{m.number}", _NUMBERED[record], Quote(m.text, line),
                                          convention=conv, number=m.number, city=m.city))
            continue
        city, when, end_date = own_place_and_time(text, m.end)
        if city is None and when is None:
            city, when, end_date = title_block(text, m.end)
        if city is None and when is None:
            city, when, end_date = clause_place_and_time(text, m.end)
        if city is None and when is None:  # "since the 8th Meeting of the States Parties (2007)"
            when = bracketed_year(text, m.end)
        if city is None:  # "the 17MSP concluded in Geneva", "qui se tient depuis lundi à Genève"
            city = city_after_name(text, m.end, _clause_end(text, m.end))
        lead_city, lead_when = own_lead(text, m.start)
        # a meeting known by a name of its own was held where that name says ("the Cartagena Summit")
        city, when = city or lead_city or m.city, when or lead_when
        if when is not None and when.day is not None and end_date is None and closing_day(text, m.start):
            when, end_date = None, when  # "the final plenary meeting of the 1MSP ... on 12 November 2010"
        if key not in found:
            line = text.count("\n", 0, m.start) + 1
            found[key] = Meeting(f"{conv}-{record}-{m.number}", _NUMBERED[record], Quote(m.text, line),
                                 convention=conv, number=m.number)
        before = found[key]
        if (city and before.city and city != before.city) or (when and before.date and not _agree(when, before.date)):
            clashes.add(key)
        finer = max((d for d in (before.date, when) if d), key=_precision, default=None)
        found[key] = replace(before, city=before.city or city, date=finer, end_date=before.end_date or end_date)
    for key, meeting in found.items():
        yield replace(meeting, city=None, date=None, end_date=None) if key in clashes else meeting


_BRACKETED_YEAR = re.compile(r"[ \t]?\(((?:19|20)\d\d)\)")


def bracketed_year(text: str, end: int) -> PartialDate | None:
    """The year a bracket right after a meeting's name gives ("the 8th Meeting of the States
    Parties (2007)"): only four digits alone in it, never a date range or a symbol."""
    m = _BRACKETED_YEAR.match(text, end)
    return PartialDate(int(m[1])) if m else None


def clause_place_and_time(text: str, end: int, single_day: bool = False
                          ) -> tuple[str | None, PartialDate | None, PartialDate | None]:
    """The city and days a clause right after a meeting's name gives it, in either order; with
    `single_day`, also one day before a venue and city (read for preparatory meetings only).

    >>> clause_place_and_time("la deuxième conférence d'examen de 1997, qui a eu lieu du 30 novembre au 4 décembre "
    ...                       "2009 à Carthagène, en Colombie", 27)
    ('Cartagena', PartialDate(year=2009, month=11, day=30), PartialDate(year=2009, month=12, day=4))
    >>> clause_place_and_time("the 2MSP took place at the Palais des Nations in Geneva from 11 to 15 September 2000", 8)
    ('Geneva', PartialDate(year=2000, month=9, day=11), PartialDate(year=2000, month=9, day=15))
    >>> clause_place_and_time("the 2MSP took place at the Palais des Nations, Geneva, on 11-15 September 2000", 8)
    ('Geneva', PartialDate(year=2000, month=9, day=11), PartialDate(year=2000, month=9, day=15))
    >>> clause_place_and_time("the 2MSP took place at the Palais des Nations, Colombia, on 11-15 September 2000", 8)[0] is None
    True
    >>> clause_place_and_time("la 19e Assemblée des États parties à la Convention (CIMAP) qui s'est déroulée du 15 au "
    ...                       "19 novembre 2021, à Genève", 34)
    ('Geneva', PartialDate(year=2021, month=11, day=15), PartialDate(year=2021, month=11, day=19))
    """
    rest = text[end : end + 240].split("\n\n", 1)[0]
    m = re.match(str(vocab()["meeting_clause"]), rest, re.IGNORECASE)
    if m is None:
        return None, None, None
    after = rest[m.end() :]
    venue = re.match(str(vocab()["clause_venue"]), after, re.IGNORECASE)
    after = after[venue.end() :] if venue else after
    ranges = [r for r in find_ranges(after) if r.start == 0]
    if single_day and not ranges and not venue and (day := _day_venue_city(after)) is not None:
        return day[0], day[1], day[1]
    if ranges:  # the days, then the city
        place = re.match(str(vocab()["clause_city"]), after[ranges[0].end :])
    else:  # the city, then the days
        place = re.match(str(vocab()["clause_city"]), after) or (
            re.match(str(vocab()["venue_city"]), after) if venue else None)
        gap = re.match(str(vocab()["city_to_days"]), after[place.end() :], re.IGNORECASE) if place else None
        days = after[place.end() + gap.end() :] if place and gap else ""
        ranges = [r for r in find_ranges(days) if r.start == 0]
        if not ranges:
            return None, None, None
    city = _city(place["city"]) if place else None
    return (english_city(city) if city else None), ranges[0].first, ranges[0].last


def _day_venue_city(after: str) -> tuple[str, PartialDate] | None:
    """One full day, then a venue and its city, as a clause after a meeting's name gives them
    ("on 4 September 2020 at the Palais des Nations in Geneva"); None if any part is missing.

    >>> _day_venue_city("on 4 September 2020 at the Palais des Nations in Geneva")
    ('Geneva', PartialDate(year=2020, month=9, day=4))
    >>> _day_venue_city("on 4 September 2020, and the 3RC") is None
    True
    """
    lead = re.match(str(vocab()["clause_day_lead"]), after, re.IGNORECASE)
    if lead is None:
        return None
    days = [d for d in find_dates(after[lead.end() :]) if d.start == 0 and d.date.complete]
    if not days:
        return None
    rest = after[lead.end() + days[0].end :]
    venue = re.match(str(vocab()["clause_venue"]), rest, re.IGNORECASE)
    place = re.match(str(vocab()["clause_city"]), rest[venue.end() :]) if venue else None
    city = _city(place["city"]) if place else None
    return (english_city(city), days[0].date) if city else None


def preparatory_meetings(text: str, convention: str) -> Iterator[Meeting]:
    """The numbered preparatory meetings a page names with the Review Conference they are for and
    their own day and city in a clause after it ("the Second Preparatory Meeting for the 2RC, which
    took place on 4 September 2020 at the Palais des Nations in Geneva"). One named with no day of
    its own is left out: its number restarts for each Review Conference, so only its date keys it
    (resolve/meetings.py `meeting_key`). Two mentions that date one meeting differently give none."""
    mentions = sorted(meeting_mentions(text), key=lambda x: x.start)
    found: dict[tuple[str, int, int], Meeting | None] = {}
    for prep, target in zip(mentions, mentions[1:]):
        if prep.kind != "preparatory" or prep.number is None or target.kind != "revcon" or target.number is None:
            continue
        if not re.match(str(vocab()["preparatory_for"]), text[prep.end : target.start], re.IGNORECASE):
            continue
        conv = target.convention or prep.convention or convention
        if conv not in ("ccm", "apmbc", "ccw-p5"):
            continue
        city, when, end_date = clause_place_and_time(text, target.end, single_day=True)
        if when is None or when.day is None:
            continue
        key = (conv, target.number, prep.number)
        meeting = Meeting(f"{conv}-preparatory-{prep.number}-{target.number}rc", "preparatory",
                          Quote(prep.text, text.count("\n", 0, prep.start) + 1), date=when, end_date=end_date,
                          city=city, convention=conv, number=prep.number)
        before = found.get(key, meeting)
        found[key] = meeting if before is not None and before.date == when else None
    yield from (m for m in found.values() if m is not None)


def _clause_end(text: str, start: int) -> int:
    """Where the line that `start` stands in ends."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _span_end(written: str | None) -> PartialDate | None:
    """The last day or month of a span the tail wrote ("11-15 September 2000", "in
    November-December 2004"); None for one date."""
    if not written:
        return None
    if (pair := _slashed_months(written)) is not None:
        return pair[1]
    spans = [*find_ranges(written), *find_month_ranges(written)]
    if spans and spans[0].start == 0 and spans[0].end == len(written):
        return spans[0].last
    month_first = _month_first(written)
    return month_first[1] if month_first else None


def _slashed_months(written: str) -> tuple[PartialDate, PartialDate] | None:
    """The first and last month of "August/September 2022" after a meeting's name: a meeting that
    runs over the turn of the month. Months not next to each other ("May/September") are either
    one, and give no span.

    >>> _slashed_months("August/September 2022"), _slashed_months("May/September 2022")
    ((PartialDate(year=2022, month=8, day=None), PartialDate(year=2022, month=9, day=None)), None)
    """
    m = re.fullmatch(r"([A-Za-z]+)\s*/\s*([A-Za-z]+)\s+((?:19|20)\d\d)", written)
    if m is None:
        return None
    first, last = (find_dates(f"{name} {m[3]}") for name in (m[1], m[2]))
    if len(first) != 1 or len(last) != 1 or first[0].date.month is None or last[0].date.month is None:
        return None
    a, b = first[0].date, last[0].date
    return (a, b) if b.month == (a.month or 0) + 1 else None


def _month_first(written: str) -> tuple[PartialDate, PartialDate | None] | None:
    """A day or span of days written month first, and nothing else ("November 16 to 20, 2020")."""
    if not written[:1].isalpha():
        return None
    try:
        spans = text_dates.find_date_spans(written)
    except ValueError:
        return None
    if len(spans) == 1 and spans[0][0] == 0 and spans[0][1] == len(written) and spans[0][2].complete:
        return spans[0][2], spans[0][3]
    return None


def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern of flat.yml with its {city}, {country} and {when} filled in (the first of each
    named: a pattern writes each once, or its later ones are only to be matched)."""
    filled = pattern.replace("{city}", f"(?P<city>{_PLACE})", 1).replace("{when}", f"(?P<when>{_WHEN})", 1)
    filled = filled.replace("{country}", f"(?P<country>{_COUNTRY})", 1).replace("{country}", _COUNTRY)
    return re.compile(filled.replace("{city}", _PLACE).replace("{when}", _WHEN))


@cache
def _tails() -> list[re.Pattern[str]]:
    return [_compiled(t) for t in vocab()["meeting_tail"]]


@cache
def _apposition() -> re.Pattern[str]:
    return _compiled(str(vocab()["meeting_apposition"]))


@cache
def _leads() -> list[re.Pattern[str]]:
    return [_compiled(t) for t in vocab()["meeting_lead"]]


def own_lead(text: str, start: int) -> tuple[str | None, PartialDate | None]:
    """The place or time the words right before a meeting's name give it ("In 2010, at the").

    >>> own_lead("The plan was adopted in Dubrovnik, Croatia, during the First Review Conference", 55)
    ('Dubrovnik', None)
    >>> own_lead("Vientiane. In 2010, at the 1MSP", 27)
    (None, PartialDate(year=2010, month=None, day=None))
    """
    before = text[max(0, start - 160) : start]
    for lead in _leads():
        m = lead.search(before)
        if m:
            return _city(m.groupdict().get("city")), _when(m.groupdict().get("when"))
    return None, None


def subordinate(text: str, start: int) -> bool:
    """Whether the words before a meeting's name make it the one another meeting is for or part of
    ("the Second Preparatory Meeting for the 2RC, which took place on 4 September 2020").

    >>> subordinate("at the Second Preparatory Meeting for the 2RC", 42), subordinate("at the 2RC", 7)
    (True, False)
    """
    return re.search(str(vocab()["subordinate_lead"]), text[max(0, start - 80) : start], re.IGNORECASE) is not None


def closing_day(text: str, start: int) -> bool:
    """Whether the words before a meeting's name make the day given its last ("the final plenary of")."""
    return re.search(str(vocab()["closing_lead"]), text[max(0, start - 80) : start], re.IGNORECASE) is not None


def _city(city: str | None) -> str | None:
    """A place name that is no month and no country."""
    if city and (find_dates(city + " 2000") or state_spans(city)):
        return None
    return city


def own_place_and_time(text: str, end: int) -> tuple[str | None, PartialDate | None, PartialDate | None]:
    """The place, first and last day the words right after a meeting's name give it, if they do.

    >>> own_place_and_time("the 12MSP to be held in Geneva in September 2024.", 9)
    ('Geneva', PartialDate(year=2024, month=9, day=None), None)
    >>> own_place_and_time("the 10MSP to be held in Geneva in August/September 2022", 9)
    ('Geneva', PartialDate(year=2022, month=8, day=None), PartialDate(year=2022, month=9, day=None))
    >>> own_place_and_time("the SMSP (SMSP) in Geneva , 11-15 September 2000. This", 8)
    ('Geneva', PartialDate(year=2000, month=9, day=11), PartialDate(year=2000, month=9, day=15))
    """
    rest = text[end : end + 160].split("\n", 1)[0]
    for tail in _tails():
        m = tail.match(rest)
        if not m:
            continue
        written = m.groupdict().get("when")
        city = _city(m.groupdict().get("city"))
        if city is None and not written:  # "to be held in November 2020": no city, the next form reads the month
            continue
        return city, _when(written), _span_end(written)
    m = _apposition().match(rest)
    if m and (city := known_city(m["city"])) is not None:
        return city, _when(m["when"]), _span_end(m["when"])
    return None, None, None


def title_block(text: str, end: int) -> tuple[str | None, PartialDate | None, PartialDate | None]:
    r"""A meeting's name as a heading, its place and its dates on the next two lines:
    "Second Review Conference of the Mine Ban Treaty / Cartagena, Colombia / 29 November -
    4 December 2009". Anything else on those lines, and the block gives nothing.

    >>> title_block("Second Review Conference\nCartagena, Colombia\n29 November - 4 December 2009\n", 24)
    ('Cartagena', PartialDate(year=2009, month=11, day=29), PartialDate(year=2009, month=12, day=4))
    """
    lines = text[end:].split("\n")
    if lines[0].strip() or len(lines) < 3:
        return None, None, None
    following = [line.strip() for line in lines[1:] if line.strip()][:2]
    if len(following) < 2:
        return None, None, None
    place = re.fullmatch(rf"(?P<city>{_PLACE})\s*,\s*(?P<country>.+)", following[0])
    if not place or not only_states(place["country"]) or state_spans(place["city"]):
        return None, None, None
    start, finish = date_range(following[1])
    return (place["city"], start, finish) if start else (None, None, None)


def date_range(line: str) -> tuple[PartialDate | None, PartialDate | None]:
    """A line that is a date or a date range and nothing else ("29 November - 4 December 2009").

    >>> date_range("9-12 November 2010")
    (PartialDate(year=2010, month=11, day=9), PartialDate(year=2010, month=11, day=12))
    """
    spans = text_dates.find_date_spans(line)
    if not spans or spans[0][0] > 12 or not re.fullmatch(r"[\w\s,.\-–—]*", line):
        return None, None
    start, end = spans[0][2], spans[0][3]
    if end is None and len(spans) == 2 and spans[1][2].year:
        start, end = spans[0][2], spans[1][2]
        if start.year is None and start.month and start.day:
            start = PartialDate(end.year, start.month, start.day)
    if start.year is None or (end is not None and end < start):
        return None, None
    return start, end


def _precision(date: PartialDate) -> int:
    return sum(part is not None for part in (date.year, date.month, date.day))


def _agree(a: PartialDate, b: PartialDate) -> bool:
    """One date is the other told less precisely ("2015" and "September 2015")."""
    return all(x is None or y is None or x == y for x, y in zip((a.year, a.month, a.day), (b.year, b.month, b.day)))


def _when(written: str | None) -> PartialDate | None:
    if not written:
        return None
    if "/" in written:  # "August/September 2022": a span of the two months next to each other, else only the year
        pair = _slashed_months(written)
        return pair[0] if pair else PartialDate(int(written[-4:]))
    days = find_ranges(written)
    if days and days[0].start == 0 and days[0].end == len(written):
        return days[0].first  # "11-15 September 2000" starts on the 11th
    months = find_month_ranges(written)
    if months and months[0].start == 0 and months[0].end == len(written):
        return months[0].first  # "November-December 2004" starts in November
    dates = find_dates(written)
    if dates and dates[0].start == 0 and dates[0].end == len(written):
        return dates[0].date
    if (month_first := _month_first(written)) is not None:
        return month_first[0]
    return PartialDate(int(written)) if written.isdigit() else None
