"""Whose minutes these are: the CCM's Coordination Committee or the APMBC's Coordinating Committee.

The committee's name alone is no evidence of this field (residents' associations have
coordination committees too): the text must also name or be about one of the conventions.
The convention the heading names wins over the one the committee's name implies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ccmgraph.vocabulary import bodies, conventions_about, phrase_pattern
from ccmgraph.ingesters.minutes.text import patterns

HEAD_CHARS = 1500  # the heading of minutes: title, date, venue


@dataclass(frozen=True)
class Committee:
    """The committee a text names in its heading, and the convention it belongs to."""

    name: str  # as the vocabulary writes it ("Coordinating Committee")
    convention: str
    offset: int  # where the heading names it


@cache
def _committees() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    found = []
    for key in patterns()["committees"]:
        body = bodies()[key]
        for name in body["names"]:
            found.append((re.compile(rf"(?<!\w){phrase_pattern(name)}(?!\w)", re.IGNORECASE), name, body["conventions"][0]))
    return tuple(found)


def committee_of(text: str) -> Committee | None:
    """The committee the heading of `text` names first, with its convention, or None.

    >>> committee_of("Anti-Personnel Mine Ban Convention\\nCoordinating Committee\\nMinutes")
    Committee(name='Coordinating Committee', convention='apmbc', offset=35)
    >>> committee_of("Minutes of the CCM Coordination Committee").convention
    'ccm'
    >>> committee_of("Minutes of the Residents' Coordination Committee") is None
    True
    """
    head = text[:HEAD_CHARS]
    named = [(m.start(), name, convention) for rx, name, convention in _committees() for m in rx.finditer(head)]
    if not named:
        return None
    offset, name, convention = min(named)
    about = conventions_about(head) or conventions_about(text)
    if not about:
        return None
    written = [c for c in about if c in (conv for _, _, conv in _committees())]
    return Committee(name, written[0] if written and conventions_about(head) else convention, offset)


def records_a_meeting(text: str) -> bool:
    """The heading says the text records a meeting ("Minutes", "Summary record", "Meeting held on")."""
    return re.search(patterns()["record_words"], text[:HEAD_CHARS], re.IGNORECASE) is not None
