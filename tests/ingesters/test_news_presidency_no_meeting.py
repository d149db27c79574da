"""Presidencies of a convention a news article names with no meeting.

Written in: "the Slovenian Ambassador in Geneva, X, who presides over the Convention" (the
person and the State their words tie them to; a body the verb presides over that is no
convention gives nothing).
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mandate

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def _mandates(name: str) -> set[tuple[str, str, str, str, str | None, str | None]]:
    return {(m.role, m.convention, m.holder.name, m.holder.kind, m.for_meeting, m.end.iso() if m.end else None)
            for m in NewsIngester().extract(read_file(FIXTURES / name)) if isinstance(m, Mandate)}


def test_who_presides_over_the_convention() -> None:
    assert _mandates("convention-president-presides-over.txt") == {
        ("president", "apmbc", "Slovenia", "state", None, None),
        ("president", "apmbc", "Matjaž Kovačič", "person", None, None),
    }
