"""Names of meetings in news prose: "the Seventh Meeting of States Parties (7MSP)", "a side event".

Each pattern gives the meeting kind, and where the text says so its number (hence the short
name "7MSP") and the convention it belongs to ("... of the Anti-Personnel Mine Ban Convention").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ccmgraph.records import MeetingKind
from ccmgraph.ingesters.news.text import conventions

_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth " \
            "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
_ORD = r"(?P<ord>\d{1,2}(?:st|nd|rd|th)|(?i:" + "|".join(_ORDINALS) + "))"

# (kind, pattern, short-name template); {n} is the meeting's number when written.
_PATTERNS: list[tuple[MeetingKind, str, str | None]] = [
    ("msp", rf"{_ORD}\s+(?:Annual\s+)?Meeting\s+of\s+(?:the\s+)?States\s+Parties(?:\s+\(\d{{1,2}}\s?MSP\))?", "{n}MSP"),
    ("msp", rf"{_ORD}\s+Conference\s+of\s+(?:the\s+)?States\s+Parties", "{n}MSP"),
    ("msp", r"\b(?P<num>\d{1,2})\s?MSP\b", "{n}MSP"),
    ("revcon", rf"{_ORD}\s+Review\s+Conference(?:\s+\(\d?\s?RC\))?", "{n}RC"),
    ("revcon", r"\b(?P<num>\d)\s?RC\b", "{n}RC"),
    ("conference", rf"{_ORD}\s+(?:Annual\s+)?(?:Protocol\s+V\s+)?Conference\s+of\s+(?:the\s+)?High\s+Contracting\s+Parties",
     "{n}CONF"),
    ("conference", rf"{_ORD}\s+(?:Annual\s+)?Protocol\s+V\s+Conference", "{n}CONF"),
    ("meeting-of-experts", rf"(?:{_ORD}\s+(?:ever\s+)?(?:informal\s+)?)?(?:Protocol\s+V\s+)?Meetings?\s+of\s+(?:the\s+)?Experts",
     "{n}MX"),
    ("preparatory", rf"(?:{_ORD}\s+)?Preparatory\s+(?:Meeting|Committee)\b", "{n}PREP"),
    ("ndm", rf"(?:{_ORD}\s+)?International\s+Meeting\s+of\s+(?:National\s+)?Mine\s+Action\s+(?:National\s+)?"
            r"Programme\s+Directors(?:\s+and\s+(?:United\s+Nations|UN)\s+Advisers)?|\bNDM\b", None),
    ("unga", r"(?:United\s+Nations|UN)\s+General\s+Assembly|\bUNGA\b|General\s+Assembly|First\s+Committee", None),
    ("intersessional", rf"(?:{_ORD}\s+)?[Ii]ntersessional\s+[Mm]eetings?|Meetings\s+of\s+the\s+Standing\s+Committees",
     "{n}IM"),
    ("pledging", r"[Pp]ledging\s+[Cc]onference", None),
    ("cc", r"Coordination\s+Committee\s+[Mm]eeting|Coordinating\s+Committee\s+[Mm]eeting", None),
    ("side-event", r"\b[Ss]ide[- ][Ee]vents?\b", None),
    ("seminar", r"(?:(?:[Rr]egional|[Ss]ub-regional|[Nn]ational|[Ii]nternational)\s+)?[Ss]eminar\b", None),
    ("workshop", r"(?:(?:[Rr]egional|[Ss]ub-regional|[Nn]ational|[Ii]nternational)\s+)?[Ww]orkshop\b", None),
]
_COMPILED = [(kind, re.compile(rx), short) for kind, rx, short in _PATTERNS]
_CONVENTION_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\)\s*)?(?:of|to|under|on|for)\s+(?:the\s+)?")
_CONVENTION_BEFORE = re.compile(r"\b(CCM|APMBC|CCW)\s+$")
CONVENTION_MEETINGS = ("msp", "revcon", "intersessional", "cc", "conference", "meeting-of-experts", "preparatory")


@dataclass(frozen=True)
class Phrase:
    """A meeting named in a sentence: offsets in the paragraph and what the words tell."""

    start: int
    end: int
    kind: MeetingKind
    title: str
    number: int | None = None
    short_name: str | None = None
    convention: str | None = None


def _number(m: re.Match[str]) -> int | None:
    groups = m.groupdict()
    if groups.get("num"):
        return int(groups["num"])
    written = (groups.get("ord") or "").lower()
    if not written:
        return None
    if written[0].isdigit():
        return int(re.sub(r"\D", "", written))
    return _ORDINALS.index(written) + 1


def _convention(text: str, start: int, end: int, kind: MeetingKind) -> str | None:
    after = _CONVENTION_AFTER.match(text, end)
    if after:
        named = [c for c in conventions(text[after.end() : after.end() + 60]) if c[0] == 0]
        if named:
            return named[0][2]
    before = _CONVENTION_BEFORE.search(text[max(0, start - 8) : start])
    if before:
        return {"CCM": "ccm", "APMBC": "apmbc", "CCW": "ccw"}[before.group(1)]
    if re.match(r"(?:\d{1,2}\S*\s+|\w+\s+(?:Annual\s+)?)?Protocol\s+V\b", text[start:end]):
        return "ccw-p5"
    return None  # the page's convention decides (EventIndex)


def find_phrases(text: str, offset: int = 0, stop: int | None = None) -> list[Phrase]:
    """Every meeting named in text[offset:stop], longest and earliest pattern first, no overlaps."""
    stop = len(text) if stop is None else stop
    found: list[Phrase] = []
    for kind, pattern, template in _COMPILED:
        for m in pattern.finditer(text, offset, stop):
            if any(p.start < m.end() and m.start() < p.end for p in found):
                continue
            number = _number(m)
            short = template.format(n=number) if template and number else None
            title = re.sub(r"\s+", " ", m.group(0))
            found.append(Phrase(m.start(), m.end(), kind, title, number, short,
                                _convention(text, m.start(), m.end(), kind)))
    return sorted(found, key=lambda p: p.start)
