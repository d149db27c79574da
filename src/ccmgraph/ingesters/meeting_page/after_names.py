"""The words after an undated numbered meeting's name, for the readers that date it from there.

participle.py (", tenue à Dubrovnik du 7 au 11 septembre 2015,") and months.py ("qui s'est
déroulée à Carthagène en novembre-décembre 2009") read the same place of a sentence: past the
meeting's name and past the short tail a page may put between (its convention's name, an
abbreviation), up to the sentence's end. One walk over the page's namings serves both.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ccmgraph.ingesters.meeting_page.data import rx
from ccmgraph.ingesters.news.events import EventIndex, Mention_


class AfterName(NamedTuple):
    """One naming, its paragraph's text, where the words after the name start, and where the sentence ends."""

    naming: Mention_
    text: str
    start: int
    stop: int


def after_undated_names(index: EventIndex, tail_rule: str) -> Iterator[AfterName]:
    """Each naming of a numbered meeting the page has not dated yet, past the tail `tail_rule` matches."""
    for naming in index.namings:
        if naming.event.number is None or naming.event.date is not None:
            continue
        text, stop = naming.sentence.para.text, naming.sentence.end
        tail = rx(tail_rule).match(text[naming.phrase.end : stop])
        yield AfterName(naming, text, naming.phrase.end + (tail.end() if tail else 0), stop)
