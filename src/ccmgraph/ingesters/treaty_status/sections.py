"""The convention a passage is about, on a page about several ("Mine Ban Policy" and then
"Cluster Munition Ban Policy" on one Monitor country profile).

A page that names one of the three conventions is about it throughout. On a page that names
more, a passage is about the convention last named at or before it ("The Republic of Cape
Verde signed the Mine Ban Treaty on 4 December 1997 ..."), else about the page's own.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ccmgraph.ingesters.flat.about import CONVENTIONS
from ccmgraph.vocabulary import convention_spans


class Sections:
    """Answers which convention the text at an offset is about."""

    def __init__(self, text: str, default: str) -> None:
        self.default = default
        named = [(end, key) for _, end, key in convention_spans(text) if key in CONVENTIONS]
        self.several = len({key for _, key in named}) > 1
        self.ends = [end for end, _ in named]
        self.keys = [key for _, key in named]
        self.starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]

    def at_line(self, line: int) -> str:
        """The convention of the text that starts on 1-based line `line` (a quote's line)."""
        return self.at(self.starts[line - 1] if 0 < line <= len(self.starts) else 0)

    def of_sentence(self, text: str, pos: int) -> str:
        """The convention of the sentence at `pos`: the first one it names from `pos` on ("Australia
        ratified the Convention on Cluster Munitions on ..."), else the one named before it."""
        if not self.several:
            return self.default
        stop = re.search(r"[.;](?:\s|$)", text[pos:])
        end = pos + (stop.end() if stop else len(text) - pos)
        inside = [k for e, k in zip(self.ends, self.keys) if pos < e <= end]
        return inside[0] if inside else self.at(pos)

    def at(self, pos: int) -> str:
        """The convention the text at `pos` is about: the last one named before `pos` ends,
        when the page names several; else the page's own."""
        if not self.several:
            return self.default
        i = bisect_right(self.ends, pos)
        return self.keys[i - 1] if i else self.default


__all__ = ["Sections"]
