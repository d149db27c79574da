"""Passages of minutes: lines joined into prose that still knows its line numbers.

PDF text breaks sentences across lines ("opened by CCM President,\\nAmbassador ...") and
drops page footers in the middle of them. A `Passage` joins a run of lines into one string
with footers removed, and maps every offset back to its 1-based line, so that each record's
`Quote` points at the line its sentence starts on.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ccmgraph.records import Quote


@cache
def patterns() -> dict[str, Any]:
    """The ingester's wording table (minutes.yml)."""
    with open(Path(__file__).with_name("minutes.yml"), encoding="utf-8") as fh:
        return dict(yaml.safe_load(fh))


@cache
def rx(name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A compiled pattern of the table; blanks in it are layout, not part of the pattern."""
    return re.compile("".join(str(patterns()[name]).split()), flags)


@cache
def _footer() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + "|".join(patterns()["footers"]) + r")\s*$", re.IGNORECASE)


def is_footer(line: str) -> bool:
    """A page footer or page number line ("6|P a g e", "Page 3 of 7")."""
    return bool(_footer().match(line))


# A sentence ends after a word or an acronym ("the CCM."), not after an initial ("T. C. Sinjela").
# Nor after the abbreviations of titles ("Mr. Reyes").
_SENTENCE_END = re.compile(
    r"(?:(?<=[a-z0-9)\]”\"’][.!?])|(?<=[A-Z]{2}[.!?]))"
    r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bAmb\.)(?<!\bProf\.)(?<!\bSt\.)(?<!\bNo\.)(?<!\bMme\.)"
    r"\s+(?=[A-Z“\"(])"
)
_RULE = re.compile(r"^[\s\-_=*.~]+$")  # a drawn line ("-----") ends a document, it says nothing


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the passage
    line: int

    def quote(self) -> Quote:
        return Quote(self.text, self.line)


class Passage:
    """Lines `first`..`last` (1-based, inclusive) of a document as one string."""

    def __init__(self, lines: list[str], first: int, last: int) -> None:
        parts: list[str] = []
        self._starts: list[int] = []
        self._numbers: list[int] = []
        offset = 0
        for number in range(first, last + 1):
            line = lines[number - 1]
            if is_footer(line) or not line.strip() or _RULE.match(line):
                continue
            self._starts.append(offset)
            self._numbers.append(number)
            parts.append(line.strip())
            offset += len(parts[-1]) + 1
        self.text = " ".join(parts)
        self.first = first

    def line_at(self, offset: int) -> int:
        if not self._numbers:
            return self.first
        return self._numbers[max(0, bisect.bisect_right(self._starts, offset) - 1)]

    def sentences(self) -> Iterator[Sentence]:
        """Sentences split at ., ! or ? followed by a capital (initials like "T. C." are kept)."""
        start = 0
        for m in _SENTENCE_END.finditer(self.text):
            yield self._sentence(start, m.start())
            start = m.end()
        if start < len(self.text):
            yield self._sentence(start, len(self.text))

    def _sentence(self, start: int, end: int) -> Sentence:
        return Sentence(self.text[start:end].strip(), start, self.line_at(start))
