"""Legal-database records and depositary notices, read as notices whatever kind the page is.

Written in: a legal database's English rendering of a national treaty record ("Instrument of
ratification deposited by Liechtenstein on 4 March 2013", "Entry into force for Liechtenstein on
1 Er September 2013", the machine translation's "1 Er" for "1er"), a Spanish database's record
misread in a Chinese charset ("Ratificaci髇 de Espa馻"), a news item quoting a depositary
notice, and what must give nothing: a text of real Chinese, the instrument's own date of issue.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import Document, read_file
from ccmgraph.ingesters import choose, every_kind
from ccmgraph.ingesters.treaty_status.anywhere import treaty_events_anywhere
from ccmgraph.ingesters.treaty_status.ingester import TreatyStatusIngester
from ccmgraph.ingesters.treaty_status.mojibake import repaired
from ccmgraph.records import TreatyEvent

ROOT = Path(__file__).resolve().parents[1] / "fixtures"


def _events(records: object) -> set[tuple[str, str, str, str]]:
    return {(e.state.name, e.convention, e.event, e.date.iso()) for e in records if isinstance(e, TreatyEvent)}  # type: ignore[attr-defined]


def test_a_legal_database_record_in_english() -> None:
    doc = read_file(ROOT / "treaty-status" / "legal-database-record-en.txt")
    assert _events(TreatyStatusIngester().extract(doc)) == {
        ("Liechtenstein", "ccm", "ratification", "2013-03-04"),
        ("Liechtenstein", "ccm", "entry_into_force", "2013-09-01"),
    }  # not the Convention's adoption (30 May 2008), the Landtag's approval, nor the record's "State on"


def test_a_record_misread_in_a_chinese_charset_is_repaired_and_read() -> None:
    doc = read_file(ROOT / "treaty-status" / "record-es-ccm-misread-charset.txt")
    kind, ingester = choose(doc)
    assert kind == "treaty-status"
    assert _events(ingester.extract(doc)) == {("España", "ccm", "entry_into_force", "2009-12-01")}


def test_repair_leaves_real_chinese_and_plain_latin_alone() -> None:
    chinese = "集束弹药公约于二〇一〇年八月一日生效。" * 3
    assert repaired(chinese) == chinese
    assert repaired("Ratificación de España") == "Ratificación de España"
    mixed = "A long Latin sentence about the Convention on Cluster Munitions, naming 中国 once, and more words."
    assert repaired(mixed) == mixed  # an ideograph that is no accented letter and an ASCII one
    assert repaired("Instrumento de Aceptaci髇 de Espa馻 del Protocolo V, hecho en Ginebra") \
        == "Instrumento de Aceptación de España del Protocolo V, hecho en Ginebra"


def test_a_notice_quoted_in_news_comes_out_once() -> None:
    doc = read_file(ROOT / "news" / "treaty-depositary-notice-item.txt")
    kind, ingester = choose(doc)
    records = list(ingester.extract(doc))
    added = every_kind(doc, kind, records)
    assert kind != "treaty-status"
    assert _events([*records, *added]) == {("State of Palestine", "ccm", "accession", "2015-01-02")}
    again = list(treaty_events_anywhere(doc, kind, [*records, *added]))
    assert not again  # what the page's records hold already is not added twice


def test_a_status_page_gets_the_news_readers_entries_into_force_once() -> None:
    """A status page of one or two States: the news reader's steps the status reader does not
    read ("entrera en vigueur pour le Soudan du Sud"), and none it gives already (Moçambique's
    entry into force, in the status reader's words, is Mozambique's in the news reader's)."""
    doc = read_file(ROOT / "news" / "treaty-force-languages.txt")
    records = list(TreatyStatusIngester().extract(doc))
    got = [*records, *treaty_events_anywhere(doc, "treaty-status", records)]
    steps = [(e.event, e.date.iso()) for e in got if isinstance(e, TreatyEvent)]
    assert sorted(steps) == sorted([
        ("accession", "2023-08-03"), ("entry_into_force", "2024-02-01"),
        ("ratification", "2017-05-20"), ("entry_into_force", "2017-11-01"),
        ("ratification", "2011-03-14"), ("entry_into_force", "2011-09-01"),
    ])


def test_no_notice_on_a_page_without_one() -> None:
    doc = Document(text="Cluster munitions news\n\nThe Convention on Cluster Munitions entered into force "
                        "on 1 August 2010 and was deposited with the Secretary-General.\n",
                   sha256="0" * 64, name="plain.txt")
    assert not list(treaty_events_anywhere(doc, "news", []))


def test_on_a_profile_of_two_conventions_each_event_keeps_its_passages_convention() -> None:
    """"The convention entered into force for Chile" under the Cluster Munition Ban Policy is the
    CCM's, though the page names the Mine Ban Treaty more: the news reader's guess is left out."""
    text = ("Landmine and Cluster Munition Monitor\nCountry Profile: Chile\n\nMine Ban Policy\n\n"
            "Chile signed the Mine Ban Treaty on 3 December 1997 and ratified it on 10 September 2001, "
            "becoming a State Party on 1 March 2002. The Mine Ban Treaty is part of its law.\n\n"
            "Cluster Munition Ban Policy\n\nChile signed the Convention on Cluster Munitions on 3 December 2008 "
            "and ratified on 16 December 2010. The convention entered into force for Chile on 1 June 2011.\n")
    doc = Document(text=text, sha256="0" * 64, name="chile.txt")
    records = list(TreatyStatusIngester().extract(doc))
    got = _events([*records, *treaty_events_anywhere(doc, "treaty-status", records)])
    assert {(c, e, d) for _, c, e, d in got} == {
        ("apmbc", "signature", "1997-12-03"), ("apmbc", "ratification", "2001-09-10"),
        ("apmbc", "entry_into_force", "2002-03-01"), ("ccm", "signature", "2008-12-03"),
        ("ccm", "ratification", "2010-12-16"), ("ccm", "entry_into_force", "2011-06-01")}



@pytest.mark.parametrize(("fixture", "expected"), [
    # a Portuguese treaty database labels each step on the line above its date: not the
    # Convention's own conclusion (18/09/1997) nor its entry into force (01/03/1999)
    ("database-record-pt-apmbc.txt", {("Portugal", "apmbc", "signature", "1997-12-03"),
                                      ("Portugal", "apmbc", "ratification", "1999-02-19"),
                                      ("Portugal", "apmbc", "entry_into_force", "1999-08-01")}),
    # a short press note of one State's steps, under no status heading, is read, not refused
    ("press-note-one-state-steps.txt", {("Iceland", "ccm", "signature", "2008-12-03"),
                                        ("Iceland", "ccm", "ratification", "2015-08-31"),
                                        ("Iceland", "ccm", "entry_into_force", "2016-02-01")}),
    # a signature dated first in its sentence; "in Oslo" is the place, not a State
    ("press-note-date-first-signed.txt", {("Germany", "ccm", "signature", "2008-12-03"),
                                          ("Germany", "ccm", "ratification", "2009-07-08")}),
])
def test_a_states_own_steps_in_a_record_or_a_press_note(fixture: str, expected: set[tuple[str, str, str, str]]) -> None:
    doc = read_file(ROOT / "treaty-status" / fixture)
    kind, ingester = choose(doc)
    assert kind == "treaty-status"
    assert _events(ingester.extract(doc)) == expected


def test_a_note_of_the_conventions_own_entry_into_force_is_no_states_steps() -> None:
    doc = read_file(ROOT / "treaty-status" / "press-note-one-step.txt")
    assert TreatyStatusIngester().sniff(doc) < 0.3
