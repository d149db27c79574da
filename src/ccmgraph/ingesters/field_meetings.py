"""A page that names none of the conventions may still name one of their meetings, with its dates.

A calendar ("Fifteenth Meeting of the States Parties / 28 November 2016 - 1 December 2016 /
Santiago") or an agenda names meetings by number and kind only. When such a meeting's own
dates, written right after its name, are those of a meeting in the curated table
(ingest/reference/meetings.csv), the page is of this field and that meeting's convention is
the one it is about. A number without dates, or dates no curated meeting has, tells nothing:
Geneva hosts the meetings of every convention, so a city alone is no evidence.
"""

from __future__ import annotations

from functools import lru_cache

from ccmgraph.resolve.meetings import number_by_dates
from ccmgraph.ingesters.flat.meetings import date_range
from ccmgraph.records import PartialDate
from ccmgraph.vocabulary import meeting_mentions

CONVENTIONS = ("ccm", "apmbc", "ccw-p5")

#: How far after a meeting's name its own dates may stand (characters, blanks included).
DATES_WITHIN = 60


@lru_cache(maxsize=64)
def curated_conventions(text: str) -> frozenset[str]:
    """The conventions of the curated meetings `text` names by number with their own dates.

    >>> sorted(curated_conventions("Fifteenth Meeting of the States Parties\\n28 November 2016 - 1 December 2016"))
    ['apmbc']
    >>> sorted(curated_conventions("Fifteenth Meeting of the States Parties, Geneva"))
    []
    """
    mentions = [m for m in meeting_mentions(text) if m.number is not None]
    found: set[str] = set()
    for i, mention in enumerate(mentions):
        stop = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        start, end = _own_dates(text[mention.end : min(stop, mention.end + DATES_WITHIN)])
        if start is None:
            continue
        found |= {convention for convention in CONVENTIONS if mention.convention in (None, convention)
                  and number_by_dates(mention.kind, convention, start, end) == mention.number}
    return frozenset(found)


def _own_dates(after: str) -> tuple[PartialDate | None, PartialDate | None]:
    """The dates written right after a meeting's name: the rest of its line, or else the next
    line, when that is a date or a range and nothing else ("28 November - 1 December 2016")."""
    lines = [line.strip(" \t,:;()–-.") for line in after.split("\n")]
    line = lines[0] or next((rest for rest in lines[1:] if rest), "")
    try:
        return date_range(line)
    except ValueError:  # a date that cannot exist
        return None, None
