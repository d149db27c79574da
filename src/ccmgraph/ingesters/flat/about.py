"""Which of the three conventions a text is about: the one it names most (ccmgraph.vocabulary).

The CCW itself is a framework, not one of the graph's conventions: a text about the CCW that
never names Protocol V is about none of them, and the reader refuses it rather than guess.
"""

from __future__ import annotations

from ccmgraph.vocabulary import conventions_about

CONVENTIONS = ("ccm", "apmbc", "ccw-p5")


def convention_of(text: str) -> str | None:
    """The convention `text` is about, or None when it names none of the three.

    >>> convention_of("Protokoll über explosive Kampfmittelrückstände (Protokoll V) des Übereinkommens")
    'ccw-p5'
    """
    return next((key for key in conventions_about(text) if key in CONVENTIONS), None)
