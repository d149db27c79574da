"""An instrument a gazette prints whole: its title names the step and the State, not the day of
deposit ("Instrumento de Ratificación de España de la Convención ...", signed by the King on the
day he issued it). Written in the layout of an official gazette's page, with the facts of the
public record (Spain ratified the CCM in 2009); what must give nothing: the instrument's own date
of issue, the Convention's adoption, a title that names no State, the words in a sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import Document, read_file
from ccmgraph.errors import ExtractionError
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.treaty_status.ingester import TreatyStatusIngester
from ccmgraph.ingesters.treaty_status.titles import titled_instruments
from ccmgraph.records import TreatyEvent

ROOT = Path(__file__).resolve().parents[1] / "fixtures"


def _doc(text: str) -> Document:
    return Document(text=text, pages=(text,), sha256="0" * 64, name="t.txt", source_url=None, kind=None)


def test_a_gazette_instrument_is_an_undated_step_of_its_state() -> None:
    doc = read_file(ROOT / "treaty-status" / "gazette-instrument-es-ccm.txt")
    kind, ingester = detect(doc)
    assert kind == "treaty-status"
    events = [r for r in ingester.extract(doc) if isinstance(r, TreatyEvent)]
    assert [(e.state.name, e.convention, e.event, e.date) for e in events] == [("España", "ccm", "ratification", None)]


@pytest.mark.parametrize("title, expected", [
    ("Instrumento de Adhesión de Chile a la Convención sobre Municiones en Racimo", [("Chile", "accession")]),
    ("Instrument of Acceptance by Ireland of the Protocol on Explosive Remnants of War", [("Ireland", "acceptance")]),
    ("Instrument d'approbation de la France du Protocole relatif aux restes explosifs de guerre", [("France", "approval")]),
    ("Instrumento de Ratificación de la Convención sobre Municiones en Racimo", []),  # no State
    ("El Gobierno informó ayer de que el instrumento de adhesión de Chile a la Convención fue depositado.", []),
    ("Declaración de sucesión de Montenegro a la Convención", []),
])
def test_titles_that_name_a_step_and_a_state(title: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.state, t.event) for t in titled_instruments(title + "\n\nTexto.")] == expected


def test_a_title_deep_in_a_page_is_no_title() -> None:
    text = "\n".join(f"Línea {i} de la página." for i in range(12)) + "\nInstrumento de Adhesión de Chile a la Convención\n"
    assert list(titled_instruments(text)) == []


def test_a_gazette_page_with_no_state_in_its_title_is_still_refused() -> None:
    text = ("Instrumento de Ratificación de la Convención sobre Municiones en Racimo, hecha en Dublín el 30 de mayo de 2008.\n\n"
            "Dado en Madrid, a 26 de mayo de 2009.\n")
    with pytest.raises(ExtractionError):
        list(TreatyStatusIngester().extract(_doc(text)))
