"""Posts that name their organisation or State without a comma-set party beside the name.

"X, High Representative for Disarmament Affairs" (UNODA: vocabulary people.yml `head_posts`);
"delivered by GICHD Director of Operations, X"; "Norwegian Foreign Minister X"; "Ambassador
Lt. Gen. X" (a rank after an honorific); "la Representante Permanente de Colombia ante ...,
Embajadora X" (a foreign post before a name with its honorific). Nothing where the words name
no party.
"""

from __future__ import annotations

from ccmgraph.ingesters.news.foreign_people import foreign_posted
from ccmgraph.ingesters.news.people import head_post_parties, ties
from ccmgraph.ingesters.news.text import default_recogniser
from ccmgraph.text.names import split_honorific


def _ties(text: str) -> set[tuple[str, str]]:
    return {(t.person.name, t.party.name) for t in ties(text, default_recogniser(text), None)}


def test_a_head_post_names_its_organisation() -> None:
    assert _ties("The letter was sent by Ms. Izumi Nakamitsu, High Representative for Disarmament Affairs.") \
        == {("Ms. Izumi Nakamitsu", "UNODA")}
    assert _ties("Opening remarks were made by the United Nations High Representative for Disarmament "
                 "Affairs, Mr. Sergio Duarte.") == {("Mr. Sergio Duarte", "UNODA")}
    # a post joined by "and" before the head post is part of it; "United Nations" inside gives way
    assert _ties("It heard the Mayor of Geneva, the Under-Secretary-General and High Representative for "
                 "Disarmament Affairs, Ms. Izumi Nakamitsu, and others.") == {("Ms. Izumi Nakamitsu", "UNODA")}


def test_a_head_post_joined_to_no_post_is_the_post_alone() -> None:
    text = "Norway and High Representative for Disarmament Affairs"
    ((a, b, ref),) = head_post_parties(text)
    assert (text[a:b], ref.name) == ("High Representative for Disarmament Affairs", "UNODA")
    assert head_post_parties("a representative for disarmament affairs of Chile") == []


def test_meeting_page_entry_with_a_head_post() -> None:
    from ccmgraph.ingesters.meeting_page.affiliation import affiliation

    line = "An invitation letter was addressed by Ms Angela Kane, High Representative for Disarmament Affairs."
    party = affiliation(line, "Ms Angela Kane", default_recogniser)
    assert party is not None and party.name == "UNODA"
    line = "Statement by Ms. Marianne Borgen, Mayor of Oslo."
    assert affiliation(line, "Ms. Marianne Borgen", default_recogniser) is None


def test_a_party_post_after_by_or_said() -> None:
    assert _ties("The second was delivered on Tuesday by GICHD Director of Operations, Guy Rhodes.") \
        == {("Guy Rhodes", "GICHD")}
    assert _ties("“Much remains to be done,” said ICBL Head of Delegation, Stephen Goose.") \
        == {("Stephen Goose", "ICBL")}
    assert _ties("The statement was made by Campaign Director, Jane Smith.") == set()


def test_a_demonym_before_a_title_read_as_the_names() -> None:
    assert _ties("Norwegian Foreign Minister Jonas Gahr Støre opened the meeting.") \
        == {("Jonas Gahr Støre", "Norway")}
    assert _ties("On Monday Foreign Minister Jonas Gahr Støre opened the meeting.") == set()


def test_an_abbreviated_rank_after_an_honorific() -> None:
    assert _ties("Ambassador Lt. Gen. Ahmed Khan of Pakistan chaired the session.") \
        == {("Ambassador Lt. Gen. Ahmed Khan", "Pakistan")}
    assert split_honorific("Ambassador Lt. Gen. Ahmed Khan") == ("Ambassador Lt. Gen.", "Ahmed Khan")
    assert [ref for _, _, ref in default_recogniser("See Col. 3 of the table.") if ref.kind == "person"] == []


def test_a_foreign_post_before_a_name_with_its_honorific() -> None:
    text = ("El instrumento fue depositado por la Representante Permanente de Colombia ante ese organismo en "
            "Nueva York, Embajadora María Emma Mejía.")
    got = [(p.name, of.name if of else None) for _, _, p, of in foreign_posted(text, default_recogniser(text))]
    assert got == [("Embajadora María Emma Mejía", "Colombia")]
    text = "El instrumento fue depositado por la Representante Permanente ante ese organismo, Embajadora María Emma Mejía."
    assert foreign_posted(text, default_recogniser(text)) == []
