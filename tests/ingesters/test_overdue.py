"""The overdue-report reader on lists and statements written in the layouts real ones use."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.overdue.ingester import OverdueIngester
from ccmgraph.records import OverdueReport

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "overdue-reports"


def _doc(name: str, text: str | None = None) -> Document:
    body = text if text is not None else (FIXTURES / name).read_text(encoding="utf-8")
    return Document(text=body, sha256="0" * 64, name=name)


def _reports(name: str) -> set[tuple[str, str, str, str | None, str | None]]:
    return {(r.state.name, r.convention, r.report, r.due and r.due.iso(), r.as_of and r.as_of.iso())
            for r in OverdueIngester().extract(_doc(name)) if isinstance(r, OverdueReport)}


def test_list_opened_by_a_colon_and_praised_states_left_out() -> None:
    assert _reports("initial-overdue-page.txt") == {
        (s, "ccm", "initial", None, None) for s in ("Comoros", "Guinea", "Rwanda", "Togo")}


def test_statement_with_dateline_due_date_and_both_kinds() -> None:
    assert _reports("statement-annual.txt") == {
        ("Angola", "apmbc", "annual", None, "2010-11-29"), ("Uganda", "apmbc", "annual", None, "2010-11-29"),
        ("Equatorial Guinea", "apmbc", "initial", "1999-08-28", "2010-11-29")}


def test_no_overdue_state_is_refused() -> None:
    text = "Convention on Cluster Munitions\nAll States Parties have submitted their initial reports.\n"
    with pytest.raises(ExtractionError):
        list(OverdueIngester().extract(_doc("none.txt", text)))


def test_detected_as_overdue_reports() -> None:
    assert detect(_doc("initial-overdue-page.txt"))[0] == "overdue-reports"
