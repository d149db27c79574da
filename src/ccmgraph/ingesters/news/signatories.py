"""Signatures a text states by calling a State a signatory.

"Two states have signed but not yet ratified the treaty: Poland and the Marshall Islands", "the
two remaining signatories that have not yet ratified: Poland and the Marshall Islands", "Four
signatory states have ratified the treaty since ...: Ukraine (December 2005), Haiti (February
2006)", "signatories Guinea-Bissau and Senegal used mines", "the government of Angola, a treaty
signatory": each such State signed the convention, on no date the phrase gives (treaty.yml
`signatory_*`). The convention is the one the lead names, else the sentence's one, else the
page's where the sentence names no other treaty; "non-signatory" and a declaration's
signatories ("the Oslo Declaration") give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccmgraph.ingesters.news.nouns import other_treaty
from ccmgraph.ingesters.news.text import FoundActor, Recogniser, Sentence, conventions
from ccmgraph.ingesters.news.treaty import regex
from ccmgraph.records import ActorRef, TreatyEvent

CONVENTIONS = ("ccm", "apmbc", "ccw-p5")
_CHEAP = re.compile(r"signator|signed\s+but", re.IGNORECASE)


def signatory_events(sentence: Sentence, recognise: Recogniser, page_convention: str | None,
                     context: str | None = None) -> Iterator[TreatyEvent]:
    """The signatures one sentence states by its lists and appositions of signatories."""
    text = sentence.text
    if not _CHEAP.search(text) or regex("signatory_other").search(text):
        return
    actors = [(a, b, ref) for a, b, ref in recognise(text) if ref.kind == "state"]
    named = [(a, b, c) for a, b, c in conventions(text) if c in CONVENTIONS]
    seen: set[str] = set()
    for ref, own in [*_listed(text, actors), *_apposed(text, actors)]:
        convention = _convention(text, own, named, page_convention)
        if convention is not None and ref.name not in seen:
            seen.add(ref.name)
            yield TreatyEvent(ref, convention, "signature", None, sentence.quote(), context)


def _listed(text: str, actors: list[FoundActor]) -> Iterator[tuple[ActorRef, tuple[int, int] | None]]:
    """The States of a list after a signatories' lead, up to the first item that is no State."""
    for m in regex("signatory_list_lead").finditer(text):
        own = (m.start("object"), m.end("object"))
        last = m.end()
        listed: list[ActorRef] = []
        for a, b, ref in (f for f in actors if f[0] >= m.end()):
            gap = regex("signatory_aside").sub("", text[last:a]) if listed else text[last:a]
            if listed and not regex("list_separator").fullmatch(gap) or not listed and gap.strip(" \"'“(•*–-"):
                break
            listed.append(ref)
            last = b
        if len(listed) >= 2 or listed and re.fullmatch(r"\W*", text[last:]):
            yield from ((ref, own) for ref in listed)


def _apposed(text: str, actors: list[FoundActor]) -> Iterator[tuple[ActorRef, tuple[int, int] | None]]:
    """"signatories Guinea-Bissau and Senegal", "Angola, a treaty signatory (to the Convention)"."""
    for index, (a, b, ref) in enumerate(actors):
        lead = regex("signatory_before").search(text[max(0, a - 60) : a])
        if lead is not None:
            yield ref, None
            for c, d, more in actors[index + 1 :]:  # "signatories Rwanda, Uganda and Zimbabwe"
                if not regex("co_subject").fullmatch(text[b:c]):
                    break
                yield more, None
                b = d
            continue
        after = regex("signatory_after").match(text[b:])
        if after is not None:
            yield ref, (b + after.end(), b + after.end() + 120) if after["rest"] else None


def _convention(text: str, own: tuple[int, int] | None, named: list[tuple[int, int, str]],
                page_convention: str | None) -> str | None:
    """The convention the phrase's own words name, else the sentence's one, else the page's."""
    if own is not None:
        mine = [c for a, _, c in named if own[0] <= a < own[1]]
        if mine:
            return mine[0]
    kinds = {c for _, _, c in named}
    if other_treaty(text, named):
        return None
    if len(kinds) == 1:
        return next(iter(kinds))
    return page_convention if not kinds and page_convention in CONVENTIONS else None
