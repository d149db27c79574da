"""Dates as documents write them: "Thursday, 3 March 2016", "4-6 September 2017", "27 March".

Only what the text states is kept (`PartialDate`); a missing year stays missing, never guessed.
Impossible dates (31 February) raise ValueError so that the caller can reject the document, and
so does a written year outside the conventions' era (before 1990, or more than five years
ahead of today): any run of four to six digits after a day and month is read as the year, so
a year is never dropped ("3 March 9999" is not "3 March").
"""

from __future__ import annotations

import datetime as dt
import re

from ccmgraph.records import PartialDate

ERA_START = 1990  # the APMBC negotiations began in the 1990s; no CCM, APMBC or Protocol V record is older
ERA_AHEAD = 5  # years after today: meetings are planned, and announced, a few years ahead

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4,6})"
_DASH = r"\s*[-–—]\s*|\s+to\s+|\s+and\s+"

# "3 March 2016", "3rd of March, 2016", "4-6 September 2017", "4 to 6 September 2017"
DAY_FIRST = re.compile(
    rf"\b(?:(?P<day0>\d{{1,2}})(?:st|nd|rd|th)?(?:{_DASH}))?{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?\b",
    re.IGNORECASE,
)
# "March 3, 2016", "March 3-4, 2016"
MONTH_FIRST = re.compile(
    rf"\b{_MONTH}\s+(?:(?P<day0>\d{{1,2}})(?:st|nd|rd|th)?(?:{_DASH}))?{_DAY}(?:,?\s+{_YEAR})?\b",
    re.IGNORECASE,
)
ISO = re.compile(r"\b(?P<year>\d{4,6})-(?P<month>\d{2})-(?P<day>\d{2})\b")
MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.IGNORECASE)


def in_era(year: int) -> int:
    """`year`, or ValueError naming the era when no record of these conventions can carry it.

    >>> in_era(9999)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: year 9999 is outside the conventions' era (1990 to ...)
    """
    last = dt.date.today().year + ERA_AHEAD
    if not ERA_START <= year <= last:
        raise ValueError(f"year {year} is outside the conventions' era ({ERA_START} to {last})")
    return year


def _build(m: re.Match[str], month_value: int) -> tuple[PartialDate, PartialDate | None]:
    year = in_era(int(m["year"])) if m["year"] else None
    day = int(m["day"])
    end = PartialDate(year, month_value, day)
    if m.groupdict().get("day0"):
        return PartialDate(year, month_value, int(m["day0"])), end
    return end, None


def find_dates(text: str) -> list[tuple[int, PartialDate, PartialDate | None]]:
    """Every date or date range in `text`, as (offset, start, end-or-None), in text order.

    Raises ValueError for a date that cannot exist (31 February).

    >>> [(s.iso(), e and e.iso()) for _, s, e in find_dates("from 4-6 September 2017 in Geneva")]
    [('2017-09-04', '2017-09-06')]
    >>> [s.iso() for _, s, _ in find_dates("on Tuesday 27 March")]
    ['--03-27']
    """
    return [(offset, start, end) for offset, _, start, end in find_date_spans(text)]


def find_date_spans(text: str) -> list[tuple[int, int, PartialDate, PartialDate | None]]:
    """Like `find_dates`, with where each written date ends: (offset, end offset, start, end-or-None).

    >>> [(a, b) for a, b, _, _ in find_date_spans("Geneva, 4-6 September 2017: the")]
    [(8, 26)]
    """
    found: dict[int, tuple[int, int, PartialDate, PartialDate | None]] = {}
    for pattern in (ISO, DAY_FIRST, MONTH_FIRST):
        for m in pattern.finditer(text):
            month = m["month"]
            month_value = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
            if pattern is ISO:
                start, end = PartialDate(in_era(int(m["year"])), month_value, int(m["day"])), None
            else:
                start, end = _build(m, month_value)
            if not _overlaps(found, m):
                found[m.start()] = (m.start(), m.end(), start, end)
    return [found[k] for k in sorted(found)]


def _overlaps(found: dict[int, tuple[int, int, PartialDate, PartialDate | None]], m: re.Match[str]) -> bool:
    """True when an earlier pattern already read a date starting at (nearly) the same place."""
    return any(abs(offset - m.start()) < 3 for offset in found)


def first_date(text: str) -> PartialDate | None:
    """The first date written in `text`, or None."""
    dates = find_dates(text)
    return dates[0][1] if dates else None


def month_year(text: str) -> PartialDate | None:
    """A month and year without a day ("May 2016")."""
    m = MONTH_YEAR.search(text)
    return PartialDate(in_era(int(m["year"])), MONTHS[m["month"].lower().rstrip(".")]) if m else None


TIME_RANGE = re.compile(
    r"\b(?P<start>\d{1,2}[:.h]\d{2})\s*(?:hrs|hours|h)?\s*(?:[-–—]|to|until)\s*(?P<end>\d{1,2}[:.h]\d{2})"
)
TIME = re.compile(r"\b(?:at\s+)?(?P<time>\d{1,2}[:.h]\d{2})\s*(?:hrs|hours|h|am|pm)?\b")


def _norm_time(value: str) -> str:
    hours, minutes = re.split(r"[:.h]", value)
    h, mi = int(hours), int(minutes)
    if h > 23 or mi > 59:
        raise ValueError(f"impossible time {value!r}")
    return f"{h:02d}:{mi:02d}"


def time_range(text: str) -> tuple[str | None, str | None]:
    """Start and end times ("from 10:00 – 11:30 hours") as HH:MM, or Nones."""
    m = TIME_RANGE.search(text)
    if m:
        return _norm_time(m["start"]), _norm_time(m["end"])
    m = TIME.search(text)
    return (_norm_time(m["time"]), None) if m else (None, None)
