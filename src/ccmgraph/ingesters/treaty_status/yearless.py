"""The year of a deposit written without one, from the entry into force the same clause gives.

"Iraq acceded on 15 August, with entry into force on 1 February 2008": the Monitor leaves out
the year of a step it reports in the year of writing. The conventions fix entry into force on
the first day of the sixth month after deposit (ingest/reference/entry_into_force_rules.csv),
so the one year whose deposit on 15 August gives 1 February 2008 is the deposit's year. Only
a year every first-of-month rule agrees on is taken; no other guess is ever made.
"""

from __future__ import annotations

import re
from functools import cache

from ccmgraph.ingesters.flat.vocab import vocab
from ccmgraph.paths import ingest_dir
from ccmgraph.records import PartialDate
from ccmgraph.reference.derive import first_of_month_after
from ccmgraph.reference.rules import load_rules


@cache
def _months() -> dict[str, int]:
    return {str(name).lower(): int(number) for number, names in vocab()["months"].items() for name in names
            if len(str(name)) > 3}


@cache
def day_month() -> re.Pattern[str]:
    """A day and a month with no year after them ("15 August", "August 15")."""
    names = "|".join(sorted(map(re.escape, _months()), key=len, reverse=True))
    year = r"(?!,?\s+(?:of\s+)?(?:19|20)\d\d)"
    return re.compile(rf"\b(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{names})\b{year}"
                      rf"|(?P<m2>{names})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b{year})", re.IGNORECASE)


def deposit_year(day: int, month: int, entry_into_force: PartialDate) -> PartialDate | None:
    """The deposit on `day`.`month` whose entry into force by rule is `entry_into_force`."""
    if not entry_into_force.complete or entry_into_force.year is None:
        return None
    rules = [r.months for r in load_rules(ingest_dir() / "reference").eif.values() if r.first_of_month]
    found: set[int] = set()
    for months in set(rules):
        for year in (entry_into_force.year - 1, entry_into_force.year):
            try:
                deposit = PartialDate(year, month, day)
            except ValueError:
                continue
            eif = first_of_month_after(deposit, months)
            if (eif.year, eif.month, eif.day) == (entry_into_force.year, entry_into_force.month, entry_into_force.day):
                found.add(year)
    return PartialDate(found.pop(), month, day) if len(found) == 1 and len(set(rules)) == 1 else None


def read_day_month(text: str) -> tuple[int, int] | None:
    """(day, month) of a yearless date that is the whole of `text` (bar blanks)."""
    m = day_month().fullmatch(text.strip())
    if not m:
        return None
    return int(m["d1"] or m["d2"]), _months()[(m["m1"] or m["m2"]).lower()]
