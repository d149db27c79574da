"""Coordinators named by role word and a list of their States (composition/coordinators.py)."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import Document
from ccmgraph.ingesters import detect, every_kind
from ccmgraph.ingesters.composition.coordinators import read_coordinator_lists, sentence_theme
from ccmgraph.ingesters.composition.officers import read_officers
from ccmgraph.records import Mandate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "composition"


def _read(name: str, convention: str) -> set[tuple[object, ...]]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return {(m.holder.name, m.convention, m.theme, m.start and m.start.iso()) for m in read_coordinator_lists(text, convention)}


def test_coordinators_then_their_states_then_the_theme_they_briefed_on() -> None:
    assert _read("coordinators-briefed.txt", "ccm") == {
        ("Ecuador", "ccm", "Clearance and Risk Reduction", "2019"), ("Iraq", "ccm", "Clearance and Risk Reduction", "2019"),
        ("Netherlands", "ccm", "Universalization", "2019"), ("Chile", "ccm", "Universalization", "2019")}
    # Austria's theme is cut off, Italy and Peru's sentence names two themes: no post; Ghana and
    # Mexico have their theme before the title (prose.py reads that layout on composition pages)


def test_a_group_of_coordinators_named_without_their_themes_holds_no_post() -> None:
    """"Coordinators from Lithuania, ..., and France who are responsible for the substantive
    issues": which State coordinates which theme is not said, and a coordination without its
    theme cannot be written (the shapes refuse it): nothing, rather than a refused page."""
    assert _read("coordinators-from.txt", "ccw-p5") == set()


def test_the_year_of_the_page_only_where_its_dates_are_of_one_year() -> None:
    text = (FIXTURES / "coordinators-briefed.txt").read_text(encoding="utf-8")
    assert {m.start and m.start.iso() for m in read_coordinator_lists(text, "ccm")} == {"2019"}
    twice = text.replace("on 4-5 June 2019.", "on 4-5 June 2019, after the 30 August 2018 meeting.")
    assert {m.start for m in read_coordinator_lists(twice, "ccm")} == {None}


def test_the_coordinator_of_a_contact_group_the_registry_knows() -> None:
    assert _read("coordinators-contact-group.txt", "apmbc") == {("Canada", "apmbc", "Universalization Contact Group", None)}
    # the "Mine Action Support Group" is no contact group of the convention's: no post


def test_a_sentence_theme_is_one_theme_or_none() -> None:
    assert sentence_theme("briefed the meeting on the implementation of Article 3", "ccm") == "Stockpile Destruction and Retention"
    assert sentence_theme("briefed the meeting on the universalisation of the Convention", "ccm") == "Universalization"
    assert sentence_theme("briefed the meeting on victim assistance under Article 5", "ccm") == "Victim Assistance"
    assert sentence_theme("briefed the meeting on Article 3 and Article 4", "ccm") is None
    assert sentence_theme("briefed the meeting on the status of the Convention", "ccm") is None
    # the article's theme is the convention's own (themes.csv `article`): Article 7 is reporting
    # under the CCM, no theme's under the APMBC; Article 8 is no theme's under either
    assert sentence_theme("briefed the meeting on the implementation of Article 7", "ccm") == "Reporting"
    assert sentence_theme("briefed the meeting on the implementation of Article 7", "apmbc") is None
    assert sentence_theme("briefed the meeting on the implementation of Article 5", "apmbc") == "Article 5 Implementation"
    assert sentence_theme("briefed the meeting on Article 8", "ccm") is None


def test_the_coordinators_of_a_meeting_page_are_added_and_its_kind_kept() -> None:
    doc = Document(text=(FIXTURES / "coordinators-briefed.txt").read_text(encoding="utf-8"), sha256="0" * 64,
                   name="coordinators-briefed.txt")
    kind, ingester = detect(doc)
    assert kind == "meeting-page"
    own = list(ingester.extract(doc))
    added = {(m.holder.name, m.theme) for m in every_kind(doc, kind, own) if isinstance(m, Mandate)}
    assert added == {("Ecuador", "Clearance and Risk Reduction"), ("Iraq", "Clearance and Risk Reduction"),
                     ("Netherlands", "Universalization"), ("Chile", "Universalization")}


def test_officers_named_by_post_and_meeting_with_their_state_in_brackets() -> None:
    text = (FIXTURES / "officers-statements-list.txt").read_text(encoding="utf-8")
    assert [(m.holder.name, m.role, m.for_meeting, m.convention) for m in read_officers(text, "apmbc")] == [
        ("Jordan", "vice-president", "7MSP", "apmbc"), ("Netherlands", "president-designate", "8MSP", "apmbc")]
    # Jordan once; a person in the bracket, or a post of no numbered meeting, gives nothing


def _posts(name: str, convention: str) -> set[tuple[object, ...]]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return {(m.holder.name, m.role, m.convention, m.theme, m.start and m.start.iso(), m.end and m.end.iso())
            for m in read_coordinator_lists(text, convention)}


def test_themes_listed_under_a_lead_naming_the_coordinators_each_with_its_states() -> None:
    assert _posts("coordinators-theme-list.txt", "ccm") == {
        ("Portugal", "coordinator", "ccm", "Universalization", None, None),
        ("Ghana", "coordinator", "ccm", "Universalization", None, None),
        ("Bosnia and Herzegovina", "coordinator", "ccm", "Victim assistance", None, None),
        ("Afghanistan", "coordinator", "ccm", "Victim assistance", None, None),
        ("Croatia", "coordinator", "ccm", "Stockpile destruction and retention", None, None),
        ("Spain", "coordinator", "ccm", "Stockpile destruction and retention", None, None),
        ("Belgium", "coordinator", "ccm", "Transparency reporting", None, None),
    }  # the meeting's dates are no period; a bracket holding more than States gives nothing (Mexico)


def test_themes_after_the_leads_colon_with_the_leads_or_the_brackets_years() -> None:
    assert _posts("coordinators-theme-clauses.txt", "ccm") == {
        ("Ghana", "coordinator", "ccm", "Universalization", "2012", "2014"),
        ("Afghanistan", "coordinator", "ccm", "Victim assistance", "2013", "2014"),
        ("Lao PDR", "coordinator", "ccm", "Clearance and risk reduction education", "2012", "2014"),
    }  # the working groups' list has no lead naming Coordinators: Australia and Norway hold nothing


def test_a_theme_list_on_a_meeting_page_keeps_its_kind() -> None:
    doc = Document(text=(FIXTURES / "coordinators-theme-list.txt").read_text(encoding="utf-8"), sha256="0" * 64,
                   name="coordinators-theme-list.txt")
    kind, ingester = detect(doc)
    assert kind == "meeting-page"
    added = {(m.holder.name, m.theme) for m in every_kind(doc, kind, list(ingester.extract(doc))) if isinstance(m, Mandate)}
    assert ("Belgium", "Transparency reporting") in added and len(added) == 7


def test_themes_a_flattening_ran_into_the_leads_line() -> None:
    gso = "General status and operation of the Convention"
    assert _posts("coordinators-theme-run-in.txt", "ccm") == {
        ("Netherlands", "coordinator", "ccm", gso, None, None), ("Lebanon", "coordinator", "ccm", gso, None, None),
        ("Norway", "coordinator", "ccm", "Universalization", None, None),
        ("Zambia", "coordinator", "ccm", "Universalization", None, None),
    }  # coordinators "to be confirmed" are no States: no post for victim assistance
