"""French posts around names in news prose.

"X, président du CICR" ties X to the ICRC (a body's French post right after the name, the body
known by its French abbreviation); "des co-lauréats du prix Nobel de la paix de 1997, A et B"
names A and B, with no party (a plural post may name each one's State or none). Places and
bodies after a plural post ("les ministres ..., Genève et Vienne") are no one.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mention

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def _people(name: str) -> set[tuple[str, str | None]]:
    records = list(NewsIngester().extract(read_file(FIXTURES / name)))
    return {(m.name, m.party.name if m.party else None)
            for m in records if isinstance(m, Mention) and m.kind == "person"}


def test_french_body_post_and_plural_post() -> None:
    assert _people("ppl12b-french-posts.txt") == {
        ("Jody Williams", None),
        ("Tun Channareth", None),
        ("Peter Maurer", "CICR"),
        ("Christine Beerli", "CICR"),  # "vice" written apart from the post
    }


def test_places_and_bodies_after_french_posts_are_no_one() -> None:
    assert _people("ppl12b-french-posts-not.txt") == set()
