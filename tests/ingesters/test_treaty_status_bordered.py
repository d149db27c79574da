"""Bordered status tables whose column of instrument kinds is headed 'Method' or the like."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import Document
from ccmgraph.ingesters.treaty_status.ingester import TreatyStatusIngester
from ccmgraph.records import TreatyEvent

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "treaty-status" / "bordered-method-column.txt"


def test_the_method_column_names_each_deposit() -> None:
    doc = Document(text=FIXTURE.read_text(encoding="utf-8"), sha256="0" * 64, name=FIXTURE.name)
    events = {(r.state.name, r.convention, r.event, r.date.iso()) for r in TreatyStatusIngester().extract(doc)
              if isinstance(r, TreatyEvent)}
    assert events == {
        ("Afghanistan", "apmbc", "accession", "2002-09-11"),
        ("Albania", "apmbc", "signature", "1998-09-08"), ("Albania", "apmbc", "ratification", "2000-02-29"),
        ("Algeria", "apmbc", "signature", "1997-12-03"), ("Algeria", "apmbc", "ratification", "2001-10-09"),
    }
