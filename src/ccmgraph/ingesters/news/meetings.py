"""Names of meetings in news prose: "the Seventh Meeting of States Parties (7MSP)", "a side event".

The vocabulary (vocabulary/meetings.yml) gives the meeting kind, and where the text says so its
number (hence the short name "7MSP") and the convention it belongs to ("... of the
Anti-Personnel Mine Ban Convention").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ccmgraph.ingesters.flat.listed import listed_meetings
from ccmgraph.records import MeetingKind
from ccmgraph.vocabulary import abbreviation_kind, meeting_kinds, meeting_mentions

CONVENTION_MEETINGS = ("msp", "revcon", "intersessional", "cc", "conference", "meeting-of-experts", "preparatory")
_OWN_ABBREVIATION = re.compile(r"\s*\(\s*(?P<num>\d{1,2})\s*(?P<abbr>[A-Za-z]{2,8})\s*\)")
_CARDINALS = ("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen "
              "Seventeen Eighteen Nineteen Twenty").split()
_CARDINAL_BEFORE = re.compile(rf"\b(?P<word>{'|'.join(_CARDINALS)})[ \t]+$")
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
        number = m.number if m.number is not None or m in listed else _abbreviated_number(text, m.start, m.end, m.kind)
        start, title = m.start, m.text
        if number is not None and m.number is None and (word := _CARDINAL_BEFORE.search(text, 0, m.start)) \
                and word.start() >= offset:
            if _CARDINALS.index(word["word"]) + 1 != number:
                number = None  # "Two Meeting of States Parties (6MSP)": the words and the abbreviation disagree
            else:  # "Six Meeting of States Parties (6MSP)": an ordinal misspelt, one name with it
                start, title = word.start(), f"{word['word']} {m.text}"
        found.append(Phrase(start, m.end, kind, title, number,  # type: ignore[arg-type]
                            _short_name(kind, number), convention, listed=m in listed,
                            city=m.city or kinds[m.kind].city))
    return found


def _abbreviated_number(text: str, start: int, end: int, kind: str) -> int | None:
    """The number a name's own abbreviation in brackets gives it when its words give none
    ("Six Meeting of States Parties (6MSP)", an ordinal misspelt): the abbreviation of its kind,
    right after the name or closing it, is the name's short form."""
    tail = text.rfind("(", start, end)
    m = _OWN_ABBREVIATION.match(text, tail) if tail >= 0 else None
    if m is None or m.end() != end:
        m = _OWN_ABBREVIATION.match(text, end)
    if m is None or abbreviation_kind(m["abbr"]) != kind:
        return None
    return int(m["num"]) or None


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether a name stands inside a web address or a file path ("www.icbl.org/.../10MSP/pr-11MSP"):
    a path names no meeting the page reports."""
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    token_end = min((i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0), default=len(text))
    token = text[token_start:token_end]
    return "/" in token or token.lower().startswith(("www.", "http"))
