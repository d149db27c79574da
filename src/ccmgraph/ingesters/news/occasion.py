"""Steps dated by a month written without its year, in the clause or by the occasion just told.

"Cyprus signed the Convention in September", in an article of 14 October 2009, is a signature
of 2009-09: a past step in a month not after the article's own, and close to it (treaty.yml
`month_alone_reach`), is of the article's year; a later month, or one far before it, may be of
another year and dates nothing. A sentence that tells an occasion of treaty actions with such a
month ("The United Nations held its yearly Treaty Event in New York in late September, and the
Convention was among the treaties that drew the most treaty actions") dates the steps it and the
very next sentence state without a date of their own, in the simple past ("Cyprus signed the
Convention, while Uruguay and Malta deposited their instruments of ratification"): a perfect ("has ratified",
"had signed") or a word of another time ("earlier", "already") keeps the step undated. The
month is as precise as the text: no day is ever given.
"""

from __future__ import annotations

import re
from functools import cache

from ccmgraph.ingesters.news.dating import ArticleDate, tense
from ccmgraph.ingesters.news.treaty import regex, treaty_words
from ccmgraph.records import PartialDate
from ccmgraph.text.dates import MONTHS


@cache
def _month_alone() -> re.Pattern[str]:
    """treaty.yml `month_alone`, its `{month}` the month names of text.dates."""
    names = "|".join(sorted(MONTHS, key=len, reverse=True))
    frame = "".join(str(treaty_words()["month_alone"]).split()).replace("{month}", names)
    return re.compile(frame, re.IGNORECASE)


def months_alone(text: str) -> list[int]:
    """The months `text` names with no year and no day ("in September", "at the end of
    September", "in late September"), each written with its capital ("in may" is no month)."""
    return [MONTHS[m["month"].lower()] for m in _month_alone().finditer(text) if m["month"][0].isupper()]


def past_month(month: int, dated: ArticleDate | None) -> PartialDate | None:
    """The month of a past step with the article's year: only when the month is not after the
    article's and at most `month_alone_reach` months before it, for every month the article's
    date may be of.

    >>> past_month(9, ArticleDate(2009, frozenset({10}), PartialDate(2009, 10, 14)))
    PartialDate(year=2009, month=9, day=None)
    >>> past_month(11, ArticleDate(2009, frozenset({10}))) is None
    True
    >>> past_month(1, ArticleDate(2009, frozenset({10}))) is None
    True
    """
    if dated is None or not dated.months:
        return None
    reach = int(treaty_words()["month_alone_reach"])
    if any(month > m or m - month > reach for m in dated.months):
        return None
    return PartialDate(dated.year, month)


def clause_month(clause: str, dated: ArticleDate | None) -> PartialDate | None:
    """The month a step's own clause dates it by ("signed the Convention in September"), when it
    names one month only."""
    found = set(months_alone(clause))
    return past_month(found.pop(), dated) if len(found) == 1 else None


def occasion_month(text: str, dated: ArticleDate | None) -> PartialDate | None:
    """The month of the occasion of treaty actions a sentence tells in the past ("held its yearly
    Treaty Event in New York in late September ... treaty actions"), else None."""
    if not regex("occasion_of_steps").search(text) or tense(text) != "past":
        return None
    return clause_month(text, dated)


def carried(text: str) -> bool:
    """Whether a sentence's undated steps may take the month of the occasion told just before:
    simple past only, no word of another time (treaty.yml `occasion_not_carried`)."""
    return not regex("occasion_not_carried").search(text)
