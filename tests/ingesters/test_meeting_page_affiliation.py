"""Whom a person on a meeting page's list speaks for: the State or organisation their own
apposition gives, in the layouts programmes write, and nobody where the words do not say."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.meeting_page.affiliation import affiliation
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.ingesters.news.text import default_recogniser
from ccmgraph.records import Mention

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"


def test_every_speaker_with_the_party_the_list_gives() -> None:
    records = MeetingPageIngester().extract(read_file(PAGES / "ccm-1rc-statements-programme.txt"))
    people = {m.name: (m.party.name if m.party else None) for m in records if isinstance(m, Mention) and m.kind == "person"}
    assert people == {
        "Ms. Kolinda Grabar-Kitarović": "Republic of Croatia",
        "Mr. Peter Maurer": "ICRC",
        "Ms. Megan Burke": "ICBL-CMC",
        "Mr. Tom Markram": "UNODA",
        "Ms. Kerryn Clarke": None,  # "COPE, Vientiane, Lao PDR": where COPE works, not whom she speaks for
        "HRH Prince Mired Raad Al-Hussein": "Jordan",
        "Mr. Jody Williams": None,
    }


@pytest.mark.parametrize(("text", "name", "party"), [
    ("Statement by Ms. Christine Beerli, ICRC", "Ms. Christine Beerli", "ICRC"),
    ("Ms. Virginia Gamba, UNODA on behalf of the Secretary-General", "Ms. Virginia Gamba", "UNODA"),
    ("The meeting designated Wolfgang Petritsch (Austria) as President", "Wolfgang Petritsch", "Austria"),
    ("Tom Markram, Director of the UN Office for Disarmament Affairs", "Tom Markram", "UN Office for Disarmament Affairs"),
    ("Ms. Anne Doe, Permanent Mission of Belgium to the United Nations in Geneva, Chair", "Ms. Anne Doe", "Belgium"),
    ("Mr. John Doe, ICRC, observer member of the Committee on Victim Assistance", "Mr. John Doe", "ICRC"),
    ("Ms. Anne Doe, who thanked Norway, spoke", "Ms. Anne Doe", None),
    ("Ms. Anne Doe and Mr. John Doe of Chile spoke", "Ms. Anne Doe", None),
    ("Ms. Anne Doe, Nobel Peace Prize Laureate", "Ms. Anne Doe", None),
    ("Mr. John Doe; Chile", "Mr. John Doe", None),
    # a unit of the organisation named next is part of the post; a State after a unit is where it sits
    ("as delivered by Ms. Jane Roe, Acting Director, Geneva Branch, Office for Disarmament Affairs, to the meeting",
     "Ms. Jane Roe", "Office for Disarmament Affairs"),
    ("Ms. Jane Roe, Programme Officer, Mine Action Section, Cambodia", "Ms. Jane Roe", None),
    # two posts joined by "and"; a deputy's "to" names the head whose office it is
    ("delivered by Mr. John Roe, Director and Deputy to the UN High Representative for Disarmament Affairs, in Geneva",
     "Mr. John Roe", "UNODA"),
    ("Ms. Anne Doe, Director and Mr. John Doe, ICRC", "Ms. Anne Doe", None),
])
def test_the_apposition(text: str, name: str, party: str | None) -> None:
    found = affiliation(text, name, default_recogniser)
    assert (found.name if found else None) == party


def test_bodies_are_no_people_and_posts_before_a_name_count() -> None:
    records = list(MeetingPageIngester().extract(read_file(PAGES / "apmbc-5msp-ngo-participants-report.txt")))
    people = {m.name: (m.party.name if m.party else None) for m in records if isinstance(m, Mention) and m.kind == "person"}
    assert people == {"Ms. Jody Williams": "ICBL", "H.E. Mr. Surakiart Sathirathai": "Thailand"}


@pytest.mark.parametrize(("text", "name", "party"), [
    ("a statement by Ms. Sara Sekkenes on behalf of the ICBL.", "Ms. Sara Sekkenes", "ICBL"),
    ("Minister of State at the Foreign Office of the United Kingdom, H.E. Mr. Graham Stuart", "H.E. Mr. Graham Stuart",
     "United Kingdom"),
    ("The meeting thanked Norway, Mr. John Doe", "Mr. John Doe", None),  # no post before the name
    ("Ms. Anne Doe on behalf of her government", "Ms. Anne Doe", None),
    ("The Co-Chairs introduced a Canadian parliamentarian, Ms. Paddy Torsney, who reported", "Ms. Paddy Torsney", "Canada"),
    ("a statement by the Swiss Ambassador, Mr. Jürg Streuli.", "Mr. Jürg Streuli", "Switzerland"),
    ("the Canadian delegation thanked Ms. Anne Doe, who spoke", "Ms. Anne Doe", None),  # the thanks are not her post
    ("a Canadian survivor, Ms. Anne Doe, spoke", "Ms. Anne Doe", None),  # a survivor is no post
])
def test_behalf_and_post_before(text: str, name: str, party: str | None) -> None:
    found = affiliation(text, name, default_recogniser)
    assert (found.name if found else None) == party


def test_a_person_whose_post_is_of_another_instrument_s_meeting_is_no_person_of_the_field() -> None:
    """The President-designate of Amended Protocol II's Conference opened the joint week: left out;
    Protocol V's President-designate, named in the same sentence, is kept with his State."""
    from ccmgraph.ingesters import detect

    doc = read_file(Path(__file__).parents[1] / "fixtures" / "meeting_pages" / "p5-mx-2010-joint-week-summary.txt")
    _, ingester = detect(doc)
    people = [(m.name, m.party.name if m.party else None) for m in ingester.extract(doc)
              if isinstance(m, Mention) and m.kind == "person"]
    assert people == [("Ambassador Peter Woolcott", "Australia")]


def test_in_a_run_of_posts_before_names_the_post_after_a_name_is_not_theirs() -> None:
    """"the High Commissioner for Refugees, Mr. X, the Vice-President of the ICRC, Mr. Y": the
    ICRC is Y's; X's own post stands before X and names no party this reader knows."""
    text = ("The opening featured the Mayor of Oslo, Ms. Marianne Borgen, the United Nations High Commissioner "
            "for Refugees, Mr. Filippo Grandi, the Vice-President of the International Committee of the Red "
            "Cross (ICRC), Mr. Gilles Carbonnier, and delegates.")
    recognise = default_recogniser
    assert affiliation(text, "Mr. Filippo Grandi", recognise) is None
    assert affiliation(text, "Ms. Marianne Borgen", recognise) is None
    assert affiliation("Statement by Ms. Christine Beerli, Vice-President, ICRC", "Ms. Christine Beerli",
                       recognise) is not None
