"""People news prose ties to a party with a post, in the layouts unseen pages write.

"<State>'s foreign affairs minister, X" (words of the post before its role word); "X, Middle
East and North Africa director at Human Rights Watch" (a capitalised qualifier of the post is no
person, and does not end the apposition); "<party> campaign Manager X"; "X, CMC Campaign
Manager"; "addresses by the President of the Swiss Confederation, X" (the post opens inside a
longer clause); "X, Minister of ..., Republic of Lebanon" (the State as an apposition of its
own after the post); "H.E. X Minister of Foreign Affairs of Afghanistan" (a post the flattening
glued to the name: the role word is no part of the name); "X (Manager of the Implementation
Support Unit)"; "Ms X (Chile)": one State alone in brackets, as UN records give a delegate's. A
city ties no one. Names no post ties to a party (Jody Williams, Steve Goose and Mary Wareham, who
only met an Ambassador) are not given one, nor the Ambassador's State.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mention

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def test_people_with_their_party_in_prose() -> None:
    records = list(NewsIngester().extract(read_file(FIXTURES / "people-affiliation-prose.txt")))
    people = {(m.name, m.party.name if m.party else None) for m in records if isinstance(m, Mention) and m.kind == "person"}
    assert people == {
        ("Yusuf bin Alawi bin Abdullah", "Oman"),
        ("Sarah Leah Whitson", "Human Rights Watch"),
        ("Firoz Ali Alizada", "ICBL"),
        ("Kaspar Villiger", "Swiss Confederation"),
        ("Amy Little", "CMC"),
        ("Mr. Paul Meyer", "Canada"),
        ("Dr. Adnan Mansour", "Lebanon"),
        ("H.E. Zalmai Rassoul", "Afghanistan"),
        ("Mr. Kerry Brinkert", "APMBC ISU"),
        ("Ms. Ana Lopez", "Chile"),  # one State alone in brackets after a name: the delegate's
        ("Mr. Tom Smith", None),
    }
