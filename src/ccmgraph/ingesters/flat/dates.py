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
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.?º|o(?=\s+de\s))?\.?"  # "1o de novembro": º typed as o
    year = r"(?P<year>(?:1[89]|20)\d\d|'?\d\d)(?!\d)"
    return [
        ("iso", re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")),
        ("numeric", re.compile(r"(?<![\d.\-/])(?P<day>[0-3]?\d)([-./])(?P<month>[01]?\d)\2(?P<year>(?:19|20)\d\d)(?!\d)")),
        ("dashed", re.compile(rf"(?<![\w.\-])(?P<day>[0-3]?\d)-{name}-{year}", re.I)),
        ("day-first", re.compile(rf"(?<![\w.]){day}\s*(?:de\s+|of\s+)?{month},?\s+(?:de\s+)?{year}", re.I)),
        ("month-first", re.compile(rf"(?<!\w){month}\s+{day},?\s+{year}", re.I)),
        ("month-year", re.compile(rf"(?<![\w.]){month},?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)(?!\d)", re.I)),
    ]


@dataclass(frozen=True)
class RangeSpan:
    """Two dates written as one span at text[start:end]: a meeting's first and last day."""

    start: int
    end: int
    first: PartialDate
    last: PartialDate


@cache
def _range_pattern() -> re.Pattern[str]:
    words = vocab()["range_words"]
    lead, join = "|".join(map(re.escape, words["lead"])), "|".join(map(re.escape, words["join"]))
    return _span_pattern(rf"(?:(?:{lead})\s+)?", rf"(?:{join})\.?\s*")


@cache
def _paired_pattern() -> re.Pattern[str]:
    """A span whose join only its opening word allows: "entre el 30 de noviembre y el 4 de
    diciembre de 2009", "between 26 and 30 November 2018" (a bare "and" joins two dates)."""
    lead = "|".join(f"(?:{a})" for a, _ in vocab()["range_pairs"])
    join = "|".join(f"(?:{b})" for _, b in vocab()["range_pairs"])
    return _span_pattern(rf"(?:{lead})\s+", rf"(?:{join})\s+")


def _span_pattern(lead: str, join: str) -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, _months()), key=len, reverse=True))
    of = r"(?:de\s+|of\s+)?"
    return re.compile(
        rf"(?<![\w.]){lead}(?P<d1>[0-3]?\d)(?:er)?\.?\s*(?:{of}(?P<m1>{months})\.?\s*)?"
        rf"{join}(?P<d2>[0-3]?\d)\.?\s+{of}(?P<m2>{months})\.?,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)(?!\d)",
        re.IGNORECASE)


def find_ranges(text: str) -> list[RangeSpan]:
    """Every span of days written as one ("16 a 20 de septiembre de 2002", "du 9 au 12 novembre
    2010", "del 28 de noviembre al 2 de diciembre de 2011", "18-21 December 2017"); a span whose
    last day comes before its first is none.

    >>> [(r.first.iso(), r.last.iso()) for r in find_ranges("Ginebra, 16 a 20 de septiembre de 2002")]
    [('2002-09-16', '2002-09-20')]
    >>> [(r.first.iso(), r.last.iso()) for r in find_ranges("du 28 novembre au 2 décembre 2005; 12 au 9 mai 2010")]
    [('2005-11-28', '2005-12-02')]
    >>> [(r.first.iso(), r.last.iso()) for r in find_ranges("du 9 au. 13 septembre 2013")]  # a stray dot
    [('2013-09-09', '2013-09-13')]
    >>> [(r.first.iso(), r.last.iso()) for r in find_ranges("entre el 30 de noviembre y el 4 de diciembre de 2009")]
    [('2009-11-30', '2009-12-04')]
    >>> find_ranges("on 13 February and 28 June 2004")  # two days, no span
    []
    >>> [(r.first.iso(), r.last.iso()) for r in find_ranges("les 16 et 17 mai 2022; les 3 et 9 mai 2022")]
    [('2022-05-16', '2022-05-17')]
    """
    found: list[RangeSpan] = []
    paired = [m for m in _paired_pattern().finditer(text)]
    plain = [m for m in _range_pattern().finditer(text) if not any(p.start() <= m.start() < p.end() for p in paired)]
    for m in sorted([*paired, *plain], key=lambda m: m.start()):
        year, last_month = int(m["year"]), _months()[m["m2"].lower()]
        first_month = _months()[m["m1"].lower()] if m["m1"] else last_month
        try:
            first, last = PartialDate(year, first_month, int(m["d1"])), PartialDate(year, last_month, int(m["d2"]))
        except ValueError:
            continue
        if first <= last and (m.re is not _paired_pattern() or not _consecutive_only(m.group(0))
                              or (first.month == last.month and (last.day or 0) - (first.day or 0) == 1)):
            found.append(RangeSpan(m.start(), m.end(), first, last))
    return found


def _consecutive_only(written: str) -> bool:
    """Whether a pair's opening makes it two days that are a span only when they follow each
    other (flat.yml `consecutive_pairs`: "les 16 et 17 mai")."""
    lead = written.split(None, 1)[0].lower() if written.strip() else ""
    return lead in {str(w).lower() for w in vocab().get("consecutive_pairs") or []}


@cache
def _month_range_pattern() -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, _months()), key=len, reverse=True))
    join = "|".join(map(re.escape, vocab()["month_range_join"]))
    return re.compile(rf"(?<![\w.])(?P<m1>{months})\.?\s*(?:{join})\s*(?P<m2>{months})\.?,?\s+(?:de\s+)?"
                      rf"(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def find_month_ranges(text: str) -> list[RangeSpan]:
    """Every span of months of one year ("November–December 2010", "de noviembre a diciembre de
    2004"): the first month starts it, the last ends it; "August/September" is either, not both.

    >>> [(r.first.iso(), r.last.iso()) for r in find_month_ranges("in November-December 2004; August/September 2022")]
    [('2004-11', '2004-12')]
    """
    found = []
    for m in _month_range_pattern().finditer(text):
        first, last = _months()[m["m1"].lower()], _months()[m["m2"].lower()]
        if first < last:
            found.append(RangeSpan(m.start(), m.end(), PartialDate(int(m["year"]), first), PartialDate(int(m["year"]), last)))
    return found


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
    >>> [d.date.iso() for d in find_dates("Albania 12-05-2006 (R) in September 1998, en diciembre de 2009")]
    ['2006-05-12', '1998-09', '2009-12']
    >>> [d.date.iso() for d in find_dates("the Nairobi Summit, November–December 2004")]
    ['2004-11']
    """
    found: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    for span in find_month_ranges(text):  # "November–December 2010" starts in November
        found.append(DateSpan(span.start, span.end, span.first))
        taken.append((span.start, span.end))
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
