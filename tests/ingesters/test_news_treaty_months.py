"""Treaty events of news prose dated by a month of no year.

A step told "in September", or told right after an occasion of treaty
actions "in late September", is of that month of the article's year when the month is past and
near the article's own. What must stay undated: a perfect ("has ratified"), a sentence two after
the occasion, a month after the article's (the previous year's, maybe), a month far before it.
"""

from __future__ import annotations

from conftest import news_treaty_events as events


def test_steps_told_right_after_an_occasion_of_treaty_actions_take_its_month() -> None:
    assert events("treaty15-occasion.txt") == {
        ("Cyprus", "ccm", "signature", "2009-09"),
        ("Uruguay", "ccm", "ratification", "2009-09"),
        ("Malta", "ccm", "ratification", "2009-09"),
        ("Norway", "ccm", "ratification", "2008-12"),  # its own date, not the occasion's
    }


def test_a_perfect_or_a_later_sentence_keeps_the_step_undated() -> None:
    assert events("treaty15-occasion-perfect.txt") == {
        ("Burundi", "ccm", "ratification", ""),
        ("France", "ccm", "ratification", ""),
    }


def test_a_month_after_the_article_month_gives_no_year() -> None:
    assert events("treaty15-occasion-next-year.txt") == {("France", "ccm", "ratification", "")}


def test_a_month_in_the_step_own_clause_dates_it_only_when_near() -> None:
    assert events("treaty15-month-clause.txt") == {
        ("Cyprus", "ccm", "signature", "2009-09"),
        ("Mexico", "ccm", "ratification", ""),  # May is seven months before December: no year
    }


def test_months_alone_are_capitalised_and_have_no_day_or_year() -> None:
    from ccmgraph.ingesters.news.occasion import months_alone
    assert months_alone("in late September, at the end of October, in may, in June 2009, in July 3") == [9, 10]
