"""Mentions in minutes: States, organisations, other conventions, meetings and plan actions.

One mention per entity and agenda item (its first sentence), so that re-reading the same
minutes yields the same records and a long discussion does not repeat itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ccmgraph.records import Mention, Quote
from ccmgraph.ingesters.minutes.items import Item
from ccmgraph.ingesters.minutes.lexicon import Lexicon
from ccmgraph.ingesters.minutes.text import patterns


@cache
def _conventions() -> list[tuple[re.Pattern[str], str]]:
    forms = [(written, short) for short, names in patterns()["conventions"].items() for written in names]
    forms.sort(key=lambda f: -len(f[0]))
    return [(re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, w.split())) + r"(?![\w-])"), s)
            for w, s in forms]


@cache
def _actions() -> re.Pattern[str]:
    plans = patterns()["action_plans"]
    names = "|".join(re.escape(p) for p in plans)
    abbrs = "|".join(sorted(set(plans.values())))
    return re.compile(
        rf"\b(?:(?P<plan>{names})\s+Action\s+Plan(?:\s*\((?P<abbr2>[A-Z]{{2,5}})\))?|(?P<abbr>{abbrs}))"
        rf"\s+Action(?:\s+Point)?\s+(?P<num>\d{{1,2}}(?:\.\d{{1,2}})?)\b"
    )


def _found(text: str, lexicon: Lexicon) -> list[tuple[int, str, str, str]]:
    """(offset, name, kind, identity) of every mention in `text`, in text order, never overlapping."""
    found: list[tuple[int, int, str, str, str]] = []

    def free(a: int, b: int) -> bool:
        return not any(a < e and s < b for s, e, _, _, _ in found)

    plans = patterns()["action_plans"]
    for m in _actions().finditer(text):
        abbr = m["abbr"] or m["abbr2"] or plans[m["plan"]]
        name = f"{abbr} {m['num']}"
        found.append((m.start(), m.end(), name, "action", name))
    for offset, written, kind, key in lexicon.actors(text):
        if free(offset, offset + len(written)):
            found.append((offset, offset + len(written), lexicon.canonical_name(written, key), kind, key))
    for pattern, short in _conventions():
        for m in pattern.finditer(text):
            if free(m.start(), m.end()):
                found.append((m.start(), m.end(), short, "convention", short))
    for meeting in patterns()["meetings"]:
        for m in re.finditer(meeting, text):
            name = " ".join(m.group(0).split())
            found.append((m.start(), m.end(), name, "meeting", name))
    return [(s, name, kind, ident) for s, _, name, kind, ident in sorted(found)]


def mentions(items: list[Item], lexicon: Lexicon) -> Iterator[Mention]:
    """Mentions per agenda item, the item's title included."""
    for item in items:
        seen: set[tuple[str, str]] = set()
        title = [(item.title, item.title_line)]
        sentences = [(s.text, s.line) for s in item.body.sentences()] if item.body else []
        for text, line in title + sentences:
            for _, name, kind, ident in _found(text, lexicon):
                if (kind, ident) not in seen:
                    seen.add((kind, ident))
                    yield Mention(item.key, name, kind, Quote(text, line))  # type: ignore[arg-type]
