"""Posts named in passing, in apposition, read by one reader (news/appositions.py).

Three layouts written for these tests: titled items with datelines, one article with no title
line, and items in Portuguese, Spanish and French. Each checks the whole set of mandates, so a
post of another body ("the President of the ICRC", "the President of the Republic", "the
Chair of the Board of the GICHD") or a neighbour named after a list is never taken for one.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mandate, Meeting, Mention, Record
from ccmgraph.resolve.actors import lookup_state
from ccmgraph.resolve.people import split_honorific

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"

Row = tuple[str, str, str, str | None, str | None, str | None]


def _records(name: str) -> list[Record]:
    return list(NewsIngester().extract(read_file(FIXTURES / name)))


def _holder(name: str, kind: str) -> str:
    state = lookup_state(name) if kind == "state" else None
    return state.iso3 if state else split_honorific(name)[1]


def _mandates(records: list[Record]) -> set[Row]:
    return {(m.role, _holder(m.holder.name, m.holder.kind), m.convention, m.theme, m.for_meeting,
             _holder(m.on_behalf_of.name, "state") if m.on_behalf_of else None)
            for m in records if isinstance(m, Mandate)}


def test_a_post_then_the_holders_own_post_then_the_holder_and_a_shared_post() -> None:
    """"the President of the CCM, Zambia's Deputy Minister ..., Gabriel Namulambe": past the
    holder's own post; "Norway, through its role as Coordinator on Universalization together
    with Ghana": both; "Croatia will preside over the First Review Conference"; a Coordinator
    of a State's own body ("the National High Commission for Demining") holds no post here."""
    assert _mandates(_records("posts-apposition-items.txt")) == {
        ("president", "ZMB", "ccm", None, None, None),
        ("president", "Gabriel Namulambe", "ccm", None, None, "ZMB"),
        ("coordinator", "NOR", "ccm", "Universalization", None, None),
        ("coordinator", "GHA", "ccm", "Universalization", None, None),
        ("president", "HRV", "ccm", None, "1RC", None),
        ("president", "CRI", "ccm", None, "5MSP", None),
        ("president", "Manuel González Sanz", "ccm", None, "5MSP", "CRI"),
    }


def test_envoys_listed_after_their_post_and_a_presidency_held_by_a_state() -> None:
    """The envoys' list ends with the one after its "and"; the Minister named after it holds
    none of their posts; "the current Austrian Presidency of the Convention" is the Austria
    that presides over the 16MSP, read once."""
    records = _records("posts-apposition-article.txt")
    assert _mandates(records) == {
        ("president", "AUT", "apmbc", None, "16MSP", None),
        ("president", "Thomas Hajnoczi", "apmbc", None, "16MSP", "AUT"),
        ("other", "Princess Astrid", "apmbc", "special envoy", None, "BEL"),
        ("other", "Mired Raad Al-Hussein", "apmbc", "special envoy", None, "JOR"),
    }
    people = {split_honorific(m.name)[1] for m in records if isinstance(m, Mention) and m.kind == "person"}
    assert {"Princess Astrid", "Mired Raad Al-Hussein", "Thomas Hajnoczi"} <= people


def test_a_royal_named_by_one_given_name_keeps_the_title() -> None:
    assert split_honorific("Princess Astrid") == ("", "Princess Astrid")
    assert split_honorific("H.R.H. Princess Astrid") == ("HRH", "Princess Astrid")
    assert split_honorific("HRH Prince Mired Raad Al-Hussein") == ("HRH Prince", "Mired Raad Al-Hussein")


def test_a_state_that_assumes_the_presidency_in_portuguese_spanish_and_french() -> None:
    """"Moçambique assumiu a presidência da Terceira Conferência de Revisão", "México asumió la
    presidencia de la Convención sobre Municiones en Racimo", "La Suisse a assumé la présidence
    de la Convention sur les armes à sous-munitions"; "el presidente de la República" holds none."""
    records = _records("posts-apposition-foreign.txt")
    assert _mandates(records) == {
        ("president", "MOZ", "apmbc", None, "3RC", None),
        ("president", "MEX", "ccm", None, None, None),
        ("president", "CHE", "ccm", None, None, None),
    }
    assert [(m.kind, m.number, m.convention) for m in records if isinstance(m, Meeting)] == [("revcon", 3, "apmbc")]


def test_a_presidency_held_by_a_person_whose_post_names_the_state() -> None:
    """"bajo la presidencia de Marta Maurás, Embajadora de Chile": the person and her State preside
    the meeting named before; a person no words tie to a State ("bajo la presidencia de Thomas
    Hajnoczi") is left out, as is "Embajadora de Chile" as a person's name."""
    records = _records("posts-presidency-person-foreign.txt")
    assert _mandates(records) == {
        ("president", "CHL", "apmbc", None, "15MSP", None),
        ("president", "Marta Maurás", "apmbc", None, "15MSP", "CHL"),
    }
    people = {m.name for m in records if isinstance(m, Mention) and m.kind == "person"}
    assert not any("Chile" in name for name in people)


def test_a_holder_whose_own_post_stands_before_the_election_as_president() -> None:
    """"H.E. X Minister of Foreign Affairs of the Republic of Zambia was elected by the Meeting
    as President of the 4MSP": the post and the election between are no clause away."""
    records = _records("president-elected-after-post.txt")
    assert _mandates(records) == {
        ("president", "ZMB", "ccm", None, "4MSP", None),
        ("president", "Wylbur Simuusa", "ccm", None, "4MSP", "ZMB"),
    }
