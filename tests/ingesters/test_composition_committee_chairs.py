"""A committee's chair named in prose with the committee's name, in English, French and Spanish.

Written in: a meeting day's summary ("Poland (in its capacity as Chair of the Committee on Article
5 Implementation)", "The Chair of the Committee on Victim Assistance, Colombia, presented"); news
("L'Algérie présidera le Comité ... pour l'année 2022, en remplacement de la Thaïlande"; "le
Comité ..., présidé par le Canada"; "Argelia reemplaza a Tailandia como Presidente del Comité
..."). Traps: a Chair named without a State; a Chair followed by a list of States; a committee
that is not the convention's (the UN's Committee on Contributions); an organisation as chair.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.ingesters.composition.committee_lists import read_committee_lists

FIXTURES = Path(__file__).parents[1] / "fixtures" / "composition"
A5, VA, CA = "Article 5 Implementation", "Victim Assistance", "Enhancement of Cooperation and Assistance"


def chairs(name: str) -> set[tuple[str, str, str | None, int | None, int | None]]:
    found = list(read_committee_lists((FIXTURES / name).read_text(encoding="utf-8")))
    assert all(m.convention == "apmbc" and m.body == f"Committee on {'the ' if m.theme == CA else ''}{m.theme}"
               for m in found)
    return {(m.holder.name, m.role, m.theme, m.start and m.start.year, m.end and m.end.year) for m in found}


def test_a_day_summary_gives_the_states_standing_against_the_post_and_nothing_else() -> None:
    assert chairs("committee-chairs-day-summary.txt") == {
        ("Poland", "committee-chair", A5, None, None), ("Colombia", "committee-chair", VA, None, None)}


def test_french_news_gives_the_chair_its_year_and_the_one_it_replaces() -> None:
    assert chairs("committee-chairs-news-fr.txt") == {
        ("Algeria", "committee-chair", VA, 2022, 2022), ("Thailand", "committee-chair", VA, None, None),
        ("Canada", "committee-chair", A5, None, None), ("United Kingdom", "committee-chair", CA, None, None)}


def test_spanish_news_gives_chairs_in_every_layout_and_no_year_it_does_not_write() -> None:
    assert chairs("committee-chairs-news-es.txt") == {
        ("Colombia", "committee-chair", VA, None, None), ("Algeria", "committee-chair", CA, None, None),
        ("Thailand", "committee-chair", CA, None, None), ("Canadá", "committee-chair", A5, None, None)}


def test_a_text_without_a_committee_of_the_convention_gives_nothing() -> None:
    text = ("Australia, as Chair of the Committee on Contributions, reported. France will chair the "
            "Advisory Committee for 2024. The Chair of the Committee on Victim Assistance thanked Chile.")
    assert list(read_committee_lists(text)) == []


def test_members_composed_of_or_besides_the_chair_and_whom_an_election_replaces() -> None:
    """"The Committee on Victim Assistance, composed of A, B, C and D"; "dont la nouvelle
    composition comprend, outre l'Algérie, le Japon, ..."; the chair elected "for 2022, replacing
    Thailand": Thailand chaired it, for a period the text does not give."""
    members = {(s, "committee-member", VA, None, None) for s in ("Algeria", "Ecuador", "Italy", "Uganda")}
    assert chairs("committee-composed-of-en.txt") == members | {
        ("Algeria", "committee-chair", VA, 2022, 2022), ("Thailand", "committee-chair", VA, None, None)}
    members = {(s, "committee-member", CA, None, None) for s in ("Algeria", "Japan", "Denmark", "Türkiye")}
    assert chairs("committee-members-besides-fr.txt") == members | {
        ("Algeria", "committee-chair", CA, 2024, 2024), ("Thailand", "committee-chair", CA, None, None)}


def test_english_news_gives_who_chairs_and_whom_they_replace_but_not_a_pair() -> None:
    """"X of Indonesia, which chairs the Committee ..."; "Algeria replaces Thailand as Chair of
    ..."; "Austria and Norway will chair ..." names no one chair, and gives nothing."""
    assert chairs("committee-chairs-news-en.txt") == {
        ("Indonesia", "committee-chair", CA, None, None), ("Algeria", "committee-chair", CA, None, None),
        ("Thailand", "committee-chair", CA, None, None)}


def test_a_release_about_one_committee_gives_its_bare_committees_members_and_chair() -> None:
    """The headline and lead are about one committee (its short name, "Committee on Cooperation
    and Assistance", and its own): "The Committee's members – A, B, C and D –" and "said
    Committee Chair, Ms. X of Indonesia" are that committee's, not the ones named after."""
    found = list(read_committee_lists((FIXTURES / "committee-subject-release.txt").read_text(encoding="utf-8")))
    posts = {(m.holder.name, m.holder.kind, m.holder.party, m.role, m.theme) for m in found}
    members = {(s, "state", None, "committee-member", CA) for s in ("Colombia", "Indonesia", "Mexico", "Switzerland")}
    assert posts == members | {("Indonesia", "state", None, "committee-chair", CA),
                               ("Lynda Wardhani", "person", "Indonesia", "committee-chair", CA)}


def test_a_lead_naming_another_body_gives_a_bare_committee_to_no_one() -> None:
    assert chairs("committee-subject-other-body.txt") == set()
