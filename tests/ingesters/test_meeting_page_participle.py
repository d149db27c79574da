"""A numbered meeting a report takes up in passing is dated by the participle set off after its
name ("La première Conférence d'examen de la Convention, tenue à Dubrovnik (Croatie) du 7 au
11 septembre 2015, a adopté ..."), also where the PDF's flattening dropped the apostrophes
("Conférence dexamen"); an apposition that gives no days dates nothing."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters import detect
from ccmgraph.records import Meeting, PartialDate

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"


def test_the_participle_dates_and_places_the_meeting_it_follows() -> None:
    doc = read_file(PAGES / "fr-ccm-9msp-report-elided.txt")
    kind, ingester = detect(doc)
    assert kind == "meeting-page"
    meetings = {m.short_name: m for m in ingester.extract(doc) if isinstance(m, Meeting)}
    assert set(meetings) == {"9MSP", "1RC", "6MSP"}
    rc = meetings["1RC"]
    assert (rc.convention, rc.kind, rc.number, rc.date, rc.end_date, rc.city) == (
        "ccm", "revcon", 1, PartialDate(2015, 9, 7), PartialDate(2015, 9, 11), "Dubrovnik")
    own = meetings["9MSP"]
    assert (own.date, own.end_date, own.city) == (PartialDate(2019, 9, 2), PartialDate(2019, 9, 4), "Geneva")
    assert meetings["6MSP"].date is None and meetings["6MSP"].end_date is None  # "tenue à Genève," gives no days
