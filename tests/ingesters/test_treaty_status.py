"""The treaty status reader on documents written in the layouts real status pages use."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.treaty_status.ingester import TreatyStatusIngester
from ccmgraph.ingesters.treaty_status.legend import read_legend
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
    # Italy's row is cut after its date: on a Protocol V table, never open for signature, the one
    # date is the deposit, a consent to be bound whatever its cut code was; its entry into force is lost
    assert len(events) == 9 and ("Italy", "consent_to_be_bound", "2010-02-11") in events
    assert not any("Italy" in w.message for w in records if isinstance(w, Warning_))
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


def test_gazette_notice_in_french() -> None:
    assert _events("gazette-ch-p5-fr.txt") == {("Suisse", "ccw-p5", "ratification", "2006-05-12"),
                                               ("Suisse", "ccw-p5", "entry_into_force", "2006-11-12")}


def test_cells_that_say_what_they_are() -> None:
    assert _events("labelled-cells.txt") == {
        ("Afghanistan", "ccm", "signature", "2008-12-03"), ("Afghanistan", "ccm", "ratification", "2011-09-08"),
        ("Afghanistan", "ccm", "entry_into_force", "2012-03-01"), ("Andorra", "ccm", "accession", "2013-04-09"),
        ("Andorra", "ccm", "entry_into_force", "2013-10-01"), ("Australia", "ccm", "signature", "2008-12-03"),
        ("Australia", "ccm", "ratification", "2012-10-08"), ("Australia", "ccm", "entry_into_force", "2013-04-01")}


def test_untc_apmbc_table_with_a_legend_of_marks() -> None:
    # "Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)": each mark its step;
    # the convention's own dates above the table (adoption, entry into force) are no State's
    assert _events("untc-apmbc-xxvi-5.txt") == {
        ("Albania", "apmbc", "signature", "1998-09-08"), ("Albania", "apmbc", "ratification", "2000-02-29"),
        ("Andorra", "apmbc", "signature", "1997-12-03"), ("Andorra", "apmbc", "ratification", "1998-06-29"),
        ("Estonia", "apmbc", "accession", "2004-05-12"), ("Finland", "apmbc", "accession", "2012-01-09"),
        ("Montenegro", "apmbc", "succession", "2006-10-23"),
        ("Netherlands", "apmbc", "signature", "1997-12-03"), ("Netherlands", "apmbc", "acceptance", "1999-04-12")}


def test_national_database_with_iso_dates_and_its_legend_on_a_line_of_its_own() -> None:
    rows = {("Austria", "2007-10-01", "2008-04-01"), ("Estonia", "2006-12-18", "2007-06-18"),
            ("Finland", "2005-03-23", "2006-11-12"), ("Chile", "2009-08-18", "2010-02-18"),
            ("Australia", "2007-01-04", "2007-07-04")}
    assert _events("national-db-p5-iso.txt") == (
        {(s, "ccw-p5", "consent_to_be_bound", c) for s, c, _ in rows}
        | {(s, "ccw-p5", "entry_into_force", f) for s, _, f in rows})


def test_coalition_table_with_dotted_dates_and_an_accession_column() -> None:
    events = _events("cmc-table-dotted.txt")
    assert ("Andorra", "ccm", "accession", "2013-04-09") in events
    assert len(events) == 14 and not any(step == "consent_to_be_bound" for _, _, step, _ in events)
    assert ("Bosnia and Herzegovina", "ccm", "ratification", "2010-09-07") in events


def test_a_disagreement_with_the_reference_table_stays_visible_end_to_end(tmp_path: Path) -> None:
    """Through ingest, the store and the named queries: the document's dates and instrument stand
    beside each row of treaty_status.csv, none overwritten, and `conflicts` lists both sides."""
    from ccmgraph.api import KnowledgeGraph
    from ccmgraph.build import reference_graphs
    from ccmgraph.pipeline import commit_graph

    with KnowledgeGraph(tmp_path / "store") as kg:
        [outcome] = kg.ingest([FIXTURES / "untc-apmbc-xxvi-5.txt"])
        assert outcome.accepted
        table = next((iri, g) for name, iri, g in reference_graphs() if name == "treaty_status.csv")
        assert kg.store is not None and commit_graph(kg.store, "treaty_status.csv", *table).accepted
        signatures = {(r["date"], r["source"]) for r in kg.query("treaty_events", state="AND", convention="apmbc")
                      if r["event"] == "signature"}
        assert ("1997-12-03", "untc-apmbc-xxvi-5.txt") in signatures
        assert ("1998-12-03", "https://new.apminebanconvention.org/en/membership/andorra/") in signatures
        conflicts = {(r["value"], str(r["document"])) for r in kg.query("conflicts")
                     if str(r["subject"]).endswith("/AND") and r["property"] == "signature date (apmbc)"}
        assert {value for value, _ in conflicts} == {"1997-12-03", "1998-12-03"}
        assert str(outcome.graph) in {doc for _, doc in conflicts} and str(table[0]) in {doc for _, doc in conflicts}
        dutch = {(r["event"], r["source"]) for r in kg.query("treaty_events", state="NLD", convention="apmbc")
                 if r["date"] == "1999-04-12"}
        assert ("acceptance", "untc-apmbc-xxvi-5.txt") in dutch and any(e == "ratification" for e, _ in dutch)


def test_bordered_table_read_by_its_columns_with_a_type_column() -> None:
    # empty cells keep their place: Chile's missing entry into force is no date, Estonia's empty
    # type leaves the deposit a consent to be bound, never a guessed ratification
    assert _events("bordered-p5-type-column.txt") == {
        ("Albania", "ccw-p5", "accession", "2006-05-12"), ("Albania", "ccw-p5", "entry_into_force", "2006-11-12"),
        ("Austria", "ccw-p5", "ratification", "2007-10-01"), ("Austria", "ccw-p5", "entry_into_force", "2008-04-01"),
        ("Chile", "ccw-p5", "ratification", "2009-08-18"),
        ("Estonia", "ccw-p5", "consent_to_be_bound", "2006-12-18"),
        ("Estonia", "ccw-p5", "entry_into_force", "2007-06-18"),
        ("Finland", "ccw-p5", "acceptance", "2005-03-23"), ("Finland", "ccw-p5", "entry_into_force", "2006-11-12")}
    assert detect(_doc("bordered-p5-type-column.txt"))[0] == "treaty-status"


def test_a_bordered_cell_that_is_not_a_date_leaves_its_row_out() -> None:
    text = ("Convention on Cluster Munitions\nState | Signature | Ratification | Entry into force\n"
            "Albania | 3 Dec 2008 | 16 Jun 2009 | 1 Aug 2010\nAustria | 3 Dec 2008 | 2 Apr 2009 | 1 Aug 2010\n"
            "Belgium | 3 Dec 2008 | 22 Dec 2009 | 1 Aug 2010\nCanada | 3 Dec 2008 | 16 Mar 2015 | 1 Sep 2015\n"
            "Chile | 3 Dec 2008 | 16 Dec 2010 | 1 Jun 2011\nCyprus | 23 Sep 2009 | pending | \n")
    records = list(TreatyStatusIngester().extract(Document(text=text, sha256="0" * 64, name="cells.txt")))
    events = {(r.state.name, r.event, r.date.iso()) for r in records if isinstance(r, TreatyEvent)}
    assert len(events) == 15 and not any(state == "Cyprus" for state, _, _ in events)
    assert any("Cyprus" in w.message for w in records if isinstance(w, Warning_))


def test_column_headings_in_verbs_and_month_first_dates() -> None:
    rows = {("Afghanistan", "2011-09-08", "2012-03-01"), ("Albania", "2009-06-16", "2010-08-01"),
            ("Austria", "2009-04-02", "2010-08-01"), ("Belgium", "2009-12-22", "2010-08-01")}
    assert _events("monitor-us-dates.txt") == (
        {(s, "ccm", "signature", "2008-12-03") for s, _, _ in rows}
        | {(s, "ccm", "ratification", r) for s, r, _ in rows} | {(s, "ccm", "entry_into_force", f) for s, _, f in rows})


def test_gazette_notice_naming_the_depositing_state_after_the_instrument() -> None:
    # "Ratifikationsurkunde von der Schweiz hinterlegt am ...": the conclusion in Dublin and the
    # date the scope is given for are no steps
    assert _events("gazette-ch-ccm-by-state.txt") == {("Schweiz", "ccm", "ratification", "2012-07-17"),
                                                      ("Schweiz", "ccm", "entry_into_force", "2013-01-01")}


def test_a_header_wrapped_over_short_lines_under_the_page_dates() -> None:
    # the title's dates (adoption, entry into force, last update) are no State's; "Rt" ends a row
    assert _events("regional-wrapped-header.txt") == {
        ("Cook Islands", "ccm", "signature", "2008-12-03"), ("Cook Islands", "ccm", "ratification", "2011-08-23"),
        ("Fiji", "ccm", "signature", "2008-12-03"), ("Fiji", "ccm", "ratification", "2010-05-28"),
        ("Nauru", "ccm", "signature", "2008-12-03"), ("Nauru", "ccm", "ratification", "2013-02-04"),
        ("Palau", "ccm", "accession", "2016-04-19"),
        ("Samoa", "ccm", "signature", "2008-12-03"), ("Samoa", "ccm", "ratification", "2010-04-28")}


def test_short_rows_are_placed_by_what_each_date_can_be() -> None:
    # dashed dates; a row without a signature is an accession (signature closed on 1 August
    # 2010), a lone 2008 date is a signature; the State in the photo caption is no row
    assert _events("campaign-short-rows.txt") == {
        ("Afghanistan", "ccm", "signature", "2008-12-03"), ("Afghanistan", "ccm", "ratification", "2011-09-08"),
        ("Afghanistan", "ccm", "entry_into_force", "2012-03-01"),
        ("Andorra", "ccm", "accession", "2013-04-09"), ("Andorra", "ccm", "entry_into_force", "2013-10-01"),
        ("Angola", "ccm", "signature", "2008-12-03"),
        ("Belize", "ccm", "accession", "2014-09-02"), ("Belize", "ccm", "entry_into_force", "2015-03-01"),
        ("Bolivia", "ccm", "signature", "2008-12-03"), ("Bolivia", "ccm", "ratification", "2013-04-30"),
        ("Bolivia", "ccm", "entry_into_force", "2013-10-01"),
        ("Canada", "ccm", "signature", "2008-12-03"),
        ("Chile", "ccm", "signature", "2008-12-03"), ("Chile", "ccm", "ratification", "2010-12-16"),
        ("Chile", "ccm", "entry_into_force", "2011-06-01"),
    }
    assert detect(_doc("campaign-short-rows.txt"))[0] == "treaty-status"


def test_a_short_row_that_fits_no_column_is_left_out_with_a_warning() -> None:
    # a 2011 date can be no signature, and the header names no accession: Grenada is not guessed
    records = list(TreatyStatusIngester().extract(_doc("short-row-no-accession-column.txt")))
    events = {(r.state.name, r.event, r.date.iso()) for r in records if isinstance(r, TreatyEvent)}
    assert not any(name == "Grenada" for name, _, _ in events)
    assert len(events) == 18 and ("France", "ratification", "2009-09-25") in events
    assert [w.message for w in records if isinstance(w, Warning_) and "Grenada" in w.message]


def test_entry_into_force_takes_the_state_of_the_sentences_previous_step() -> None:
    # "and the treaty entered into force on ..." is Bhutan's; the treaty's own 1 March 1999 is no State's
    assert _events("monitor-joined-prose.txt") == {
        ("Bhutan", "apmbc", "accession", "2005-08-18"), ("Bhutan", "apmbc", "entry_into_force", "2006-02-01"),
        ("Ukraine", "apmbc", "ratification", "2005-12-27"), ("Ukraine", "apmbc", "entry_into_force", "2006-06-01"),
    }


def test_a_sentence_listing_states_with_their_dates() -> None:
    # each State takes the step its sentence names; a list not read whole (Haiti, no date) gives nothing
    assert _events("monitor-listed-steps.txt") == {
        ("Timor-Leste", "apmbc", "accession", "2003-05"), ("Belarus", "apmbc", "accession", "2003-09-03"),
        ("Turkey", "apmbc", "accession", "2003-09"),
        ("Lithuania", "apmbc", "ratification", "2003-05"), ("Greece", "apmbc", "ratification", "2003-09"),
    }
    assert detect(_doc("monitor-listed-steps.txt"))[0] == "treaty-status"


def test_a_national_notice_lodges_and_looks_ahead() -> None:
    # the Act passed by Parliament is a domestic step, not a treaty event
    assert _events("national-notice.txt") == {
        ("New Zealand", "ccm", "signature", "2008-12-03"), ("New Zealand", "ccm", "ratification", "2009-12-22"),
        ("New Zealand", "ccm", "entry_into_force", "2010-08-01"),
    }


@pytest.mark.parametrize("header, columns", [
    ("Participante Firma Aprobación(AA), Aceptación(A), Adhesión(a), Sucesión(d), Ratificación",
     ["signature", "consent"]),
    ("Participant Signature Ratification, Adhésion(a) Entrée en vigueur", ["signature", "consent", "entry_into_force"]),
    ("Estado Firma Ratificación/Adhesión Entrada en vigor", ["signature", "consent", "entry_into_force"]),
])
def test_french_and_spanish_headers_name_their_columns(header: str, columns: list[str]) -> None:
    legend = read_legend(header)
    assert legend.columns == columns and legend.names_accession
