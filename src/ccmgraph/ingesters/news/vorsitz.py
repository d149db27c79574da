"""A convention's presidency German prose names by the State's adjective: "Ein Jahr deutscher
Vorsitz der Streumunitionskonvention ging am 6. September erfolgreich zu Ende".

German news of the Foreign Office tell the State's presidency as "der deutsche Vorsitz der
Konvention", with no meeting and no President's name; the English readers (terms.py,
chairs.py) read none of it. The State is the one its adjective names (vorsitz.yml), the
convention the one named right after the post; where the clause says the presidency ended on a
day, that day is its end, the year the clause's or, for a day written without one, the one
that puts it nearest the article's own date, in the past (dating.nearest_year).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from ccmgraph.ingesters.flat.vocab import load_yaml, vocab
from ccmgraph.ingesters.news.dating import ArticleDate, nearest_year
from ccmgraph.ingesters.news.text import Sentence, conventions
from ccmgraph.records import ActorRef, Mandate, PartialDate
from ccmgraph.resolve.registry import states
from ccmgraph.vocabulary import meeting_mentions

#: The meetings a State may preside over "unter ... Vorsitz": the conventions' own numbered series.
_MEETING_KINDS = ("msp", "revcon", "hcp-conference")


@cache
def _table() -> dict[str, Any]:
    return load_yaml(Path(__file__).with_name("vorsitz.yml"))


def _adjective_pattern(lead: str, post: str) -> re.Pattern[str]:
    """`lead`, a State's adjective (its stem and its case ending), then `post`."""
    table = _table()
    stems = sorted((str(s) for s in table["adjectives"]), key=len, reverse=True)
    endings = "|".join(sorted((str(e) for e in table["endings"]), key=len, reverse=True))
    return re.compile(rf"{lead}(?P<stem>{'|'.join(map(re.escape, stems))})(?:{endings})?{post}", re.IGNORECASE)


@cache
def _adjective() -> re.Pattern[str]:
    """A State's adjective, then the post's words."""
    return _adjective_pattern(r"(?<![\w-])", str(_table()["post"]))


@cache
def _ended() -> re.Pattern[str]:
    return re.compile("".join(str(_table()["ended"]).split()), re.IGNORECASE)


@cache
def _months() -> dict[str, int]:
    return {str(name).lower(): int(number) for number, names in vocab()["months"].items() for name in names}


def _state(stem: str) -> ActorRef | None:
    """The State an adjective's stem names, by the registry's name for it."""
    code = next((str(c) for s, c in _table()["adjectives"].items() if str(s).lower() == stem.lower()), None)
    state = states().get(code) if code else None
    return ActorRef(state.name, "state") if state else None


def german_presidencies(sentence: Sentence, context: str, dated: ArticleDate | None) -> Iterator[Mandate]:
    """The presidencies the sentence names "<adjective> Vorsitz der <convention>", each with
    the end its own clause gives."""
    text = sentence.text
    named = {a: (b, short) for a, b, short in conventions(text)}
    for m in _adjective().finditer(text):
        if m.end() not in named:
            continue  # "des deutschen Vorsitzes" with no convention after it: the page's own post, unnamed
        end, convention = named[m.end()]
        holder = _state(m["stem"])
        if holder is None:
            continue
        yield Mandate(holder, "president", sentence.quote(), convention, end=_end(text, end, dated), context=context)


@cache
def _under() -> re.Pattern[str]:
    """"unter deutschem Vorsitz": "unter", a State's adjective with its ending, the post."""
    return _adjective_pattern(str(_table()["under"]), str(_table()["under_post"]))


def presidencies_under(sentence: Sentence, convention: str | None, context: str) -> Iterator[Mandate]:
    """The State presiding over a meeting the sentence names right before "unter <adjective>
    Vorsitz" ("die Konferenz der Vertragsstaaten ..., die in diesem Jahr unter deutschem Vorsitz
    tagt"): a presidency of the convention the sentence names, else of the page's."""
    text = sentence.text
    reach = int(_table()["under_reach"])
    named = [c for _, _, c in conventions(text) if c in ("ccm", "apmbc", "ccw-p5")]
    own = named[0] if named and all(c == named[0] for c in named) else None if named else convention
    if own is None:
        return
    meetings = [m for m in meeting_mentions(text) if m.kind in _MEETING_KINDS]
    for m in _under().finditer(text):
        if not any(0 <= m.start() - mention.end <= reach and not re.search(r"[.;:]", text[mention.end : m.start()])
                   for mention in meetings):
            continue
        holder = _state(m["stem"])
        if holder is not None:
            yield Mandate(holder, "president", sentence.quote(), own, context=context)


def _end(text: str, at: int, dated: ArticleDate | None) -> PartialDate | None:
    """The day the words right after the convention's name end the presidency on, if any."""
    m = _ended().match(text, at)
    if m is None or (m["went"] and not m["rest"]):
        return None  # "ging am 6. September in die nächste Runde": no end
    month = _months().get(m["month"].lower())
    if month is None:
        return None
    try:
        day = PartialDate(int(m["year"]) if m["year"] else None, month, int(m["day"]))
    except ValueError:
        return None
    year = day.year or nearest_year(day, dated, "past")
    return PartialDate(year, month, day.day) if year else None
