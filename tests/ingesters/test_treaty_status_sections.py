"""Country profiles and reports: each step and meeting of the section it stands in, "it" read
as the State its paragraph is about."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import Document
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.treaty_status.ingester import TreatyStatusIngester
from ccmgraph.ingesters.treaty_status.sections import Sections
from ccmgraph.records import Meeting, TreatyEvent

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "treaty-status" / "monitor-profile-two-conventions.txt"


def _records() -> list[object]:
    doc = Document(text=FIXTURE.read_text(encoding="utf-8"), sha256="0" * 64, name=FIXTURE.name)
    assert detect(doc)[0] == "treaty-status"
    return list(TreatyStatusIngester().extract(doc))


def test_each_step_is_of_the_convention_its_sentence_is_about() -> None:
    events = {(r.state.name, r.convention, r.event, r.date.iso()) for r in _records() if isinstance(r, TreatyEvent)}
    assert events == {
        ("United Mexican States", "apmbc", "signature", "1997-12-03"),
        ("United Mexican States", "apmbc", "ratification", "1998-06-09"),
        ("United Mexican States", "apmbc", "entry_into_force", "1999-03-01"),
        ("Mexico", "ccm", "signature", "2008-12-03"),
    }


def test_meetings_with_their_own_month_and_city_and_section() -> None:
    meetings = {(m.kind, m.convention, m.number, m.date and m.date.iso(), m.city)
                for m in _records() if isinstance(m, Meeting)}
    assert meetings == {("msp", "apmbc", 10, "2010-11", "Geneva"), ("msp", "ccm", 1, "2010-11", "Vientiane"),
                        ("intersessional", "ccm", None, "2011-06", "Geneva")}


def test_a_page_about_one_convention_is_about_it_throughout() -> None:
    text = "Convention on Cluster Munitions status\nChile signed in Oslo on 3 December 2008. CCM: in force."
    assert Sections(text, "apmbc").of_sentence(text, text.index("Chile")) == "apmbc"  # the page's own
    both = "Mine Ban Treaty: signed.\nConvention on Cluster Munitions: Chile ratified it."
    sections = Sections(both, "apmbc")
    assert sections.of_sentence(both, 0) == "apmbc" and sections.of_sentence(both, both.index("Chile")) == "ccm"


def test_a_listed_state_with_an_abbreviated_name_keeps_the_list_whole() -> None:
    from ccmgraph.ingesters.treaty_status.prose import listed

    text = ("Since May 2001, five countries have ratified: St. Vincent and the Grenadines (1 August 2001), "
            "Algeria (9 October 2001), and Angola (5 July 2002). Mr. Smith noted it.")
    assert [(s.state, s.event, s.date.iso()) for s in listed(text)] == [
        ("St. Vincent and the Grenadines", "ratification", "2001-08-01"),
        ("Algeria", "ratification", "2001-10-09"), ("Angola", "ratification", "2002-07-05")]


def test_it_is_the_one_state_its_paragraph_names_and_none_when_it_names_two() -> None:
    name = "monitor-country-report-it.txt"
    doc = Document(text=(FIXTURE.parent / name).read_text(encoding="utf-8"), sha256="0" * 64, name=name)
    events = {(r.state.name, r.event, r.date.iso()) for r in TreatyStatusIngester().extract(doc)
              if isinstance(r, TreatyEvent)}
    assert events == {("São Tomé e Príncipe", "ratification", "2003-03-31"),
                      ("São Tomé e Príncipe", "entry_into_force", "2003-09-01"),  # "becoming a State Party"
                      ("São Tomé e Príncipe", "signature", "1998-04-30")}
