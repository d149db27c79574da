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
from conftest import news_mandates

PAGE = Path(__file__).parents[1] / "fixtures" / "news" / "presidency-appositions.txt"


def test_presidents_and_the_state_each_acts_for() -> None:
    assert news_mandates(PAGE.name) == {
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
    presidency taken up on a date is that meeting's (its undated twin giving way) when the page gives the State one, else the
    convention's; a letter handed over by a head of State is no presidency."""
    assert _mandates("presidency-terms.txt") == {
        ("president", "Aliyar Lebbe Abdul Azeez", "9MSP", None, None),
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


def test_a_presidency_begun_or_taken_by_election_on_a_date() -> None:
    """"Norway's Presidency began ... on 30 November 2018" dates the one meeting the page gives
    Norway to preside; "elected Norway to preside over the Convention on 30 November 2018" is a
    presidency from that day; "said X as he took over the presidency of the Convention" is the
    person's. A delegation's visits begun on a date are none."""
    assert _mandates("presidency-began.txt") == {
        ("president", "Norway", "4RC", "2018-11-30", None),
        ("president", "Ambassador Hans Brattskar", "4RC", None, "Norway"),
        ("president", "Ambassador Hans Brattskar", None, None, None),
    }


def test_posts_of_the_conference_named_back() -> None:
    """"President-designate of the first Conference" and "the Vice-Presidents of the Conference:
    A of India and B of Lithuania" are posts of the one numbered meeting the item names; "the
    Conference" of an item naming two numbered Conferences is neither."""
    assert _mandates("presidency-back-reference.txt") == {
        ("president-designate", "Netherlands", "1CONF", None, None),
        ("president-designate", "Ambassador Johannes C. Landman", "1CONF", None, "Netherlands"),
        ("vice-president", "India", "1CONF", None, None),
        ("vice-president", "Ambassador Jayant Prasad", "1CONF", None, "India"),
        ("vice-president", "Lithuania", "1CONF", None, None),
        ("vice-president", "Ambassador Edvardas Borisovas", "1CONF", None, "Lithuania"),
    }


def test_a_holder_named_after_their_states_adjective_and_a_spoken_post() -> None:
    """"under the presidency of Swiss Ambassador X": X and Switzerland; "the President of the
    convention, Ambassador Y, Deputy Permanent Representative of Sudan" (a transcript's lower case);
    a speaker of a transcript introducing themselves as the ISU's Director."""
    got = _mandates("presidency-demonym-holder.txt")
    assert ("president", "Switzerland", "2RC", None, None) in got
    assert ("president", "Ambassador Félix Baumann", "2RC", None, "Switzerland") in got
    assert {(r, h) for r, h, *_ in got} == {
        ("president", "Switzerland"), ("president", "Ambassador Félix Baumann"),
        ("president", "Sudan"), ("president", "Ambassador Osman Abu Fatima Adam Mohammed"),
        ("isu-director", "Juan Carlos Ruan")}  # "My name is X and I'm the Director of the ... ISU"


def test_a_state_holding_the_treaty_presidency() -> None:
    """"Switzerland holds the Treaty Presidency": the convention's President, seated on the one
    meeting the page names; the presidencies of the Conference on Disarmament and of the Council
    of the EU are none of its posts."""
    assert _mandates("presidency-holds.txt") == {("president", "Switzerland", "2RC", None, None)}


def test_vice_presidents_listed_after_namely_and_a_president_after_another_post() -> None:
    """"The meeting elected as Vice-Presidents the eight outgoing members ..., namely: A, ... and
    Z" (the one meeting the item names); "H.E. X, Ambassador of Austria and President of the
    16MSP": X and Austria. A list only recommended, or with anything but States in it, is none."""
    got = _mandates("officers-namely-and-post.txt")
    vice = {h for r, h, m, *_ in got if r == "vice-president" and m == "16MSP"}
    assert vice == {"Belgium", "Colombia", "Costa Rica", "Netherlands", "Peru", "Sweden", "Uganda", "Zambia"}
    assert {(r, h, m, behalf) for r, h, m, _, behalf in got if r == "president"} == {
        ("president", "Austria", "16MSP", None), ("president", "H.E. Thomas Hajnoczi", "16MSP", "Austria")}
    assert not {m for _, _, m, *_ in got} - {"16MSP"}


def _terms(name: str) -> set[tuple[str, str, str | None, str | None, str | None]]:
    page = PAGE.with_name(name)
    return {(m.role, m.holder.name, m.for_meeting, m.start.iso() if m.start else None,
             m.end.iso() if m.end else None)
            for m in NewsIngester().extract(read_file(page)) if isinstance(m, Mandate)}


def test_a_presidency_held_in_a_year_starts_and_ends_in_it() -> None:
    """"Jordan, which held the Presidency of the 9MSP in 2008" is a term over within 2008 (start
    and end); "will hold the Presidency of the 10MSP in 2010" is still to come, so no dates."""
    assert _terms("presidency-held-in.txt") == {
        ("president", "Jordan", "9MSP", "2008", "2008"),
        ("president", "Switzerland", "10MSP", None, None),
    }


def test_counted_vice_presidents_of_the_one_meeting_of_the_graph() -> None:
    """The CCW's own Third Review Conference, named for context, is no second meeting the
    counted Vice-Presidents could be of: they are the First Conference's, States and persons."""
    assert news_mandates("p5-counted-vice-presidents-ccw-revcon.txt") == {
        ("president-designate", "Netherlands", "1CONF", None),
        ("president-designate", "Ambassador Johannes C. Landman", "1CONF", "Netherlands"),
        ("vice-president", "India", "1CONF", None),
        ("vice-president", "Lithuania", "1CONF", None),
        ("vice-president", "Ambassador Jayant Prasad", "1CONF", "India"),
        ("vice-president", "Ambassador Edvardas Borisovas", "1CONF", "Lithuania"),
    }


def test_a_president_named_after_the_post_holds_it_for_the_state_of_their_own_post_before() -> None:
    """"the ... Minister for Foreign Affairs of the Lao People's Democratic Republic, President of
    the 1MSP to the CCM, Mr. X": X and Laos; "hosted by Lebanon, President of the 2MSP, Dr. Y":
    the host is named by no post of Y's, so Y is tied to no State."""
    assert news_mandates("president-own-post-before.txt") == {
        ("president", "Lao People's Democratic Republic", "1MSP", None),
        ("president", "Mr. Thongloun Sisoulith", "1MSP", "Lao People's Democratic Republic"),
        ("president", "Dr. Adnan Mansour", "2MSP", None),
    }
