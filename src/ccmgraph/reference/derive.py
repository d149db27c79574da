"""Derive each State's deadlines from its treaty participation and the conventions' rules.

Pure functions over plain values: a participation row in, deadlines out, each carrying the
chain of rules it came from ("CCM Art.17(2): ... then CCM Art.7(1): ..."). Sources that
disagree give different participations, and each is derived from on its own, so the
disagreement stays visible in the deadlines too.

>>> from ccmgraph.records import PartialDate as D
>>> first_of_month_after(D(2015, 3, 12), 6)
datetime.date(2015, 9, 1)
>>> add_months(dt.date(2013, 3, 1), 96)
datetime.date(2021, 3, 1)
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ccmgraph.records import PartialDate
from ccmgraph.reference.rules import Holding, Rules

INITIAL_REPORT = "initial-report"  # the obligation a participation row's report column fulfils


@dataclass(frozen=True)
class Participation:
    iso3: str
    convention: str
    deposit: PartialDate | None
    entry_into_force: PartialDate | None
    initial_report: PartialDate | None


@dataclass(frozen=True)
class Deadline:
    obligation: str
    date: dt.date
    rule: str
    fulfilled: bool | None = None
    fulfilled_on: PartialDate | None = None
    holding: Holding | None = None
    variant: str = ""  # "by-rule" when the rule disagrees with the source's date


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the 31st becomes the last day of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def first_of_month_after(deposit: PartialDate, months: int) -> dt.date:
    """First day of the `months`-th month after the month of deposit (the day is not needed)."""
    assert deposit.year is not None and deposit.month is not None
    return add_months(dt.date(deposit.year, deposit.month, 1), months)


def by_rule(p: Participation, rules: Rules) -> tuple[dt.date, str] | None:
    """Entry into force for the State computed from the deposit date by the convention's rule."""
    rule = rules.eif.get(p.convention)
    deposit = p.deposit
    if rule is None or deposit is None or deposit.year is None or deposit.month is None:
        return None
    if rule.first_of_month:
        day = first_of_month_after(deposit, rule.months)
    elif deposit.complete:
        day = add_months(deposit.to_date(), rule.months)
    else:
        return None
    text = rule.text
    start = rules.convention_eif.get(p.convention)
    if start is not None and day < start:
        day, text = start, f"{text}, but not before the Convention's own entry into force on {start.isoformat()}"
    return day, text


def entry_into_force(p: Participation, rules: Rules) -> list[tuple[str, dt.date, str]]:
    """(variant, date, rule) of entry into force for the State: by rule and as the source gives it.

    When both agree there is one variant; when they disagree both are kept, so that the
    deadlines derived from each stay visible side by side.
    """
    derived = by_rule(p, rules)
    given = p.entry_into_force.to_date() if p.entry_into_force and p.entry_into_force.complete else None
    if derived and given == derived[0]:
        return [("", given, f"{derived[1]} (the source gives the same date)")]
    found = [("", given, "entry into force for the State as the source gives it")] if given else []
    if derived:
        found.append(("by-rule" if given else "", derived[0], derived[1]))
    return found


def deadlines(p: Participation, rules: Rules) -> Iterator[Deadline]:
    """Every dated obligation of the participation's convention that binds this State."""
    for variant, start, eif_rule in entry_into_force(p, rules):
        for deadline in _dated(p, rules, start, eif_rule):
            yield replace(deadline, variant=variant)


def _dated(p: Participation, rules: Rules, start: dt.date, eif_rule: str) -> Iterator[Deadline]:
    for obligation in rules.obligations:
        if obligation.convention != p.convention or not (obligation.months or obligation.days):
            continue
        held = rules.held(p.iso3, p.convention, obligation.key)
        if not obligation.applies_to_all and not held:
            continue
        if obligation.months:
            due = add_months(start, obligation.months)
        else:
            due = start + dt.timedelta(days=obligation.days or 0)
        rule = f"{eif_rule} then {obligation.text}"
        if obligation.key == INITIAL_REPORT:
            submitted = p.initial_report
            yield Deadline(obligation.key, due, rule, True if submitted else None, submitted)
            continue
        holding = next((h for h in held if h.fulfilled is not None), held[0] if held else None)
        if holding is None:
            yield Deadline(obligation.key, due, rule)
        else:
            yield Deadline(obligation.key, due, rule, holding.fulfilled, holding.fulfilled_on, holding)
