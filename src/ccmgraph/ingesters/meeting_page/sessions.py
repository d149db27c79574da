"""Sessions of a preparatory meeting, each dated, and the numbered session the page names again.

"To prepare for the First Review Conference, two sessions of the Preparatory Meeting were held
on 13 February and 28-29 June 2004, respectively. At the Second Preparatory Meeting, ..." names
two meetings: the news reader dates the first only and makes "the Second Preparatory Meeting" a
third, numbered and undated. A preparatory meeting is keyed by its year and its number in the
series (resolve/meetings.py), so the N sessions a sentence counts and dates, in order, are the
series' meetings 1 to N, each with its own days (meeting_page.yml `sessions_before`,
`sessions_after`; as many days as the count says, running forward, the year written once at
the end). A numbered preparatory meeting the page names without days is the dated one of its
number, if the page has one; else nothing on the page says which meeting of which series it is,
and it keeps no number (the news reader then leaves it out as named in passing).
"""

from __future__ import annotations

import re

from ccmgraph.ingesters.meeting_page.data import rx, table
from ccmgraph.ingesters.meeting_page.own import _first_dates
from ccmgraph.ingesters.news.events import Event, EventIndex
from ccmgraph.records import PartialDate

Days = tuple[PartialDate, PartialDate]


def sessions(index: EventIndex) -> None:
    """Date each session a sentence counts and dates, and tie the undated numbered ones to them."""
    kinds = set(table()["sessions_kinds"])
    for naming in list(index.namings):
        event = naming.event
        if event.kind not in kinds or event.number is not None:
            continue
        text, sentence = naming.sentence.para.text, naming.sentence
        count = rx("sessions_before").search(text[sentence.start : naming.phrase.start])
        after = rx("sessions_after").match(text, naming.phrase.end, sentence.end)
        if count is None or after is None:
            continue
        days = _days(after["dates"])
        if len(days) != int(table()["sessions_counts"][count["count"].lower()]):
            continue
        for number, (start, end) in enumerate(days, start=1):
            session = event if number == 1 else Event(event.kind, event.title, event.quote, event.item, event.position,
                                                      None, event.convention, number=number)
            session.date, session.end_date, session.number = start, end, number
            if session is not event:
                index.events.append(session)
            session.report(naming.item)
    _tie_undated(index, kinds)


def _days(written: str) -> list[Days]:
    """The days of each session, in order; none unless each part is days and nothing else, the
    last with its year (which the others take), each session after the one before."""
    parts = [p for p in re.split(rx("sessions_split"), written.strip()) if p]
    found: list[tuple[PartialDate, PartialDate | None]] = []
    for part in parts:
        span = _first_dates(part)
        if span is None or span.start != 0 or span.end != len(part) or span.date.month is None or span.date.day is None:
            return []
        found.append((span.date, span.end_date))
    if not found or found[-1][0].year is None:
        return []
    year = found[-1][0].year
    days: list[Days] = []
    for start, end in found:
        start = start if start.year is not None else PartialDate(year, start.month, start.day)
        end = end if end is not None else start
        end = end if end.year is not None else PartialDate(year, end.month, end.day)
        days.append((start, end))
    ordered = all(a[1].to_date() < b[0].to_date() for a, b in zip(days, days[1:]))
    return days if ordered and all(s.to_date() <= e.to_date() for s, e in days) else []


def _tie_undated(index: EventIndex, kinds: set[str]) -> None:
    """An undated numbered meeting of those kinds is the dated one of its number and convention;
    without one it keeps no number."""
    for event in [e for e in index.events if e.kind in kinds and e.number is not None and e.date is None]:
        dated = [e for e in index.events if e is not event and e.date is not None
                 and (e.kind, e.convention, e.number) == (event.kind, event.convention, event.number)]
        if len(dated) != 1:
            event.number = None
            continue
        into = dated[0]
        into.short_name = into.short_name or event.short_name
        into.title = event.title if len(event.title) > len(into.title) else into.title
        for name in ("venue", "city", "chair", "presidency"):
            if getattr(into, name) is None:
                setattr(into, name, getattr(event, name))
        into.quotes += event.quotes
        for naming in index.namings:
            if naming.event is event:
                naming.event = into
        index.events.remove(event)
