"""The field, its conventions and their meetings as German, Portuguese, Spanish, Italian, Dutch and
French readers name them.

Written in: German "Personenminen" (no "Anti-"), "die Konvention zum Verbot von Personenminen",
"das vierte Jahrestreffen der Vertragsparteien", the verb second after a leading date ("Vom 16.
bis 20. September 2002 findet in Genf das vierte Jahrestreffen ... statt"); Portuguese "bombas de
fragmentação", "a Convenção de Oslo", "o VII encontro dos Estados Partes ..., reunidos esta semana
no Palácio das Nações, em Genebra"; Spanish "la 18ª Conferencia del Protocolo V ..., estuvo
dirigida por el embajador de Iraq ante las Naciones Unidas, X"; "die Konferenz der Vertragsstaaten
..., die in diesem Jahr unter deutschem Vorsitz tagt". Not read: a date and a city that
the German clause gives to something else, a Protocol II conference, and other fields' mines,
conferences of parties and conventions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import Document, read_file
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.field import evidence, refusal
from ccmgraph.records import Meeting
from conftest import news_mandates

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"

Row = tuple[str | None, str, int | None, str | None, str | None, str | None]


def meetings(name: str) -> set[Row]:
    doc = read_file(FIXTURES / name)
    assert refusal(doc) is None
    return {(m.convention, m.kind, m.number, m.date.iso() if m.date else None,
             m.end_date.iso() if m.end_date else None, m.city)
            for m in detect(doc)[1].extract(doc) if isinstance(m, Meeting)}


def test_german_yearly_meeting_with_its_leading_days_and_city() -> None:
    assert meetings("s16h3-apmbc-4msp-de.txt") == {("apmbc", "msp", 4, "2002-09-16", "2002-09-20", "Geneva")}


def test_german_leading_date_of_another_clause_dates_nothing() -> None:
    """"Vom 16. bis 20. September prüft die Schweiz ...; das vierte Jahrestreffen ... wird in Genf
    vorbereitet": the days are the review's, the city the preparation's."""
    assert meetings("s16h3-apmbc-4msp-de-nostatt.txt") == {("apmbc", "msp", 4, None, None, None)}


def test_portuguese_meeting_of_the_oslo_convention_gathered_in_geneva() -> None:
    assert meetings("s16h3-ccm-7msp-pt.txt") == {("ccm", "msp", 7, None, None, "Geneva")}


def test_spanish_protocol_v_conference_and_the_ambassador_who_led_it() -> None:
    """The Protocol II conference beside it is another instrument's: no meeting, no president."""
    assert meetings("s16h3-ccwp5-18conf-es.txt") == {("ccw-p5", "conference", 18, None, None, None)}
    assert news_mandates("s16h3-ccwp5-18conf-es.txt") == {
        ("president", "Abdul-Karim Hashim Mostafa", "18CONF", None)}


@pytest.mark.parametrize("text", [
    "Die Schweiz setzt sich für ein weltweites Verbot von Personenminen ein.",
    "Streubomben töten vor allem Zivilisten.",
    "Die Minenräumung in Kambodscha kommt voran.",
    "Moçambique concluiu a desminagem do seu território.",
    "As bombas de fragmentação continuam a matar civis.",
    "O Brasil ainda não aderiu à Convenção de Otava.",
    "Le bombe a grappolo sono vietate dal trattato.",
    "L'Italia ha aderito al Trattato di Ottawa.",
    "Nederland steunt ontmijning in Laos.",
    "Clusterbommen treffen vooral burgers.",
    "Les mines terrestres tuent encore des enfants.",
    "La Convention sur certaines armes classiques compte cinq protocoles.",
    "Las minas terrestres siguen matando en Colombia.",
])
def test_the_weapons_work_and_conventions_in_other_languages_are_of_the_field(text: str) -> None:
    assert evidence(text).enough


@pytest.mark.parametrize("text", [
    "Die Minen im Ruhrgebiet sind geschlossen; viele Personen verloren ihre Arbeit.",
    "Die Konferenz der Vertragsparteien der Klimarahmenkonvention tagt in Bonn.",
    "A mina de ouro foi fechada e os trabalhadores foram para Genebra.",
    "La miniera di carbone ha chiuso; la Convenzione di Berna protegge la fauna.",
    "De kolenmijn in Limburg sloot in 1974.",
    "La Réunion des États parties à la Convention sur les armes biologiques s'est tenue à Genève.",
])
def test_other_fields_mines_and_meetings_are_not(text: str) -> None:
    assert not evidence(text).enough
    assert refusal(Document(text=text, sha256="0" * 64, name="t.txt")) is not None


def test_a_meeting_held_under_a_states_chairmanship_is_that_states_presidency() -> None:
    """"die Konferenz der Vertragsstaaten ..., die in diesem Jahr unter deutschem Vorsitz tagt":
    Germany presides the CCM; the G20's Italian chairmanship in the next sentence is no meeting's."""
    assert news_mandates("s16h3-ccm-vorsitz-de.txt") == {("president", "Germany", None, None)}


def test_dutch_numbered_meetings_of_both_conventions() -> None:
    """"de Achtste Vergadering van de Staten-Partijen bij het Verdrag inzake clustermunitie vond
    plaats in Genève"; "de Vierde Toetsingsconferentie van het Verdrag van Ottawa werd in Oslo
    gehouden": the verb split around the city is not read as a city of the meeting."""
    assert meetings("s16h3-meetings-nl.txt") == {("ccm", "msp", 8, None, None, "Geneva"),
                                                 ("apmbc", "revcon", 4, None, None, None)}


def test_portuguese_director_of_the_implementation_support_unit() -> None:
    """"X é o Director da Unidade de Apoio à Implementação da Convenção": the ISU's Director; the
    Director of a national demining institute holds no post of the Convention."""
    assert news_mandates("s16h3-apmbc-isu-director-pt.txt") == {("isu-director", "Kerry Brinkert", None, None)}


@pytest.mark.parametrize(("name", "month"), [
    ("s16h3-ccm-7msp-pt-stamped.txt", "2017-09"),  # "date 2017-09-06": its week, 4-10 September
    ("s16h3-ccm-7msp-pt-stamped-overlap.txt", None),  # "date 2017-09-01": a week that began in August
])
def test_a_meeting_gathered_this_week_is_of_the_stamped_articles_month(name: str, month: str | None) -> None:
    assert meetings(name) == {("ccm", "msp", 7, month, None, "Geneva")}


def test_german_passive_opening_dates_the_first_day_only() -> None:
    """"Am 4. September 2017 wird in Genf die Siebte Vertragsstaatenkonferenz ... eröffnet": the
    opening day is the meeting's start, and no end."""
    assert meetings("s16h3-ccm-7msp-de-eroeffnet.txt") == {("ccm", "msp", 7, "2017-09-04", None, "Geneva")}
