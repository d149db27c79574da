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


def test_due_dates_written_per_state() -> None:
    text = ("Convention on Cluster Munitions\nAs of 1 June 2015 these States Parties had not submitted their initial "
            "transparency reports: Botswana (due 27 December 2011), Guinea (due 28 October 2014) and Rwanda.\n")
    reports = {(r.state.name, r.due and r.due.iso(), r.as_of and r.as_of.iso())
               for r in OverdueIngester().extract(_doc("per-state.txt", text)) if isinstance(r, OverdueReport)}
    assert reports == {("Botswana", "2011-12-27", "2015-06-01"), ("Guinea", "2014-10-28", "2015-06-01"),
                       ("Rwanda", None, "2015-06-01")}


def test_a_heading_then_its_list_of_states() -> None:
    text = ("Mine Ban Treaty\nAnnual Article 7 reports overdue (as of 1 June 2015)\n\nAngola\nBenin\n\n"
            "Cameroon\n\nThe Monitor thanks Canada for its support.\n")
    reports = {(r.state.name, r.report, r.as_of and r.as_of.iso())
               for r in OverdueIngester().extract(_doc("heading.txt", text)) if isinstance(r, OverdueReport)}
    assert reports == {(s, "annual", "2015-06-01") for s in ("Angola", "Benin", "Cameroon")}


def test_the_chair_of_a_contact_group_thanked_in_passing() -> None:
    from ccmgraph.records import Mandate

    text = ("Statement to the Mine Ban Treaty intersessional meetings\nThank you, and thanks also to Belgium for "
            "chairing the Article 7 Contact Group, and to Chile for chairing the session. Chad has never submitted "
            "its initial transparency report.\n")
    mandates = [(r.holder.name, r.role, r.theme, r.body) for r in OverdueIngester().extract(_doc("thanks.txt", text))
                if isinstance(r, Mandate)]
    assert mandates == [("Belgium", "coordinator", "Transparency reporting", "Article 7 Contact Group")]
