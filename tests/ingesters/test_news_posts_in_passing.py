"""Posts of numbered meetings named in passing, and the people news names with their post.

Written in two layouts: a page of titled items with datelines, and one article with no title
line. A President named before the post in apposition ("Ambassador X of Germany, President of
the 7MSP (7MSP), welcomed") or after another post of theirs joined by "and"; a holder named
before "as president of" ("the announcement of Cambodian Secretary of State X as president of
the 11MSP"); royal titles before a name; a place named after someone ("King Hussein Bin Talal
Convention Centre", "Queen Elizabeth Hall") and a body ("Governance Board") are no person.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mandate, Mention, Record
from ccmgraph.resolve.people import normalise_person, split_honorific

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def _records(name: str) -> list[Record]:
    return list(NewsIngester().extract(read_file(FIXTURES / name)))


def _mandates(records: list[Record]) -> set[tuple[str, str, str | None, str | None, str | None]]:
    return {(m.role, m.holder.name, m.for_meeting, m.convention, m.on_behalf_of.name if m.on_behalf_of else None)
            for m in records if isinstance(m, Mandate)}


def _people(records: list[Record]) -> set[str]:
    return {m.name for m in records if isinstance(m, Mention) and m.kind == "person"}


def test_presidents_named_before_their_post() -> None:
    records = _records("presidents-in-passing.txt")
    assert _mandates(records) == {
        ("president", "Federal Republic of Germany", "7MSP", "ccm", None),
        ("president", "Ambassador Biontino", "7MSP", "ccm", "Federal Republic of Germany"),
        ("president", "HRH Prince Mired Raad Al-Hussein", "8MSP", "apmbc", None),
    }  # Chile only congratulated the President: no post of Chile's


def test_people_and_no_place_or_body_taken_for_one() -> None:
    records = _records("presidents-in-passing.txt")
    assert _people(records) == {"Ambassador Biontino", "HRH Prince Mired Raad Al-Hussein", "Steve Goose"}
    goose = next(m for m in records if isinstance(m, Mention) and m.name == "Steve Goose")
    assert goose.party is not None and goose.party.name == "ICBL"


def test_the_one_announced_as_president_in_an_article() -> None:
    records = _records("presidents-in-passing-article.txt")
    assert _mandates(records) == {
        ("president", "Cambodia", "11MSP", "apmbc", None),
        ("president", "Prak Sokhonn", "11MSP", "apmbc", "Cambodia"),
    }
    assert _people(records) == {"King Norodom Sihamoni", "Prak Sokhonn"}


def test_royal_titles_are_forms_of_address() -> None:
    assert split_honorific("HRH Prince Mired Raad Al-Hussein") == ("HRH Prince", "Mired Raad Al-Hussein")
    assert split_honorific("King Norodom Sihamoni") == ("King", "Norodom Sihamoni")
    assert split_honorific("Kingsley Amis") == ("", "Kingsley Amis")


def test_a_chairman_elected_with_no_meeting_named() -> None:
    """The one numbered meeting the article reports; a chair of a working group is not its President."""
    records = _records("meeting-chair-elected.txt")
    assert _mandates(records) == {
        ("president", "Norway", "3MSP", "ccm", None),
        ("president", "Ambassador Mr.Steffen Kongstad", "3MSP", "ccm", "Norway"),
    }
    parties = {m.name: m.party.name if m.party else None for m in records if isinstance(m, Mention) and m.kind == "person"}
    assert parties == {"Mr.Jonas Gahr Støre": "Norway", "Ambassador Mr.Steffen Kongstad": "Norway",
                       "Ms. Ana Lopez": "Chile"}
    assert split_honorific("Ambassador Mr.Steffen Kongstad") == ("Ambassador Mr.", "Steffen Kongstad")


def test_a_surname_is_the_one_full_name_of_the_page_that_ends_with_it() -> None:
    """"Mr Mansour" after "Adnan Mansour": one person; "Mr Carr" after Bob and Kim Carr: no one's in full."""
    records = _records("surnames-after-full-names.txt")
    presidents = {(m.holder.name, m.for_meeting) for m in records if isinstance(m, Mandate) and m.holder.kind == "person"}
    assert presidents == {("Steffen Kongstad", "3MSP"), ("Adnan Mansour", None)}
    assert _people(records) == {"Adnan Mansour", "Jonas Gahr Støre", "Steffen Kongstad", "Bob Carr", "Kim Carr",
                                "Mr Carr"}


def test_parliamentary_styles_and_letters_after_a_name() -> None:
    """"Senator the Hon X", "The Hon Y MP", "Attorney-General Y", "Senator Carr": two people."""
    records = _records("people-styles-release.txt")
    people = {normalise_person(m.name).display for m in records if isinstance(m, Mention) and m.kind == "person"}
    assert people == {"Bob Carr", "Nicola Roxon"}
    tied = {normalise_person(m.name).display for m in records
            if isinstance(m, Mention) and m.kind == "person" and m.party is not None and m.party.name == "Australia"}
    assert tied == {"Bob Carr"}


def test_an_apposition_ends_at_a_relative_clause() -> None:
    """"said Tun Channareth, ICBL ambassador who received the Nobel Peace Prize": the ICBL's; a prize is no one."""
    records = _records("meetings-the-meeting.txt")
    tied = {m.name: m.party.name if m.party else None for m in records if isinstance(m, Mention) and m.kind == "person"}
    assert tied == {"Tun Channareth": "ICBL"}
