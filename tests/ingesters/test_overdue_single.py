"""One State's overdue report, as Monitor country reports and notices state it; and what such
pages also say: treaty steps and meetings with their own dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.overdue.ingester import OverdueIngester
from ccmgraph.ingesters.overdue.single import single_reports
from ccmgraph.records import Meeting, OverdueReport, TreatyEvent

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "overdue-reports"


def _doc(name: str) -> Document:
    return Document(text=(FIXTURES / name).read_text(encoding="utf-8"), sha256="0" * 64, name=name)


def _records(name: str) -> tuple[set[tuple[str, str, str, str | None, str | None]], set[tuple[str, str, str, str]]]:
    records = list(OverdueIngester().extract(_doc(name)))
    reports = {(r.state.name, r.convention, str(r.report), r.due.iso() if r.due else None,
                r.as_of.iso() if r.as_of else None) for r in records if isinstance(r, OverdueReport)}
    events = {(r.state.name, r.convention, str(r.event), r.date.iso()) for r in records if isinstance(r, TreatyEvent)}
    return reports, events


def test_it_stands_for_the_one_state_of_its_paragraph() -> None:
    # no "initial" said: a report due on another day than 30 April is the initial one
    reports, events = _records("country-report-it-subject.txt")
    assert reports == {("Equatorial Guinea", "apmbc", "initial", "1999-08-28", None)}
    assert events == {("Equatorial Guinea", "apmbc", "accession", "1998-09-16"),
                      ("Equatorial Guinea", "apmbc", "entry_into_force", "1999-03-01")}  # "for it": its own


def test_a_later_clause_adds_the_as_of_date_and_steps_share_their_subject() -> None:
    assert detect(_doc("country-report-as-of.txt"))[0] == "overdue-reports"
    reports, events = _records("country-report-as-of.txt")
    assert reports == {("Guyana", "apmbc", "initial", "2004-07-29", "2005-09-30")}
    assert events == {("Guyana", "apmbc", "signature", "1997-12-04"),
                      ("Guyana", "apmbc", "ratification", "2003-08-05"),
                      ("Guyana", "apmbc", "entry_into_force", "2004-02-01")}


def test_first_report_after_a_voluntary_one() -> None:
    reports, events = _records("country-report-first-report.txt")
    assert reports == {("Gambia", "apmbc", "initial", "2003-08-27", None)}
    assert ("Gambia", "apmbc", "ratification", "2002-09-23") in events


def test_submitted_late_undated_and_not_yet_due_are_no_overdue_reports() -> None:
    doc = _doc("country-reports-not-overdue.txt")
    assert list(single_reports(doc.text, "ccm")) == []
    with pytest.raises(ExtractionError, match="no State whose transparency report is overdue"):
        list(OverdueIngester().extract(doc))


@pytest.mark.parametrize("sentence", [
    "Chile has not yet submitted its annual report, due by 30 April 2012.",  # an annual report, said
    "Peru submitted its initial report late, on 3 May 2000, though it was due on 28 August 1999.",
    "Chile has not submitted its Article 7 report, due by 30 April 2011.",  # which one? 30 April: either
    "It has not yet submitted its initial report, due by 28 August 1999.",  # "it" with no State before
])
def test_clauses_read_one_way_only(sentence: str) -> None:
    found = [(s.state, s.report, s.due and s.due.iso()) for s in single_reports(sentence, "apmbc")]
    assert found == ([("Chile", "annual", "2012-04-30")] if "annual" in sentence else [])


def test_an_overdue_page_keeps_the_meetings_of_its_sections() -> None:
    text = ("Cluster Munition Monitor: country profile\n\nMine Ban Policy\n\nCape Verde signed the Mine Ban Treaty "
            "on 4 December 1997. It has not submitted its initial Article 7 report, due by 30 April 2002. "
            "Cape Verde attended the Tenth Meeting of States Parties in Geneva in November 2010.\n")
    records = list(OverdueIngester().extract(Document(text=text, sha256="0" * 64, name="profile.txt")))
    meetings = [(m.kind, m.convention, m.number, m.city) for m in records if isinstance(m, Meeting)]
    assert ("msp", "apmbc", 10, "Geneva") in meetings
    assert all(m[3] in ("Geneva", None) for m in meetings)
    assert [r.report for r in records if isinstance(r, OverdueReport)] == ["initial"]  # "initial" said


def test_the_passive_form_needs_both_the_due_date_and_the_missing_report() -> None:
    assert detect(_doc("notice-passive.txt"))[0] == "overdue-reports"
    reports, _ = _records("notice-passive.txt")
    # Guyana's clause says no report is missing; Cape Verde's says it was received
    assert reports == {("Equatorial Guinea", "apmbc", "initial", "1999-08-28", None),
                       ("São Tomé e Príncipe", "apmbc", "initial", "2004-02-28", None)}


def test_the_as_of_date_after_a_footnote_mark() -> None:
    """"... on 27 January 2011.[3]As of 1 June 2012, Montenegro had yet to submit its second
    annual Article 7 report, due 30 April 2012": the footnote's mark ends the sentence before."""
    text = ("Montenegro submitted its initial Article 7 report on 27 January 2011.[3]As of 1 June 2012, Montenegro "
            "had yet to submit its second annual Article 7 report, due 30 April 2012.[4]")
    found = [(s.state, s.report, s.due and s.due.iso(), s.as_of and s.as_of.iso()) for s in single_reports(text, "ccm")]
    assert found == [("Montenegro", "annual", "2012-04-30", "2012-06-01")]
