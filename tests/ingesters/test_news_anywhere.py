"""The news reader's posts on pages of other kinds (news/anywhere.py, run through every_kind).

A committee page in its list layout (State, years, "(Chair)") whose prose names a President in
apposition: the committee reader gives the seats, the sentence gives the President, each once;
pages the news reader already reads, and minutes, get nothing from it; a holder the page's own
records already hold in that role is not given again.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph import ingesters
from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.anywhere import sentence_posts
from ccmgraph.records import ActorRef, Mandate, Quote, Record

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"
OTHER_PAGE = FIXTURES / "committee-page-president.text"  # a composition page: not .txt, which other tests walk as news


def _posts(records: list[Record]) -> set[tuple[str, str, str | None, str, str | None]]:
    return {(m.role, m.holder.name, m.for_meeting, m.convention, m.on_behalf_of.name if m.on_behalf_of else None)
            for m in records if isinstance(m, Mandate)}


def test_a_committee_page_gives_the_president_its_prose_names() -> None:
    doc = read_file(OTHER_PAGE)
    kind, ingester = ingesters.choose(doc)
    assert kind == "composition"
    own = list(ingester.extract(doc))
    added = ingesters.every_kind(doc, kind, own)
    assert _posts(added) == {("president", "Germany", "21MSP", "apmbc", None),
                             ("president", "Ambassador Thomas Göbel", "21MSP", "apmbc", "Germany")}
    assert all(m.context is None for m in added if isinstance(m, Mandate))  # no news item is written for them
    # the committee's seats come from its own reader, once: Algeria's chair is not read again from the prose
    assert sorted(m.role for m in own if isinstance(m, Mandate) and m.holder.name == "Algeria") == \
        ["committee-chair", "committee-member"]


def test_nothing_for_kinds_that_read_sentences_already() -> None:
    doc = read_file(OTHER_PAGE)
    for kind in ("presidency-news", "news", "meeting-page", "cc-minutes"):
        assert list(sentence_posts(doc, kind, [])) == []


def test_a_post_the_page_holds_already_is_not_given_again() -> None:
    doc = read_file(OTHER_PAGE)
    held = Mandate(ActorRef("Germany", "state"), "president", Quote("President 2023-2024: Germany", 1), "apmbc")
    assert _posts(list(sentence_posts(doc, "composition", [held]))) == {
        ("president", "Ambassador Thomas Göbel", "21MSP", "apmbc", "Germany")}


def test_no_convention_is_taken_from_a_page_that_names_two() -> None:
    """Read as composition, an item naming CCM and APMBC posts leaves the pair whose sentence
    names no convention out (the composition reader's rule); the news reader would take the
    page's most named one, so on another kind's page it places nothing there."""
    doc = read_file(FIXTURES / "coordinators-conventions.txt")
    kind, ingester = ingesters.choose(doc)
    assert kind == "composition"
    assert list(sentence_posts(doc, kind, list(ingester.extract(doc)))) == []
