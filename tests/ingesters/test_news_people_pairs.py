"""Two names joined by "and" before one party's "of" (news/people.py `_pairs_of`).

Written in: "Jody Williams and Tun Channareth of the International Campaign to Ban Landmines
(ICBL)": both are the campaign's. "Steve Goose and Ambassador Thomas Hajnoczi of Austria": the
two names are of different forms, so Austria stays the Ambassador's alone and Steve Goose, a
bare name with no tie of his own, is no person read.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters import detect
from ccmgraph.records import Mention

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def test_a_pair_of_names_shares_the_party_after_the_second() -> None:
    doc = read_file(FIXTURES / "apmbc-16msp-guests-pair.txt")
    people = {(m.name, m.party.name if m.party else None)
              for m in detect(doc)[1].extract(doc) if isinstance(m, Mention) and m.kind == "person"}
    assert people == {
        ("Jody Williams", "International Campaign to Ban Landmines"),
        ("Tun Channareth", "International Campaign to Ban Landmines"),
        ("Ambassador Thomas Hajnoczi", "Austria"),
    }
