"""The Co-Chairs and Co-Rapporteurs of several APMBC Standing Committees on one page.

Written in: a composition page, one block per committee under the intersessional year
("Standing Committee on ... / Co-Chairs: A and B / Co-Rapporteurs: C and D"); one committee to a
line ("Standing Committee on X: Co-Chairs: A and B"); prose ("A and B served as co-chairs of the
Standing Committee on X"); the Co-Chairs of all four at once ("the co-chairs of the four
Standing Committees ..., namely, A, ... and H"), the year given beside them ("the 2003-2004
complement of co-chairs"). Traps: a committee with no holder yet ("to be confirmed"); a State
named as a past co-chair in a sentence of its own; the prose forms on the composition path.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.ingesters.composition.standing import read_standing

FIXTURES = Path(__file__).parents[1] / "fixtures" / "composition"
GSO, SD = "General Status and Operation of the Convention", "Stockpile Destruction"
VA, MC = "Victim Assistance and Socio-Economic Reintegration", "Mine Clearance, Mine Risk Education and Mine Action Technologies"


def posts(name: str, *, glued: bool = False) -> set[tuple[str, str, str | None, int | None, int | None]]:
    text = (FIXTURES / name).read_text(encoding="utf-8") if name.endswith(".txt") else name
    found = list(read_standing(text, "apmbc", glued=glued))
    assert all(m.convention == "apmbc" and m.body == (f"Standing Committee on {m.theme}" if m.theme else None)
               for m in found)
    return {(m.holder.name, m.role, m.theme and m.theme.lower(), m.start and m.start.year, m.end and m.end.year)
            for m in found}


def test_blocks_per_committee_give_each_its_posts_and_the_year_heading_its_period() -> None:
    expected = {("Austria", "co-chair", GSO.lower(), 2002, 2003), ("Peru", "co-chair", GSO.lower(), 2002, 2003),
                ("Mexico", "co-rapporteur", GSO.lower(), 2002, 2003),
                ("Netherlands", "co-rapporteur", GSO.lower(), 2002, 2003)}
    assert posts("standing-several-blocks.txt") == expected
    assert posts("standing-several-blocks.txt", glued=True) == expected


def test_one_committee_to_a_line_gives_the_eight_co_chairs_of_2003_2004() -> None:
    pairs = {VA: ("Australia", "Croatia"), MC: ("Cambodia", "Japan"), SD: ("Guatemala", "Italy"),
             GSO: ("Mexico", "Netherlands")}
    assert posts("standing-several-lines.txt") == {
        (s, "co-chair", theme.lower(), 2003, 2004) for theme, states in pairs.items() for s in states}


def test_the_co_chairs_of_all_four_committees_at_once_on_a_page_of_another_kind() -> None:
    eight = ("Australia", "Cambodia", "Croatia", "Guatemala", "Italy", "Japan", "Mexico", "Netherlands")
    assert posts("standing-all-chairs-prose.txt", glued=True) == {(s, "co-chair", None, 2003, 2004) for s in eight}
    assert posts("standing-all-chairs-prose.txt") == set()  # prose does not make a composition page


def test_prose_names_the_committee_after_the_post() -> None:
    text = ("Mine Ban Convention, intersessional year 2003-2004. Mexico and the Netherlands served as "
            "co-chairs of the Standing Committee on the General Status and Operation of the Convention, "
            "while Guatemala and Italy served as co-chairs of the Standing Committee on Stockpile Destruction.")
    assert posts(text, glued=True) == {
        ("Mexico", "co-chair", GSO.lower(), 2003, 2004), ("Netherlands", "co-chair", GSO.lower(), 2003, 2004),
        ("Guatemala", "co-chair", SD.lower(), 2003, 2004), ("Italy", "co-chair", SD.lower(), 2003, 2004)}
    assert posts(text) == set()


def test_no_list_after_the_collective_post_and_no_period_without_a_year_pair() -> None:
    text = ("The co-chairs of the four Standing Committees met in Geneva.\nStanding Committee on Stockpile "
            "Destruction: Co-Chairs: Guatemala and Italy.\nStanding Committee on Victim Assistance and "
            "Socio-Economic Reintegration: Co-Chairs: Australia and Croatia.\nMeeting of 2004-2006 budgets.")
    assert posts(text.replace("\n", " ")) == set()  # committees named in running text head no list
    assert posts(text) == {("Guatemala", "co-chair", SD.lower(), None, None), ("Italy", "co-chair", SD.lower(), None, None),
                           ("Australia", "co-chair", VA.lower(), None, None), ("Croatia", "co-chair", VA.lower(), None, None)}
