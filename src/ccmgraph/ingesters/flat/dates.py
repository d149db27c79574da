"""Dates as table cells write them, in the languages of treaty databases and gazettes.

"3 Dec 2008", "3 Dec 08", "17. Juli 2012", "1er janvier 2013", "December 3, 2008",
"09-08-2017" and "17.07.2012" (day first, as European databases write them), "2008-12-03",
"03-Dec-08" and "08-Sept-11" (day, month name and year joined by dashes, as spreadsheets write them),
and "September 1998" (a month, kept as a month). Only what the cell states is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ccmgraph.records import PartialDate
from ccmgraph.ingesters.flat.vocab import vocab


@dataclass(frozen=True)
class DateSpan:
    """A date written at text[start:end]."""

    start: int
    end: int
    date: PartialDate


@cache
def _months() -> dict[str, int]:
    return {name.lower(): int(number) for number, names in vocab()["months"].items() for name in names}


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    name = "(?P<month>" + "|".join(sorted(map(re.escape, _months()), key=len, reverse=True)) + ")"
    month = name + r"\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?\.?"
    year = r"(?P<year>(?:1[89]|20)\d\d|'?\d\d)(?!\d)"
    return [
        ("iso", re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")),
        ("numeric", re.compile(r"(?<![\d.\-/])(?P<day>[0-3]?\d)([-./])(?P<month>[01]?\d)\2(?P<year>(?:19|20)\d\d)(?!\d)")),
        ("dashed", re.compile(rf"(?<![\w.\-])(?P<day>[0-3]?\d)-{name}-{year}", re.I)),
        ("day-first", re.compile(rf"(?<![\w.]){day}\s*(?:de\s+|of\s+)?{month},?\s+(?:de\s+)?{year}", re.I)),
        ("month-first", re.compile(rf"(?<!\w){month}\s+{day},?\s+{year}", re.I)),
        ("month-year", re.compile(rf"(?<![\w.]){month},?\s+(?P<year>(?:19|20)\d\d)(?!\d)", re.I)),
    ]


def _year(text: str) -> int:
    digits = text.lstrip("'")
    if len(digits) == 4:
        return int(digits)
    value = int(digits)
    return 2000 + value if value <= int(vocab()["two_digit_pivot"]) else 1900 + value


def find_dates(text: str) -> list[DateSpan]:
    """Every date written in `text`, in order, never two over the same characters.

    >>> [d.date.iso() for d in find_dates("Afghanistan 3 Dec 08; 8 Sep 11 and 17. Juli 2012")]
    ['2008-12-03', '2011-09-08', '2012-07-17']
    >>> [d.date.iso() for d in find_dates("Andorra 09-Apr-13 01-Oct-13; Afghanistan 08-Sept-11")]
    ['2013-04-09', '2013-10-01', '2011-09-08']
    >>> [d.date.iso() for d in find_dates("3 déc 2008, 9 avr 2013, 12 janv 2010; 3 dic 2008, 9 abr 2013")]
    ['2008-12-03', '2013-04-09', '2010-01-12', '2008-12-03', '2013-04-09']
    >>> [d.date.iso() for d in find_dates("Albania 12-05-2006 (R) in September 1998")]
    ['2006-05-12', '1998-09']
    """
    found: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _patterns():
        for m in pattern.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            date = _date(kind, m)
            if date is not None:
                found.append(DateSpan(m.start(), m.end(), date))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _date(kind: str, m: re.Match[str]) -> PartialDate | None:
    raw_month = m["month"]
    month = int(raw_month) if raw_month.isdigit() else _months()[raw_month.lower()]
    try:
        if kind == "month-year":
            return PartialDate(int(m["year"]), month)
        return PartialDate(_year(m["year"]), month, int(m["day"]))
    except ValueError:
        return None  # not a date that exists: the cell holds something else
