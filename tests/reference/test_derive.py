"""Deadline derivation: the rules checked against dates the sources themselves state."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ccmgraph.records import PartialDate as D
from ccmgraph.reference import reference_folder
from ccmgraph.reference.derive import Participation, add_months, deadlines, entry_into_force, first_of_month_after
from ccmgraph.reference.rules import load_rules

RULES = load_rules(reference_folder())


def test_first_of_sixth_month_matches_isu_news() -> None:
    # CCM ISU news: St. Lucia deposited 15 Sep 2020 -> in force 1 Mar 2021; Niue 6 Aug 2020 -> 1 Feb 2021
    assert first_of_month_after(D(2020, 9, 15), 6) == dt.date(2021, 3, 1)
    assert first_of_month_after(D(2020, 8, 6), 6) == dt.date(2021, 2, 1)
    # a deposit known only to the month is enough for this rule
    assert first_of_month_after(D(2015, 3), 6) == dt.date(2015, 9, 1)


def test_add_months_keeps_day_or_clamps_to_month_end() -> None:
    assert add_months(dt.date(2011, 9, 1), 120) == dt.date(2021, 9, 1)
    assert add_months(dt.date(2015, 8, 31), 6) == dt.date(2016, 2, 29)


def test_early_deposits_take_the_conventions_own_entry_into_force() -> None:
    early = Participation("ALB", "ccm", D(2009, 6, 16), None, None)
    (variant, day, rule), = entry_into_force(early, RULES)
    assert day == dt.date(2010, 8, 1) and variant == ""
    assert "not before the Convention's own entry into force on 2010-08-01" in rule


def test_source_date_and_rule_disagreeing_gives_both() -> None:
    # Afghanistan deposited 8 Sep 2011; one Monitor profile says it became party on 12 March 2012
    conflict = Participation("AFG", "ccm", D(2011, 9, 8), D(2012, 3, 12), None)
    found = {(variant, day) for variant, day, _ in entry_into_force(conflict, RULES)}
    assert found == {("", dt.date(2012, 3, 12)), ("by-rule", dt.date(2012, 3, 1))}


def test_paraguay_initial_report_from_deposit_alone() -> None:
    paraguay = Participation("PRY", "ccm", D(2015, 3, 12), None, None)
    (initial,) = [d for d in deadlines(paraguay, RULES) if d.obligation == "initial-report"]
    assert initial.date == dt.date(2016, 2, 28)
    assert initial.rule == (
        "CCM Art.17(2): first day of the sixth month after deposit then CCM Art.7(1): initial report within 180 days"
    )
    assert initial.fulfilled is None


def test_conditional_obligations_only_for_listed_holders() -> None:
    peru = Participation("PER", "ccm", D(2012, 9, 26), D(2013, 3, 1), D(2013, 8, 1))
    paraguay = Participation("PRY", "ccm", D(2015, 3, 12), D(2015, 9, 1), None)
    assert {d.obligation for d in deadlines(peru, RULES)} == {"initial-report", "stockpile-destruction"}
    assert {d.obligation for d in deadlines(paraguay, RULES)} == {"initial-report"}


def test_derived_deadlines_agree_with_deadlines_the_isu_states() -> None:
    """Chad (Art.4) and Peru (Art.3): the ISU's stated deadlines equal what the rules derive."""
    for iso3, deposit, obligation in (("TCD", D(2013, 3, 26), "clearance"), ("PER", D(2012, 9, 26), "stockpile-destruction")):
        (holding,) = RULES.held(iso3, "ccm", obligation)
        derived = [d for d in deadlines(Participation(iso3, "ccm", deposit, None, None), RULES) if d.obligation == obligation]
        assert holding.stated_deadline is not None
        assert [d.date for d in derived] == [holding.stated_deadline.to_date()]


def test_rules_read_from_the_tables(tmp_path: Path) -> None:
    assert RULES.convention_eif == {"apmbc": dt.date(1999, 3, 1), "ccm": dt.date(2010, 8, 1), "ccw": dt.date(1983, 12, 2),
                                    "ccw-p5": dt.date(2006, 11, 12)}
    assert set(RULES.eif) == {"ccm", "apmbc"}  # no sourced per-State rule for CCW Protocol V
