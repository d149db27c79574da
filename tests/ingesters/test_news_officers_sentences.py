"""Officers named in sentences, in the layouts unseen pages write them.

- Vice-Presidents elected in one sentence with no meeting named, the States listed before the
  verb or between it and the post: those of the one numbered meeting the item names; a post of
  another body ("Vice-Presidents of the Bureau of another body") is none of them, and a State
  elected to something else is no officer.
- A State that holds the presidency of a numbered meeting, in English, Spanish, French and
  Portuguese ("Cambodia now holds", "Colombia ostenta ahora", "Les Pays-Bas assurent désormais",
  "O Sudão detém agora"): a sentence's capitalised article is no part of the State's name.
- A President of the Convention named after a long apposition of their own that names other
  States ("H.E. X, Ambassador of Chile to the United Nations in Geneva and current President of
  the Convention"): the person, and the State the apposition ties them to; nobody else.
- An envoy named right after the convention ("the Mine Ban Treaty envoy, X of Belgium").
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mandate, Record

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def _mandates(name: str) -> list[tuple[str, str, str | None, str, str | None]]:
    records: list[Record] = list(NewsIngester().extract(read_file(FIXTURES / name)))
    return sorted((m.role, m.holder.name, m.for_meeting, m.convention, m.on_behalf_of.name if m.on_behalf_of else None)
                  for m in records if isinstance(m, Mandate))


def test_vice_presidents_elected_in_one_sentence() -> None:
    got = _mandates("vice-presidents-elected.txt")
    first = ["Afghanistan", "Chile", "Colombia", "Costa Rica", "Indonesia", "Netherlands", "Poland", "Zambia"]
    second = ["Belgium", "Colombia", "Costa Rica", "Netherlands", "Peru", "Sweden", "Uganda", "Zambia"]
    assert got == sorted([*(("vice-president", s, "14MSP", "apmbc", None) for s in first),
                          *(("vice-president", s, "16MSP", "apmbc", None) for s in second)])


def test_a_presidency_held_in_four_languages() -> None:
    assert _mandates("presidency-held-languages.txt") == [
        ("president", "Cambodia", "21MSP", "apmbc", None),
        ("president", "Colombia", "20MSP", "apmbc", None),
        ("president", "Netherlands", "19MSP", "apmbc", None),
        ("president", "Sudan", "18MSP", "apmbc", None),
    ]


def test_a_president_after_a_long_apposition_of_their_own() -> None:
    assert _mandates("convention-president-long-apposition.txt") == [
        ("president", "Chile", None, "apmbc", None),
        ("president", "H.E. Marta Mauras", None, "apmbc", "Chile"),
    ]


def test_an_envoy_named_right_after_the_convention() -> None:
    """"the Mine Ban Treaty envoy, X of Belgium", "the Mine Ban Convention's Special Envoy, X":
    a special envoy of that convention; a UN or Red Cross envoy holds no post of the conventions."""
    assert _mandates("envoy-after-convention.txt") == [
        ("other", "HRH Prince Mired Raad Al-Hussein", None, "apmbc", "Jordan"),
        ("other", "Princess Astrid", None, "apmbc", "Belgium"),
    ]
