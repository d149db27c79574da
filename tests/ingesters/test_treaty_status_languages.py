"""French and Spanish status tables: State names from the ISO 3166 translations, never in prose."""

from __future__ import annotations

import csv
import subprocess
from importlib.metadata import version
import sys
from pathlib import Path

import pytest

from ccmgraph.document.read import Document
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.flat.states import state_spans
from ccmgraph.ingesters.treaty_status.foreign import foreign_spans, table_state_spans
from ccmgraph.ingesters.treaty_status.ingester import TreatyStatusIngester
from ccmgraph.records import PartialDate, TreatyEvent
from ccmgraph.resolve.actors import lookup_foreign_state, lookup_state, resolve_actor
from ccmgraph.resolve.stage import resolve_records

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "treaty-status"
REFERENCE = ROOT / "ingest" / "reference"


def _doc(name: str) -> Document:
    return Document(text=(FIXTURES / name).read_text(encoding="utf-8"), sha256="0" * 64, name=name)


def _resolved(name: str) -> set[tuple[str | None, str, str, str]]:
    """(State key, convention, step, date) after the resolver, as the graph will hold them."""
    records = list(TreatyStatusIngester().extract(_doc(name)))
    resolution = resolve_records(records, records[0].convention if isinstance(records[0], TreatyEvent) else "ccm")
    return {(r.state.key, r.convention, r.event, r.date.iso())
            for r in resolution.records if isinstance(r, TreatyEvent)}


NAME_TABLES = ("state_names_fr_es.csv", "state_names_de_pt_nl.csv", "state_names_it.csv")


def _table_rows() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for name in NAME_TABLES:
        with (REFERENCE / name).open(encoding="utf-8") as handle:
            rows += list(csv.DictReader(handle))
    return rows


def test_the_generated_tables_are_what_the_tool_writes(tmp_path: Path) -> None:
    made_with = _table_rows()[0]["source"].rsplit(" ", 1)[-1]
    if made_with != version("pycountry"):
        pytest.skip(f"table made with pycountry {made_with}, {version('pycountry')} installed: regenerate it")
    subprocess.run([sys.executable, str(ROOT / "tools" / "gen_state_names.py"), "-o", str(tmp_path)], check=True)
    for name in NAME_TABLES:
        assert (tmp_path / name).read_text(encoding="utf-8") == (REFERENCE / name).read_text(encoding="utf-8")


def test_every_collision_marks_a_name_of_the_tables() -> None:
    marked = {(r["lang"], r["name"]) for r in _table_rows() if r["collides"]}
    with (REFERENCE / "state_name_collisions.csv").open(encoding="utf-8") as handle:
        listed = {(r["lang"], r["word"]) for r in csv.DictReader(handle)}
    assert listed == marked and ("fr", "Maurice") in marked and ("de", "Island") in marked


def test_german_portuguese_and_dutch_names_where_a_state_must_stand() -> None:
    assert [lookup_foreign_state(n).iso3 for n in ("Schweiz", "Suíça", "Zwitserland", "Países Baixos",  # type: ignore[union-attr]
                                                   "Nederland", "Republik Korea", "Kaapverdië")] == [
        "CHE", "CHE", "CHE", "NLD", "NLD", "KOR", "CPV"]
    assert lookup_foreign_state("Island", colliding=False) is None  # Iceland, and an English word
    assert state_spans("Island nations met in Nederland and Suíça") == []  # never in prose


def test_un_forms_derived_from_inverted_iso_names() -> None:
    assert lookup_foreign_state("Bolivie (État plurinational de)").iso3 == "BOL"  # type: ignore[union-attr]
    assert lookup_foreign_state("République de Moldova").iso3 == "MDA"  # type: ignore[union-attr]
    assert lookup_foreign_state("Iran (République islamique d')").iso3 == "IRN"  # type: ignore[union-attr]
    assert lookup_foreign_state("Bolivia (Estado plurinacional de)").iso3 == "BOL"  # type: ignore[union-attr]
    assert lookup_foreign_state("Corée") is None  # two Koreas: no guess


def test_foreign_names_stay_out_of_the_english_registry_and_prose() -> None:
    assert lookup_state("Allemagne") is None and lookup_state("Maurice") is None
    assert state_spans("Maurice Bernard met the Allemagne delegation") == []
    assert resolve_actor("Maurice").kind != "state"
    assert resolve_actor("Maurice", "state").key == "MUS"  # where only a State can stand
    assert lookup_foreign_state("Maurice", colliding=False) is None


def test_a_colliding_name_counts_only_with_a_row_date_after_it() -> None:
    prose = "Maurice Bernard, de la Grenade, a écrit à la Chine."
    assert [(s.written, s.iso3) for s in foreign_spans(prose)] == [("Chine", "CHN")]
    row = "Grenade 29 juin 2011 a Maurice 1 oct 2015 a"
    assert [(s.written, s.iso3) for s in foreign_spans(row)] == [("Grenade", "GRD"), ("Maurice", "MUS")]


def test_the_longer_name_wins_over_an_english_one_inside_it() -> None:
    spans = table_state_spans("République démocratique du Congo 18 mars 2009 Congo 3 déc 2008")
    assert [(s.written, s.iso3) for s in spans] == [("République démocratique du Congo", "COD"), ("Congo", "COG")]


def test_french_untc_table_one_line() -> None:
    assert detect(_doc("untc-fr-one-line.txt"))[0] == "treaty-status"
    assert _resolved("untc-fr-one-line.txt") == {
        ("state/ZAF", "ccm", "signature", "2008-12-03"), ("state/ZAF", "ccm", "ratification", "2015-05-28"),
        ("state/DEU", "ccm", "signature", "2008-12-03"), ("state/DEU", "ccm", "ratification", "2009-07-08"),
        ("state/BOL", "ccm", "signature", "2008-12-03"), ("state/BOL", "ccm", "ratification", "2013-04-30"),
        ("state/GRD", "ccm", "accession", "2011-06-29"),
        ("state/JPN", "ccm", "signature", "2008-12-03"), ("state/JPN", "ccm", "acceptance", "2009-07-14"),
        ("state/MUS", "ccm", "accession", "2015-10-01"),
        ("state/MEX", "ccm", "signature", "2008-12-03"), ("state/MEX", "ccm", "ratification", "2009-05-06"),
        ("state/MDA", "ccm", "signature", "2008-12-03"), ("state/MDA", "ccm", "ratification", "2010-02-16"),
        ("state/COD", "ccm", "signature", "2009-03-18"),
        ("state/GBR", "ccm", "signature", "2008-12-03"), ("state/GBR", "ccm", "ratification", "2010-05-04"),
        ("state/CZE", "ccm", "signature", "2008-12-03"), ("state/CZE", "ccm", "ratification", "2011-09-22"),
    }


def test_spanish_untc_table_one_row_per_line() -> None:
    assert detect(_doc("untc-es-rows.txt"))[0] == "treaty-status"
    events = _resolved("untc-es-rows.txt")
    assert ("state/GRD", "apmbc", "ratification", "1998-08-19") in events  # "19 ago 1998"
    assert ("state/FRA", "apmbc", "ratification", "1998-07-23") in events
    assert ("state/MUS", "apmbc", "signature", "1997-12-03") in events
    assert ("state/GBR", "apmbc", "signature", "1997-12-03") in events
    assert {key for key, *_ in events} == {"state/DEU", "state/BEL", "state/SLV", "state/FRA", "state/GRD",
                                          "state/JPN", "state/MUS", "state/MEX", "state/GBR", "state/LCA",
                                          "state/ZAF"}
    assert len(events) == 22  # two steps per row, nothing from the note under the table


def test_french_bordered_table_with_a_ratification_or_accession_column() -> None:
    events = _resolved("wiki-fr-bordered.txt")
    assert ("state/AND", "ccm", "accession", "2013-04-09") in events  # no signature: an accession
    assert ("state/DEU", "ccm", "ratification", "2009-07-08") in events  # signed: a ratification
    assert len(events) == 11 and {key for key, *_ in events} == {"state/ZAF", "state/DEU", "state/AND", "state/BEL"}


def test_a_ratification_or_accession_column_without_signatures_says_consent() -> None:
    from ccmgraph.ingesters.treaty_status.grid import grid_rows

    text = ("Protocol V on Explosive Remnants of War\nState | Ratification or accession | Entry into force |\n"
            "Albania | 12.05.2006 | 12.11.2006 |\nAustria | 17.03.2005 | 12.11.2006 |\n")
    rows = grid_rows(text, signable=False) or []
    assert [(r.state, r.steps) for r in rows][:1] == [
        ("Albania", [("consent_to_be_bound", PartialDate(2006, 5, 12)), ("entry_into_force", PartialDate(2006, 11, 12))])]


def test_german_apmbc_notice_run_together_on_one_line() -> None:
    """The Swiss law collection's header as one run of words, the title hyphenated
    ("Anti-Personenminen"): approval by parliament and the conclusion at Oslo are no State's
    steps, the "Stand am" date is the text's own."""
    assert detect(_doc("gazette-ch-apmbc-de-one-line.txt"))[0] == "treaty-status"
    assert _resolved("gazette-ch-apmbc-de-one-line.txt") == {
        ("state/CHE", "apmbc", "ratification", "1998-03-24"), ("state/CHE", "apmbc", "entry_into_force", "1999-03-01")}


def test_german_notice_with_labelled_entry_into_force() -> None:
    assert detect(_doc("gazette-li-apmbc-de.txt"))[0] == "treaty-status"
    assert _resolved("gazette-li-apmbc-de.txt") == {
        ("state/LIE", "apmbc", "ratification", "1999-10-05"), ("state/LIE", "apmbc", "entry_into_force", "2000-04-01")}


def test_a_german_notice_of_another_treaty_is_refused() -> None:
    from ccmgraph.errors import ExtractionError

    with pytest.raises(ExtractionError, match="not a text of this field"):
        detect(_doc("gazette-ch-other-treaty-de.txt"))


def _steps_of(name: str) -> set[tuple[str | None, str, str]]:
    return {(key, step, date) for key, _, step, date in _resolved(name)}


def test_dutch_treaty_database_table_in_dutch() -> None:
    """"Partij Ondertekening Ratificatie Type* In werking": R is the legend's several
    instruments (consent to be bound), T an accession; Dutch names, IJsland and Kaapverdië too."""
    assert detect(_doc("database-nl-ccm-dutch.txt"))[0] == "treaty-status"
    events = _steps_of("database-nl-ccm-dutch.txt")
    assert ("state/AND", "accession", "2013-04-09") in events and ("state/GRD", "accession", "2011-06-29") in events
    assert ("state/ISL", "consent_to_be_bound", "2015-08-31") in events
    assert ("state/NLD", "entry_into_force", "2011-08-01") in events
    assert {k for k, *_ in events} == {"state/AFG", "state/ALB", "state/AND", "state/DEU", "state/GRD", "state/ISL",
                                       "state/CPV", "state/NLD", "state/CHE"}
    assert len(events) == 7 * 3 + 2 * 2  # no signature for the two that acceded


def test_swiss_geltungsbereich_table_in_german() -> None:
    """No signature column; "Beitritt (B)" marks an accession; "Island" is Iceland in a row."""
    assert detect(_doc("geltungsbereich-ch-ccm-de.txt"))[0] == "treaty-status"
    events = _steps_of("geltungsbereich-ch-ccm-de.txt")
    assert ("state/AND", "accession", "2013-04-09") in events and ("state/ISL", "ratification", "2015-08-31") in events
    assert ("state/CPV", "ratification", "2010-10-19") in events and ("state/CHE", "entry_into_force", "2013-01-01") in events
    assert len(events) == 18 and not any(step == "signature" for _, step, _ in events)


def test_portuguese_bordered_table_with_a_markdown_rule() -> None:
    assert detect(_doc("wiki-pt-bordered.txt"))[0] == "treaty-status"
    events = _steps_of("wiki-pt-bordered.txt")
    assert ("state/AND", "accession", "2013-04-09") in events  # "(adesão)" after the date
    assert ("state/NLD", "ratification", "2011-02-23") in events and ("state/MOZ", "signature", "2008-12-03") in events
    assert len(events) == 5 * 3 + 2


def test_portuguese_and_brazilian_notices() -> None:
    assert detect(_doc("gazette-pt-ccm-aviso.txt"))[0] == "treaty-status"
    assert _resolved("gazette-pt-ccm-aviso.txt") == {  # the notice's own date (4 April) is no step
        ("state/PRT", "ccm", "ratification", "2011-03-09"), ("state/PRT", "ccm", "entry_into_force", "2011-09-01")}
    assert _resolved("decreto-br-apmbc.txt") == {  # the decree's date and the Oslo conclusion are no steps
        ("state/BRA", "apmbc", "signature", "1997-12-03"), ("state/BRA", "apmbc", "ratification", "1999-04-30"),
        ("state/BRA", "apmbc", "entry_into_force", "1999-10-01")}


def test_dutch_treaty_series_notice() -> None:
    assert detect(_doc("tractatenblad-nl-apmbc.txt"))[0] == "treaty-status"
    assert _resolved("tractatenblad-nl-apmbc.txt") == {  # the issue date (22 June) is no step
        ("state/NLD", "apmbc", "ratification", "1999-04-12"), ("state/NLD", "apmbc", "entry_into_force", "1999-10-01")}


def test_spanish_instrument_of_ratification_gives_the_signature_only() -> None:
    """The BOE formula names the signature; the King's "Dado en Madrid a ..." is the instrument's
    own date, not its deposit, and the Dublin adoption is the convention's."""
    assert detect(_doc("boe-es-ccm-instrumento.txt"))[0] == "treaty-status"
    assert _resolved("boe-es-ccm-instrumento.txt") == {("state/ESP", "ccm", "signature", "2008-12-03")}


def test_a_deposit_column_takes_the_instrument_its_lead_sentence_names() -> None:
    """Austrian gazette: "haben folgende Staaten ihre Beitrittsurkunde ... hinterlegt:" over
    "Staaten: | Datum der Hinterlegung:": each date an accession. Where the sentence names two
    instruments ("Ratifikations- bzw. Beitrittsurkunde") and no row is marked, which date is
    which is not said: the table is refused."""
    got = {(e.state.name, e.event, e.date.iso()) for e in TreatyStatusIngester().extract(_doc("de-bgbl-deposit-lead.txt"))
           if isinstance(e, TreatyEvent)}
    assert got == {("Andorra", "accession", "2013-04-09"), ("Kuba", "accession", "2016-04-06"),
                   ("Palau", "accession", "2016-04-19"), ("Sri Lanka", "accession", "2018-03-01")}
    with pytest.raises(Exception, match="does not say which date is which"):
        list(TreatyStatusIngester().extract(_doc("de-bgbl-deposit-unsaid.txt")))


def test_an_italian_table_of_parties() -> None:
    """"Stati parte | Firma | Ratifica / Adesione (a) | Entrata in vigore": Italian names
    (state_names_it.csv), "(a)" an accession, "1° ottobre 2013" the first of the month."""
    got = _resolved("it-stati-parte.txt")
    assert ("state/AND", "ccm", "accession", "2013-04-09") in got
    assert ("state/AND", "ccm", "entry_into_force", "2013-10-01") in got
    assert {("state/BEL", "ccm", "ratification", "2009-12-22"), ("state/DEU", "ccm", "ratification", "2009-07-08"),
            ("state/ITA", "ccm", "ratification", "2011-09-21"), ("state/CHE", "ccm", "entry_into_force", "2013-01-01"),
            ("state/CHE", "ccm", "signature", "2008-12-03")} <= got
    assert len(got) == 14 and all(key is not None for key, *_ in got)


def test_a_status_page_that_only_lists_its_parties_by_region() -> None:
    """A status page dating no step, whose "9 States Parties (by region)" and "3 Signatories
    (by region)" list their States: the signatories' undated signatures rather than a refusal;
    the list of Parties does not say how they joined: a consent to be bound each."""
    got = {(e.state.name, e.event, e.date) for e in TreatyStatusIngester().extract(_doc("parties-by-region.txt"))
           if isinstance(e, TreatyEvent)}
    assert got == {(s, "signature", None) for s in ("Angola", "Benin", "Kenya")} \
        | {(s, "consent_to_be_bound", None) for s in ("Burkina Faso", "Malawi", "Mali", "Sierra Leone", "Mexico",
                                                      "Nicaragua", "Uruguay", "New Zealand", "Samoa")}
    assert detect(_doc("parties-by-region.txt"))[0] == "treaty-status"


def test_a_deposit_column_that_names_its_instrument_takes_it() -> None:
    """"Datum der Hinterlegung der Notifikationsurkunde": Protocol V's notifications of consent to
    be bound, not ratifications (the column's default); "Jänner" is January."""
    got = {(e.state.name, e.convention, e.event, e.date.iso())
           for e in TreatyStatusIngester().extract(_doc("de-bgbl-p5-notifications.txt")) if isinstance(e, TreatyEvent)}
    assert got == {("Belarus", "ccw-p5", "consent_to_be_bound", "2008-09-29"),
                   ("Ecuador", "ccw-p5", "consent_to_be_bound", "2009-03-10"),
                   ("Vereinigte Staaten", "ccw-p5", "consent_to_be_bound", "2009-01-21")}
