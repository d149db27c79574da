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
    assert mandates == [("Belgium", "coordinator", "Article 7 Contact Group", "Article 7 Contact Group")]


def _all(name: str, text: str | None = None) -> set[tuple[str, str, str, str | None, str | None]]:
    return {(r.state.name, r.convention, r.report, r.due and r.due.iso(), r.as_of and r.as_of.iso())
            for r in OverdueIngester().extract(_doc(name, text)) if isinstance(r, OverdueReport)}


def test_fact_sheet_sections_carry_their_dates_to_each_state() -> None:
    # the as-of and due dates of "Annual updates" go to its list, not to the initial report's
    # exception; the State whose deadline is still ahead is not overdue
    annual = {(s, "apmbc", "annual", "2018-04-30", "2018-06-20")
              for s in ("Angola", "Benin", "Cabo Verde", "Eritrea", "Guyana", "Haiti")}
    assert _all("fact-sheet-sections.txt") == annual | {("Tuvalu", "apmbc", "initial", "2012-08-28", None)}


def test_table_with_a_due_date_column_among_other_dates() -> None:
    assert _all("table-due-column.txt") == {
        ("Comoros", "ccm", "initial", "2011-06-30", "2020-09-01"),
        ("Guinea-Bissau", "ccm", "initial", "2011-10-28", "2020-09-01"),
        ("Togo", "ccm", "initial", "2013-05-30", "2020-09-01"),
        ("Madagascar", "ccm", "initial", "2018-04-30", "2020-09-01")}
    assert detect(_doc("table-due-column.txt"))[0] == "overdue-reports"


def test_bullets_and_footnote_marks() -> None:
    assert _all("bulleted-footnotes.txt") == {
        (s, "ccm", "annual", "2016-04-30", "2016-05-31") for s in ("Bolivia", "Burkina Faso", "Chad", "Fiji")}


def test_headings_with_a_one_line_list_and_a_due_date_table() -> None:
    assert _all("headings-one-line.txt") == {
        ("Equatorial Guinea", "apmbc", "initial", None, "2015-04-30"),
        ("Tuvalu", "apmbc", "initial", None, "2015-04-30"),
        *{(s, "apmbc", "annual", "2015-04-30", "2015-06-01") for s in ("Angola", "Benin", "Cameroon")}}


def test_a_date_of_another_report_kind_or_section_is_not_carried() -> None:
    text = ("Convention on Cluster Munitions\n\nInitial reports\n\nAs of 1 June 2015, initial reports were due by "
            "30 June 2011 for most States Parties.\n\nAnnual updates\n\nThe States Parties that have not submitted "
            "a report for calendar year 2014 are Chad and Fiji.\n")
    assert _all("kinds.txt", text) == {("Chad", "ccm", "annual", None, None), ("Fiji", "ccm", "annual", None, None)}


def test_a_row_of_two_dates_no_header_explains_gives_no_due_date() -> None:
    text = ("Convention on Cluster Munitions\n\nOverdue initial reports (as of 1 June 2015)\n\n"
            "Comoros 1 January 2011 30 June 2011\nTogo 1 December 2012 30 May 2013\n")
    assert _all("two-dates.txt", text) == {("Comoros", "ccm", "initial", None, "2015-06-01"),
                                          ("Togo", "ccm", "initial", None, "2015-06-01")}


def test_an_initial_due_date_is_never_derived_from_the_rule() -> None:
    text = ("Convention on Cluster Munitions\nInitial reports are due 180 days after entry into force. As of "
            "30 April 2015, the following States Parties had not submitted their initial reports: Cabo Verde and "
            "Niger.\n")
    assert _all("rule.txt", text) == {("Cabo Verde", "ccm", "initial", None, "2015-04-30"),
                                      ("Niger", "ccm", "initial", None, "2015-04-30")}


def test_labelled_lists_under_an_outstanding_heading_and_submissions_left_out() -> None:
    # a State that has now submitted its overdue report is no longer overdue
    assert _all("outstanding-labelled.txt") == {
        *{(s, "ccm", "initial", None, "2016-04-30") for s in ("Cabo Verde", "Comoros", "Guinea-Bissau")},
        *{(s, "ccm", "annual", None, "2016-04-30") for s in ("Bolivia", "Chad")}}


def test_a_due_date_line_is_no_dateline() -> None:
    text = ("Convention on Cluster Munitions\nStates Parties with overdue initial reports: Cabo Verde (due 28 "
            "October 2011); Comoros (due 30 June 2011).\n")
    assert _all("due-line.txt", text) == {("Cabo Verde", "ccm", "initial", "2011-10-28", None),
                                          ("Comoros", "ccm", "initial", "2011-06-30", None)}


def test_bordered_table_under_its_heading_and_a_state_that_has_since_submitted() -> None:
    # the due date is the column the header names, not the first date of the row; Chad has
    # submitted since, Guinea and Haiti have not
    assert _all("bordered-days-overdue.txt") == {
        ("Cabo Verde", "ccm", "initial", "2011-10-28", "2016-07-01"),
        ("Comoros", "ccm", "initial", "2011-06-30", "2016-07-01"),
        ("Guinea-Bissau", "ccm", "initial", "2011-10-28", "2016-07-01"),
        ("Guinea", "ccm", "initial", None, None), ("Haiti", "ccm", "initial", None, None)}
    assert detect(_doc("bordered-days-overdue.txt"))[0] == "overdue-reports"


def test_states_named_with_how_late_they_are() -> None:
    # the obligation is named in the sentence before; how late is a remark, not part of the name;
    # outstanding clearance obligations are no overdue report
    assert _all("statement-years-late.txt") == {
        (s, "ccm", "initial", None, None) for s in ("Cabo Verde", "Comoros", "Guinea-Bissau", "Togo")}


def test_a_state_congratulated_beside_a_call_on_late_reporters_is_not_late() -> None:
    text = ("Convention on Cluster Munitions\nNamibia submits its initial transparency report on time\n\n"
            "The President congratulates Namibia for leading by example and encourages States Parties with "
            "outstanding initial reports to submit them as a matter of priority.\n")
    with pytest.raises(ExtractionError):
        list(OverdueIngester().extract(_doc("congratulated.txt", text)))
    assert OverdueIngester().sniff(_doc("congratulated.txt", text)) == 0.0


def test_list_dates_reach_the_overdue_reports_query(tmp_path: Path) -> None:
    """Through ingest, the store and the contract query: each State of the list with the due
    and as-of dates stated once for it, and the exception's State without an as-of date."""
    from ccmgraph.api import KnowledgeGraph

    with KnowledgeGraph(tmp_path / "store") as kg:
        [outcome] = kg.ingest([FIXTURES / "fact-sheet-sections.txt"])
        assert outcome.accepted and outcome.kind == "overdue-reports"
        rows = {(str(r["state"]).rsplit("/", 1)[-1], r["convention"], r["report"], r["due"] or None, r["as_of"] or None)
                for r in kg.query("overdue_reports")}
    assert rows == {("TUV", "apmbc", "initial", "2012-08-28", None),
                    *{(s, "apmbc", "annual", "2018-04-30", "2018-06-20")
                      for s in ("AGO", "BEN", "CPV", "ERI", "GUY", "HTI")}}


def test_the_next_sentence_says_which_report_and_when_it_was_due() -> None:
    text = ("Mine Ban Treaty\nAnnual reporting has fallen again this year. Moreover, Equatorial Guinea remains the only "
            "State Party never to have submitted a report. Its initial report was due in August 1999.\n")
    assert _all("follow.txt", text) == {("Equatorial Guinea", "apmbc", "initial", "1999-08", None)}
