"""People tied to a State by a demonym before a post held at a body ("the Japanese Ambassador to
the Conference on Disarmament X"), by Portuguese posts ("o embaixador moçambicano, X", "o
Secretário-Geral das Nações Unidas, X") and a French post naming a State whose French name is
also a common word ("représentant permanent du Chili"); an ISU Director of the convention whose
own domain the page gives as its contact, where no sentence names the convention."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.ingesters.news.unnamed import domain_convention, unnamed_convention
from ccmgraph.records import Mandate, Mention

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


def test_an_isu_director_of_the_convention_whose_domain_the_page_gives() -> None:
    records = list(NewsIngester().extract(read_file(FIXTURES / "people-convention-domain.txt")))
    directors = [(r.holder.name, r.convention) for r in records if isinstance(r, Mandate) and r.role == "isu-director"]
    assert directors == [("Juan Carlos Ruan", "apmbc")]
    people = {(m.name, m.party.name if m.party else None) for m in records if isinstance(m, Mention) and m.kind == "person"}
    assert people == {("H.E. Mr. Hans Brattskar", "Norway"), ("Juan Carlos Ruan", "APMBC ISU")}


def test_a_domain_settles_only_one_convention() -> None:
    assert domain_convention("contact isu@clusterconvention.org") == "ccm"
    assert domain_convention("see apminebanconvention.org and clusterconvention.org") is None
    assert domain_convention("see www.notapminebanconvention.org.example") is None
    assert unnamed_convention("The 16MSP was opened. Contact: isu@clusterconvention.org") == "apmbc"  # the calendar first
