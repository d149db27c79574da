"""Which convention a text is about: the one it names most, first named breaking ties.

Names come from flat.yml (every language the readers meet); a text naming none of the three
is about none, and the reader refuses it rather than guess.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ccmgraph.ingesters.flat.vocab import vocab


@cache
def _pattern() -> re.Pattern[str]:
    forms = [(short, name) for short, names in vocab()["conventions"].items() for name in names]
    forms.sort(key=lambda f: -len(f[1]))
    alternatives = [f"(?P<{short.replace('-', '_')}_{i}>{_loose(name)})" for i, (short, name) in enumerate(forms)]
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _loose(name: str) -> str:
    """A written name as a pattern: blanks match any run of blanks, abbreviations stand alone."""
    body = r"\s+".join(re.escape(word) for word in name.split())
    return rf"\b{body}\b" if name.isupper() else rf"(?<!\w){body}"


def conventions_named(text: str) -> Counter[str]:
    """How often each convention is named ('ccm', 'apmbc', 'ccw-p5').

    >>> conventions_named("Protokoll über explosive Kampfmittelrückstände (Protokoll V)")
    Counter({'ccw-p5': 2})
    """
    counts: Counter[str] = Counter()
    for m in _pattern().finditer(text):
        group = m.lastgroup or ""
        counts[group.rsplit("_", 1)[0].replace("_", "-")] += 1
    return counts


def convention_of(text: str) -> str | None:
    """The convention `text` is about, or None when it names none."""
    counts = conventions_named(text)
    if not counts:
        return None
    first = {short: i for i, short in reversed(list(enumerate(_order(text))))}
    return max(counts, key=lambda c: (counts[c], -first.get(c, 0)))


def _order(text: str) -> list[str]:
    return [(m.lastgroup or "").rsplit("_", 1)[0].replace("_", "-") for m in _pattern().finditer(text)]
