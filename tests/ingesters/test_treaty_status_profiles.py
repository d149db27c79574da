"""Treaty steps in the prose of country profiles: Monitor country reports, universalisation
paragraphs, "Cluster Munition Ban Policy" summaries and "Key Developments" entries."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import Document
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.treaty_status.ingester import TreatyStatusIngester
from ccmgraph.ingesters.treaty_status.prose import read_prose
from ccmgraph.ingesters.treaty_status.yearless import deposit_year
from ccmgraph.records import PartialDate, TreatyEvent

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "treaty-status"


def _doc(name: str) -> Document:
    return Document(text=(FIXTURES / name).read_text(encoding="utf-8"), sha256="0" * 64, name=name)


def _events(name: str) -> set[tuple[str, str, str, str]]:
    doc = _doc(name)
    assert detect(doc)[0] == "treaty-status"
    return {(r.state.name, r.convention, r.event, r.date.iso())
            for r in TreatyStatusIngester().extract(doc) if isinstance(r, TreatyEvent)}


def _prose(text: str) -> list[tuple[str, str, str]]:
    return [(s.state, s.event, s.date.iso()) for s in read_prose(text, None)]


def test_archived_country_report_behind_a_site_menu() -> None:
    """The heading stands below the menu; parliament's approval and the report's due date are
    no steps; "became a State Party" is the same entry into force, once."""
    assert _events("monitor-archive-country-report.txt") == {
        ("Ukraine", "apmbc", "signature", "1999-02-24"), ("Ukraine", "apmbc", "ratification", "2005-12-27"),
        ("Ukraine", "apmbc", "entry_into_force", "2006-06-01")}


def test_universalisation_paragraph_with_a_yearless_accession() -> None:
    """Palau's year comes from its entry into force by the six-month rule; the signatories that
    have not ratified have their signature only."""
    assert _events("monitor-universalisation-yearless.txt") == {
        ("Palau", "apmbc", "accession", "2007-11-18"), ("Palau", "apmbc", "entry_into_force", "2008-05-01"),
        ("Bhutan", "apmbc", "accession", "2005-08-18"), ("Bhutan", "apmbc", "entry_into_force", "2006-02-01"),
        ("Vanuatu", "apmbc", "signature", "1997-12"), ("Vanuatu", "apmbc", "ratification", "2005-09-16"),
        ("Vanuatu", "apmbc", "entry_into_force", "2006-03-01"),
        ("Marshall Islands", "apmbc", "signature", "1997-12-04")}


def test_ccm_ban_policy_summary() -> None:
    assert _events("cmc-ccm-ban-policy-summary.txt") == {
        ("Philippines", "ccm", "signature", "2008-12-03"), ("Philippines", "ccm", "ratification", "2019-01-03"),
        ("Philippines", "ccm", "entry_into_force", "2019-07-01"),
        ("Indonesia", "ccm", "signature", "2008-12-03")}  # signed, not ratified


def test_key_developments_entries_one_per_state() -> None:
    assert _events("monitor-key-developments-entries.txt") == {
        ("Latvia", "apmbc", "accession", "2005-07-01"), ("Latvia", "apmbc", "entry_into_force", "2006-01-01"),
        ("Haiti", "apmbc", "ratification", "2006-02-15"), ("Haiti", "apmbc", "entry_into_force", "2006-08-01")}


def test_a_yearless_date_never_takes_the_next_date() -> None:
    # the entry into force the rule does not give leaves the accession out, never dated wrong
    assert _prose("Iraq acceded on 15 August, with entry into force on 1 March 2008.") == [
        ("Iraq", "entry_into_force", "2008-03-01")]
    assert _prose("Iraq acceded on 15 August and hosted a workshop on 1 February 2008.") == []
    assert deposit_year(15, 8, PartialDate(2008, 2, 1)) == PartialDate(2007, 8, 15)
    assert deposit_year(15, 8, PartialDate(2008)) is None


def test_deposit_of_succession_and_carried_entry_into_force() -> None:
    assert _prose("Montenegro deposited its instrument of succession to the Mine Ban Treaty on 23 October 2006 "
                  "and the treaty entered into force on 1 April 2007.") == [
        ("Montenegro", "succession", "2006-10-23"), ("Montenegro", "entry_into_force", "2007-04-01")]
    # the treaty's own entry into force, no State before it, is nobody's step
    assert _prose("The Mine Ban Treaty entered into force on 1 March 1999, becoming binding law.") == []


def test_portuguese_monitor_prose() -> None:
    assert _prose("Cabo Verde assinou o Tratado de Proibição de Minas em 4 de Dezembro de 1997, e ratificou-o em "
                  "14 de Maio de 2001.") == [("Cabo Verde", "signature", "1997-12-04"),
                                             ("Cabo Verde", "ratification", "2001-05-14")]


def test_entry_into_force_for_it_is_the_sentences_own_state() -> None:
    """"acceded ... on 20 August 2014 and the treaty will enter into force for it on 1 February
    2015": "it" is the State of the sentence's dated step; with no such step, no one."""
    assert _prose("Oman acceded to the Mine Ban Treaty on 20 August 2014 and the treaty will enter into "
                  "force for it on 1 February 2015, making it the 162nd State Party.") == [
        ("Oman", "accession", "2014-08-20"), ("Oman", "entry_into_force", "2015-02-01")]
    assert _prose("Officials said the treaty will enter into force for it on 1 February 2015.") == []
