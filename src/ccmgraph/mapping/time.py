"""Comparable bounds for dates kept as written: a partial date becomes the span it can mean.

"2016-03" is kept as xsd:gYearMonth, and the node also gets ccm:earliest 2016-03-01 and
ccm:latest 2016-03-31 (xsd:date), so that one date-range FILTER finds every fact whose time
overlaps the range, whatever the precision each source gave. A day without a year has no
bounds: it cannot be placed in time.
"""

from __future__ import annotations

import calendar
import datetime as dt

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from ccmgraph.mapping.sourcegraph import SourceGraphWriter
from ccmgraph.namespaces import CCM
from ccmgraph.records import PartialDate


def lower(value: PartialDate) -> dt.date | None:
    """The first day a partial date can mean; None without a year.

    >>> lower(PartialDate(2016)), lower(PartialDate(2016, 3)), lower(PartialDate(None, 3, 3))
    (datetime.date(2016, 1, 1), datetime.date(2016, 3, 1), None)
    """
    if value.year is None:
        return None
    return dt.date(value.year, value.month or 1, value.day or 1)


def upper(value: PartialDate) -> dt.date | None:
    """The last day a partial date can mean; None without a year.

    >>> upper(PartialDate(2016)), upper(PartialDate(2016, 2)), upper(PartialDate(2016, 2, 3))
    (datetime.date(2016, 12, 31), datetime.date(2016, 2, 29), datetime.date(2016, 2, 3))
    """
    if value.year is None:
        return None
    month = value.month or 12
    return dt.date(value.year, month, value.day or calendar.monthrange(value.year, month)[1])


def add_bounds(ctx: SourceGraphWriter, node: URIRef, first: PartialDate | None,
               last: PartialDate | None = None) -> None:
    """ccm:earliest from the first date, ccm:latest from the last (the first when only one)."""
    last = last or first
    start = lower(first) if first else None
    end = upper(last) if last else None
    if start is not None:
        ctx.add(node, CCM.earliest, Literal(start.isoformat(), datatype=XSD.date))
    if end is not None:
        ctx.add(node, CCM.latest, Literal(end.isoformat(), datatype=XSD.date))
