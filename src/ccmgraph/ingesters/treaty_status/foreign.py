"""States that French and Spanish status tables name in their own language.

"Afrique du Sud 3 déc 2008 28 mai 2015 Albanie 3 déc 2008 ...": the English registry knows
none of these, so a UNTC table in French read as a run of unknown words. The names come from
the resolver's table of ISO 3166 translations (ingest/reference/state_names_fr_es.csv) and
are looked for only here, in a status table or a notice, never in prose: a name that is also
a given name or a common word ("Maurice", "Grenade") counts only where a row's date follows
it right away.
"""

from __future__ import annotations

import re
from functools import cache

from ccmgraph.ingesters.flat.dates import find_dates
from ccmgraph.ingesters.flat.states import StateSpan, state_spans
from ccmgraph.ingesters.treaty_status.shortdates import short_dates
from ccmgraph.resolve.registry import foreign_state_index
from ccmgraph.resolve.text import name_key, words

_QUALIFIER = re.compile(r"\s*\([^()\n\d]{1,40}\)")
#: How far a row's first date may stand after a colliding name (a footnote number between).
_DATE_GAP = re.compile(r"\s*(?:\|\s*)*(?:\d{1,2}\s+(?=\d))?")  # cell borders (of empty cells) may stand between


@cache
def _longest() -> dict[str, int]:
    """First word of a foreign name -> the most words a name starting with it has."""
    out: dict[str, int] = {}
    for key in foreign_state_index():
        first = key.split(" ")[0]
        out[first] = max(out.get(first, 0), key.count(" ") + 1)
    return out


def foreign_spans(text: str, listed: bool = False) -> list[StateSpan]:
    """Every French or Spanish State name in `text` that stands where a State may: longest
    name first, capitalised, a colliding one only with a date right after it or, with
    `listed` (a reader that keeps a list only when every item is a State), between the commas
    of a list ("..., Grenade, Guinée, ...")."""
    cut = list(words(text))
    index, longest = foreign_state_index(), _longest()
    found: list[StateSpan] = []
    i = 0
    while i < len(cut):
        size = 0
        for n in range(min(longest.get(cut[i][2], 0), len(cut) - i), 0, -1):
            if not all(cut[j][3] for j in range(i + 1, i + n)):
                continue
            start, end = cut[i][0], cut[i + n - 1][1]
            hit, end = _lookup(text, start, end)
            if hit and text[start].isupper() and (not hit[1] or _dated(text, end) or listed and _in_list(text, start, end)):
                found.append(StateSpan(start, end, text[start:end], hit[0]))
                size = n
                break
        i += size or 1
    return found


def _lookup(text: str, start: int, end: int) -> tuple[tuple[str, bool] | None, int]:
    """The State text[start:end] names, with the qualifier in brackets UNTC writes after it
    ("Micronésie (États fédérés de)") when the name is known with it; and where it ends."""
    index = foreign_state_index()
    qualifier = _QUALIFIER.match(text, end)
    if qualifier and (hit := index.get(name_key(text[start : qualifier.end()]))):
        return hit, qualifier.end()
    return index.get(name_key(text[start:end])), end


_LIST_BEFORE = re.compile(r"(?:,|\bet|\by)\s*$")
_LIST_AFTER = re.compile(r"\s*(?:,|\bet\b|\by\b|\.\s*$)")


def _in_list(text: str, start: int, end: int) -> bool:
    """Whether a name stands between two items of a comma list."""
    return bool(_LIST_BEFORE.search(text, max(0, start - 4), start)) and bool(_LIST_AFTER.match(text, end))


def _dated(text: str, end: int) -> bool:
    """Whether a row's date follows the name right away (a footnote number may stand between)."""
    gap = _DATE_GAP.match(text, end)
    after = text[gap.end() if gap else end : end + 40]
    dates = find_dates(after)
    return (bool(dates) and dates[0].start == 0) or any(a == 0 for a, _, _ in short_dates(after))


def table_state_spans(text: str) -> list[StateSpan]:
    """The States of a status table in any of its languages: English names, and French or
    Spanish ones where no English name covers them (the longer name wins an overlap)."""
    english = state_spans(text)
    merged = list(english)
    for span in foreign_spans(text):
        inside = [e for e in english if e.start < span.end and span.start < e.end]
        if all(span.end - span.start > e.end - e.start for e in inside):
            merged = [m for m in merged if m not in inside] + [span]
    return sorted(merged, key=lambda s: s.start)


__all__ = ["foreign_spans", "table_state_spans"]
