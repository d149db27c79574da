"""The meeting a Standing Committee's page reports: the committee's own sitting, with its days.

The page of an APMBC Standing Committee's meeting gives its days in one of three places
(composition.yml standing_breadcrumb, standing_day_line, standing_dateline, standing_met): a
line of its days under a breadcrumb that gives the year, a news dateline, or the sentence that
says the committee met. Other dates on the page (an earlier meeting, a deadline) are not in
those places. A page with no year written gives no meeting.
"""

from __future__ import annotations

import re
from functools import cache

from ccmgraph.ingesters.composition.standing import committee_theme, is_standing_page
from ccmgraph.ingesters.composition.words import rx, words
from ccmgraph.ingesters.flat.meetings import date_range
from ccmgraph.records import Meeting, PartialDate, Quote
from ccmgraph.resolve.registry import read_table
from ccmgraph.text import dates as text_dates

#: How many lines from the top a line of the meeting's days may stand.
DAY_LINE_WITHIN = 12


def standing_sitting(text: str, convention: str, *, glued: bool = False) -> Meeting | None:
    if convention != "apmbc" or not is_standing_page(text) or committee_theme(text, glued=glued) is None:
        return None
    found = _sitting(text)
    if found is None:
        return None
    start, end, line, quote = found
    if end is not None and end < start:
        return None
    # a sitting of one day ends that day; the city is one the curated meetings were held in
    return Meeting(f"apmbc-intersessional-{start.iso()}", "intersessional", Quote(quote[:200], line), start,
                   end or start, convention="apmbc", city=_city(quote))


@cache
def _cities() -> frozenset[str]:
    return frozenset(r["city"] for r in read_table("meetings.csv", ("city",), required=False) if r["city"])


def _city(written: str) -> str | None:
    """The one host city of the curated meetings the dateline or sentence names, else None."""
    # not the city in an organisation's name ("the Geneva International Centre for Humanitarian Demining")
    found = {c for c in _cities() if re.search(rf"\b{re.escape(c)}\b(?!{words()['city_in_a_name']})", written)}
    return found.pop() if len(found) == 1 else None


def _sitting(text: str) -> tuple[PartialDate, PartialDate | None, int, str] | None:
    crumb = rx("standing_breadcrumb").search(text)
    if crumb is not None:
        for number, line in enumerate(text.split("\n")[:DAY_LINE_WITHIN], start=1):
            day = rx("standing_day_line").match(line)
            if day is None or re.search(r"(?:19|20)\d\d", day["days"]):
                continue
            start, end = _range(f"{day['days']} {crumb['year']}")
            if start is not None and start.day is not None:
                return start, end, number, line.strip()
    dateline = rx("standing_dateline").search(text)
    if dateline is not None:
        start, end = _range(dateline["days"])
        if start is not None and start.day is not None:
            return start, end, _line(text, dateline.start()), dateline.group(0)
    met = rx("standing_met").search(text)
    if met is not None:
        spans = text_dates.find_date_spans(met["rest"])
        if spans and spans[0][2].year is not None and spans[0][2].day is not None:
            return spans[0][2], spans[0][3], _line(text, met.start()), met.group(0)
    return None


def _range(written: str) -> tuple[PartialDate | None, PartialDate | None]:
    try:
        return date_range(" ".join(written.split()))
    except ValueError:  # a date that cannot exist
        return None, None


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
