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
from ccmgraph.vocabulary import action_plans, convention_spans, meeting_mentions


@cache
def _actions() -> tuple[re.Pattern[str], dict[str, str]]:
    """"DAP Action 1.3", "Dubrovnik Action Plan (DAP) Action 1.3", and each plan's abbreviation by name."""
    plans = [p for p in action_plans() if p.abbreviations]
    by_name = {p.name: p.abbreviations[0] for p in plans}
    names = "|".join(re.escape(n) for n in by_name)
    abbrs = "|".join(sorted({a for p in plans for a in p.abbreviations}))
    pattern = re.compile(
        rf"\b(?:(?P<plan>{names})\s+Action\s+Plan(?:\s*\((?P<abbr2>[A-Z]{{2,5}})\))?|(?P<abbr>{abbrs}))"
        rf"\s+Action(?:\s+Point)?\s+(?P<num>\d{{1,2}}(?:\.\d{{1,2}})?)\b"
    )
    return pattern, by_name


def _found(text: str, lexicon: Lexicon) -> list[tuple[int, str, str, str]]:
    """(offset, name, kind, identity) of every mention in `text`, in text order, never overlapping."""
    found: list[tuple[int, int, str, str, str]] = []

    def free(a: int, b: int) -> bool:
        return not any(a < e and s < b for s, e, _, _, _ in found)

    actions, plans = _actions()
    for m in actions.finditer(text):
        abbr = m["abbr"] or m["abbr2"] or plans[m["plan"]]
        name = f"{abbr} {m['num']}"
        found.append((m.start(), m.end(), name, "action", name))
    for offset, written, kind, key in lexicon.actors(text):
        if free(offset, offset + len(written)):
            found.append((offset, offset + len(written), lexicon.canonical_name(written, key), kind, key))
    own = lexicon.convention
    for start, end, short in convention_spans(text):
        if short != own and free(start, end):  # the minutes' own convention goes without saying
            found.append((start, end, short, "convention", short))
    for meeting in meeting_mentions(text):
        if meeting.number is not None or meeting.convention is not None:
            # A meeting named without its convention ("the 16MSP") is the minutes' convention's;
            # the name says so, as the mapping reads conventions from names.
            if meeting.convention is None and own is None:
                continue  # whose meeting it is the text does not say
            # minutes of the CCM's Coordination Committee name its meetings bare ("the 4MSP"), as
            # the resolver reads a bare name; another convention's go with its name
            name = meeting.text if meeting.convention or own == "ccm" else f"{(own or '').upper()} {meeting.text}"
            found.append((meeting.start, meeting.end, name, "meeting", name))
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
