"""German posts of a State given by years (news/amtszeit.py).

Written in: "Deutschland gehört zu den ersten Vertragsstaaten der CCM und hat von 2016 bis 2017
den Vorsitz der Konferenz ... innegehabt" (a presidency of the convention, 2016 to 2017) and
"Seit 2017 wirkt Deutschland ... als Koordinator für allgemeine Fragen zum Status und zur
Umsetzung der Konvention mit" (the coordination of that theme from 2017, no end). Another
body's presidency, a clause with no post, and a theme the convention does not have give nothing.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters import detect
from ccmgraph.records import Mandate

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"

Row = tuple[str, str, str, str | None, str | None, str | None, str | None]


def _mandates(name: str) -> set[Row]:
    doc = read_file(FIXTURES / name)
    return {(m.role, m.convention, m.holder.name, m.theme, m.start.iso() if m.start else None,
             m.end.iso() if m.end else None, m.for_meeting)
            for m in detect(doc)[1].extract(doc) if isinstance(m, Mandate)}


def test_a_presidency_and_a_coordination_by_years() -> None:
    assert _mandates("german-presidency-coordinator-years.txt") == {
        ("president", "ccm", "Germany", None, "2016", "2017", None),
        ("coordinator", "ccm", "Germany", "General Status and Operation of the Convention", "2017", None, None),
    }


def test_the_clause_needs_the_state_first_and_a_participle() -> None:
    """A presidency told in the future, or with its State not opening the sentence, is no fact."""
    from ccmgraph.ingesters.news.amtszeit import german_presidency_years
    from ccmgraph.ingesters.news.items import Paragraph
    from ccmgraph.ingesters.news.text import Sentence

    def read(text: str) -> list[Mandate]:
        return list(german_presidency_years(Sentence(Paragraph(text, 1), 0, len(text)), "ccm", "x"))

    assert read("Deutschland wird von 2026 bis 2027 den Vorsitz der CCM übernehmen.") == []
    assert read("Mit Deutschland hat Chile von 2016 bis 2017 den Vorsitz der CCM geführt.") == []
    assert read("Chile hat von 2016 bis 2017 den Vorsitz der CCM geführt.")[0].holder.name == "Chile"
