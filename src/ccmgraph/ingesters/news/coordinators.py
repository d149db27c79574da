"""Thematic coordinators a news item names, with the years of their mandate.

Three ways pages write them: "Coordinators for 2016 and 2017 on Victim Assistance (Australia,
Chile and Italy) and ... (Austria, Iraq)"; a list after "Coordinators for 2014-2015:" with one
"Theme: States" line each; and "Ecuador and Zambia, the Coordinators on Universalization for 2019-2020".
"New Zealand, which coordinates national implementation measures" names the State before its
theme (one of the convention's, as the registry knows them). "Five Coordinators from Austria, Croatia, Hungary, India, and the Netherlands" gives the posts
without their themes: a coordinator of the convention, theme not given (None), is still a fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccmgraph.records import ActorRef, Mandate, PartialDate, Quote, Warning_
from ccmgraph.ingesters.composition.words import is_theme
from ccmgraph.ingesters.news.amtszeit import german_coordinators
from ccmgraph.ingesters.news.items import Item, Paragraph
from ccmgraph.ingesters.news.text import Recogniser, Sentence, conventions, sentences
from ccmgraph.ingesters.news.unstated import no_convention

_YEARS = re.compile(r"\bfor\s+(?P<a>(?:19|20)\d\d)(?:\s*(?:-|–|and|to)\s*(?P<b>(?:19|20)?\d\d))?\b")
_THEME = r"[A-Z][\w-]*(?:\s+(?:and|of|the|on|&|[A-Z][\w-]*))*"
_PAIR = re.compile(rf"\s*(?:on\s+|and\s+|,\s*)?(?P<theme>{_THEME})\s*\((?P<list>[^()]+)\)")
_COORDINATORS = re.compile(r"\b[Cc]oordinators?\b")
_LINE = re.compile(rf"^\s*(?:[•·▪◦*‣-]\s*)?(?P<theme>{_THEME})\s*[:–—-]\s*(?P<list>[^.]+?)\.?\s*$")
_FROM = re.compile(r"\b[Cc]oordinators?(?:\s+for\s+(?:19|20)\d\d(?:\s*(?:-|–|and|to)\s*(?:19|20)?\d\d)?)?\s+from\s+")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_AFTER_LIST = re.compile(rf",?\s+(?:the\s+)?(?:(?:CCM|APMBC)\s+)?(?:[Cc]oordinators?|[Ff]acilitators?)\s+on\s+(?P<theme>{_THEME}?)"
                         r"(?=\s+for\s|[,.;]|$)")


# "The representative of New Zealand, which coordinates national implementation measures": the
# States right before, the theme after (lower case too), which must be one of the convention's.
_COORDINATES = re.compile(r",?\s+(?:which|that|who)\s+(?:currently\s+|also\s+|now\s+)?(?:co-)?coordinates?\s+"
                          r"(?:the\s+(?:work|efforts)\s+on\s+)?(?:the\s+)?(?P<theme>[A-Za-z][\w&-]*(?:\s+[\w&-]+){0,5}?)"
                          r"(?=\s*(?:[,.;:()]|$)|\s+(?:with|for|in|at|confirmed|was|were|is|are|has|have|will)\b)")


def _years(text: str) -> tuple[PartialDate | None, PartialDate | None]:
    m = _YEARS.search(text)
    if not m:
        return None, None
    start = int(m["a"])
    end = m["b"]
    if end is None:
        return PartialDate(start), PartialDate(start)
    end_year = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
    return PartialDate(start), PartialDate(end_year)


class CoordinatorReader:
    """Yields one coordinator Mandate per State and theme."""

    def __init__(self, recognise: Recogniser) -> None:
        self.recognise = recognise
        self.seen: set[tuple[str, str | None, PartialDate | None]] = set()

    def _states(self, text: str) -> list[ActorRef] | None:
        """The States of a list, or None when the list holds anything else."""
        found = [ref for _, _, ref in self.recognise(text)]
        rest = text
        for _, _, ref in self.recognise(text):
            rest = rest.replace(ref.name, "", 1)
        if not found or any(r.kind != "state" for r in found) or re.search(r"[A-Za-z]{3,}", re.sub(r"\band\b", "", rest)):
            return None
        return found

    def _trailing_states(self, text: str) -> list[ActorRef] | None:
        """The States listed at the end of `text`, each joined to the next by ", " or "and"
        ("with the support of Ecuador and Norway"); None when it does not end with a State."""
        found = [f for f in self.recognise(text)]
        states: list[ActorRef] = []
        end = len(text.rstrip())
        for a, b, ref in reversed(found):
            if ref.kind != "state" or not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)?(?:the\s+)?", text[b:end]) \
                    or (not states and text[b:end].strip()):
                break
            states.insert(0, ref)
            end = a
        return states or None

    def _leading_states(self, text: str) -> list[ActorRef] | None:
        """The States listed at the start of `text`, each joined to the next by ", " or "and"
        ("Austria, Croatia, and the Netherlands had been appointed"); None when the list goes on
        with anything else ("Austria and the ICRC") or starts with no State."""
        states: list[ActorRef] = []
        position = 0
        for a, b, ref in sorted(self.recognise(text), key=lambda f: f[0]):
            gap = text[position:a]
            if ref.kind != "state" or (states and not _LIST_GAP.fullmatch(gap)) or (not states and gap.strip(" the")):
                break
            states.append(ref)
            position = b
        if not states or re.match(r"\s*(?:,|and\b|&)", text[position:]):
            return None
        return states

    def _mandates(self, item: Item, theme: str | None, states: list[ActorRef], years: tuple[PartialDate | None, PartialDate | None],
                  quote: Quote, convention: str | None) -> Iterator[Mandate | Warning_]:
        theme = " ".join(theme.split()) if theme else None
        if convention is None:
            yield no_convention(f"the coordinators on {theme}" if theme else "the coordinators", quote)
            return
        for state in states:
            if (state.name, theme, years[0]) in self.seen:
                continue
            self.seen.add((state.name, theme, years[0]))
            yield Mandate(ActorRef(state.name, "state"), "coordinator", quote, convention, theme,
                          years[0], years[1], context=item.key)

    def read(self, item: Item, page_convention: str | None) -> Iterator[Mandate | Warning_]:
        """The item's coordinators, of the convention their sentence names, else the page's one."""
        listing: tuple[tuple[PartialDate | None, PartialDate | None], str | None] | None = None
        for para in item.paragraphs:
            line = _LINE.match(para.text)
            if listing and line and (states := self._states(line["list"])):
                yield from self._mandates(item, line["theme"], states, listing[0], para_quote(para), listing[1])
                continue
            listing = None
            for sentence in sentences(para):
                yield from self._sentence(item, sentence, page_convention)
                if re.search(r"[Cc]oordinators?\b[^:]*:\s*$", sentence.text):
                    listing = (_years(sentence.text), _convention(sentence.text) or page_convention)

    def _sentence(self, item: Item, sentence: Sentence, page_convention: str | None) -> Iterator[Mandate | Warning_]:
        text = sentence.text
        for mandate in german_coordinators(sentence, page_convention, item.key):  # "als Koordinator für"
            if (mandate.holder.name, mandate.theme, mandate.start) not in self.seen:
                self.seen.add((mandate.holder.name, mandate.theme, mandate.start))
                yield mandate
        convention = _convention(text) or page_convention
        for m in _COORDINATORS.finditer(text):
            pos = m.end()
            years = _years(text[pos : pos + 40])
            head = _YEARS.match(text, pos + 1)
            pos = head.end() if head else pos
            while pair := _PAIR.match(text, pos):
                states = self._states(pair["list"])
                if not states:
                    break
                yield from self._mandates(item, pair["theme"], states, years if years[0] else _years(text[pair.end():]),
                                          sentence.quote(), convention)
                pos = pair.end()
        for m in _FROM.finditer(text):
            states = self._leading_states(text[m.end():])
            if states:  # no theme per State: "Coordinators from Austria, Croatia and India"
                yield from self._mandates(item, None, states, _years(text[m.start() : m.start() + 40]),
                                          sentence.quote(), convention)
        for m in _COORDINATES.finditer(text):
            states = self._trailing_states(text[: m.start()])
            if len(states or []) > 1 and " and " in m["theme"]:
                continue  # "A and B, which coordinate X and Y": which State has which theme is not said
            if states and convention is not None and is_theme(m["theme"], convention):
                yield from self._mandates(item, m["theme"], states, (None, None), sentence.quote(), convention)
        for m in _AFTER_LIST.finditer(text):
            states = self._trailing_states(text[: m.start()])
            if states:
                yield from self._mandates(item, m["theme"], states, _years(text[m.end() : m.end() + 30]),
                                          sentence.quote(), convention)


def _convention(text: str) -> str | None:
    """The one convention a sentence names ("CCM Coordinators on ..."), else None."""
    named = {c for _, _, c in conventions(text) if c in ("ccm", "apmbc", "ccw-p5")}
    return next(iter(named)) if len(named) == 1 else None


def para_quote(para: Paragraph) -> Quote:
    return Quote(para.text, para.line)
