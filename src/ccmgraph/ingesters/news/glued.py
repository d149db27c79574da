"""Sentences for the treaty-event readers, cut again where a page ran two texts together.

Pages taken from HTML often lose the break between a subtitle and the body, or between two
sentences: "Ban on cluster bombs gains groundMalawi and Macedonia handed in ...", "seven more
ratifications.The Convention ...". Read as one sentence, the State after the joint is no word
of its own (the recogniser needs a word boundary) and the subtitle's event word takes the next
clause's. The joint (treaty.yml `glued_joint`: a lower-case word of two letters or more, maybe
a full stop, then a capitalised word, with no space) is cut like a sentence end; never after a
word no text ends with ("theConvention": a space lost inside a clause, `glued_not_after`).
Only the treaty readers use these cuts, so the other news readers keep theirs.
"""

from __future__ import annotations

import re
from functools import cache

from ccmgraph.ingesters.news.items import Paragraph
from ccmgraph.ingesters.news.text import Sentence, sentences
from ccmgraph.ingesters.news.treaty import treaty_words


@cache
def _joint() -> re.Pattern[str]:
    """treaty.yml `glued_joint`, case-sensitive (the case of the letters is the evidence)."""
    return re.compile("".join(str(treaty_words()["glued_joint"]).split()))


@cache
def _not_after() -> frozenset[str]:
    """treaty.yml `glued_not_after`: words no text ends with, so no joint follows them."""
    return frozenset(str(w) for w in treaty_words()["glued_not_after"])


def treaty_sentences(para: Paragraph) -> list[Sentence]:
    """The paragraph's sentences (text.sentences), each cut again at a glued joint.

    >>> [s.text for s in treaty_sentences(Paragraph("A week of depositsMalawi ratified.", 1))]
    ['A week of deposits', 'Malawi ratified.']
    >>> [s.text for s in treaty_sentences(Paragraph("McDonald and MacArthur signed.", 1))]
    ['McDonald and MacArthur signed.']
    >>> [s.text for s in treaty_sentences(Paragraph("Chile ratified theConvention on 16 December 2010.", 1))]
    ['Chile ratified theConvention on 16 December 2010.']
    """
    out: list[Sentence] = []
    for sentence in sentences(para):
        start = sentence.start
        for m in _joint().finditer(para.text, sentence.start, sentence.end):
            if m.group(0).rstrip(".!?") in _not_after():
                continue  # "ratified theConvention on ...": a lost space inside a clause
            out.append(Sentence(para, start, m.end()))
            start = m.end()
        out.append(Sentence(para, start, sentence.end))
    return out
