"""The treaty status reader on documents written in the layouts real status pages use."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.treaty_status.ingester import TreatyStatusIngester
from ccmgraph.records import TreatyEvent, Warning_

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "treaty-status"


def _doc(name: str) -> Document:
    return Document(text=(FIXTURES / name).read_text(encoding="utf-8"), sha256="0" * 64, name=name)


def _events(name: str) -> set[tuple[str, str, str, str]]:
    return {(r.state.name, r.convention, r.event, r.date.iso())
            for r in TreatyStatusIngester().extract(_doc(name)) if isinstance(r, TreatyEvent)}


def test_one_line_table_with_glued_cells_and_marks() -> None:
    assert _events("untc-style-one-line.txt") == {
        ("Albania", "ccm", "signature", "2008-12-03"), ("Albania", "ccm", "ratification", "2009-06-16"),
        ("Andorra", "ccm", "accession", "2013-04-09"),
        ("Belize", "ccm", "accession", "2014-09-02"),  # the provisional application is no step
        ("Cameroon", "ccm", "signature", "2009-12-15"), ("Cameroon", "ccm", "ratification", "2012-07-12"),
        ("Congo", "ccm", "signature", "2008-12-03"), ("Congo", "ccm", "ratification", "2014-09-02"),
        ("Cyprus", "ccm", "signature", "2009-09-23"),
    }


def test_database_legend_and_a_cut_last_row() -> None:
    records = list(TreatyStatusIngester().extract(_doc("database-p5.txt")))
    events = {(r.state.name, r.event, r.date.iso()) for r in records if isinstance(r, TreatyEvent)}
    assert ("Albania", "consent_to_be_bound", "2006-05-12") in events
    assert ("Albania", "entry_into_force", "2006-11-12") in events
    assert len(events) == 8 and not any(name == "Italy" for name, _, _ in events)
    assert any("Italy" in w.message for w in records if isinstance(w, Warning_))
    assert {r.convention for r in records if isinstance(r, TreatyEvent)} == {"ccw-p5"}


def test_gazette_notice_in_german_keeps_its_own_dates_only() -> None:
    # the parliamentary approval (16 March 2012) is a domestic step, not a treaty event
    assert _events("gazette-ch.txt") == {("Switzerland", "ccm", "ratification", "2012-07-17"),
                                         ("Schweiz", "ccm", "entry_into_force", "2013-01-01")}


def test_profile_prose() -> None:
    assert _events("monitor-profile-moldova.txt") == {
        ("Republic of Moldova", "apmbc", "signature", "1997-12-03"),
        ("Republic of Moldova", "apmbc", "ratification", "2000-09-08"),
        ("Moldova", "apmbc", "entry_into_force", "2001-03-01")}


def test_a_table_it_cannot_read_one_way_is_refused_whole() -> None:
    with pytest.raises(ExtractionError, match="refused whole"):
        list(TreatyStatusIngester().extract(_doc("garbled-table.txt")))


def test_detected_as_treaty_status() -> None:
    for name in ("untc-style-one-line.txt", "database-p5.txt", "gazette-ch.txt"):
        assert detect(_doc(name))[0] == "treaty-status"
