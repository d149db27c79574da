"""Royal envoys named in French and Spanish ("SAR la Princesse Astrid de Belgique", "S.A.R. el
Príncipe Mired de Jordania"): the style is an honorific, the title stays in a one-given-name name,
keyed as in English, and the trailing "de <State>" is the person's State, not their name.

The fixtures are written for these tests; the facts are the public record (Princess Astrid of
Belgium and Prince Mired of Jordan are the Special Envoys of the Anti-Personnel Mine Ban Convention).
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.ingesters.news.text import default_recogniser
from ccmgraph.records import Mandate, Mention, Record
from ccmgraph.resolve.people import normalise_person, split_honorific
from ccmgraph.vocabulary import canonical_honorific

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def _records(name: str) -> list[Record]:
    return list(NewsIngester().extract(read_file(FIXTURES / name)))


def _people(records: list[Record]) -> set[tuple[str, str, str | None]]:
    return {(normalise_person(m.name).display, normalise_person(m.name).key, m.party.name if m.party else None)
            for m in records if isinstance(m, Mention) and m.kind == "person"}


def _mandates(records: list[Record]) -> set[tuple[str, str, str | None, str | None]]:
    return {(m.role, normalise_person(m.holder.name).key, m.convention, m.theme)
            for m in records if isinstance(m, Mandate)}


def _recognised(text: str) -> list[tuple[str, str]]:
    return [(ref.name, ref.kind) for _, _, ref in default_recogniser(text)]


def test_french_royal_envoys_are_named_by_title_with_their_states() -> None:
    records = _records("royal-envoys-fr.txt")
    assert _people(records) == {("Princesse Astrid", "princess-astrid", "Belgium"),
                                ("Prince Mired", "prince-mired", "Jordan")}
    assert _mandates(records) == {("other", "princess-astrid", "apmbc", "special envoy"),
                                  ("other", "prince-mired", "apmbc", "special envoy")}  # "Envoyés spéciaux": a list


def test_spanish_royal_envoys_are_named_by_title_with_their_states() -> None:
    records = _records("royal-envoys-es.txt")
    assert _people(records) == {("Princesa Astrid", "princess-astrid", "Belgium"),
                                ("Príncipe Mired", "prince-mired", "Jordan")}
    assert _mandates(records) == {("other", "princess-astrid", "apmbc", "special envoy"),
                                  ("other", "prince-mired", "apmbc", "special envoy")}


def test_the_royal_styles_are_honorifics_but_bare_sar_is_none() -> None:
    for written in ("SAR la", "SAR le", "S.A.R. la", "S.A.R. el", "Son Altesse Royale", "Su Alteza Real"):
        assert canonical_honorific(written) == "HRH", written
    assert canonical_honorific("SAR") is None
    assert split_honorific("SAR la Princesse Astrid") == ("HRH", "Princesse Astrid")
    assert split_honorific("Su Alteza Real el Príncipe Mired Raad Al-Hussein") == ("HRH Prince", "Mired Raad Al-Hussein")
    assert _recognised("The Hong Kong SAR delegation and the Macao SAR le représentant spoke.") == []


def test_a_de_that_names_no_state_stays_in_the_name() -> None:
    """Only a whole State name after a royal's "de" is cut: a family name keeps its particle, and
    no one but a royal loses a trailing State ("M. Jean de La Fontaine", "Sr. Carlos de la Torre")."""
    assert _recognised("M. Jean de La Fontaine a pris la parole.") == [("M. Jean de La Fontaine", "person")]
    assert _recognised("El Sr. Carlos de la Torre intervino.") == [("Sr. Carlos de la Torre", "person")]
    assert _recognised("SAR le Prince Charles de Bourbon est arrivé.") == [("SAR le Prince Charles de Bourbon", "person")]
    assert _recognised("SAR le Prince Charles de Bourbon de Belgique.") == [
        ("SAR le Prince Charles de Bourbon", "person"), ("Belgium", "state")]
    assert _recognised("SAR la Princesse Astrid de Belgique.") == [
        ("SAR la Princesse Astrid", "person"), ("Belgium", "state")]
