"""Coordinators named by their role word, then a list of their States, with the theme their
sentence gives.

"Coordinators, the Philippines and Spain, briefed the meeting on ... the universalization of the
Convention"; "Coordinators, Australia and Bulgaria, briefed the meeting on ... the implementation
of Article 3 of the Convention" (an article that is one theme's: themes.csv `article`);
"Canada, Coordinator of the Universalization Contact Group". The list must be States only. Where
the rest of the sentence names no theme, or two, a coordinator named this way holds no post the
text states in full; so with "Coordinators from Australia, Croatia and France, who were appointed
by the Second Conference": a coordination names its theme (shapes/), and these do not.
The posts are of the year the page's dates give, where all are of one year: the year of the
meeting the coordinators served at ("concluded ... on 10 November 2009"); else no year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from ccmgraph.ingesters.composition.lists import STATES_LIST, tail_list
from ccmgraph.ingesters.composition.words import rx, words
from ccmgraph.ingesters.flat.passages import passages
from ccmgraph.ingesters.flat.states import only_states
from ccmgraph.records import ActorRef, Mandate, PartialDate, Quote
from ccmgraph.text.dates import find_date_spans
from ccmgraph.resolve.registry import read_table
from ccmgraph.vocabulary import bodies


@cache
def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(str(words()[name]).replace("{states}", STATES_LIST))


def read_coordinator_lists(text: str, convention: str) -> Iterator[Mandate]:
    """The coordinator posts the sentences of `text` state in these two layouts, in the year
    of the page's dates where they are all of one year (the meeting they served at)."""
    for m in _coordinator_lists(text, convention):
        yield replace(m, start=_one_year(text))


def _one_year(text: str) -> PartialDate | None:
    years = {d.year for _, _, d, _ in find_date_spans(text) if d.year is not None and d.month is not None}
    return PartialDate(years.pop()) if len(years) == 1 else None


def _coordinator_lists(text: str, convention: str) -> Iterator[Mandate]:
    for passage in passages(text):
        quote = Quote(" ".join(passage.text.split())[:400], passage.line)
        for m in _pattern("coordinators_listed").finditer(passage.text):
            if not m["conv"] and rx("coordinators_theme_before").search(passage.text[: m.start()]):
                continue  # "Universalization Coordinators, Chile and ...": prose.py reads the theme there
            conv = (m["conv"] or "").lower() or convention
            theme = sentence_theme(m["rest"], conv)
            if theme is not None:
                yield from _posts(m["states"], conv, theme, quote, tail=False)
        for m in _pattern("coordinators_of_group").finditer(passage.text):
            body = " ".join(m["body"].split())
            if body in _groups():
                yield from _posts(m["states"], convention, body, quote, tail=True)


def _posts(written: str, convention: str, theme: str, quote: Quote, *, tail: bool) -> Iterator[Mandate]:
    for state in only_states(tail_list(written) if tail else written) or []:
        yield Mandate(ActorRef(state.written, "state"), "coordinator", quote, convention, theme)


def sentence_theme(rest: str, convention: str) -> str | None:
    """The one theme of the convention `rest` names: a theme's label as a phrase, or an article
    that is one theme's; None where it names none or several."""
    found = {label for phrase, label in _phrases(convention) if re.search(rf"\b{phrase}\b", rest, re.IGNORECASE)}
    articles = _articles(convention)
    found |= {articles[n] for n in (int(a["n"]) for a in rx("article_mention").finditer(rest)) if n in articles}
    return found.pop() if len(found) == 1 else None


@cache
def _phrases(convention: str) -> tuple[tuple[str, str], ...]:
    """(phrase pattern, label) of every label and alternative label of the convention's themes."""
    out = []
    for row in read_table("themes.csv", ("convention", "key", "label", "alt_labels")):
        if row["convention"] != convention:
            continue
        for written in [row["label"], *filter(None, row["alt_labels"].split(";"))]:
            words_ = [re.escape(w) for w in re.sub(r"[sz]ation\b", "Sation", written).split()]
            phrase = r"\s+".join(words_).replace("Sation", "[sz]ation")
            out.append((phrase, row["label"]))
    return tuple(out)


@cache
def _articles(convention: str) -> dict[int, str]:
    """Article number -> the label of the one theme of `convention` that article is (themes.csv)."""
    rows = read_table("themes.csv", ("convention", "label", "article"))
    return {int(r["article"]): r["label"] for r in rows if r["convention"] == convention and r["article"].isdigit()}


@cache
def _groups() -> frozenset[str]:
    return frozenset(n for b in bodies().values() for n in b.get("names", []) if n.endswith("Contact Group"))
