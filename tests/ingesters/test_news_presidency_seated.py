"""A presidency of the convention its holder takes up now is that of the one numbered meeting of
that convention the item names (news/appositions.py `_seated`), also where a headline with no
full stop runs into the line whose subject holds it; a presidency to come, or one on a page
naming two meetings, keeps no meeting."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph import ingesters
from ccmgraph.document.read import read_file
from ccmgraph.records import Mandate

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def _mandates(name: str) -> set[tuple[str, str, str, str, str | None]]:
    doc = read_file(FIXTURES / name)
    kind, ingester = ingesters.choose(doc, None)
    records = list(ingester.extract(doc))
    records += ingesters.every_kind(doc, kind, records)
    return {(m.role, m.holder.kind, m.holder.name, m.convention, m.for_meeting)
            for m in records if isinstance(m, Mandate)}


@pytest.mark.parametrize(("name", "expected"), [
    # a Portuguese headline with no full stop, then "Camboja assume a presidência da Convenção de Ottawa"
    ("posts-presidency-headline-pt.txt", {("president", "state", "Cambodia", "apmbc", "5RC")}),
    ("posts-presidency-assumed-en.txt", {("president", "state", "Iraq", "ccm", "11MSP")}),
    # two numbered meetings: which one the presidency is of, the words do not say
    ("posts-presidency-two-meetings-en.txt", {("president", "state", "Iraq", "ccm", None)}),
    # "a Suíça assumirá a presidência": a presidency to come is not that of the meeting just held
    ("posts-presidency-future-pt.txt", {("president", "state", "Switzerland", "apmbc", None)}),
])
def test_a_presidency_taken_up_is_of_the_one_meeting_named(name: str, expected: set[tuple[str, ...]]) -> None:
    assert _mandates(name) == expected
