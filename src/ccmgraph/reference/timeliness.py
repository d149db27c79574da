"""On time, late, or not to be told: a fulfilment date judged against its deadline.

A source often dates a fulfilment only to a month or a year. "Fulfilled" alone must never
read as "on time", so each judgement says which of the three it is: on time when even the
last day the date can mean is not after the deadline, late when even its first day is after
it, undetermined otherwise (a month or year that holds the deadline, or no year at all).

>>> import datetime as dt
>>> from ccmgraph.records import PartialDate as D
>>> due = dt.date(2015, 4, 30)
>>> [judge(due, d) for d in (D(2015, 4, 30), D(2015, 5, 1), D(2015, 4), D(2015, 5), D(2014), D(2015), D(None, 3, 1))]
['on-time', 'late', 'on-time', 'late', 'on-time', 'undetermined', 'undetermined']
"""

from __future__ import annotations

import calendar
import datetime as dt

from rdflib import URIRef

from ccmgraph.mapping.sourcegraph import SourceGraphWriter
from ccmgraph.records import PartialDate
from ccmgraph.reference.vocab import CCMX

ON_TIME, LATE, UNDETERMINED = "on-time", "late", "undetermined"


def bounds(value: PartialDate) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date of this precision can mean; None without a year."""
    if value.year is None:
        return None
    if value.month is None:
        return dt.date(value.year, 1, 1), dt.date(value.year, 12, 31)
    if value.day is None:
        last = calendar.monthrange(value.year, value.month)[1]
        return dt.date(value.year, value.month, 1), dt.date(value.year, value.month, last)
    day = value.to_date()
    return day, day


def judge(due: dt.date | PartialDate, done: PartialDate) -> str:
    """on-time, late or undetermined for a fulfilment dated `done` against deadline `due`.

    A deadline known only to its month or year is on time only if met before its first day.
    """
    span = bounds(done)
    limits = (due, due) if isinstance(due, dt.date) else bounds(due)
    if span is None or limits is None:
        return UNDETERMINED
    if span[1] <= limits[0]:
        return ON_TIME
    if span[0] > limits[1]:
        return LATE
    return UNDETERMINED


def judge_all(dues: list[dt.date | PartialDate], done: PartialDate) -> str:
    """One judgement against several deadlines sources give for one obligation: agreed, or undetermined."""
    found = {judge(due, done) for due in dues}
    return found.pop() if len(found) == 1 else UNDETERMINED


def concept(slug: str) -> URIRef:
    """The ccm:Timeliness individual of a judgement."""
    return {ON_TIME: CCMX.onTime, LATE: CCMX.late, UNDETERMINED: CCMX.timelinessUndetermined}[slug]


def add_timeliness(
    ctx: SourceGraphWriter, node: URIRef, dues: list[dt.date | PartialDate], done: PartialDate | None, fulfilled: bool | None = True
) -> None:
    """ccm:timeliness of a fulfilled deadline or report: judged from its date, undetermined without one."""
    if not fulfilled or not dues:
        return
    ctx.add(node, CCMX.timeliness, concept(judge_all(dues, done) if done else UNDETERMINED))
