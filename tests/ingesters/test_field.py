"""Is a text of the field? Words of the field in French and Spanish, and curated meetings named
with their own dates, are positive evidence; a calendar of another field stays refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import Document
from ccmgraph.ingesters.field import refusal
from ccmgraph.ingesters.field_meetings import curated_conventions
from ccmgraph.ingesters.flat.about import convention_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _doc(path: Path) -> Document:
    return Document(text=path.read_text(encoding="utf-8"), sha256="0" * 64, name=path.name)


def test_a_calendar_of_curated_meetings_is_of_the_field_and_its_convention() -> None:
    doc = _doc(FIXTURES / "field" / "calendar-past-meetings.txt")
    assert refusal(doc) is None
    assert curated_conventions(doc.text) == {"apmbc"}
    assert convention_of(doc.text) == "apmbc"


@pytest.mark.parametrize("name", ["calendar-uncurated.txt", "calendar-other-field.txt"])
def test_numbers_and_cities_without_curated_dates_tell_nothing(name: str) -> None:
    doc = _doc(FIXTURES / "field" / name)
    assert curated_conventions(doc.text) == frozenset()
    assert convention_of(doc.text) is None
    assert refusal(doc) is not None and "not a text of this field" in (refusal(doc) or "")


def test_a_curated_meeting_named_with_another_conventions_dates_is_no_evidence() -> None:
    # the CCM's 7MSP was 4-6 September 2017; these are the APMBC 15MSP's days
    text = "Seventh Meeting of States Parties\n28 November - 1 December 2016\nGeneva"
    assert curated_conventions(text) == frozenset()


def test_spanish_news_of_the_mine_ban_convention() -> None:
    doc = _doc(FIXTURES / "field" / "news-es-minas.txt")
    assert refusal(doc) is None
    assert convention_of(doc.text) == "apmbc"


def test_a_standing_committee_agenda_is_of_the_field() -> None:
    assert refusal(_doc(FIXTURES / "field" / "agenda-standing-committee-2001.txt")) is None


@pytest.mark.parametrize("name", ["committee-page-fr.txt", "committee-page-es.txt"])
def test_french_and_spanish_committee_pages_are_of_the_field(name: str) -> None:
    assert refusal(_doc(FIXTURES / "composition" / name)) is None


@pytest.mark.parametrize("text", [
    "Comité des fêtes: le comité sur l'animation du quartier se réunit le 3 mars.",
    "Comité de coordinación del club: reunión de los socios el 5 de mayo de 2016.",
    "The Committee on Cooperation of the regional water board met in May 2016.",
])
def test_committees_of_other_fields_stay_refused(text: str) -> None:
    assert refusal(Document(text=text, sha256="0" * 64, name="t.txt")) is not None


@pytest.mark.parametrize("path", sorted((FIXTURES / "other_field").glob("*.txt")) + sorted((FIXTURES / "other").glob("*.txt")))
def test_other_field_fixtures_stay_refused(path: Path) -> None:
    assert refusal(_doc(path)) is not None


def test_the_ottawa_convention_and_demining_named_in_french_are_of_the_field() -> None:
    assert refusal(_doc(FIXTURES / "field" / "msp-list-fr-ottawa.txt")) is None


def test_the_apmbcs_contact_groups_are_of_the_field() -> None:
    text = "The Coordinator of the Universalization Contact Group, Ms. Jill Sinclair of Canada, reported."
    assert refusal(Document(text=text, sha256="0" * 64, name="t.txt")) is None


@pytest.mark.parametrize("text", [
    "Rådets afgørelse til støtte for konventionen om forbud mod brug og overførsel af personelminer.",
    "Rådets beslut till stöd för konventionen om klusterammunition och dess genomförande.",
    "Decisione del Consiglio a sostegno della convenzione sulla messa al bando delle mine antiuomo.",
    "Decyzja Rady w sprawie wsparcia konwencji o zakazie min przeciwpiechotnych.",
])
def test_eu_texts_in_other_languages_are_of_the_field(text: str) -> None:
    """An EU decision on the conventions, in the languages of the Official Journal."""
    assert refusal(Document(text=text, sha256="0" * 64, name="eu.txt")) is None


def test_a_danish_text_of_another_field_stays_refused() -> None:
    """'min' (Danish "my") and 'ammunition' alone are no weapon of the field."""
    text = "Min bedstefar samlede på gammel ammunition og fortalte om krigen og om minerne i Sverige."
    assert refusal(Document(text=text, sha256="0" * 64, name="da.txt")) is not None


@pytest.mark.parametrize("text", [
    "Prva pregledna konferencija Konvencije o kazetnom streljivu održana je u Dubrovniku u rujnu 2015.",
    "Viet Nam coopera para resolver los efectos de las bombas de racimo, dijo el viceministro.",
    "Reunión de expertos sobre la aplicación del artículo 4 del Protocolo V de la Convención.",
    "The Fourth Review Conference, the Oslo Review Conference on a Mine-Free World, will take place in Oslo.",
])
def test_the_weapons_and_aims_written_other_ways_are_of_the_field(text: str) -> None:
    """Croatian 'kazetno streljivo', Spanish 'bombas de racimo', 'Protocolo V', 'a Mine-Free World'."""
    assert refusal(Document(text=text, sha256="0" * 64, name="t.txt")) is None


def test_a_free_world_and_grapes_stay_refused() -> None:
    """'free world' without mines, and bunches of grapes ('racimo') are no words of the field."""
    text = "Un racimo de uvas para la conferencia sobre un mundo libre; the leaders of the free world met."
    assert refusal(Document(text=text, sha256="0" * 64, name="t.txt")) is not None


@pytest.mark.parametrize("text", [
    "Genf - Heute endete die Konferenz der Staaten, für die das Ottawa-Abkommen über ein Verbot von Anti-Personen-Minen gilt.",
    "15 Jahre Minenverbot: 164 Staaten sind dem Vertrag beigetreten.",
    "Il Ministro ha presentato i progressi della Convenzione di Ottawa durante l'incontro a Phnom Penh.",
    "Il governo ha chiesto sostegno per la bonifica delle mine nel paese.",
    "Delegates from countries submitting Article 5 extension requests were offered sponsorship.",
])
def test_the_mine_ban_named_in_german_and_italian_and_its_extension_requests_are_of_the_field(text: str) -> None:
    """'Ottawa-Abkommen', 'Anti-Personen-Minen', 'Minenverbot', 'Convenzione di Ottawa', 'bonifica delle
    mine', and the APMBC's Article 5 extension requests are this field's words."""
    assert refusal(Document(text=text, sha256="0" * 64, name="t.txt")) is None


@pytest.mark.parametrize("text", [
    "Das Ottawa-Protokoll über Ozon wurde 1987 beschlossen; die Minenarbeiter streikten.",
    "Article 5 of the Treaty sets out the requests the Parties may make; extension of the deadline was refused.",
])
def test_ottawa_and_article_five_alone_stay_refused(text: str) -> None:
    """Ottawa without its convention, and an Article 5 of another treaty, tell nothing."""
    assert refusal(Document(text=text, sha256="0" * 64, name="t.txt")) is not None


def test_the_conventions_own_domain_is_evidence_a_bare_isu_is_not() -> None:
    # "isu@apminebanconvention.org": the APMBC's own press release, though it names no weapon
    assert refusal(_doc(FIXTURES / "field" / "isu-contribution-release.txt")) is None
    # "the Convention's ISU" alone could be any convention's (the BWC has one too)
    reason = refusal(_doc(FIXTURES / "field" / "isu-other-convention.txt"))
    assert reason is not None and "not a text of this field" in reason
