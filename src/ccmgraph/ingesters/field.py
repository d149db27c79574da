"""Is this a text of the field? Positive evidence first, before any ingester guesses its kind.

Every kind's own sniff looks at layout (an attendance table, titled items), and layouts are
shared by every field: a residents' association keeps minutes too, a licence has paragraphs.
So detection first asks for words only this field uses (field.yml `strong`: its weapons, its
work, its conventions by their full names), with other words of the field beside them, and
refuses texts that talk about the field without being one of its documents (software
documentation, a licence). A page that names one of the curated meetings with its own dates
(field_meetings.py) is of the field too. The answer is a one-line reason, or None when the text may go on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ccmgraph.document.read import Document
from ccmgraph.ingesters.field_meetings import curated_conventions


@cache
def _table() -> dict[str, Any]:
    with open(Path(__file__).with_name("field.yml"), encoding="utf-8") as fh:
        return dict(yaml.safe_load(fh))


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile("".join(pattern.split()), flags)


@cache
def _groups(name: str) -> dict[str, re.Pattern[str]]:
    return {group: _compile(str(rx), re.IGNORECASE) for group, rx in _table()[name].items()}


@cache
def _genres() -> dict[str, list[re.Pattern[str]]]:
    return {genre: [_compile(str(rx), re.IGNORECASE | re.MULTILINE) for rx in marks]
            for genre, marks in _table()["other_genres"].items()}


@dataclass(frozen=True)
class Evidence:
    """The distinct wordings of the field a text uses, strong and weak."""

    strong: frozenset[str]
    weak: frozenset[str]
    weak_groups: frozenset[str] = frozenset()

    @property
    def enough(self) -> bool:
        table = _table()
        if len(self.strong) >= int(table["min_strong"]) and len(self.strong) + len(self.weak) >= int(table["min_total"]):
            return True
        return "conventions" in self.weak_groups and len(self.weak_groups) >= int(table["min_weak_groups"])


def _wordings(text: str, groups: dict[str, re.Pattern[str]]) -> frozenset[str]:
    return frozenset(" ".join(m.group(0).lower().split()) for rx in groups.values() for m in rx.finditer(text))


def evidence(text: str) -> Evidence:
    """What the text says that belongs to this field.

    >>> evidence("Palau ratified the Convention on Cluster Munitions.").enough
    True
    >>> evidence("Minutes of the Coordination Committee of the Elm Street Residents' Association").enough
    False
    """
    weak = _groups("weak")
    groups = frozenset(name for name, rx in weak.items() if rx.search(text))
    return Evidence(_wordings(text, _groups("strong")), _wordings(text, weak), groups)


def other_genre(text: str) -> str | None:
    """The genre a text reads as when it holds two different marks of it ("a licence"), else None."""
    for genre, marks in _genres().items():
        if sum(1 for rx in marks if rx.search(text)) >= 2:
            return genre
    return None


def refusal(doc: Document) -> str | None:
    """Why `doc` is not a text of this field (one line), or None when it may be one."""
    genre = other_genre(doc.text)
    if genre is not None:
        return (f"{doc.name}: not recognised as any known kind: reads as {genre}, not a document of the "
                "CCM, APMBC or CCW Protocol V; refused")
    found = evidence(doc.text)
    if not found.enough and not curated_conventions(doc.text):
        said = ", ".join(sorted(found.strong | found.weak)[:3])
        detail = f" (only: {said})" if said else ""
        return (f"{doc.name}: not recognised as any known kind: not a text of this field (no weapon, work or "
                f"convention of the CCM, APMBC or CCW Protocol V named{detail}); refused")
    return None
