"""People tied to a State by a demonym before a post held at a body ("the Japanese Ambassador to
the Conference on Disarmament X"), by Portuguese posts ("o embaixador moçambicano, X", "o
Secretário-Geral das Nações Unidas, X") and a French post naming a State whose French name is
also a common word ("représentant permanent du Chili")."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mention

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def _people(name: str) -> set[tuple[str, str | None]]:
    return {(m.name, m.party.name if m.party else None)
            for m in NewsIngester().extract(read_file(FIXTURES / name)) if isinstance(m, Mention) and m.kind == "person"}


def test_a_demonym_before_a_post_held_at_a_body_is_the_state() -> None:
    assert _people("people-demonym-post-to.txt") == {
        ("H.E. Mr. Akira Sugiyama", "Japan"),
        ("H.E. Mr. Hans Brattskar", "Norway"),
        ("Ambassador H.E. Mr. Jean Dupont", None),  # "The Conference on Disarmament Ambassador": no demonym, no State
    }


def test_portuguese_and_french_posts_name_the_state_or_body() -> None:
    assert _people("people-foreign-posts-pt-fr.txt") == {
        ("Pedro Comissário", "Mozambique"),
        ("Kofi Annan", "Nações Unidas"),
        ("Mme Marta Maurás", "Chile"),  # never the UN, named after "auprès des"
    }

