"""Names of meetings in news prose: "the Seventh Meeting of States Parties (7MSP)", "a side event".

The vocabulary (vocabulary/meetings.yml) gives the meeting kind, and where the text says so its
number (hence the short name "7MSP") and the convention it belongs to ("... of the
Anti-Personnel Mine Ban Convention").
"""

from __future__ import annotations

from dataclasses import dataclass

from ccmgraph.ingesters.flat.listed import listed_meetings
from ccmgraph.records import MeetingKind
from ccmgraph.vocabulary import meeting_kinds, meeting_mentions

CONVENTION_MEETINGS = ("msp", "revcon", "intersessional", "cc", "conference", "meeting-of-experts", "preparatory")
_ABBREVIATIONS = {"msp": "MSP", "revcon": "RC", "conference": "CONF", "meeting-of-experts": "MX",
                  "preparatory": "PREP", "intersessional": "IM"}


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
    listed: bool = False  # one of a list of ordinals before a plural name: no date or place of its own
    city: str | None = None  # the city the kind or the name says ("the Oslo Diplomatic Conference", "the Cartagena Summit")


def _short_name(kind: str, number: int | None) -> str | None:
    """"7MSP", "2RC", "13CONF": the short name of a numbered meeting."""
    abbreviation = _ABBREVIATIONS.get(kind)
    return f"{number}{abbreviation}" if abbreviation and number else None


def find_phrases(text: str, offset: int = 0, stop: int | None = None) -> list[Phrase]:
    """Every meeting named in text[offset:stop] (vocabulary.meeting_mentions), no overlaps.

    A meeting whose convention the text does not say is left without one: the convention the
    page is about decides (EventIndex).
    """
    stop = len(text) if stop is None else stop
    found: list[Phrase] = []
    kinds = meeting_kinds()
    listed = listed_meetings(text[:stop])
    for m in sorted([*meeting_mentions(text[:stop]), *listed], key=lambda x: x.start):
        if m.start < offset or _in_address(text, m.start, m.end):
            continue
        kind = kinds[m.kind].record
        convention = m.convention
        found.append(Phrase(m.start, m.end, kind, m.text, m.number,  # type: ignore[arg-type]
                            _short_name(kind, m.number), convention, listed=m in listed,
                            city=m.city or kinds[m.kind].city))
    return found


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether a name stands inside a web address or a file path ("www.icbl.org/.../10MSP/pr-11MSP"):
    a path names no meeting the page reports."""
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    token_end = min((i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0), default=len(text))
    token = text[token_start:token_end]
    return "/" in token or token.lower().startswith(("www.", "http"))
