"""Which of the three conventions a text is about: the one it names most (ccmgraph.vocabulary).

The CCW itself is a framework, not one of the graph's conventions: a text about the CCW that
never names Protocol V is about none of them, and the reader refuses it rather than guess.
"""

from __future__ import annotations

from functools import lru_cache

from ccmgraph.ingesters.field_meetings import curated_conventions
from ccmgraph.vocabulary import conventions_about

CONVENTIONS = ("ccm", "apmbc", "ccw-p5")


@lru_cache(maxsize=64)  # every reader's sniff and extract asks about the same text
def convention_of(text: str) -> str | None:
    """The convention `text` is about, or None when it names none of the three; a text that
    names none but gives one convention's curated meetings with their dates is about that one.

    >>> convention_of("Protokoll über explosive Kampfmittelrückstände (Protokoll V) des Übereinkommens")
    'ccw-p5'
    """
    named = next((key for key in conventions_about(text) if key in CONVENTIONS), None)
    if named is not None:
        return named
    curated = curated_conventions(text)
    return next(iter(curated)) if len(curated) == 1 else None
