"""Presidencies of a convention a news article names with no meeting.

Written in: "the Slovenian Ambassador in Geneva, X, who presides over the Convention" (the
person and the State their words tie them to; a body the verb presides over that is no
convention gives nothing); German "Der deutsche Vorsitz im Übereinkommen über Streumunition
endete am 6. September" under the page's date line "12.09.2017" (the end that day of 2017; a
presidency of another body, and "des deutschen Vorsitzes" naming no convention, give nothing).
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mandate

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def _mandates(name: str) -> set[tuple[str, str, str, str, str | None, str | None]]:
    return {(m.role, m.convention, m.holder.name, m.holder.kind, m.for_meeting, m.end.iso() if m.end else None)
            for m in NewsIngester().extract(read_file(FIXTURES / name)) if isinstance(m, Mandate)}


def test_who_presides_over_the_convention() -> None:
    assert _mandates("convention-president-presides-over.txt") == {
        ("president", "apmbc", "Slovenia", "state", None, None),
        ("president", "apmbc", "Matjaž Kovačič", "person", None, None),
    }


def test_a_german_presidency_named_by_the_states_adjective_and_its_end() -> None:
    assert _mandates("convention-president-german.txt") == {
        ("president", "ccm", "Germany", "state", None, "2017-09-06"),
    }


def test_a_german_end_needs_the_end_words_and_a_year() -> None:
    """"ging am ... weiter" ends nothing; a day with no year the page can lend stays unended."""
    from ccmgraph.ingesters.news.vorsitz import _end
    text = "X ging am 6. September weiter."
    assert _end(text, 1, None) is None
    assert _end(" endete am 6. September.", 0, None) is None
    assert _end(" endete am 6. September 2017.", 0, None) is not None


def _people_for(name: str) -> set[tuple[str, str | None]]:
    from ccmgraph.ingesters import detect
    doc = read_file(FIXTURES / name)
    return {(m.holder.name, m.on_behalf_of.name if m.on_behalf_of else None)
            for m in detect(doc)[1].extract(doc) if isinstance(m, Mandate) and m.holder.kind == "person"}


def test_a_lone_person_presiding_acts_for_the_lone_presiding_state() -> None:
    """"México asumió la presidencia ..." and "Francisca Méndez, fue designada presidenta de la
    convención": she holds it for Mexico; beside a second State's presidency, for no one."""
    assert _people_for("presidency-person-for-state-es.txt") == {("Francisca Méndez", "México")}
    assert _people_for("presidency-person-two-states-es.txt") == {("Francisca Méndez", None)}
