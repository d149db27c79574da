"""Whose minutes these are: the CCM's Coordination Committee or the APMBC's Coordinating Committee.

The committee's name alone is no evidence of this field (residents' associations have
coordination committees too): the text must also name one of the conventions or its subject,
or list several States.
The convention the heading names wins over the one the committee's name implies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ccmgraph.vocabulary import bodies, convention_spans, conventions, conventions_about, meeting_mentions, phrase_pattern
from ccmgraph.ingesters.minutes.lexicon import Lexicon, default_lexicon  # noqa: F401 (the doctests use it)
from ccmgraph.ingesters.minutes.text import patterns

HEAD_CHARS = 1500  # the heading of minutes: title, date, venue
STATES_CHARS = 4000  # where the attendance list is
MIN_STATES = 3  # distinct States that show a committee of States met


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


def committee_of(text: str, lexicon: Lexicon) -> Committee | None:
    r"""The committee the heading of `text` names first, with its convention, or None when the
    text shows nothing of the field besides the committee's name.

    >>> from ccmgraph.ingesters.minutes.lexicon import default_lexicon
    >>> lexicon = default_lexicon()
    >>> committee_of("Anti-Personnel Mine Ban Convention\nCoordinating Committee\nMinutes", lexicon)
    Committee(name='Coordinating Committee', convention='apmbc', offset=35)
    >>> committee_of("Minutes of the CCM Coordination Committee. Present: Chile, Peru, Spain", lexicon).convention
    'ccm'
    >>> committee_of("Minutes of the Residents' Coordination Committee", lexicon) is None
    True
    """
    head = text[:HEAD_CHARS]
    named = [(m.start(), name, convention) for rx, name, convention in _committees() for m in rx.finditer(head)]
    if not named or not _of_the_field(text, lexicon):
        return None
    offset, name, convention = min(named)
    ours = {conv for _, _, conv in _committees()}
    written = [c for c in conventions_about(head) if c in ours]
    return Committee(name, written[0] if written else convention, offset)


def _of_the_field(text: str, lexicon: Lexicon) -> bool:
    """A convention spelled out or its subject named ("cluster munitions"), a numbered meeting
    of States Parties ("2RC President"), or several States: an abbreviation alone ("CCM" is
    also the Global Fund's country coordinating mechanism) is not enough."""
    if any(text[a:b] not in conventions()[key].abbreviations for a, b, key in convention_spans(text)):
        return True  # the cheapest evidence first: a minutes file is read once per kind detection
    if _about().search(text):
        return True
    states = {key for _, _, kind, key in lexicon.actors(text[:STATES_CHARS]) if kind == "state"}
    if len(states) >= MIN_STATES:
        return True
    return any(m.number and m.kind in ("msp", "revcon") for m in meeting_mentions(text[:STATES_CHARS]))


@cache
def _about() -> re.Pattern[str]:
    """Every convention's subject words as one pattern ("cluster munitions", "minas antipersonal")."""
    words = [phrase_pattern(word) for entry in conventions().values() for word in entry.about]
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)


def records_a_meeting(text: str) -> bool:
    """The heading says the text records a meeting ("Minutes", "Summary record", "Meeting held on")."""
    return re.search(patterns()["record_words"], text[:HEAD_CHARS], re.IGNORECASE) is not None
