"""States named in French or Spanish ("Norvège", "l'Équateur", "Países Bajos"), as the English
name the registry resolves.

The APMBC publishes its committee pages in French and Spanish; their member lists name States
in those languages, with or without accents ("Equateur"). The names come from the resolver's
table of ISO 3166 translations (ingest/reference/state_names_fr_es.csv, which the status
readers use too); the few it lacks are in composition.yml (foreign_state_names). A name that is
also a common word ("Maurice") is read here as well: these readers take a State only where a
list of States or a term must stand. They are read
only where a composition reader already demands structure (a term after the State, a list of
States only), never as evidence that a text is of the field.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ccmgraph.ingesters.composition.words import words
from ccmgraph.ingesters.flat.states import StateSpan, state_spans
from ccmgraph.resolve.actors import lookup_state
from ccmgraph.resolve.registry import read_table, state_articles, states



@cache
def _article() -> str:
    """The articles French and Spanish put before a State's name ("l'Algérie", "d’Allemagne",
    "de l'Angola", "la Suède", "los Países Bajos"): the registry's state_articles.csv."""
    alternation = "|".join(re.escape(a).replace(r"\ ", r"\s+").replace("'", "['’]") + ("" if a.endswith("'") else r"\s+")
                           for a, _ in state_articles())
    return f"(?:{alternation})?"


def _plain(text: str) -> str:
    """Accents off, one character for one (offsets stay right)."""
    return "".join(unicodedata.normalize("NFKD", c)[0] if c.isalpha() else c for c in text)


@cache
def _names() -> dict[str, str]:
    """Plain foreign name -> the English name of the State (the registry's)."""
    out: dict[str, str] = {}
    rows = read_table("state_names_fr_es.csv", ("name", "iso3"), False)
    # a name both languages write as English does ("l'Afghanistan", "el Perú" aside) is in no row
    for name, iso3 in [*((r["name"], r["iso3"]) for r in rows), *((n, n) for n in states())]:
        english = lookup_state(iso3)
        if english is not None:
            out.setdefault(_plain(re.sub(r"\s*\(.*?\)|,.*$", "", english.name if name == iso3 else name)),
                           english.name)
    for foreign, english_name in (words().get("foreign_state_names") or {}).items():
        out[_plain(str(foreign))] = str(english_name)
    return out


@cache
def _regex() -> re.Pattern[str]:
    names = sorted((n for n in _names() if len(n) > 3), key=len, reverse=True)
    return re.compile(rf"(?<![\w'’]){_article()}(?P<name>{'|'.join(map(re.escape, names))})(?![\w'’])")


def foreign_state_spans(text: str) -> list[StateSpan]:
    """The States `text` names in English, French or Spanish, in order; a foreign name is given
    as the registry's English name.

    >>> [(s.written, s.iso3) for s in foreign_state_spans("Noruega, l'Equateur et le Royaume-Uni, Canada")]
    [('Norway', 'NOR'), ('Ecuador', 'ECU'), ('United Kingdom', 'GBR'), ('Canada', 'CAN')]
    >>> [s.iso3 for s in foreign_state_spans("d’Allemagne, de l'Angola et l'ex-République yougoslave de Macédoine")]
    ['DEU', 'AGO', 'MKD']
    """
    english = state_spans(text)
    spans = list(english)
    for m in _regex().finditer(_plain(text)):
        if any(s.start < m.end() and m.start() < s.end for s in english):
            continue
        entry = lookup_state(_names()[m["name"]])
        if entry is not None:
            spans.append(StateSpan(m.start(), m.end(), entry.name, entry.iso3))
    return sorted(spans, key=lambda s: s.start)
