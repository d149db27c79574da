"""The numbered meetings a page names ("the 12th Meeting of States Parties (12MSP)", "1RC"),
as Meeting records of the convention the page is about, through ccmgraph.vocabulary.

Only numbered Meetings of States Parties and Review Conferences are kept: their number makes
them one meeting whatever else the page says. Their dates are not read here (a page of
another kind states them in passing, next to other events' dates).
"""

from __future__ import annotations

from collections.abc import Iterator

from ccmgraph.records import Meeting, MeetingKind, Quote
from ccmgraph.vocabulary import meeting_kinds, meeting_mentions

_NUMBERED: dict[str, MeetingKind] = {"msp": "msp", "revcon": "revcon"}


def numbered_meetings(text: str, convention: str) -> Iterator[Meeting]:
    """One Meeting per numbered meeting named, first mention quoted."""
    seen: set[tuple[str, str, int]] = set()
    for m in meeting_mentions(text):
        record = meeting_kinds()[m.kind].record if m.kind in meeting_kinds() else m.kind
        if record not in _NUMBERED or m.number is None:
            continue
        conv = m.convention or convention
        if conv not in ("ccm", "apmbc", "ccw-p5") or (conv, record, m.number) in seen:
            continue
        seen.add((conv, record, m.number))
        line = text.count("\n", 0, m.start) + 1
        yield Meeting(f"{conv}-{record}-{m.number}", _NUMBERED[record], Quote(m.text, line),
                      convention=conv, number=m.number)
