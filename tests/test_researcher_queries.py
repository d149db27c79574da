"""The researcher's named queries on the built corpus; expected rows worked out by reading the documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph import KnowledgeGraph

ID = "https://w3id.org/ccmgraph/id/"


@pytest.fixture(scope="module")
def kg(built_store: Path):  # type: ignore[no-untyped-def]
    with KnowledgeGraph(built_store) as graph:
        yield graph


def test_chairs_and_presidencies(kg: KnowledgeGraph) -> None:
    rows = {(str(r["meeting"]).removeprefix(ID), str(r["chair"]).removeprefix(ID), str(r["presidency"]).removeprefix(ID))
            for r in kg.query("chairs_and_presidencies")}
    # minutes of 3 March 2016: "opened by CCM President, Ambassador Henk Cor van der Kwast of the Netherlands"
    assert ("meeting/cc/2016-03-03", "person/henk-cor-van-der-kwast", "state/NLD") in rows
    # news 2017: "The President of the 7MSP ..., Ambassador Michael Biontino of the Federal Republic of Germany"
    assert ("meeting/msp/ccm-7msp", "person/michael-biontino", "state/DEU") in rows


def test_commitments_of_3_march_2016(kg: KnowledgeGraph) -> None:
    rows = kg.query("meeting_commitments", meeting="2016-03-03").to_dicts()
    template = [r for r in rows if "generic condemnation statement" in (r["text"] or "")]
    # "it was agreed that the CCM President would prepare and circulate ... a draft generic condemnation
    # statement template to be discussed further at the next Coordination Committee meeting" (28 April 2016)
    assert template and template[0]["kind"] == "decision"
    assert str(template[0]["due_meeting"]) == ID + "meeting/cc/2016-04-28"
    assert str(template[0]["actor"]) == ID + "person/henk-cor-van-der-kwast"
    assert {r["meeting_date"].isoformat() for r in rows} == {"2016-03-03"}


def test_obligations_declared_fulfilled(kg: KnowledgeGraph) -> None:
    rows = kg.query("obligations_fulfilled", convention="ccm").to_dicts()
    # the 2017 news page: "Mozambique ... completion of its Article 4 clearance obligations"
    from_news = [r for r in rows if "Mozambique" in r["quote"] and "Presidency" in r["quote"]]
    assert [(str(r["party"]), str(r["article"])) for r in from_news] == [(ID + "state/MOZ", ID + "article/ccm/4")]
    # the curated obligation_holders table adds completions it sources (e.g. Austria's stockpiles, 2010)
    assert {str(r["convention"]) for r in rows} == {"ccm"} and all(r["quote"] for r in rows)


def test_unga_vote_counts(kg: KnowledgeGraph) -> None:
    votes = [r for r in kg.query("statements_and_votes") if r["kind"] == "vote"]
    # the German presidency's news page (undated vote) and votes.csv's 2016 row report the same UNGA vote
    of_2016 = [(v["in_favour"], v["against"]) for v in votes if v["date"] is None or str(v["date"]).startswith("2016")]
    assert of_2016 == [(141, 2), (141, 2)]


def test_meetings_of_2017(kg: KnowledgeGraph) -> None:
    rows = {(r["kind"], r["start"].isoformat(), r["end"].isoformat() if r["end"] else None)
            for r in kg.query("meetings", year=2017)}
    assert ("seminar", "2017-03-16", "2017-03-17") in rows  # regional seminar in Bangkok
    assert ("msp", "2017-09-04", "2017-09-06") in rows  # 7MSP, Geneva


def test_mentions_under_universalization(kg: KnowledgeGraph) -> None:
    rows = kg.query("mentions_by_theme", convention="ccm").to_dicts()
    universalization = {str(r["entity"]).removeprefix(ID) for r in rows if "niversali" in str(r["theme_label"])}
    # item 5.1: bilateral meetings "with two States – Thailand and Namibia"
    assert {"state/THA", "state/NAM"} <= universalization


def test_a_presidency_names_only_the_person_who_presided(kg: KnowledgeGraph) -> None:
    """A State's presidency whose sources name nobody has no person: an unbound person once
    matched every label in the store (a class label came out as Chile's president)."""
    rows = kg.query("presidencies").to_dicts()
    people = {str(r["person"]): str(r["name"]) for r in kg.query("people").to_dicts()}
    assert rows and any(r["person"] for r in rows)
    for r in rows:
        if r["person"] is None:
            assert r["person_label"] is None, r
            continue
        assert str(r["person"]).startswith(ID + "person/"), r
        if r["holder_kind"] == "state":
            assert str(r["person_label"]) == people[str(r["person"])], r
