"""The four families of status layouts (UN Treaty Collection, national treaty databases in
Dutch, German and French, the Monitor's status lists, the campaigns' per-region pages): exactly
one event per State and step the table states, and nothing from footnotes, declarations,
territorial applications, legends, headers, the Convention's own entry into force, lists of
Parties that do not say how they joined, or a row cut off at the end of the excerpt."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import Document
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.treaty_status.ingester import TreatyStatusIngester
from ccmgraph.records import TreatyEvent, Warning_
from ccmgraph.resolve.stage import resolve_records

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "treaty-status"


def _doc(name: str) -> Document:
    return Document(text=(FIXTURES / name).read_text(encoding="utf-8"), sha256="0" * 64, name=name)


def _read(name: str) -> tuple[list[tuple[str | None, str, str, str | None]], list[str]]:
    """(State key, convention, step, date) in the order read (duplicates kept), and the warnings."""
    records = list(TreatyStatusIngester().extract(_doc(name)))
    events = [r for r in records if isinstance(r, TreatyEvent)]
    resolution = resolve_records(records, events[0].convention)
    got = [(r.state.key, r.convention, r.event, r.date.iso() if r.date else None)
           for r in resolution.records if isinstance(r, TreatyEvent)]
    return got, [w.message for w in records if isinstance(w, Warning_)]


def _steps(*rows: tuple[str, str, str | None, str | None]) -> set[tuple[str, str, str, str]]:
    """(State, consent step, signature, deposit) rows of the CCM as events."""
    out: set[tuple[str, str, str, str]] = set()
    for state, step, signed, deposit in rows:
        if signed:
            out.add((f"state/{state}", "ccm", "signature", signed))
        if deposit:
            out.add((f"state/{state}", "ccm", step, deposit))
    return out


UNTC = _steps(("AFG", "ratification", "2008-12-03", "2011-09-08"), ("ALB", "ratification", "2008-12-03", "2009-06-16"),
              ("AND", "accession", None, "2013-04-09"), ("CYP", "ratification", "2009-09-23", None),
              ("DEU", "ratification", "2008-12-03", "2009-07-08"), ("GRD", "accession", None, "2011-06-29"),
              ("NLD", "ratification", "2008-12-03", "2011-02-23"), ("ESP", "ratification", "2008-12-03", "2009-06-17"))


@pytest.mark.parametrize("name", [
    "untc-ccm-cell-per-line-footnotes.txt", "untc-ccm-cut-mid-date.txt", "verdragenbank-nl-p5-legend-below.txt",
    "verdragenbank-nl-apmbc-legend-below.txt", "inkrafttreten-de-ccm-bordered.txt", "vigueur-fr-ccm-bordered.txt",
    "monitor-ccm-status-table.txt", "monitor-ccm-status-brackets.txt", "cmc-region-lists.txt"])
def test_each_layout_is_recognised_and_states_each_step_once(name: str) -> None:
    assert detect(_doc(name))[0] == "treaty-status"
    got, _ = _read(name)
    assert len(got) == len(set(got))


def test_untc_one_cell_a_line_with_footnote_numbers_on_the_name_line() -> None:
    # "Germany 3" / "3 Dec 2008": the footnote is no date and ends no table; the declarations
    # (8 July 2009 again), the territorial application (17 Oct 2012), the notes (3 October 1990)
    # and the Convention's own entry into force (1 August 2010) give nothing
    got, _ = _read("untc-ccm-cell-per-line-footnotes.txt")
    assert set(got) == UNTC


def test_untc_row_cut_mid_date_at_the_end_of_the_excerpt_is_left_out() -> None:
    got, warnings = _read("untc-ccm-cut-mid-date.txt")
    assert set(got) == _steps(
        ("AFG", "ratification", "2008-12-03", "2011-09-08"), ("ALB", "ratification", "2008-12-03", "2009-06-16"),
        ("AND", "accession", None, "2013-04-09"), ("DEU", "ratification", "2008-12-03", "2009-07-08"),
        ("GRD", "accession", None, "2011-06-29"), ("JPN", "acceptance", "2008-12-03", "2009-07-14"),
        ("ESP", "ratification", "2008-12-03", "2009-06-17"))
    assert any("Zambia" in w for w in warnings)


def test_dutch_database_protocol_v_legend_below_the_table() -> None:
    # R is any instrument, and for Protocol V every one is a notification of consent to be
    # bound, whatever the column's heading ("Ratificatie"); an inverted name alone on its line
    # over its cells ("Nederlanden, het Koninkrijk der") is read; the update date is no step
    got, _ = _read("verdragenbank-nl-p5-legend-below.txt")
    rows = {"ALB": ("2006-05-12", "2006-11-12"), "FIN": ("2005-03-23", "2006-11-12"), "EST": ("2006-12-18", "2007-06-18"),
            "NLD": ("2005-07-18", "2006-11-12"), "AUT": ("2007-10-01", "2008-04-01"), "CHE": ("2006-05-12", "2006-11-12")}
    assert set(got) == ({(f"state/{s}", "ccw-p5", "consent_to_be_bound", c) for s, (c, _) in rows.items()}
                        | {(f"state/{s}", "ccw-p5", "entry_into_force", f) for s, (_, f) in rows.items()})


def test_dutch_database_legend_below_says_what_o_is() -> None:
    # the page's own legend "O = Opvolging" (succession) over the database's default; VG, which
    # the legend leaves out, is continued adherence (succession) too; a succession takes effect
    # from independence, before its notice; R of the legend is any of several instruments
    got, _ = _read("verdragenbank-nl-apmbc-legend-below.txt")
    assert set(got) == {
        ("state/ALB", "apmbc", "signature", "1998-09-08"), ("state/ALB", "apmbc", "consent_to_be_bound", "2000-02-29"),
        ("state/ALB", "apmbc", "entry_into_force", "2000-08-01"),
        ("state/EST", "apmbc", "accession", "2004-05-12"), ("state/EST", "apmbc", "entry_into_force", "2004-11-01"),
        ("state/FIN", "apmbc", "accession", "2012-01-09"), ("state/FIN", "apmbc", "entry_into_force", "2012-07-01"),
        ("state/MNE", "apmbc", "succession", "2006-10-23"), ("state/MNE", "apmbc", "entry_into_force", "2006-06-03"),
        ("state/SSD", "apmbc", "succession", "2011-11-11"), ("state/SSD", "apmbc", "entry_into_force", "2011-07-09"),
        ("state/NLD", "apmbc", "signature", "1997-12-03"), ("state/NLD", "apmbc", "consent_to_be_bound", "1999-04-12"),
        ("state/NLD", "apmbc", "entry_into_force", "1999-10-01")}


FORCE = {("state/AFG", "ccm", "entry_into_force", "2012-03-01"), ("state/AND", "ccm", "entry_into_force", "2013-10-01"),
         ("state/DEU", "ccm", "entry_into_force", "2010-08-01"), ("state/GRD", "ccm", "entry_into_force", "2011-12-01"),
         ("state/CHE", "ccm", "entry_into_force", "2013-01-01")}
JOINED = _steps(("AFG", "ratification", "2008-12-03", "2011-09-08"), ("AND", "accession", None, "2013-04-09"),
                ("DEU", "ratification", "2008-12-03", "2009-07-08"), ("GRD", "accession", None, "2011-06-29"),
                ("CHE", "ratification", "2008-12-03", "2012-07-17"))


def test_german_table_unterzeichnung_beitritt_inkrafttreten() -> None:
    # the reservations' "Erklärung vom 8. Juli 2009" gives nothing; the notice over the table
    # states Switzerland's entry into force, the same as its row
    got, _ = _read("inkrafttreten-de-ccm-bordered.txt")
    assert set(got) == JOINED | FORCE


def test_french_table_with_empty_bordered_cells_and_a_colliding_name() -> None:
    # "Grenade | | 29 juin 2011 A": the weapon's word is the State where a row's date follows
    # its empty cell; the Convention's own "Entrée en vigueur: 1er août 2010" is no State's
    got, _ = _read("vigueur-fr-ccm-bordered.txt")
    assert set(got) == JOINED | FORCE | {("state/CYP", "ccm", "signature", "2009-09-23")}


def test_monitor_status_table_signature_and_ratification_or_accession() -> None:
    got, _ = _read("monitor-ccm-status-table.txt")
    assert set(got) == _steps(
        ("AFG", "ratification", "2008-12-03", "2011-09-08"), ("AND", "accession", None, "2013-04-09"),
        ("AUS", "ratification", "2008-12-03", "2012-10-08"), ("CYP", "ratification", "2009-09-23", None),
        ("GRD", "accession", None, "2011-06-29"), ("IDN", "ratification", "2008-12-03", None))


def test_monitor_status_list_with_steps_in_brackets_and_states_not_party() -> None:
    got, _ = _read("monitor-ccm-status-brackets.txt")
    assert set(got) == _steps(
        ("AFG", "ratification", "2008-12-03", "2011-09-08"), ("AND", "accession", None, "2013-04-09"),
        ("GRD", "accession", None, "2011-06-29"), ("NOR", "ratification", "2008-12-03", "2008-12-03"),
        ("ESP", "ratification", "2008-12-03", "2009-06-17"), ("CYP", "ratification", "2009-09-23", None),
        ("IDN", "ratification", "2008-12-03", None))
    assert not {s for s, *_ in got} & {"state/CHN", "state/IND", "state/PAK", "state/RUS", "state/USA"}


def test_region_page_parties_a_consent_to_be_bound_signatories_an_undated_signature() -> None:
    """"States Parties (4)": bound, on no step the list says; "States not party (2)": nothing."""
    got, _ = _read("cmc-region-lists.txt")
    assert set(got) == {("state/AGO", "ccm", "signature", None), ("state/KEN", "ccm", "signature", None),
                        ("state/LBR", "ccm", "signature", None)} \
        | {(f"state/{s}", "ccm", "consent_to_be_bound", None) for s in ("BFA", "GHA", "MWI", "ZMB")}
