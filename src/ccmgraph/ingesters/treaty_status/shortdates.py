"""Dates with a two-digit year ("03-12-08"), as national treaty databases write their cells.

Alone, "03-12-08" may be a reference number or a day written either way round; it is read as a
date only where a status table's cell must hold one (a row under a header that names its
columns, or right after a State's name in a row), day first, the century from flat.yml's pivot.
"""

from __future__ import annotations

import re
from functools import cache

from ccmgraph.ingesters.flat.vocab import vocab
from ccmgraph.ingesters.treaty_status.words import words
from ccmgraph.records import PartialDate


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(str(words()["grid_short_date"]))


def short_dates(segment: str) -> list[tuple[int, int, PartialDate]]:
    """(start, end, date) of every two-digit-year date of `segment` that exists.

    >>> [(a, d.iso()) for a, _, d in short_dates("03-12-08 16-06-09 R 31-02-10")]
    [(0, '2008-12-03'), (9, '2009-06-16')]
    """
    pivot = int(vocab()["two_digit_pivot"])
    out = []
    for m in _pattern().finditer(segment):
        year = int(m["year"])
        try:
            date = PartialDate(2000 + year if year <= pivot else 1900 + year, int(m["month"]), int(m["day"]))
        except ValueError:
            continue
        out.append((m.start(), m.end(), date))
    return out


__all__ = ["short_dates"]
