"""The rules derive.py applies, read from the reference tables as plain values (no RDF).

Entry into force of each convention, the per-State entry-into-force rule, the deadline
rule of each obligation, and which States hold the conditional obligations (stockpile
destruction and clearance bind only States with stockpiles or contaminated areas).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ccmgraph import iris
from ccmgraph.errors import InputError
from ccmgraph.records import PartialDate
from ccmgraph.reference.tables import Row, read_table


@dataclass(frozen=True)
class EifRule:
    convention: str
    months: int
    first_of_month: bool
    text: str


@dataclass(frozen=True)
class ObligationRule:
    convention: str
    key: str
    months: int | None
    days: int | None
    applies_to_all: bool
    text: str


@dataclass(frozen=True)
class Holding:
    """A State's conditional obligation as a source states it, with fulfilment if known."""

    iso3: str
    convention: str
    obligation: str
    stated_deadline: PartialDate | None
    fulfilled: bool | None
    fulfilled_on: PartialDate | None
    quote: str  # IRI of the holders row's Quote node


@dataclass(frozen=True)
class Rules:
    convention_eif: dict[str, dt.date]
    eif: dict[str, EifRule]
    obligations: tuple[ObligationRule, ...]
    holdings: tuple[Holding, ...]

    def held(self, iso3: str, convention: str, obligation: str) -> list[Holding]:
        return [h for h in self.holdings if (h.iso3, h.convention, h.obligation) == (iso3, convention, obligation)]


def _convention_eif(rows: tuple[Row, ...]) -> dict[str, dt.date]:
    found: dict[str, set[dt.date]] = {}
    for row in rows:
        value = row.date("entry_into_force")
        if value is not None:
            found.setdefault(row.get("key"), set()).add(value.to_date())
    for key, values in found.items():
        if len(values) > 1:
            raise InputError(f"conventions.csv: sources disagree on the entry into force of {key}")
    return {key: values.pop() for key, values in found.items()}


def fulfilled_flag(row: Row) -> bool | None:
    value = row.get("fulfilled").lower()
    if value not in ("", "yes", "no"):
        raise InputError(f"{row.table} line {row.line}: fulfilled must be yes, no or empty; got {value!r}")
    return None if not value else value == "yes"


@cache
def load_rules(folder: Path) -> Rules:
    eif = {
        row.get("convention"): EifRule(
            row.get("convention"), row.integer("months_after_deposit") or 0, row.get("day") == "first-of-month", row.get("rule")
        )
        for row in read_table(folder / "entry_into_force_rules.csv").rows
    }
    obligations = tuple(
        ObligationRule(
            row.get("convention"), row.get("key"), row.integer("deadline_months"), row.integer("deadline_days"),
            row.get("applies_to") == "all", row.get("rule"),
        )
        for row in read_table(folder / "obligations.csv").rows
    )
    holders = read_table(folder / "obligation_holders.csv")
    holdings = tuple(
        Holding(
            row.get("iso3"), row.get("convention"), row.get("obligation"), row.date("stated_deadline"),
            fulfilled_flag(row), row.date("fulfilled_on"), str(iris.local(holders.sha256, "row", str(row.line))),
        )
        for row in holders.rows
    )
    conventions = read_table(folder / "conventions.csv").rows
    return Rules(_convention_eif(conventions), eif, obligations, holdings)
