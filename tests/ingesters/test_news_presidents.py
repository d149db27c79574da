"""Presidents in news prose: the holder the role's own words name, and the State they act for.

Written in: a State named only as "the German Presidency of the 7MSP" in one item and the
President named in another (the person acts for that State); the holder after a post of their
own ("Permanent Representative of Iraq to the United Nations in Geneva, Ambassador X"); a
holder with no comma after the meeting ("President of the 2RC Ambassador X of Switzerland")
in a sentence whose subject is the visit's host, which holds no presidency.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mandate

PAGE = Path(__file__).parents[1] / "fixtures" / "news" / "presidency-appositions.txt"


def test_presidents_and_the_state_each_acts_for() -> None:
    got = {(m.role, m.holder.name, m.for_meeting, m.on_behalf_of.name if m.on_behalf_of else None)
           for m in NewsIngester().extract(read_file(PAGE)) if isinstance(m, Mandate)}
    assert got == {
        ("president", "Germany", "7MSP", None),
        ("president", "His Excellency Mr. Michael Biontino", "7MSP", "Germany"),
        ("president", "Iraq", "11MSP", None),
        ("president", "Ambassador Abdul-Karim Hashim Mostafa", "11MSP", "Iraq"),
        ("president", "Switzerland", "2RC", None),
        ("president", "Ambassador Félix Baumann", "2RC", "Switzerland"),
    }


def _mandates(name: str) -> set[tuple[str, str, str | None, str | None, str | None]]:
    page = PAGE.with_name(name)
    return {(m.role, m.holder.name, m.for_meeting, m.start.iso() if m.start else None,
             m.on_behalf_of.name if m.on_behalf_of else None)
            for m in NewsIngester().extract(read_file(page)) if isinstance(m, Mandate)}


def test_presidencies_handed_over_taken_up_and_under_a_presidency() -> None:
    """The incoming President of a handover presides the meeting the page gives their State; a
    presidency taken up on a date is that meeting's when the page gives the State one, else the
    convention's; a letter handed over by a head of State is no presidency."""
    assert _mandates("presidency-terms.txt") == {
        ("president", "Aliyar Lebbe Abdul Azeez", "9MSP", None, None),
        ("president", "Switzerland", "2RC", None, None),
        ("president", "Félix Baumann", "2RC", None, "Switzerland"),
        ("president", "Switzerland", "2RC", "2019-09", None),
        ("president", "Sri Lanka", None, "2018-09", None),
        ("president", "Ambassador Aliyar Lebbe Abdul Azeez", None, "2018-09", "Sri Lanka"),
    }


def test_the_conferences_president_named_before_it() -> None:
    """"X, who will serve as the conference's President": the one numbered meeting of the item."""
    assert _mandates("presidency-host-article.txt") == {
        ("president", "Mozambique", "3RC", None, None),
        ("president", "Henrique Banze", "3RC", None, "Mozambique"),
    }


def test_a_state_in_a_bracket_closed_before_the_post_holds_none() -> None:
    """A flattened list's last line "(New Zealand)" right before "The President of the 2MSP", or an
    item "submitted by New Zealand ...; - Adoption of a mandate for the President of the 2MSP":
    the bracket's State is a coordinator's, not the President; the President is the one named."""
    page = Path(__file__).parents[1] / "fixtures" / "news" / "presidency-after-bracketed-list.txt"
    got = {(m.role, m.holder.name, m.for_meeting) for m in NewsIngester().extract(read_file(page))
           if isinstance(m, Mandate) and m.role == "president"}
    assert got == {("president", "Dr. Adnan Mansour", "2MSP"), ("president", "Lebanon", "2MSP")}


def test_a_post_in_a_list_of_speakers_is_the_one_named_before_it() -> None:
    """"H.E. Dr. X, <post>, President of the 5RC, Mr. Y, <post>, ...": the President is X, not
    the next speaker; a post that opens the sentence still takes the holder after its own post."""
    page = Path(__file__).parents[1] / "fixtures" / "news" / "presidency-speakers-list.txt"
    got = {(m.role, m.holder.name, m.for_meeting) for m in NewsIngester().extract(read_file(page))
           if isinstance(m, Mandate)}
    assert got == {("president", "H.E. Dr. Ly Thuch", "5RC"),
                   ("president", "Ambassador Abdul-Karim Hashim Mostafa", "11MSP"), ("president", "Iraq", "11MSP")}
