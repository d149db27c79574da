"""States listed under a label that says what they are: Parties, signatories, ratifications.

"66 States Parties (by region)" over "Africa (17)" over "Botswana, Burkina Faso, ... and
Zambia"; "Africa (25): Benin, ... Americas (14): ..." run on in one paragraph; "States Parties:
A, B; Signatories: C, D"; "Ont ratifié : A, B", "Han ratificado: A, B". Each State of such a
list took the label's step, on no date the list gives (treaty.yml `region_*`): a list of
signatories says that they signed, "Ont ratifié" that they ratified. A list of "States Parties"
says that its States are bound, not how they joined: each gives a consent to be bound (the
policy every reader follows, status pages included, treaty_status/lists.py), which gives way to
the step the same document names for that State (ingesters/undated.py). Strict, because a wrong
list writes many wrong facts at once:
- the label opens its line (or follows "." or ";"), and besides its words holds only "(by
  region)", a count, and the name of one convention; a label naming no convention is the
  page's, where the page is of one;
- every item of the list is one State (in English, or in French or Spanish by the resolver's
  table of names, treaty_status/foreign.py) and nothing else ("Afghanistan, Japan and the Lao
  People's Democratic Republic"), and the list ends where its line, its sentence or the next
  label ends it: anything else after its last State and the list gives nothing;
- a region's stated count ("Africa (17)") must be the number of States listed under it; where
  the text ends on an unfinished item ("Americas (9)" over "Bolivia, Canada, Col", a page cut
  off), the States before it are listed, fewer than the count, and the cut item gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import cast

from ccmgraph.ingesters.news.items import Paragraph
from ccmgraph.ingesters.news.text import Recogniser, conventions
from ccmgraph.ingesters.news.treaty import treaty_words
from ccmgraph.ingesters.treaty_status.foreign import foreign_spans
from ccmgraph.records import ActorRef, Quote, TreatyEvent, TreatyEventKind

CONVENTIONS = ("ccm", "apmbc", "ccw-p5")


@cache
def _rx(name: str) -> re.Pattern[str]:
    return re.compile("".join(str(treaty_words()[name]).split()), re.IGNORECASE | re.MULTILINE)


@cache
def _lead_kinds() -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, re.compile("".join(str(rx).split()), re.IGNORECASE))
            for kind, rx in treaty_words()["region_lead_kinds"].items()]


@dataclass(frozen=True)
class _Lines:
    """An item's lines joined by newlines, and where each came from (for quotes)."""

    text: str
    starts: tuple[int, ...]
    origins: tuple[int, ...]  # the document line of each

    def quote(self, start: int, end: int) -> Quote:
        index = max(i for i, s in enumerate(self.starts) if s <= start)
        return Quote(" ".join(self.text[start:end].split()), self.origins[index])


def _lines(paragraphs: Sequence[Paragraph]) -> _Lines:
    parts: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    at = 0
    for para in paragraphs:
        bounds = [*para.starts, len(para.text)]
        for index, (a, b) in enumerate(zip(bounds, bounds[1:])):
            line = para.text[a:b].strip()
            starts.append(at)
            origins.append(para.line + index)
            parts.append(line)
            at += len(line) + 1
    return _Lines("\n".join(parts), tuple(starts), tuple(origins))


def region_lists(paragraphs: Sequence[Paragraph], recognise: Recogniser, context: str | None = None,
                 page_convention: str | None = None) -> Iterator[TreatyEvent]:
    """The treaty events of an item's labelled lists of States, each State once per step."""
    lines = _lines(paragraphs)
    text = lines.text
    if not _rx("region_lead").search(text):
        return
    leads = list(_rx("region_lead").finditer(text))
    regions = list(_rx("region_label").finditer(text))
    labels = sorted([(m.start("label"), m.end(), m, True) for m in leads]
                    + [(m.start("region"), m.end(), m, False) for m in regions],
                    key=lambda t: t[0])
    states = listed_states(text, recognise)
    seen: set[tuple[str, str, str]] = set()
    current: tuple[str, str] | None = None
    for index, (start, end, m, is_lead) in enumerate(labels):
        if any(s < start < e for s, e, _, _ in labels[:index]):
            continue  # a label inside another's words
        if is_lead:
            current = _lead(m, page_convention, text)
            if current is None:
                continue
        elif current is None:
            continue
        stop = labels[index + 1][0] if index + 1 < len(labels) else len(text)
        found = _listed(text, states, end, stop)
        listed, last, comma = found if found is not None else ([], end, False)
        count = m["count"] if not is_lead else None
        cut = comma and bool(_CUT.fullmatch(text[last:]))  # the text ends inside the list
        if found is None or len(listed) < (1 if count else 2) or cut and count is None \
                or count is not None and (len(listed) >= int(count) if cut else int(count) != len(listed)):
            continue
        convention, kind = current
        for ref in listed:  # "66 States Parties": bound, on no step stated (a consent to be bound)
            if (ref.name, convention, kind) not in seen:
                seen.add((ref.name, convention, kind))
                yield TreatyEvent(ref, convention, cast(TreatyEventKind, kind), None, lines.quote(start, last), context)
        if text[last:stop].strip(" \n.;"):
            current = None  # prose after the list: the label's block has ended


def listed_states(text: str, recognise: Recogniser) -> list[tuple[int, int, ActorRef]]:
    """The States `text` names, in order: those the recogniser finds, and those a list may name
    in French or Spanish (treaty_status/foreign.py, between a list's commas)."""
    states = [(a, b, ref) for a, b, ref in recognise(text) if ref.kind == "state"]
    return sorted(states + [(f.start, f.end, ActorRef(f.written, "state")) for f in foreign_spans(text, listed=True)
                            if not any(a < f.end and f.start < b for a, b, _ in states)], key=lambda s: s[0])


def label_step(line: str, page_convention: str | None) -> tuple[str, str] | None:
    """The convention and step of a line that is a list's label and nothing else ("States
    Parties", "12 Signatories:", "Estados Partes en la Convención"), else None."""
    m = _rx("region_lead").match(line.strip())
    if m is None or m.end() < len(line.strip()):
        return None
    return _lead(m, page_convention, line)


def label_count(line: str) -> int | None:
    """The count a label alone states ("12 Signatories:", "States Parties (4)"), else None."""
    m = _rx("region_lead").match(line.strip())
    if m is None or m.end() < len(line.strip()):
        return None
    counted = m["count"] or (c.group(1) if (c := re.search(r"\(\s*(\d{1,3})\s*\)", m["rest"] or "")) else None)
    return int(counted) if counted else None


def _lead(m: re.Match[str], page_convention: str | None, text: str) -> tuple[str, str] | None:
    """The convention and step of a list's label, else None: its rest names one convention and
    else only "(by region)", a count or prepositions; a label naming none is the page's."""
    kind = next((k for k, rx in _lead_kinds() if rx.match(" ".join(m["label"].split()))), None)
    rest = m["rest"] or ""
    named = [(a, b, c) for a, b, c in conventions(rest)]
    if kind is None or len(named) > 1 or named and named[0][2] not in CONVENTIONS:
        return None
    left = rest[: named[0][0]] + rest[named[0][1] :] if named else rest
    if not _rx("region_lead_rest").match(left):
        return None
    convention = named[0][2] if named else page_convention
    return (convention, kind) if convention in CONVENTIONS else None


def _listed(text: str, states: list[tuple[int, int, ActorRef]], start: int, stop: int
            ) -> tuple[list[ActorRef], int, bool] | None:
    """The States listed from `start`, where the last ends and whether a bare comma stands
    before it (no "and"), each item one State: the list runs on over a line that ends with a
    comma, and ends at `stop` or at its last State's line end, with only a full stop after that
    State or a cut-off item ending the text (else None: the list runs into prose)."""
    last = start
    comma = False
    listed: list[ActorRef] = []
    for a, b, ref in (s for s in states if start <= s[0] and s[1] <= stop):
        gap = text[last:a]
        if listed and "\n" in gap:
            if not _CONTINUED.fullmatch(gap):
                break  # the list's line ended
        elif listed and not _rx("list_separator").fullmatch(gap) \
                or not listed and not _FIRST.fullmatch(gap):
            return None
        comma = bool(listed) and bool(_BARE_COMMA.fullmatch(gap))
        listed.append(ref)
        last = b
    if not listed:
        return None
    end = text.find("\n", last)
    tail = text[last : stop if end < 0 else min(end, stop)]
    ends = re.fullmatch(r"[\s*]*[.;]?\s*", tail) or comma and _CUT.fullmatch(text[last:])
    return (listed, last, comma) if ends else None


#: After a list's last State, the end of the text, where a page is cut off inside a list whose
#: last two States a bare comma parts ("Americas (9)" over "Bolivia, Canada, Col"; the pipeline
#: may have dropped "Col" already, ingesters/cut_lists.py): nothing, or a comma and one
#: unfinished word. The cut-off item is no fact; the States before it are listed only under a
#: count (of the whole list) that is more than they are.
_CUT = re.compile(r"(?:[\x20\t]*,[\x20\t]*[A-Z][\w’'.-]*)?\s*", re.UNICODE)
#: Between the last two States of a list the text cuts off: a comma, no "and".
_BARE_COMMA = re.compile(r"[\x20\t]*,[\x20\t]*(?:\n\s*)?(?:the\s+|la\s+|le\s+|el\s+)?", re.IGNORECASE)


#: Before a list's first State: nothing but a bullet or an article.
_FIRST = re.compile(r"[\s•*–-]*(?:the\s+|la\s+|le\s+|l['’]|el\s+)?", re.IGNORECASE)
#: Between two States on two lines: the first line ends with a comma.
_CONTINUED = re.compile(r"[\x20\t]*,[\x20\t]*\n\s*(?:(?:and|et|y)\s+)?(?:the\s+|la\s+|le\s+|el\s+)?", re.IGNORECASE)
