"""Sentences of a text, a list its colon opens kept with the sentence that opens it.

"To date, 13 States Parties have overdue Initial Transparency Reports:" and, a blank line
below, "Benin, Cape Verde, ... and Tunisia." are one passage: the States belong to the
clause that introduces them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ccmgraph.ingesters.flat.vocab import vocab
from ccmgraph.vocabulary import honorifics

_BLOCK = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z\"“(])")


@cache
def _abbreviation() -> re.Pattern[str]:
    """A piece that ends in an abbreviation's dot, not a sentence's: an honorific written with a
    dot (vocabulary/people.yml: "Mr.", "Amb.", "H.E."), another abbreviation of flat.yml, an initial."""
    dotted = {form.rstrip(".") for forms in honorifics().values() for form in forms if form.endswith(".")}
    words = sorted(dotted | {str(w) for w in vocab()["abbreviations"]}, key=len, reverse=True)
    bodies = "|".join(re.escape(w).replace(r"\.", r"\.\s?") for w in words)
    return re.compile(rf"(?<![\w.])(?:{bodies})\.$|\b[A-Z]\.$")


@dataclass(frozen=True)
class Passage:
    """A sentence (or a sentence and its list), its 1-based first line and paragraph number."""

    text: str
    line: int
    paragraph: int


def passages(text: str) -> Iterator[Passage]:
    """The passages of `text`, in order."""
    blocks: list[tuple[int, str]] = []
    pos = 0
    for m in [*_BLOCK.finditer(text), None]:
        end = m.start() if m else len(text)
        block = text[pos:end]
        if block.strip():
            if blocks and blocks[-1][1].rstrip().endswith(":"):
                start, prev = blocks.pop()
                blocks.append((start, prev + "\n" + block))
            else:
                blocks.append((pos, block))
        pos = m.end() if m else len(text)
    for number, (start, block) in enumerate(blocks):
        yield from _sentences(text, start, block, number)


def _sentences(text: str, start: int, block: str, number: int) -> Iterator[Passage]:
    cuts = [0]
    for m in _SENTENCE_END.finditer(block):
        if _abbreviation().search(block[cuts[-1] : m.start()]) or block[: m.start()].rstrip().endswith(":"):
            continue
        cuts.append(m.end())
    cuts.append(len(block))
    for a, b in zip(cuts, cuts[1:]):
        piece = block[a:b]
        if piece.strip():
            yield Passage(piece.strip(), text.count("\n", 0, start + a) + 1, number)
