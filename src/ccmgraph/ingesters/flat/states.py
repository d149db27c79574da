"""The States a flattened table names, with the glue of the flattening pulled apart.

Flattening drops the cell borders: "RatificationAfghanistan 3 Dec 2008", "Cameroon15 Dec
2009", "Belize<superscript>1</superscript>". `unglue` puts the spaces back and drops
footnote markup, line by line, so line numbers stay right; `state_spans` finds every State
through the resolver's registry, longest name first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ccmgraph.resolve.actors import find_actor_names, lookup_state
from ccmgraph.vocabulary import honorific_pattern

_FOOTNOTE = re.compile(r"<sup(?:erscript)?>[^<]{0,6}</sup(?:erscript)?>", re.I)
_TAG = re.compile(r"</?[a-z][^>]{0,40}>", re.I)
# What a table may write after a State's name: "Bolivia (Plurinational State of)", "Congo, Rep.".
_QUALIFIER = re.compile(r"\s*\([^()\n\d]{1,40}\)|,\s*(?:Dem\.\s*)?(?:People's\s+)?Rep\.|,\s*(?:The|the)\b")
_LOWER_UPPER = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])")
_LETTER_DIGIT = re.compile(r"(?<=[A-Za-zà-ÿ)])(?=\d)|(?<=\d)(?!(?:st|nd|rd|th)\b)(?=[A-Za-zà-ÿ]{2})")


@dataclass(frozen=True)
class StateSpan:
    """A State named at text[start:end], as written, with its ISO 3166 alpha-3 code."""

    start: int
    end: int
    written: str
    iso3: str


def unglue(line: str) -> str:
    """One line with footnote markup dropped and glued words and numbers pulled apart.

    >>> unglue("RatificationAfghanistan 3 Dec 2008 aCyprus23 Sep 2009")
    'Ratification Afghanistan 3 Dec 2008 a Cyprus 23 Sep 2009'
    >>> unglue("Belize<superscript>1</superscript> 2 Sep 2014 the 9thMeeting")
    'Belize 2 Sep 2014 the 9th Meeting'
    """
    line = _TAG.sub(" ", _FOOTNOTE.sub(" ", line))
    line = _LETTER_DIGIT.sub(" ", _LOWER_UPPER.sub(" ", line))
    return re.sub(r"[ \t]{2,}", " ", line)


def state_spans(text: str) -> list[StateSpan]:
    """Every State `text` names, in order (organisations left out); a qualifier the name
    carries is part of it, and decides the State when the registry knows the whole.

    >>> [(s.written, s.iso3) for s in state_spans("Congo, Dem. Rep. 18 Mar 09 Bolivia (Plurinational State of) 3")]
    [('Congo, Dem. Rep.', 'COD'), ('Bolivia (Plurinational State of)', 'BOL')]
    >>> [s.written for s in state_spans("Co-Chairs Colombia (Sra. Fulvia Benavides) and France (Ambassador G. Chesnel)")]
    ['Colombia', 'France']
    """
    spans = []
    for offset, written, kind, code in find_actor_names(text):
        if kind != "state":
            continue
        end = offset + len(written)
        m = _QUALIFIER.match(text, end)
        if m and not (lookup_state(text[offset : m.end()]) is None and _names_someone(m.group(0))):
            whole = text[offset : m.end()]
            entry = lookup_state(whole)
            if entry is not None or m.group(0).lstrip().startswith("("):
                written, end, code = whole, m.end(), entry.iso3 if entry else code
        spans.append(StateSpan(offset, end, written, code))
    return spans


def _names_someone(qualifier: str) -> bool:
    """Whether a bracket after a State holds its delegate ("Colombia (Sra. Fulvia Benavides)"),
    not a part of its name ("Bolivia (Plurinational State of)"): an honorific opens it."""
    return re.match(rf"\s*\(\s*(?:{honorific_pattern(with_titles=True)})\b", qualifier) is not None


def only_states(written: str) -> list[StateSpan] | None:
    """The States of a list ("Austria and Panama", "Angola, Benin (2013)"), or None if it holds
    anything else than States, separators, "and", "the" and numbers.

    >>> [s.iso3 for s in only_states("Austria and the Netherlands") or []], only_states("Austria and its partners")
    (['AUT', 'NLD'], None)
    """
    spans = state_spans(written)
    rest = written
    for s in reversed(spans):
        rest = rest[: s.start] + rest[s.end :]
    if not spans or re.search(r"[A-Za-z]{2,}", re.sub(r"\b(?:and|the)\b", "", rest)):
        return None
    return spans
