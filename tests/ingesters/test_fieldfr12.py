"""French and Spanish news of the field: the APMBC and the CCM by the names journalists give them,
their meetings by French and Spanish names, Roman ordinals ("IVe") and cities in the English
registry form.

Written in: "le traité d'Ottawa contre les mines anti-personnelles", "la convention sur
l'interdiction des mines anti-personnelles", "le processus d'Ottawa", "la Convención de Otawa";
"la IVe conférence des Etats membres ... qui se tient à Genève du 16 au 20 septembre" (no year:
no date), "la seizième Assemblée des États parties (16MSP) à Vienne", "se celebra en la sede de
las Naciones Unidas en Ginebra", "que comienza mañana en Santiago y se prolongará ...". Refused:
the chemical weapons' convention and other "processus" (Kimberley, Oslo) are of other fields.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import Document, read_file
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.field import evidence, refusal
from ccmgraph.records import Meeting

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"

Row = tuple[str, str | None, int | None, str | None, str | None, str | None]


def meetings(name: str) -> set[Row]:
    doc = read_file(FIXTURES / name)
    return {(m.convention, m.kind, m.number, m.date.iso() if m.date else None,
             m.end_date.iso() if m.end_date else None, m.city)
            for m in detect(doc)[1].extract(doc) if isinstance(m, Meeting)}


@pytest.mark.parametrize(("name", "expected"), [
    ("fieldfr12-4msp-fr.txt", {("apmbc", "msp", 4, None, None, "Geneva")}),
    ("fieldfr12-16msp-fr.txt", {("apmbc", "msp", 16, None, None, "Vienna")}),
    ("fieldfr12-22msp-es.txt", {("apmbc", "msp", 22, None, None, "Geneva")}),
    ("fieldfr12-15msp-es.txt", {("apmbc", "msp", 15, None, None, "Santiago")}),
    ("fieldfr12-1msp-ccm-fr.txt", {("ccm", "msp", 1, "2010-11-09", "2010-11-12", "Vientiane")}),
])
def test_french_and_spanish_meetings_exactly(name: str, expected: set[Row]) -> None:
    assert refusal(read_file(FIXTURES / name)) is None
    assert meetings(name) == expected


def test_another_bodys_conference_of_member_states_and_a_century_are_no_meetings() -> None:
    """"la XIe Conférence des États membres de l'Organisation" (UNESCO's) and "le XXIe siècle"."""
    assert meetings("fieldfr12-members-other-fr.txt") == set()


@pytest.mark.parametrize("name", ["fieldfr12-opcw-fr.txt", "fieldfr12-processus-fr.txt"])
def test_chemical_weapons_and_other_processes_stay_refused(name: str) -> None:
    assert refusal(read_file(FIXTURES / name)) is not None


@pytest.mark.parametrize("text", [
    "Les Etats non signataires du traité d'Ottawa doivent être convaincus.",
    "La convention sur l'interdiction des mines anti-personnelles a vingt ans.",
    "De nombreuses figures du processus d'Ottawa étaient présentes.",
    "Il reste des millions de mines antipersonnelles à détruire.",
    "Les armes à sous-munitions tuent surtout des civils.",
    "Los miembros de la Convención de Otawa se reunieron.",
    "Las minas anti-personal y las armas de racimo siguen matando.",
])
def test_french_and_spanish_names_of_the_conventions_and_weapons_are_of_the_field(text: str) -> None:
    assert evidence(text).enough


@pytest.mark.parametrize("text", [
    "La convention sur l'interdiction des armes chimiques est entrée en vigueur en 1997.",
    "Le processus de Kimberley et le processus d'Oslo entre Israéliens et Palestiniens.",
    "Les mines de charbon et les mines d'or ferment; le personnel est licencié.",
    "La Convención sobre la Prohibición de Armas Biológicas se reunió en Ginebra.",
])
def test_other_conventions_processes_and_mines_are_not(text: str) -> None:
    assert not evidence(text).enough
    assert refusal(Document(text=text, sha256="0" * 64, name="t.txt")) is not None
