"""The one warning every news reader gives for a fact whose convention the text does not say.

A fact is of the convention its own sentence names, else of the one the page is about; where
the text gives neither it is left out, never written as the CCM's (or any other's) by default.
"""

from __future__ import annotations

from ccmgraph.records import Quote, Warning_


def no_convention(what: str, quote: Quote | None) -> Warning_:
    """A one-line warning that `what` was left out for want of a convention."""
    return Warning_(f"{what} left out: the text does not say which convention it is of", quote)
