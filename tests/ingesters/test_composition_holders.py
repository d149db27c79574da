"""Role words followed by a list of holders, in the layouts Standing Committee pages use, and
the Standing Committee reader run on a page read as another kind (composition/anywhere.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ccmgraph import KnowledgeGraph
from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.ingesters import detect, every_kind, get
from ccmgraph.ingesters.composition.ingester import CompositionIngester
from ccmgraph.records import Mandate, Meeting

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "composition"
ID = "https://w3id.org/ccmgraph/id/"
CLEARANCE = "Mine Clearance, Mine Risk Education and Mine Action Technologies"


def _doc(name: str) -> Document:
    return Document(text=(FIXTURES / name).read_text(encoding="utf-8"), sha256="0" * 64, name=name)


def _posts(name: str) -> set[tuple[object, ...]]:
    """(holder, kind, party, role, theme, convention) of every post the composition reader gives."""
    return {(r.holder.name, r.holder.kind, r.holder.party, r.role, r.theme, r.convention)
            for r in CompositionIngester().extract(_doc(name)) if isinstance(r, Mandate)}


def test_a_name_right_before_its_state_and_people_before_the_one_whose_state_is_given() -> None:
    sd = "Stockpile Destruction"
    assert _posts("standing-bare-and-unstated.txt") == {
        ("Anna Lindqvist", "person", "Sweden", "co-chair", sd, "apmbc"), ("Sweden", "state", None, "co-chair", sd, "apmbc"),
        ("Tomás Herrera", "person", "Chile", "co-chair", sd, "apmbc"), ("Chile", "state", None, "co-chair", sd, "apmbc"),
        # Ivo Petrov's State is not written: he holds his post, no State with him
        ("Ivo Petrov", "person", None, "co-rapporteur", sd, "apmbc"),
        ("Lina Haddad", "person", "Jordan", "co-rapporteur", sd, "apmbc"),
        ("Jordan", "state", None, "co-rapporteur", sd, "apmbc")}
    # Belarus, Greece and Ukraine gave updates; Ms. Ortiz of Mexico asked a question: no post


def test_bare_names_alone_are_no_holders() -> None:
    """With no holder of the list written as a person for sure, "Anna Lindqvist Sweden" could be
    anything before a State: the list gives nothing; the Co-Rapporteurs, States, still count."""
    sd = "Stockpile Destruction"
    assert _posts("standing-bare-names-only.txt") == {
        ("Canada", "state", None, "co-rapporteur", sd, "apmbc"), ("Peru", "state", None, "co-rapporteur", sd, "apmbc")}


def test_a_state_then_its_representative_one_to_a_line_with_their_office() -> None:
    mc = "Mine Clearance"
    records = list(CompositionIngester().extract(_doc("standing-state-then-person-lines.txt")))
    posts = {(r.holder.name, r.holder.party, r.role) for r in records if isinstance(r, Mandate) and r.theme == mc}
    assert posts == {("Sok HENG", "Cambodia", "co-chair"), ("Cambodia", None, "co-chair"),
                     ("Rosa QUISPE", "Peru", "co-chair"), ("Peru", None, "co-chair"),
                     ("Erik HOLM", "Norway", "co-rapporteur"), ("Norway", None, "co-rapporteur"),
                     ("Ploy SRISAI", "Thailand", "co-rapporteur"), ("Thailand", None, "co-rapporteur")}
    assert all(r.convention == "apmbc" and r.start is None for r in records if isinstance(r, Mandate))
    # the committee's sitting, "held its second inter-sessional meeting on March 13-14, 2000", at
    # the Geneva International Centre: a name, not the city the text gives
    sittings = [(m.kind, m.date and m.date.iso(), m.end_date and m.end_date.iso(), m.city)
                for m in records if isinstance(m, Meeting) and m.kind == "intersessional"]
    assert sittings == [("intersessional", "2000-03-13", "2000-03-14", None)]


def test_the_committee_of_the_one_article_its_co_chairs_report_on() -> None:
    assert _posts("standing-article-only.txt") == {
        ("Luis Miguel Arce", "person", "Ecuador", "co-chair", CLEARANCE, "apmbc"),
        ("Ecuador", "state", None, "co-chair", CLEARANCE, "apmbc"),
        ("Hanne Berg", "person", "Norway", "co-chair", CLEARANCE, "apmbc"),
        ("Norway", "state", None, "co-chair", CLEARANCE, "apmbc"),
        ("Cambodia", "state", None, "co-rapporteur", CLEARANCE, "apmbc"),   # "Co-Rapporteurs from Cambodia and Uganda"
        ("Uganda", "state", None, "co-rapporteur", CLEARANCE, "apmbc")}


def test_a_page_of_two_articles_names_no_committee_and_gives_no_post() -> None:
    with pytest.raises(ExtractionError, match="names no post holder"):
        list(CompositionIngester().extract(_doc("standing-two-articles.txt")))


def test_a_french_committee_heading_without_its_article_word() -> None:
    a5 = "Article 5 Implementation"
    assert {(h, r, s) for h, _, _, r, t, s in _posts("committee-page-fr-short-heading.txt") if t == a5} == {
        ("Ecuador", "committee-chair", "apmbc"), ("Ecuador", "committee-member", "apmbc"),
        ("Sweden", "committee-member", "apmbc"), ("Thailand", "committee-member", "apmbc")}


def test_a_translated_members_list_naming_ecuador_as_equator() -> None:
    posts = _posts("committee-formation-translated.txt")
    members = {h for h, _, _, r, _, _ in posts if r == "committee-member"}
    assert members == {"Colombia", "Ecuador", "Germany", "Zimbabwe"}
    assert {h for h, _, _, r, _, _ in posts if r == "committee-chair"} == {"Colombia"}
    # "Near the Equator" is no State: only the list's four seats and the chair
    assert len(posts) == 5


def test_on_a_page_read_as_a_meeting_page_the_posts_are_added_once() -> None:
    doc = _doc("standing-bare-and-unstated.txt")
    own = list(get("meeting-page").extract(doc))
    added = every_kind(doc, "meeting-page", own)
    assert {(m.holder.name, m.role) for m in added if isinstance(m, Mandate)} == {
        ("Anna Lindqvist", "co-chair"), ("Sweden", "co-chair"), ("Tomás Herrera", "co-chair"), ("Chile", "co-chair"),
        ("Ivo Petrov", "co-rapporteur"), ("Lina Haddad", "co-rapporteur"), ("Jordan", "co-rapporteur")}
    assert every_kind(doc, "meeting-page", [*own, *added]) == []  # what is there is not given twice
    assert every_kind(doc, "composition", []) == []                 # the composition reader reads them itself


@pytest.mark.parametrize("name", ["standing-no-committee.txt", "standing-ccm-page.txt", "standing-two-articles.txt"])
def test_pages_of_no_one_apmbc_standing_committee_get_no_posts_added(name: str) -> None:
    assert every_kind(_doc(name), "meeting-page", []) == []


@pytest.fixture
def kg(tmp_path: Path) -> Iterator[KnowledgeGraph]:
    graph = KnowledgeGraph(str(tmp_path / "store"))
    yield graph
    graph.close()


def test_a_standing_committee_report_ingested_as_a_meeting_page_keeps_its_posts(kg: KnowledgeGraph) -> None:
    outcome = kg.ingest([str(FIXTURES / "standing-state-then-person-lines.txt")], kind="meeting-page")[0]
    assert (outcome.accepted, outcome.kind) == (True, "meeting-page")
    found = {(d["role"], str(d["holder"]).rsplit("/", 1)[-1], d["holder_kind"]) for d in kg.query("mandates").to_dicts()}
    states = {("co-chair", "KHM"), ("co-chair", "PER"), ("co-rapporteur", "NOR"), ("co-rapporteur", "THA")}
    assert {(r, h) for r, h, k in found if k == "state"} == states
    assert len([k for *_, k in found if k == "person"]) == 4


def test_a_week_of_meetings_page_stays_a_meeting_page_and_its_committees_posts_are_added() -> None:
    """The committee's name run into the next heading ("...ReintegrationOpening of the Meeting")
    is cut back to the registry's subject by the reader of other kinds' pages only: the page of
    the week's meetings is not taken for a committee's page."""
    doc = _doc("standing-week-daily-update.txt")
    assert detect(doc)[0] == "meeting-page"
    va = "Victim Assistance and Socio-Economic Reintegration"
    added = {(m.holder.name, m.holder.party, m.role, m.theme) for m in every_kind(doc, "meeting-page", [])
             if isinstance(m, Mandate)}
    assert added == {("Gérard Chesnel", "France", "co-chair", va), ("France", None, "co-chair", va),
                     ("Fulvia Benavides-Cotes", "Colombia", "co-chair", va), ("Colombia", None, "co-chair", va),
                     ("Peter Truswell", "Australia", "co-rapporteur", va), ("Australia", None, "co-rapporteur", va),
                     ("Dijana Plestina", "Croatia", "co-rapporteur", va), ("Croatia", None, "co-rapporteur", va)}


def test_people_only_each_with_a_title_and_co_rapporteurs_who_were_named() -> None:
    va = "Victim Assistance and Socio-Economic Reintegration"
    assert _posts("standing-people-only.txt") == {
        ("Gérard Chesnel", "person", None, "co-chair", va, "apmbc"),
        ("Fulvia Benavides-Cotes", "person", None, "co-chair", va, "apmbc"),
        ("Peter Truswell", "person", "Australia", "co-rapporteur", va, "apmbc"),
        ("Australia", "state", None, "co-rapporteur", va, "apmbc"),
        ("Dijana Plestina", "person", "Croatia", "co-rapporteur", va, "apmbc"),
        ("Croatia", "state", None, "co-rapporteur", va, "apmbc")}
    # "The Co-Chairs were pleased to welcome Dr. Ana Ruiz and Mr. Paul Dube": guests, no post


def test_a_state_glued_to_its_representatives_honorific_is_read_apart() -> None:
    """"RapporteursIrelandMs. Aoife MacDara": the State and the person are set apart where a
    lowercase letter runs into an honorific; a name's own capitals ("MacDara") stay whole."""
    sd = "Stockpile Destruction"
    records = list(CompositionIngester().extract(_doc("standing-glued-honorifics.txt")))
    posts = {(r.holder.name, r.holder.party, r.role, r.theme) for r in records if isinstance(r, Mandate)}
    assert posts == {("P. Kovacs", "Hungary", "co-chair", sd), ("Hungary", None, "co-chair", sd),
                     ("A. Traore", "Mali", "co-chair", sd), ("Mali", None, "co-chair", sd),
                     ("Aoife MacDara", "Ireland", "co-rapporteur", sd), ("Ireland", None, "co-rapporteur", sd),
                     ("R. Zaid", "Malaysia", "co-rapporteur", sd), ("Malaysia", None, "co-rapporteur", sd)}


def test_posts_named_in_passing_on_a_page_of_another_kind_and_its_kind_kept() -> None:
    """"Belgium, Co-Chair of the Standing Committee on ..."; "In December 2005, Guatemala became
    co-chair of the Standing Committee on ...", from that month: read for pages of other kinds
    only (the page is not the committee's own); an organisation in apposition is no State's post."""
    doc = _doc("standing-in-passing.txt")
    assert detect(doc)[0] != "composition"
    gso = "General Status and Operation of the Convention"
    added = {(m.holder.name, m.role, m.theme, m.start and m.start.iso()) for m in every_kind(doc, "meeting-page", [])
             if isinstance(m, Mandate)}
    assert added == {("Belgium", "co-chair", gso, None), ("Guatemala", "co-chair", gso, "2005-12")}
