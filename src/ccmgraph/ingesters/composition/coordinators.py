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
    of the page's dates where they are all of one year (the meeting they served at); then those
    of its lists of themes, each with its coordinators in brackets (read_theme_lists)."""
    for m in _coordinator_lists(text, convention):
        yield replace(m, start=_one_year(text))
    yield from read_theme_lists(text, convention)


def read_theme_lists(text: str, convention: str) -> Iterator[Mandate]:
    """A lead naming the Coordinators, ending in a colon, then the themes, one to a line (or one
    to a clause or bullet after the colon), each with its coordinator States in brackets: "appointment of
    the Coordinators ... as follows:" / "- Universalization (Japan and Portugal)" / "- Reporting
    (Belgium)". Each State coordinates the theme as written. The list ends at the first line
    that is no such item; an item whose bracket holds anything but States (and a period after
    them) gives nothing. The period is the bracket's, else a range of years in the lead, else none."""
    lines = text.split("\n")
    for lead in rx("coordinators_lead").finditer(text):
        lead_period = _lead_period(lead.group(0)[: lead.start("rest") - lead.start()])
        number = text.count("\n", 0, lead.start())
        if lead["rest"].strip():
            items = [(number + 1, clause) for clause in rx("coordinators_inline_gap").split(lead["rest"])]
        else:
            items = []
            for at in range(number + 1, len(lines)):
                if not lines[at].strip():
                    continue
                if rx("coordinators_item").fullmatch(lines[at]) is None:
                    break
                items.append((at + 1, lines[at]))
        for line_no, written in items:
            yield from _theme_item(written, line_no, convention, lead_period)


def _lead_period(lead: str) -> tuple[PartialDate, PartialDate] | None:
    found = rx("coordinators_lead_period").search(lead)
    return _period(found) if found else None


def _period(m: re.Match[str]) -> tuple[PartialDate, PartialDate] | None:
    start, b = int(m["a"]), m["b"]
    end = start if b is None else (int(b) if len(b) == 4 else start // 100 * 100 + int(b))
    return (PartialDate(start), PartialDate(end)) if start <= end <= start + 5 else None


def _theme_item(written: str, line: int, convention: str, lead_period: tuple[PartialDate, PartialDate] | None
                ) -> Iterator[Mandate]:
    item = rx("coordinators_item").fullmatch(written.strip())
    if item is None:
        return
    theme = re.sub(r"^(?:and|et|y|e)\s+", "", " ".join(item["theme"].split()).strip(" ,.-–"))
    bracket = item["states"]
    period = lead_period
    own = rx("coordinators_item_period").search(bracket)
    if own is not None:
        bracket, period = bracket[: own.start()], _period(own)
        if period is None:
            return
    if re.search(r"\d", bracket) or only_states(theme):
        return  # a year in the list of States, or a State for a theme: no such item
    states = only_states(bracket)
    if not states or not theme:
        return
    quote = Quote(" ".join(written.split())[:400], line)
    start, end = period if period else (None, None)
    for state in states:
        yield Mandate(ActorRef(state.written, "state"), "coordinator", quote, convention, theme, start, end)


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
