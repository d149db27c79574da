"""A French page of a Japanese embassy on a CCM meeting (news/people.py, news/nouns.py).

Written in: "l'ambassadrice ICHIKAWA Tomiko (représentante permanente du Japon auprès de la
Conférence du désarmement)": the family name in capitals first, Japanese style, and her post in
brackets after it, so she is tied to Japan. "la ratification des Vanuatu à la CASM ..., en
saluant ce nouvel État adhérent": the sentence names Vanuatu's step two ways (Vanuatu in fact
acceded, on 5 September 2025; the fixture keeps a page's misnaming), so no step is read; a
ratification named plainly in the next sentence still is.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters import detect
from ccmgraph.records import Mention, TreatyEvent

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def _records(name: str) -> list[object]:
    doc = read_file(FIXTURES / name)
    return list(detect(doc)[1].extract(doc))


def test_a_person_named_family_name_first_takes_the_post_in_brackets() -> None:
    people = {(m.name, m.party.name if m.party else None)
              for m in _records("ccm-13msp-japan-embassy-fr.txt") if isinstance(m, Mention) and m.kind == "person"}
    assert ("ICHIKAWA Tomiko", "Japan") in people
    assert {name for name, _ in people} == {"ICHIKAWA Tomiko"}


def test_a_step_named_two_ways_gives_none() -> None:
    events = {(e.state.name, e.convention, e.event, e.date.iso() if e.date else None)
              for e in _records("ccm-13msp-japan-embassy-fr.txt") if isinstance(e, TreatyEvent)}
    assert events == {("Nigéria", "ccm", "ratification", "2023-02-28")}


def test_a_french_or_spanish_month_and_year_is_a_date() -> None:
    """"en février 2023", "en junio de 2014": the month of that year, as "in June 2013" is."""
    from ccmgraph.ingesters.news.dating import date_spans
    assert [s.date.iso() for s in date_spans("la CASM en février 2023.", foreign=True)] == ["2023-02"]
    assert [s.date.iso() for s in date_spans("en junio de 2014", foreign=True)] == ["2014-06"]
    assert [s.date.iso() for s in date_spans("en junio de 2014")] == ["2014"]  # English reading only
