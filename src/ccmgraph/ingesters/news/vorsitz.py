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


@cache
def _table() -> dict[str, Any]:
    return load_yaml(Path(__file__).with_name("vorsitz.yml"))


@cache
def _adjective() -> re.Pattern[str]:
    """A State's adjective, its stem and its case ending, then the post's words."""
    table = _table()
    stems = sorted((str(s) for s in table["adjectives"]), key=len, reverse=True)
    endings = "|".join(sorted((str(e) for e in table["endings"]), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<stem>{'|'.join(map(re.escape, stems))})(?:{endings})?{table['post']}",
                      re.IGNORECASE)


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
