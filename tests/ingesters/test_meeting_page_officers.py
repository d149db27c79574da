"""Officers a meeting report names with their whole post between holder and role: each with
State and person, for the right meeting; a clause between them ties nobody."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.ingesters.meeting_page.officers import _is_post
from ccmgraph.records import Mandate, Mention, PartialDate, Record, Warning_

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"


def _roles(name: str) -> set[tuple[str, str | None, str, str, str]]:
    records: list[Record] = list(MeetingPageIngester().extract(read_file(PAGES / name)))
    return {(m.role, m.for_meeting, m.holder.kind, m.holder.name, m.convention) for m in records if isinstance(m, Mandate)}


def test_elected_with_a_long_post_as_president() -> None:
    assert _roles("apmbc-13msp-officers-report.txt") == {
        ("president", "12MSP", "state", "Slovenia", "apmbc"),
        ("president", "12MSP", "person", "H.E. Matjaž Kovačič", "apmbc"),
        ("president", "13MSP", "state", "Algeria", "apmbc"),
        ("president", "13MSP", "person", "H.E. Boudjemâa Delmi", "apmbc"),
        *(("vice-president", "13MSP", "state", s, "apmbc") for s in ("Austria", "Colombia", "Ecuador", "Thailand")),
    }


def test_presiding_over_the_work_and_vice_presidents_of_the_conference() -> None:
    """One who "will preside over the work of the Third Conference" is its President-designate."""
    assert _roles("ccw-p5-3conf-press-summary.txt") == {
        ("president-designate", "3CONF", "state", "India", "ccw-p5"),
        ("president-designate", "3CONF", "person", "Ambassador Hamid Ali Rao", "ccw-p5"),
        ("vice-president", "3CONF", "state", "Australia", "ccw-p5"),
        ("vice-president", "3CONF", "state", "Slovenia", "ccw-p5"),
    }


def test_who_presided_and_designated_as_president() -> None:
    roles = _roles("ccm-8msp-outcome-page.txt")
    assert {r for r in roles if r[1] in ("8MSP", "2RC")} == {
        ("president", "8MSP", "state", "Nicaragua", "ccm"),
        ("president", "8MSP", "person", "Mr. Carlos Morales Dávila", "ccm"),
        ("president-designate", "2RC", "state", "Switzerland", "ccm"),
        ("president-designate", "2RC", "person", "H.E. Ms. Sabrina Dallafior Matter", "ccm"),
    }
    assert not any("Roe" in r[3] for r in roles)


@pytest.mark.parametrize(("gap", "post"), [
    (", Ambassador and Permanent Representative of Algeria to the United Nations (Geneva)", True),
    (" of Belgium", True),
    (" (Austria)", True),
    ("", True),
    (", who thanked the President", False),
    ("; the meeting then heard", False),
    (", the host of the reception given for the delegations in the garden of the Palais des Nations on the "
     "evening of the first day of the meeting before the closing", False),
])
def test_what_counts_as_a_post(gap: str, post: bool) -> None:
    assert _is_post(gap) is post


def test_a_one_word_person_is_left_out_and_a_trailing_particle_dropped() -> None:
    records: list[Record] = list(MeetingPageIngester().extract(read_file(PAGES / "apmbc-17msp-va-panel-page.txt")))
    people = {m.name for m in records if isinstance(m, Mention) and m.kind == "person"}
    assert "Mr. Juan" not in people and not any(name.endswith(" de") for name in people)
    assert any("'Mr. Juan' is one word" in w.message for w in records if isinstance(w, Warning_))


def test_vice_presidents_of_the_conference_are_not_a_meeting_of_experts() -> None:
    roles = _roles("ccw-p5-experts-vice-presidents-page.txt")
    assert not any(r[0] == "vice-president" for r in roles)  # the page's own meeting is the Meeting of Experts
    assert ("president-designate", "4CONF", "state", "Australia", "ccw-p5") in roles  # "will be presided over by"


def test_holders_without_honorific_with_their_state_in_parentheses() -> None:
    roles = _roles("apmbc-1rc-yearbook-chapter.txt")
    assert roles == {
        ("president-designate", "1RC", "state", "Austria", "apmbc"),
        ("president-designate", "1RC", "person", "Wolfgang Petritsch", "apmbc"),
        ("president", "4MSP", "state", "Belgium", "apmbc"),
        ("president", "4MSP", "person", "Jean Lint", "apmbc"),
    }  # "the Chair of the Committee, Mary Roe (Freedonia)": no meeting's post, and no State


def test_a_committee_s_co_chairs_and_co_rapporteurs_listed_in_prose() -> None:
    records = list(MeetingPageIngester().extract(read_file(PAGES / "apmbc-standing-committees-2004-update.txt")))
    found = {(m.role, m.holder.kind, m.holder.name, m.theme, m.convention) for m in records if isinstance(m, Mandate)}
    theme = "Victim Assistance and Socio-Economic Reintegration"
    assert found == {
        ("co-chair", "state", "Nicaragua", theme, "apmbc"), ("co-chair", "person", "Ambassador Jane Roe", theme, "apmbc"),
        ("co-chair", "state", "Norway", theme, "apmbc"), ("co-chair", "person", "Mr. John Doe", theme, "apmbc"),
        ("co-rapporteur", "state", "Sudan", theme, "apmbc"), ("co-rapporteur", "person", "Ms. Anne Poe", theme, "apmbc"),
        ("co-rapporteur", "state", "Switzerland", theme, "apmbc"),
        ("co-rapporteur", "person", "Mr. Karl Moe", theme, "apmbc"),
    }  # "its Co-Chairs, the delegation and the ICBL" lists nobody


def test_the_chair_of_a_committee_after_the_chair_s_post() -> None:
    records = list(MeetingPageIngester().extract(read_file(PAGES / "apmbc-17msp-va-side-event-page.txt")))
    chairs = {(m.holder.kind, m.holder.name, m.theme) for m in records if isinstance(m, Mandate) and m.role == "committee-chair"}
    assert chairs == {
        ("state", "Belgium", "Victim Assistance"), ("person", "Ms. Anne Roe", "Victim Assistance"),
        ("state", "Chile", "Article 5 Implementation"), ("person", "H.E. Mr. Carl Poe", "Article 5 Implementation"),
    }  # Mr. Dan Moe "who thanked the Chair of ..." holds no chair
    assert {m.convention for m in records if isinstance(m, Mandate)} == {"apmbc"}


def test_was_elected_president_and_no_one_word_person() -> None:
    records = list(MeetingPageIngester().extract(read_file(PAGES / "apmbc-11msp-officers-day1.txt")))
    roles = {(m.role, m.holder.kind, m.holder.name) for m in records if isinstance(m, Mandate)}
    assert roles == {("president", "person", "H.E. Prak Sokhonn"), ("vice-president", "state", "Albania"),
                     ("vice-president", "state", "Australia"), ("vice-president", "state", "Canada")}
    people = {m.name for m in records if isinstance(m, Mention) and m.kind == "person"}
    assert people == {"H.E. Prak Sokhonn"}  # "Minister Attached to the Prime Minister" is a post, no person


def test_a_final_document_s_officers_of_the_meeting_named_without_number() -> None:
    assert _roles("ccm-3msp-final-document.txt") == {
        ("president", "3MSP", "state", "Norway", "ccm"),
        ("president", "3MSP", "person", "Ambassador Steffen Kongstad", "ccm"),
        *(("vice-president", "3MSP", "state", s, "ccm") for s in ("Australia", "Chile", "Zambia")),
    }  # "the President of the Conference on Disarmament", "the Co-Chairs and Mexico", "of the Meeting of
    # States Parties held in 2020": none the page's own meeting's officers


def test_a_presidency_term_with_its_dates_is_the_roles_own() -> None:
    """The dated term is kept (not dropped as the role's copy); the undated role of the same
    State and meeting gives way to it: one presidency, from September 2019."""
    records = list(MeetingPageIngester().extract(read_file(PAGES / "ccm-2rc-presidency-visit-page.txt")))
    found = {(m.holder.name, m.for_meeting, m.start) for m in records if isinstance(m, Mandate)}
    assert found == {("Ambassador Felix Baumann", "2RC", None), ("Switzerland", "2RC", PartialDate(2019, 9))}


def test_elected_by_the_meeting_or_by_acclamation_as_president_and_a_glued_post_is_no_name() -> None:
    records: list[Record] = list(MeetingPageIngester().extract(read_file(PAGES / "ccm-4msp-repository-record.txt")))
    assert {(m.role, m.for_meeting, m.holder.kind, m.holder.name) for m in records if isinstance(m, Mandate)} == {
        ("president", "3MSP", "person", "Ambassador Steffen Kongstad"),  # his State is not written
        ("president", "4MSP", "state", "Republic of Zambia"),
        ("president", "4MSP", "person", "H.E Wylbur Simuusa"),
    }
    # "Minster" (so written) is his post, not his name
    assert sorted(m.name for m in records if isinstance(m, Mention) and m.kind == "person") == [
        "Ambassador Steffen Kongstad", "H.E Wylbur Simuusa"]
    assert _roles("ccm-5msp-opening-note.txt") == {
        ("president", "5MSP", "state", "Costa Rica", "ccm"),
        ("president", "5MSP", "person", "Mr. Manuel González Sanz", "ccm"),
    }  # a rapporteur elected by the Meeting, after a clause of her own, holds no President's post


def test_co_chairs_take_the_one_theme_the_pages_heading_names(tmp_path: Path) -> None:
    """"Victim Assistance: Summary and Statements" heads a Standing Committee's page; its
    Co-Chairs and Co-Rapporteurs are that committee's. A heading naming two themes gives none."""
    def themed(path: Path) -> set[tuple[str, str, str | None]]:
        return {(m.role, m.holder.name, m.theme) for m in MeetingPageIngester().extract(read_file(path))
                if isinstance(m, Mandate)}

    page = PAGES / "apmbc-sc-heading-theme-2004.txt"
    va = "Victim Assistance"
    assert themed(page) == {
        ("co-chair", "Australia", va), ("co-chair", "Ambassador Mike Smith", va),
        ("co-chair", "Croatia", va), ("co-chair", "Ms. Dijana Plestina", va),
        ("co-rapporteur", "Nicaragua", va), ("co-rapporteur", "Ms. Maria Pia Hernandez", va),
        ("co-rapporteur", "Norway", va), ("co-rapporteur", "Ms. Mariann Murvoll", va)}
    two = tmp_path / "two-themes.txt"
    two.write_text(page.read_text(encoding="utf-8").replace("Victim Assistance: Summary and Statements",
                                                            "Victim Assistance\n\nMine Clearance"), encoding="utf-8")
    assert {theme for _, _, theme in themed(two)} == {None}


def test_posts_only_recommended_are_no_facts() -> None:
    """A designation agreed is a post; vice-presidents a meeting only recommended are none."""
    assert _roles("apmbc-1rc-officers-recommended.txt") == {
        ("president-designate", "1RC", "state", "Austria", "apmbc"),
        ("president-designate", "1RC", "person", "Wolfgang Petritsch", "apmbc"),
    }


def test_a_royal_named_by_one_given_name_is_a_person() -> None:
    """"HRH Princess Astrid" is how she is named; "Mr. Juan" stays one word, no one's name."""
    records: list[Record] = list(MeetingPageIngester().extract(read_file(PAGES / "apmbc-4rc-opening-royals.txt")))
    people = {m.name for m in records if isinstance(m, Mention) and m.kind == "person"}
    assert people == {"HRH Princess Astrid", "HRH Prince Mired"}
    assert [w.message for w in records if isinstance(w, Warning_) and "one word" in w.message] == [
        "'Mr. Juan' is one word, no person's name; left out"]


def _secretaries(name: str) -> set[tuple[str | None, str, str, str | None, str]]:
    records: list[Record] = list(MeetingPageIngester().extract(read_file(PAGES / name)))
    return {(m.for_meeting, m.holder.kind, m.holder.name, m.holder.party, m.convention)
            for m in records if isinstance(m, Mandate) and m.role == "other"}


def test_the_secretary_general_named_after_the_meeting_is_the_person_alone() -> None:
    assert _secretaries("apmbc-14msp-secretary-general.txt") == {
        ("14MSP", "person", "H.E. Urs Schmid", "Switzerland", "apmbc")}  # thanks and the UN's own name none


def test_the_secretary_general_confirmed_after_their_post() -> None:
    assert _secretaries("apmbc-3rc-secretary-general.txt") == {
        ("3RC", "person", "Mr. Peter Kolarov", None, "apmbc")}  # "who addressed the Secretary-General" ties nobody


def test_a_presidency_without_its_meeting_is_the_one_the_page_gives_with_it() -> None:
    got = {(role, meeting, kind, name.split()[-1]) for role, meeting, kind, name, _ in _roles("apmbc-10msp-president-term.txt")}
    # "her term as the Convention's President, Ambassador Eckey" is her presidency of the 2RC; the
    # heading "Election of the President of the 10MSP" over "Ambassador Eckey presided ..." is not hers
    assert got == {("president", "2RC", "state", "Norway"), ("president", "2RC", "person", "Eckey"),
                   ("president", "10MSP", "state", "Albania"), ("president", "10MSP", "person", "Turdiu")}


def test_agenda_item_electing_vice_presidents_and_a_line_cut_in_its_last_name() -> None:
    assert _roles("ccm-11msp-agenda-election-cut.txt") == {
        ("president", "11MSP", "state", "Iraq", "ccm"),
        *(("vice-president", "11MSP", "state", s, "ccm") for s in ("Nicaragua", "Sri Lanka", "Switzerland")),
    }  # "the United K": a name cut off is nobody


def test_agenda_item_listing_more_than_states_gives_no_vice_president() -> None:
    assert _roles("ccm-11msp-agenda-election-unlisted.txt") == set()


def test_president_elected_for_a_conference_still_to_take_place_is_its_president_designate() -> None:
    roles = _roles("apmbc-5rc-planned-president.txt")
    assert {r for r in roles if r[0] != "president"} == {
        ("president-designate", "5RC", "state", "Cambodia", "apmbc"),
        ("president-designate", "5RC", "person", "H.E. Ly Thuch", "apmbc"),
    }  # (the news reader's own "elected ... as President" is read apart from the officers)


def test_one_who_will_preside_is_designate_unless_the_meeting_is_under_way() -> None:
    """"who will preside over the Second Conference" (a meeting the page does not date): its
    President-designate; "will preside over the work of the Fourth Conference, which is being
    held" now: its President; one who "will chair the Meeting of Experts as President of the
    Thirteenth Conference" is that Conference's President."""
    roles = {r for r in _roles("p5-will-preside-designate-or-president.txt") if r[0].startswith("president")}
    assert roles == {
        ("president-designate", "2CONF", "state", "Lithuania", "ccw-p5"),
        ("president-designate", "2CONF", "person", "Ambassador Edvardas Borisovas", "ccw-p5"),
        ("president", "4CONF", "state", "Australia", "ccw-p5"),
        ("president", "4CONF", "person", "Ambassador Peter Woolcott", "ccw-p5"),
        ("president", "13CONF", "state", "Finland", "ccw-p5"),
        ("president", "13CONF", "person", "Ambassador Terhi Hakala", "ccw-p5"),
    }
