"""People tied to the party their post is of, in the ways news prose writes posts.

Written in: a party and a post before the name ("CMC Director Laura Cheeseman", "Chair of CMC
Steve Goose"), a post that runs into the next name (it is that name's, not the one before's),
an apposition whose sentence ends with no space after its full stop ("CMC Coordinator.The"),
a ministry or mission of a State ("of the Ministry of Foreign Affairs of Sri Lanka"), a long
apposition before the name, a possessive State's post after it ("Norway's Ambassador"), a
State's own body named by its demonym ("Director of the Palestinian Centre for Mine Action"),
two posts in a row; a person named by one word under the page's one full name that holds it.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mention

PAGE = Path(__file__).parents[1] / "fixtures" / "news" / "people-posts.txt"


def test_each_person_with_the_party_of_their_own_post_and_no_other() -> None:
    got = {(m.name, m.party.name if m.party else None)
           for m in NewsIngester().extract(read_file(PAGE)) if isinstance(m, Mention) and m.kind == "person"}
    assert got == {
        ("Steve Goose", "CMC"),
        ("Laura Cheeseman", "CMC"),
        ("Thomas Nash", "CMC"),
        ("Mr. Musthafa M. Jaffeer", "Sri Lanka"),
        ("Ms Ana Lopez", "Chile"),
        ("Ambassador Hilde Berg", None),  # thanked by Norway: no post of Norway's
        ("Mr. Manuel González Sanz", "Costa Rica"),
        ("Manuel González Sanz", None),  # "the Minister González": the one full name on the page holding it
        ("Steffen Kongstad", "Norway"),
        ("Osama Zakaria Abu Hananeh", "State of Palestine"),  # a national centre is the State's
        ("Ly Thuch", "Cambodia"),  # the second of two posts in a row names it
        ("Javier Enrique Ramírez Guillén", None),  # "the ISU Director also met the Vice Minister, X": a clause
        ("Tim Caughley", None),  # a post follows the name (Goose's: it names no party of Caughley's)
    }  # nor is Vidya Abhayagunawardena tied to Sri Lanka: a national campaign is not the State
