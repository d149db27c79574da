"""The convention a page is about when its words name none of the three.

A convention's own site often never writes the convention's name: "The 16MSP was officially
opened by the 16MSP President ...". Two kinds of evidence still settle it, and only these:
a body that belongs to one convention alone ("Standing Committee on Victim Assistance",
vocabulary/bodies.yml), and numbered meetings that only one convention's calendar allows
(vocabulary/held.yml: the CCM had held 13 MSPs by 2025, so a "16MSP" is the APMBC's). Where
neither speaks, a convention's own web or e-mail domain does ("please contact the Convention's
ISU: isu@apminebanconvention.org", vocabulary/conventions.yml `domains`), when the text gives
one convention's only. Where none speaks, or they disagree, there is no convention: the caller
leaves it unsaid rather than guess.
"""

from __future__ import annotations

import re

from ccmgraph.ingesters.composition.committee import body_convention
from ccmgraph.ingesters.flat.about import CONVENTIONS
from ccmgraph.ingesters.news.meetings import find_phrases
from ccmgraph.resolve.held import impossible
from ccmgraph.vocabulary import conventions


_CALENDAR_KINDS = {"msp": "msp", "revcon": "revcon", "conference": "hcp-conference"}


def by_calendar(text: str) -> set[str]:
    """The conventions every numbered meeting the text names without a convention may be of;
    empty when it names none (every convention would do) or no convention fits all."""
    possible: set[str] | None = None
    for phrase in find_phrases(text):
        kind = _CALENDAR_KINDS.get(phrase.kind)
        if kind is None or phrase.number is None or phrase.convention is not None:
            continue
        fits = {c for c in CONVENTIONS if _holds(c, kind) and not impossible(kind, c, phrase.number)}
        possible = fits if possible is None else possible & fits
    return possible or set()


def _holds(convention: str, kind: str) -> bool:
    """Whether the convention numbers meetings of that kind at all (the CCM holds no "CONF")."""
    return not impossible(kind, convention, 1) and impossible(kind, convention, 10_000)


def unnamed_convention(text: str) -> str | None:
    """The one convention the bodies and the calendar point to, if they point to one."""
    body, calendar = body_convention(text), by_calendar(text)
    if body is not None:
        return body if not calendar or body in calendar else None
    if calendar:
        return next(iter(calendar)) if len(calendar) == 1 else None
    return domain_convention(text)


def domain_convention(text: str) -> str | None:
    """The one convention whose own domain the text gives (a contact line below the article)."""
    own = by_domain(text)
    return next(iter(own)) if len(own) == 1 else None


def by_domain(text: str) -> set[str]:
    """The conventions whose own web or e-mail domain the text gives ("isu@apminebanconvention.org")."""
    return {entry.key for entry in conventions().values()
            if any(re.search(rf"(?<![\w-]){re.escape(domain)}\b", text, re.IGNORECASE) for domain in entry.domains)}
