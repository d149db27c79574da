"""People of French and Spanish news pages, with their honorifics and the State their post names.

"S.E. M. Félix Baumann (Suisse)", "S. Exc. M. Jean Lint, représentant de la Belgique", "el Excmo.
Sr. Aliyar Lebbe Abdul Azeez, representante permanente de Sri Lanka", "la Excma. Sra. Marta Maurás,
representante de Chile". The traps are written in: "M." that is a sum ("3 M. de dollars") or
stands before a State ("M. Suisse", "M. Costa Rica"), "Monsieur le Président", a month after an
honorific ("El Sr. Marzo de 2019", "La Sra. Abril").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph import KnowledgeGraph
from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mention
from ccmgraph.resolve.people import normalise_person, split_honorific

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"
ID = "https://w3id.org/ccmgraph/id/"


def people(name: str) -> dict[str, str | None]:
    """Each person the page names -> the party its mentions tie them to (None: no tie)."""
    mentions = [r for r in NewsIngester().extract(read_file(FIXTURES / name)) if isinstance(r, Mention)]
    return {m.name: next((n.party.name for n in mentions if n.name == m.name and n.party), None)
            for m in mentions if m.kind == "person"}


def graph_people(tmp_path: Path, name: str) -> set[tuple[str, str | None]]:
    kg = KnowledgeGraph(str(tmp_path / "store"))
    try:
        outcome = kg.ingest([str(FIXTURES / name)], kind="news")[0]
        assert outcome.accepted, outcome
        return {(str(d["person"]).rsplit("/", 1)[-1], None if d.get("affiliation") is None else str(d["affiliation"]))
                for d in kg.query("people").to_dicts()}
    finally:
        kg.close()


def test_french_page_people_and_their_states() -> None:
    assert people("people-french-honorifics.txt") == {
        "S.E. M. Félix Baumann": "Switzerland",  # "(Suisse)": the French name is the State's
        "Mme Elisabeth Tichy-Fisslberger": "Austria",
        "Mme Sheila Mweemba": "CCM ISU",  # "Directrice de l'Unité d'appui à l'application": the ISU's Director
        "S. Exc. M. Jean Lint": "Belgium",  # "représentant de la Belgique", no "permanent"
    }


def test_spanish_page_people_and_their_states() -> None:
    assert people("people-spanish-honorifics.txt") == {
        "Excmo. Sr. Aliyar Lebbe Abdul Azeez": "Sri Lanka",
        "Sr. Frank Tressler Zamorano": "Chile",  # "representante de Chile", no "permanente"
        "Excma. Sra. Dña. Clemencia Forero Ucros": "Colombia",
    }


def test_the_graph_names_people_without_their_honorifics(tmp_path: Path) -> None:
    assert graph_people(tmp_path, "people-french-honorifics.txt") == {
        ("felix-baumann", f"{ID}state/CHE"),
        ("jean-lint", f"{ID}state/BEL"),
        ("elisabeth-tichy-fisslberger", f"{ID}state/AUT"),
        ("sheila-mweemba", "https://w3id.org/ccmgraph/id/org/ccm-isu"),  # the ISU's Director
    }


def test_the_graph_names_spanish_people_without_their_honorifics(tmp_path: Path) -> None:
    assert graph_people(tmp_path, "people-spanish-honorifics.txt") == {
        ("aliyar-lebbe-abdul-azeez", f"{ID}state/LKA"),
        ("frank-tressler-zamorano", f"{ID}state/CHL"),
        ("clemencia-forero-ucros", f"{ID}state/COL"),
    }


@pytest.mark.parametrize("written, expected", [
    ("S.E. M. Jean Lint", ("S.E. M.", "Jean Lint")),
    ("S. Exc. M. Jean Lint", ("S.E. M.", "Jean Lint")),
    ("Monsieur Jean Lint", ("M.", "Jean Lint")),
    ("Excmo. Sr. Aliyar Lebbe Abdul Azeez", ("Excmo. Sr.", "Aliyar Lebbe Abdul Azeez")),
    ("Excma. Sra. Dña. Clemencia Forero Ucros", ("Excmo. Sr. Dña.", "Clemencia Forero Ucros")),
    ("H.E. Ambassador. M. Biontino", ("H.E. Ambassador", "M. Biontino")),  # an initial, not "Monsieur"
    ("M. Biontino", ("", "M. Biontino")),
    ("Mr. M. Shameem Ahsan", ("Mr.", "M. Shameem Ahsan")),
])
def test_split_honorific(written: str, expected: tuple[str, str]) -> None:
    assert split_honorific(written) == expected


def test_an_initial_m_stays_an_initial() -> None:
    assert normalise_person("M. Biontino").display == "M. Biontino"
    assert normalise_person("S.E. M. Jean Lint").display == "Jean Lint"


@pytest.mark.parametrize("sentence", [
    "Les contributions atteignent 3 M. de dollars.",
    "Les contributions atteignent 3 M. Francs Suisses.",
    "Le soutien de M. Costa Rica a été salué.",
    "Le soutien de M. Suisse a été salué.",
    "Monsieur le Président a clos la séance.",
    "El Sr. Marzo de 2019 fue el mes de la reunión.",
    "Según el Presidente Marzo Abril de 2019 fue el mes.",
    "Ms. Sheila M. Mweemba Lungu spoke.",
])
def test_no_person(sentence: str) -> None:
    from ccmgraph.ingesters.news.text import default_recogniser

    found = [sentence[a:b] for a, b, ref in default_recogniser(sentence) if ref.kind == "person"]
    assert found in ([], ["Ms. Sheila M. Mweemba Lungu"])


@pytest.mark.parametrize("sentence, expected", [
    ("Intervino el Sr. Frank Tressler Zamorano, representante de Chile, en la sesión.",
     [("Sr. Frank Tressler Zamorano", "Chile")]),
    ("Le Président a remercié S.E. M. Jean Lint, représentant de la Belgique.", [("S.E. M. Jean Lint", "Belgium")]),
    ("Mme Elisabeth Tichy-Fisslberger (Autriche) a pris la parole.", [("Mme Elisabeth Tichy-Fisslberger", "Austria")]),
    # no State after "représentant de": no tie
    ("Le Président a remercié M. Jean Dupont, représentant de la société civile.", []),
    ("Intervino la Sra. Ana Pérez, representante de Amnistía Internacional.", []),
    # a common word that is also a State's French name ("Chili"): refused
    ("Le Président a remercié M. Jean Dupont, représentant du Chili.", []),
])
def test_ties(sentence: str, expected: list[tuple[str, str]]) -> None:
    from ccmgraph.ingesters.news.people import ties
    from ccmgraph.ingesters.news.text import default_recogniser

    got = [(t.person.name, t.party.name) for t in ties(sentence, default_recogniser(sentence), "ccm")]
    assert got == expected


@pytest.mark.parametrize("sentence", [
    "M. Jean Dupont (Chili) a pris la parole.",  # "Chili" is also a common word
    "M. Jean Dupont (Présidence) a pris la parole.",
])
def test_a_bracket_that_names_no_state_for_sure_ties_nothing(sentence: str) -> None:
    from ccmgraph.ingesters.news.people import ties
    from ccmgraph.ingesters.news.text import default_recogniser

    assert ties(sentence, default_recogniser(sentence), "ccm") == []
