"""The composition reader on tables, committee pages and logs written in the real layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import Document
from ccmgraph.errors import ExtractionError
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.composition.ingester import CompositionIngester
from ccmgraph.records import Mandate, Meeting

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "composition"


def _doc(name: str) -> Document:
    return Document(text=(FIXTURES / name).read_text(encoding="utf-8"), sha256="0" * 64, name=name)


def _mandates(name: str) -> set[tuple[object, ...]]:
    return {(r.holder.name, r.role, r.convention, r.theme, r.start and r.start.iso(), r.end and r.end.iso(),
             r.for_meeting) for r in CompositionIngester().extract(_doc(name)) if isinstance(r, Mandate)}


def test_whole_table_on_one_line() -> None:
    gso = "General status and operation of the Convention"
    assert _mandates("coordinators-one-line.txt") == {
        ("Costa Rica", "president", "ccm", None, None, None, "5MSP"),
        ("Croatia", "president-designate", "ccm", None, None, None, "1RC"),
        ("Netherlands", "coordinator", "ccm", gso, "2014", "2015", None),
        ("Lebanon", "coordinator", "ccm", gso, "2014", "2016", None),
        ("Norway", "coordinator", "ccm", "Universalization", "2014", "2015", None),
        ("Zambia", "coordinator", "ccm", "Universalization", "2014", "2016", None),
        ("CMC", "committee-member", "ccm", "Coordination Committee", None, None, None),
        ("ICRC", "committee-member", "ccm", "Coordination Committee", None, None, None),
        ("UN", "committee-member", "ccm", "Coordination Committee", None, None, None),
    }  # the members with observer status, as the registry knows them


def test_committee_members_and_chair_not_prose_states() -> None:
    theme = "Victim Assistance"
    assert _mandates("committee-page.txt") == {
        ("Chile", "committee-chair", "apmbc", theme, "2017", "2018", None),
        ("Chile", "committee-member", "apmbc", theme, "2017", "2018", None),
        ("Algeria", "committee-member", "apmbc", theme, "2017", "2018", None),
        ("Sweden", "committee-member", "apmbc", theme, "2018", "2019", None),
    }


def test_coordinator_log_sentences_and_the_meetings_named() -> None:
    records = list(CompositionIngester().extract(_doc("coordinators-log.txt")))
    holders = {(r.holder.name, r.role, r.theme) for r in records if isinstance(r, Mandate)}
    assert {h for h in holders if h[1] != "coordinator"} == {("Sheila Mweemba", "isu-director", None)}
    holders = {h for h in holders if h[1] == "coordinator"}
    universalization = ("Ecuador", "Zambia", "France", "Panama", "Philippines", "Spain")
    assert holders == {(s, "coordinator", "Universalization") for s in universalization} | {
        (s, "coordinator", "International Cooperation and Assistance") for s in ("Australia", "Iraq")} | {
        (s, "coordinator", "Victim Assistance") for s in ("Ireland", "Spain")}
    assert [(m.convention, m.kind, m.number) for m in records if isinstance(m, Meeting)] == [
        ("ccm", "msp", 9), ("ccm", "msp", 10)]


def test_detected_as_composition() -> None:
    for name in ("coordinators-one-line.txt", "committee-page.txt"):
        assert detect(_doc(name))[0] == "composition"


def test_a_meeting_keeps_only_the_place_and_time_written_right_after_it() -> None:
    from ccmgraph.ingesters.flat.meetings import numbered_meetings

    text = ("Work Plan up to the 12th Meeting of States Parties (12MSP) to be held in Geneva in September 2024.\n"
            "The 9MSP report is due by 30 June 2019. The 1RC of September 2015, held in Dubrovnik, Croatia, "
            "followed the 1RC in 2015. The 2RC was held in Lausanne; the 2RC was held in Geneva.\n")
    got = {(m.number, m.kind, m.city, m.date and m.date.iso()) for m in numbered_meetings(text, "ccm")}
    assert got == {(12, "msp", "Geneva", "2024-09"), (9, "msp", None, None), (1, "revcon", "Dubrovnik", "2015-09"),
                   (2, "revcon", None, None)}  # a deadline is not the 9MSP's date; two places give none


def test_a_theme_with_its_co_chairs_and_co_rapporteurs() -> None:
    theme = "Standing Committee on Victim Assistance and Socio-Economic Reintegration"
    assert {(h, r, t) for h, r, _, t, *_ in _mandates("standing-committees.txt")} == {
        ("Australia", "co-chair", theme), ("Uganda", "co-chair", theme),
        ("Algeria", "co-rapporteur", theme), ("Croatia", "co-rapporteur", theme)}  # the theme carries on


def test_friends_of_the_president_must_be_states() -> None:
    from ccmgraph.ingesters.composition.prose import read_prose

    text = "The President thanked the Friends of the President: the ICRC and the CMC.\n"
    assert list(read_prose(text, "ccm")) == []


def test_a_table_whose_labels_are_neither_roles_nor_themes_is_refused() -> None:
    import pytest

    from ccmgraph.errors import ExtractionError

    text = ("Composition of the Coordination Committee of the Convention on Cluster Munitions\n"
            "Coordinators State Period\nCatering Norway 2012-2013\nParking Chile 2012-2013\n"
            "Universalization Ghana 2012-2014\n")
    doc = Document(text=text, sha256="0" * 64, name="odd.txt")
    with pytest.raises(ExtractionError, match="refused whole"):
        list(CompositionIngester().extract(doc))


def test_a_work_plan_dates_its_coordinators_posts_and_no_undated_copy_stays() -> None:
    va = {m for m in _mandates("coordinators-log.txt") if m[3] == "Victim Assistance"}
    assert va == {(s, "coordinator", "ccm", "Victim Assistance", "2018", "2019", None) for s in ("Ireland", "Spain")}
    undated = {m[0] for m in _mandates("coordinators-log.txt") if m[4] is None}
    assert "Ecuador" in undated  # a coordinator no work plan dates keeps no period


def test_states_listed_above_other_members_are_members_and_no_chair() -> None:
    theme = "Enhancement of Cooperation and Assistance"
    assert _mandates("committee-other-members.txt") == {
        ("Sweden", "committee-member", "apmbc", theme, "2018", "2019", None),
        ("Thailand", "committee-member", "apmbc", theme, "2018", "2019", None),
        ("Turkey", "committee-member", "apmbc", theme, "2019", "2020", None),
        ("United Kingdom", "committee-member", "apmbc", theme, "2019", "2020", None),
    }  # no chair: the page does not call Sweden so; Colombia, named in prose without a term, holds no seat


def test_a_committee_the_president_chairs_ex_officio() -> None:
    theme = "Cooperative Compliance"
    got = _mandates("committee-chaired-by-president.txt")
    assert {m for m in got if m[0] == "Norway"} == {
        ("Norway", "committee-chair", "apmbc", theme, "2019", "2019", None),
        ("Norway", "president", "apmbc", None, "2019", "2019", None)}
    assert {m[0] for m in got if m[1] == "committee-member"} == {"Iraq", "Poland", "Switzerland", "Zambia"}


def test_protocol_v_coordinators_by_their_letters_in_the_year_of_the_meeting() -> None:
    got = {(h, t) for h, r, c, t, s, e, _ in _mandates("p5-experts-letters.txt") if r == "coordinator"
           and c == "ccw-p5" and s == "2012" and e is None}
    assert got == {("Mario Amadei", "generic preventive measures"), ("Amandeep Singh Gill", "national reporting"),
                   ("Caroline Wörgötter", "victim assistance"), ("Danijela Žunec Brandt", "victim assistance")}
    assert len(_mandates("p5-experts-letters.txt")) == 4  # a letter on a dinner names no post, ranks are no name
    assert detect(_doc("p5-experts-letters.txt"))[0] == "composition"


def test_only_letters_the_text_ties_to_a_coordinator_name_one() -> None:
    got = {(h, t) for h, r, c, t, s, e, _ in _mandates("p5-experts-letters-tied.txt") if r == "coordinator"
           and c == "ccw-p5" and s == "2013" and e is None}
    assert got == {("Gerfried Elias", "clearance"), ("Amandeep Singh Gill", "national reporting"),
                   ("Caroline Wörgötter", "victim assistance"), ("Danijela Žunec Brandt", "victim assistance")}
    assert len(_mandates("p5-experts-letters-tied.txt")) == 4  # Mr. Lisuchenko's letter is not tied to a post


def test_a_letter_from_a_person_on_a_theme_is_no_post() -> None:
    from ccmgraph.ingesters.composition.prose import read_prose

    text = ("CCW Protocol V\n\n2012 Meeting of Experts\n\n"
            "Letter from Colonel Gerfried Elias on clearance of explosive remnants of war.\n\n"
            "Letter from Ms. Caroline Wörgötter and Ms. Danijela Žunec Brandt on victim assistance.\n")
    assert list(read_prose(text, "ccw-p5")) == []


def test_letters_name_no_coordinator_without_the_meeting_of_experts_year() -> None:
    from ccmgraph.ingesters.composition.prose import read_prose

    text = "CCW Protocol V\n\nLetter from the Coordinator on cooperation and assistance, Mr. Yevgen Lisuchenko.\n"
    assert list(read_prose(text, "ccw-p5")) == []


def test_coordinators_named_after_their_theme_and_the_isu_director() -> None:
    assert _mandates("coordinators-prose.txt") == {
        ("France", "coordinator", "ccm", "Universalization", None, None, None),
        ("Panama", "coordinator", "ccm", "Universalization", None, None, None),
        ("Ireland", "coordinator", "ccm", "Victim Assistance", "2017", "2018", None),
        ("Italy", "coordinator", "ccm", "Victim Assistance", "2017", "2018", None),
        ("Ms. Sheila Mweemba", "isu-director", "ccm", None, None, None, None),
    }  # "are working with the CMC and the ICRC" names no coordinator


def test_a_coordinator_by_name_holds_the_post_for_the_state() -> None:
    records = [r for r in CompositionIngester().extract(_doc("p5-coordinator-by-name.txt")) if isinstance(r, Mandate)]
    got = {(r.holder.name, r.holder.kind, r.convention, r.theme, r.on_behalf_of and r.on_behalf_of.name)
           for r in records}
    assert got == {("Caroline Wörgötter", "person", "ccw-p5", "Victim Assistance", "Austria"),
                   ("Austria", "state", "ccw-p5", "Victim Assistance", None)}
    assert len(records) == 2  # the State once, though two patterns name it


def test_the_isu_headed_by_its_director() -> None:
    assert _mandates("apmbc-isu-director.txt") == {("Mr. Kerry Brinkert", "isu-director", "apmbc", None, None, None, None)}


def test_protocol_v_posts_by_name_state_and_the_conference_they_are_for() -> None:
    records = list(CompositionIngester().extract(_doc("p5-experts-2014.txt")))
    got = {(r.holder.name, r.holder.kind, r.role, r.theme, r.start and r.start.iso(), r.for_meeting)
           for r in records if isinstance(r, Mandate)}
    assert got == {
        ("Katerina Sequensova", "person", "president-designate", None, None, "8CONF"),
        ("Czech Republic", "state", "president-designate", None, None, "8CONF"),
        ("Jim Burke", "person", "coordinator", "generic preventive measures", "2014", None),
        ("Ireland", "state", "coordinator", "generic preventive measures", "2014", None),
    }  # a rank is no part of a name; "to be confirmed" names no one
    conferences = [(m.kind, m.number, m.short_name) for m in records if isinstance(m, Meeting)]
    assert conferences == [("conference", 8, "8CONF")]


def test_a_president_designate_named_as_ambassador_of_a_state() -> None:
    from ccmgraph.ingesters.composition.prose import read_prose

    text = ("The Meeting will be chaired by Mr. M. Shameem Ahsan, Ambassador of Bangladesh, as President-designate "
            "of the Ninth Conference.\n")
    assert {(m.holder.name, m.role, m.for_meeting) for m in read_prose(text, "ccw-p5")} == {
        ("M. Shameem Ahsan", "president-designate", "9CONF"), ("Bangladesh", "president-designate", "9CONF")}


def test_a_one_year_chair_among_two_year_members_chairs_but_holds_no_seat() -> None:
    got = _mandates("committee-chair-one-year.txt")
    assert {m for m in got if m[0] == "Sudan"} == {("Sudan", "committee-chair", "apmbc", "Cooperative Compliance",
                                                    "2020", "2020", None)}
    assert {(m[0], m[4], m[5]) for m in got if m[1] == "committee-member"} == {
        ("Iraq", "2019", "2020"), ("Switzerland", "2020", "2021"), ("Poland", "2020", "2021"),
        ("Panama", "2020", "2021")}


def test_standing_committee_co_chairs_and_co_rapporteurs_in_a_sentence() -> None:
    theme = "General Status and Operation of the Convention"
    assert {(h, r, t) for h, r, _, t, *_ in _mandates("standing-committees-prose.txt")} == {
        ("Ecuador", "co-chair", theme), ("Slovenia", "co-chair", theme),
        ("Canada", "co-rapporteur", theme), ("Thailand", "co-rapporteur", theme)}  # thanked bodies hold no post


def test_french_committee_page_with_the_chair_marked_before_the_term() -> None:
    theme = "Article 5 Implementation"
    assert _mandates("committee-page-fr.txt") == {
        ("Canada", "committee-chair", "apmbc", theme, "2019", "2020", None),
        ("Canada", "committee-member", "apmbc", theme, "2019", "2020", None),
        ("Austria", "committee-member", "apmbc", theme, "2019", "2020", None),
        ("Norway", "committee-member", "apmbc", theme, "2020", "2021", None),
        ("Zambia", "committee-member", "apmbc", theme, "2020", "2021", None),
    }  # the Oslo Action Plan is no post


def test_spanish_committee_page_in_pipes() -> None:
    theme = "Victim Assistance"
    assert _mandates("committee-page-es.txt") == {
        ("Thailand", "committee-chair", "apmbc", theme, "2020", "2021", None),
        ("Thailand", "committee-member", "apmbc", theme, "2020", "2021", None),
        ("Sweden", "committee-member", "apmbc", theme, "2020", "2021", None),
        ("Algeria", "committee-member", "apmbc", theme, "2021", "2022", None),
        ("Ecuador", "committee-member", "apmbc", theme, "2021", "2022", None),
    }


def test_a_chair_without_term_and_no_prose_state() -> None:
    theme = "Enhancement of Cooperation and Assistance"
    assert _mandates("committee-chair-only.txt") == {
        ("Colombia", "committee-chair", "apmbc", theme, None, None, None),
        ("Colombia", "committee-member", "apmbc", theme, None, None, None),
    }  # Peru and Norway, named in the purpose, sit on no committee


def test_a_committee_named_in_a_french_sentence_gives_no_seats() -> None:
    with pytest.raises(ExtractionError, match="names no post holder"):
        list(CompositionIngester().extract(_doc("committee-page-fr-news.txt")))


def test_foreign_committee_pages_are_detected_as_composition() -> None:
    for name in ("committee-page-fr.txt", "committee-page-es.txt", "committee-chair-only.txt"):
        assert detect(_doc(name))[0] == "composition"


def _posts(name: str) -> set[tuple[object, ...]]:
    """(holder, kind, party, role, theme) of every post, with the State a person holds it for."""
    return {(r.holder.name, r.holder.kind, r.holder.party, r.role, r.theme)
            for r in CompositionIngester().extract(_doc(name)) if isinstance(r, Mandate)}


def test_standing_committee_co_chairs_opening_the_meeting() -> None:
    theme = "Mine Clearance, Mine Risk Education and Mine Action Technologies"
    assert _posts("standing-sentence-states.txt") == {
        ("Canada", "state", None, "co-chair", theme), ("Peru", "state", None, "co-chair", theme)}
    # Norway and Switzerland, thanked by the Co-Chairs, hold no post


def test_standing_committee_people_of_their_states_theme_from_the_overview() -> None:
    theme = "stockpile destruction"
    people = {("Carlo Trezza", "Italy", "co-chair"), ("Carlos Arroyave-Prera", "Guatemala", "co-chair"),
              ("Rabab Fatima", "Bangladesh", "co-rapporteur"), ("John MacBride", "Canada", "co-rapporteur")}
    assert _posts("standing-sentence-people.txt") == {(p, "person", s, r, theme) for p, s, r in people} | {
        (s, "state", None, r, theme) for _, s, r in people}  # Ukraine, a State not party, holds none


def test_standing_committee_labels_with_one_person_and_state_a_line() -> None:
    theme = "Stockpile Destruction"
    people = {("Raja Reza Zaid Shah", "Malaysia", "co-chair"), ("Karol Mistrík", "Slovakia", "co-chair"),
              ("Philippa King", "Australia", "co-rapporteur"), ("Vice Skracic", "Croatia", "co-rapporteur")}
    assert _posts("standing-label-lines.txt") == {(p, "person", s, r, theme) for p, s, r in people} | {
        (s, "state", None, r, theme) for _, s, r in people}  # Bulgaria and Malaysia destroyed stocks


def test_standing_committee_agenda_labels_of_states() -> None:
    doc = Document(text=(FIXTURES.parent / "field" / "agenda-standing-committee-2001.txt").read_text(encoding="utf-8"),
                   sha256="0" * 64, name="agenda.txt")
    theme = "general status and operation of the Convention"
    assert {(r.holder.name, r.role, r.convention, r.theme) for r in CompositionIngester().extract(doc)
            if isinstance(r, Mandate)} == {
        ("Belgium", "co-chair", "apmbc", theme), ("Zimbabwe", "co-chair", "apmbc", theme),
        ("Norway", "co-rapporteur", "apmbc", theme), ("Thailand", "co-rapporteur", "apmbc", theme)}
    assert detect(doc)[0] == "composition"


@pytest.mark.parametrize("name", ["standing-no-committee.txt", "standing-ccm-page.txt"])
def test_co_chairs_of_no_one_committee_or_not_the_apmbcs_are_left_out(name: str) -> None:
    with pytest.raises(ExtractionError, match="names no post holder"):
        list(CompositionIngester().extract(_doc(name)))


def test_standing_committee_pages_are_detected_as_composition() -> None:
    for name in ("standing-sentence-states.txt", "standing-sentence-people.txt", "standing-label-lines.txt"):
        assert detect(_doc(name))[0] == "composition"


@pytest.mark.parametrize(("name", "states"), [
    ("coordinating-committee-members-fr.txt", {"Afghanistan", "Algeria", "Belgium", "Canada", "Colombia", "Sweden"}),
    ("coordinating-committee-members-en.txt", {"Afghanistan", "Algeria", "Belgium", "Canada", "Colombia"}),
    ("coordinating-committee-members-es.txt", {"Afghanistan", "Algeria", "Belgium", "Sweden"}),
])
def test_coordinating_committee_members_counted_in_a_sentence(name: str, states: set[str]) -> None:
    assert _mandates(name) == {(s, "committee-member", "apmbc", "Coordinating Committee", None, None, None)
                               for s in states}  # observers and Norway, briefing it, are no members
    assert detect(_doc(name))[0] == "composition"


def test_a_member_list_cut_short_or_holding_an_organisation_gives_nothing() -> None:
    with pytest.raises(ExtractionError, match="names no post holder"):
        list(CompositionIngester().extract(_doc("coordinating-committee-members-short.txt")))


def test_a_coordinator_with_a_rank_of_his_state_in_the_meeting_year() -> None:
    records = [r for r in CompositionIngester().extract(_doc("p5-coordinator-rank.txt")) if isinstance(r, Mandate)]
    assert {(r.holder.name, r.holder.kind, r.holder.party, r.convention, r.theme, r.start and r.start.iso())
            for r in records} == {
        ("Lode Dewaegheneire", "person", "Belgium", "ccw-p5", "National Reporting", "2014"),
        ("Belgium", "state", None, "ccw-p5", "National Reporting", "2014")}  # Norway, Ireland report only


def test_an_isu_director_works_for_the_conventions_isu() -> None:
    records = [r for r in CompositionIngester().extract(_doc("apmbc-isu-director.txt")) if isinstance(r, Mandate)]
    assert [(r.holder.name, r.holder.party, r.on_behalf_of and r.on_behalf_of.name) for r in records] == [
        ("Mr. Kerry Brinkert", "APMBC ISU", "APMBC ISU")]


def test_a_coordinators_log_run_together_current_and_former_coordinators() -> None:
    assert {(h, r, t) for h, r, _, t, *_ in _mandates("coordinators-log-run.txt")} == {
        ("Italy", "coordinator", "Clearance and Risk Education"),
        ("Norway", "coordinator", "Clearance and Risk Education"),
        ("Germany", "coordinator", "Clearance and Risk Education"),
        ("Chile", "coordinator", "Clearance and Risk Education"),
        ("Norway", "coordinator", "Clearance and Risk Reduction Education"),
    }  # the Netherlands, Lebanon and Sweden only wrote or supported a paper


def test_contact_group_coordinators_as_or_for_chairing_only_groups_of_a_theme() -> None:
    assert {(h, r, t) for h, r, _, t, *_ in _mandates("contact-group-coordinator.txt")} == {
        ("Canada", "coordinator", "Universalization"), ("Belgium", "coordinator", "Article 7 Contact Group")}


def test_standing_committee_report_in_capitals_and_with_states_in_brackets() -> None:
    theme = "General Status and Operation of the Convention"
    people = {("Bennie Lombard", "South Africa", "co-chair"), ("Daniel Livermore", "Canada", "co-chair"),
              ("Bebra G. Munodawafa", "Zimbabwe", "co-rapporteur"), ("Danielle Haven", "Belgium", "co-rapporteur")}
    posts = _posts("standing-report-parens.txt")
    assert {p for p in posts if p[1] == "person"} == {(p, "person", s, r, theme) for p, s, r in people}
    states = [(p[0].title(), p[3]) for p in posts if p[1] == "state"]
    assert sorted(states) == sorted((s, r) for _, s, r in people)  # once each; Mozambique holds none


def test_a_committee_page_run_into_one_line() -> None:
    theme = "Article 5 Implementation"
    assert _mandates("committee-page-one-line.txt") == {
        ("Canada", "committee-chair", "apmbc", theme, "2019", "2020", None),
        ("Canada", "committee-member", "apmbc", theme, "2019", "2020", None),
        ("Austria", "committee-member", "apmbc", theme, "2019", "2020", None),
        ("Norway", "committee-member", "apmbc", theme, "2020", "2021", None),
        ("Zambia", "committee-member", "apmbc", theme, "2020", "2021", None),
    }  # Peru and Chile, reporting in 2019, sit on no committee


def test_a_coordination_committee_table_one_cell_a_line() -> None:
    sdr = "Stockpile Destruction and Retention"
    assert _mandates("coordinators-one-cell-a-line.txt") == {
        ("Switzerland", "president", "ccm", None, None, None, "2RC"),
        ("Chile", "coordinator", "ccm", "Universalization", "2019", "2020", None),
        ("Philippines", "coordinator", "ccm", "Universalization", "2019", "2020", None),
        ("Italy", "coordinator", "ccm", "Victim Assistance", "2019", "2020", None),
        ("Chile", "coordinator", "ccm", "Victim Assistance", "2020", "2021", None),
        ("Croatia", "coordinator", "ccm", sdr, "2019", "2020", None),
        ("Mozambique", "coordinator", "ccm", sdr, "2019", "2020", None),
    }
    assert detect(_doc("coordinators-one-cell-a-line.txt"))[0] == "composition"


def test_friends_of_the_president_named_before_or_after_the_title() -> None:
    assert {(h, r, t) for h, r, _, t, *_ in _mandates("friends-of-the-president.txt")} == {
        ("Australia", "friend-of-the-president", "Gender"), ("Chile", "friend-of-the-president", "Gender"),
        ("Belgium", "friend-of-the-president", "Reporting"), ("Mexico", "friend-of-the-president", "Reporting")}


_OTHER_KINDS = ("meeting_pages", "news", "minutes", "action-plan", "treaty-status", "overdue-reports", "identity",
                "other", "other_field")


#: Short items that name posts in prose and nothing else: both readers may take them (see below);
#: and a Standing Committee's page whose heading shortens the committee's subject ("Victim
#: Assistance: Summary and Statements"): its sitting and its posts alike.
_EITHER = {"coordinators-conventions.txt", "apmbc-sc-heading-theme-2004.txt"}


@pytest.mark.parametrize("path", sorted(p for d in _OTHER_KINDS for p in (FIXTURES.parent / d).glob("*.txt")
                                        if p.name not in _EITHER), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_document_of_another_kind_is_read_as_composition(path: Path) -> None:
    doc = Document(text=path.read_text(encoding="utf-8"), sha256="0" * 64, name=path.name)
    try:
        kind = detect(doc)[0]
    except ExtractionError:
        return  # refused: a text of another field, or one no reader recognises
    assert kind != "composition"


def test_a_short_item_of_posts_in_prose_read_as_composition_guesses_no_convention() -> None:
    """Two short paragraphs naming coordinators score higher as a coordinators' log than as
    news; read so, each post keeps the convention its sentence gives, and the pair whose
    convention the text never states (Belgium and Chile) is left out, not made the CCM's."""
    path = FIXTURES.parent / "news" / "coordinators-conventions.txt"
    doc = Document(text=path.read_text(encoding="utf-8"), sha256="0" * 64, name=path.name)
    mandates = {(m.role, m.holder.name, m.convention) for m in CompositionIngester().extract(doc)
                if isinstance(m, Mandate)}
    assert mandates == {("coordinator", "Australia", "ccm"), ("coordinator", "Iraq", "ccm"),
                        ("isu-director", "Mr Juan Carlos Ruan", "apmbc")}


def _people_and_states(name: str) -> set[tuple[object, ...]]:
    """(holder, kind, party, role, theme) of every post, as _posts, the page detected first."""
    assert detect(_doc(name))[0] == "composition"
    return _posts(name)


@pytest.mark.parametrize(("name", "theme", "people"), [
    ("standing-subject-heading.txt", "Victim Assistance and Socio-Economic Reintegration",
     {("Juan Carlos Ruan", "Colombia", "co-chair"), ("Claude Demole", "Switzerland", "co-chair"),
      ("Ayaka Suzuki", "Japan", "co-rapporteur"), ("Mohammed Aldhafri", "Jordan", "co-rapporteur")}),
    ("standing-overview-related.txt", "stockpile destruction",
     {("Alan Lusaka", "Zambia", "co-chair"), ("Tiina Lehtinen", "Finland", "co-chair"),
      ("Rosendo Ramos", "Mexico", "co-rapporteur"), ("Maja Kovač", "Serbia", "co-rapporteur")}),
    ("standing-states-brackets.txt", "Mine Clearance, Mine Risk Education and Mine Action Technologies",
     {("Peter Gitau", "Kenya", "co-chair"), ("Carlo Trezza", "Italy", "co-chair"),
      ("Idriss Jazaïry", "Algeria", "co-rapporteur"), ("Anna Ekman", "Sweden", "co-rapporteur")}),
])
def test_standing_committee_pages_that_do_not_name_the_committee_or_put_people_in_brackets(
        name: str, theme: str, people: set[tuple[str, str, str]]) -> None:
    # the committee comes from a heading that is its subject, or from its overview item; the
    # States reporting, the survivors' States and the campaign's speaker hold no post
    assert _people_and_states(name) == {(p, "person", s, r, theme) for p, s, r in people} | {
        (s, "state", None, r, theme) for _, s, r in people}


def test_general_status_committee_from_its_agenda_and_contact_group_coordinators_by_name() -> None:
    gso = "General Status and Operation of the Convention"
    people = {("Yvette Stevens", "Sierra Leone", "co-chair", gso), ("Hernán Brain", "Chile", "co-chair", gso),
              ("Natalia Bosch", "Spain", "co-rapporteur", gso), ("Tadashi Kono", "Japan", "co-rapporteur", gso),
              ("Jill Sinclair", "Canada", "coordinator", "Universalization"),
              ("Luc Verbeke", "Belgium", "coordinator", "Article 7 Contact Group")}
    # Pedro Oyarce speaks for the President and holds no post; Latvia only reported
    assert _people_and_states("standing-general-status-agenda.txt") == {
        (p, "person", s, r, t) for p, s, r, t in people} | {(s, "state", None, r, t) for _, s, r, t in people}


def test_co_chairs_and_co_rapporteurs_written_before_their_role() -> None:
    theme = "Stockpile Destruction"
    assert _people_and_states("standing-serving-as.txt") == {
        ("Malaysia", "state", None, "co-chair", theme), ("Slovakia", "state", None, "co-chair", theme),
        ("Australia", "state", None, "co-rapporteur", theme), ("Croatia", "state", None, "co-rapporteur", theme)}
    # Switzerland served as host, Ukraine and Belarus reported: no post


def test_this_years_president_on_the_presidents_page() -> None:
    assert detect(_doc("president-this-year.txt"))[0] == "composition"
    assert _mandates("president-this-year.txt") == {("Colombia", "president", "apmbc", None, None, None, None)}
    # Norway, named in an item of the mandate, holds nothing
    with pytest.raises(ExtractionError, match="names no post holder"):
        list(CompositionIngester().extract(_doc("president-this-year-no-state.txt")))


def test_committee_members_and_elections_reported_in_news_english_and_french() -> None:
    va = "Victim Assistance"
    assert _mandates("committee-elected-news-en.txt") == {
        ("Thailand", "committee-chair", "apmbc", va, "2021", "2021", None),
        *{(s, "committee-member", "apmbc", va, None, None, None) for s in ("Thailand", "Algeria", "Ecuador", "Sweden")},
    }  # Norway, on the Coordinating Committee, holds no seat on this one
    assert _mandates("committee-elected-news-fr.txt") == {
        ("Ecuador", "committee-member", "apmbc", va, "2020", "2021", None),  # the undated seat is that seat
        *{(s, "committee-member", "apmbc", va, None, None, None) for s in ("Chile", "Thailand", "Sweden")},
    }
    for name in ("committee-elected-news-en.txt", "committee-elected-news-fr.txt"):
        assert detect(_doc(name))[0] == "composition"


def test_an_election_news_naming_two_committees_gives_no_seat() -> None:
    with pytest.raises(ExtractionError, match="names no post holder"):
        list(CompositionIngester().extract(_doc("committee-elected-two-committees.txt")))


@pytest.mark.parametrize(("name", "person", "state", "meeting"), [
    ("president-ambassador-fr.txt", "Aliyar Lebbe Abdul Azeez", "Sri Lanka", "9MSP"),
    ("president-ambassador-en.txt", "Suraya Dalil", "Afghanistan", "17MSP"),
])
def test_an_ambassador_who_is_the_president_of_a_numbered_meeting(name: str, person: str, state: str,
                                                                   meeting: str) -> None:
    posts = {(r.holder.name, r.holder.kind, r.holder.party, r.role, r.for_meeting)
             for r in CompositionIngester().extract(_doc(name)) if isinstance(r, Mandate) and r.role != "committee-member"}
    # the former President (Norway) is named with no meeting, and holds no post here
    assert posts == {(person, "person", state, "president", meeting), (state, "state", None, "president", meeting)}


def test_french_and_spanish_standing_committee_pages() -> None:
    va = "Victim Assistance and Socio-Economic Reintegration"
    fr = _people_and_states("standing-page-fr.txt")
    assert {p for p in fr if p[1] == "state"} == {
        ("France", "state", None, "co-chair", va), ("Colombia", "state", None, "co-chair", va),
        ("Australia", "state", None, "co-rapporteur", va), ("Croatia", "state", None, "co-rapporteur", va)}
    assert {(p[0].removeprefix("M. "), p[2], p[3]) for p in fr if p[1] == "person"} == {
        ("Gérard Chesnel", "France", "co-chair"), ("Fulvia Benavides-Cotes", "Colombia", "co-chair"),
        ("Peter Truswell", "Australia", "co-rapporteur"), ("Dijana Plestina", "Croatia", "co-rapporteur")}
    # Cambodia, El Salvador, Nicaragua and Turkey only reported
    sd = "Stockpile Destruction"
    assert {(h, r) for h, k, _, r, t in _people_and_states("standing-page-es.txt") if t == sd and k == "state"} == {
        ("Romania", "co-chair"), ("Switzerland", "co-chair"), ("Bangladesh", "co-rapporteur"), ("Canadá", "co-rapporteur")}
    assert all(t == sd for *_, t in _posts("standing-page-es.txt")) and len(_posts("standing-page-es.txt")) == 4


def test_coordinators_written_state_with_person_or_person_with_state() -> None:
    posts = _posts("coordinators-people-brackets.txt")
    people = {("Caroline Wörgötter", "Austria", "Victim Assistance"), ("Felipe Ramírez", "Chile", "Victim Assistance"),
              ("Marie Dubois", "France", "Universalization"), ("Kenji Sato", "Japan", "Universalization")}
    assert posts == {(p, "person", s, "coordinator", t) for p, s, t in people} | {
        (s, "state", None, "coordinator", t) for _, s, t in people} | {
        (s, "state", None, "coordinator", "Stockpile Destruction") for s in ("Switzerland", "Croatia")}
    # Ghana and Laos only reported


def test_co_rapporteurs_in_their_capacity_as_such() -> None:
    theme = "Victim Assistance, Socio-Economic Reintegration and Mine Awareness"
    assert _posts("standing-capacity.txt") == {("Nicaragua", "state", None, "co-rapporteur", theme),
                                                ("Japan", "state", None, "co-rapporteur", theme)}
    # Mexico and Switzerland only spoke


def test_a_heading_shortening_the_committees_subject_and_its_one_rapporteur() -> None:
    theme = "Victim Assistance and Socio-Economic Reintegration"  # "Victim Assistance: ...", the registry's subject
    assert _people_and_states("standing-short-heading.txt") == {
        ("Algeria", "state", None, "co-chair", theme), ("Croatia", "state", None, "co-chair", theme),
        ("Colombia", "state", None, "co-rapporteur", theme)}  # the States giving updates hold none
    sittings = [(m.date and m.date.iso(), m.end_date and m.end_date.iso()) for m in
                CompositionIngester().extract(_doc("standing-short-heading.txt")) if isinstance(m, Meeting)
                and m.kind == "intersessional"]
    assert sittings == [("2012-05-23", "2012-05-24")]


def test_a_shortened_heading_names_no_committee_where_two_headings_would() -> None:
    from ccmgraph.ingesters.composition.standing import committee_theme
    text = _doc("standing-short-heading.txt").text
    assert committee_theme(text.replace("\n2. Updates", "\nStockpile Destruction: Summary\n\n2. Updates")) is None
    assert committee_theme(text.replace("Victim Assistance:", "Victim:")) is None  # one word of a subject names none


@pytest.mark.parametrize(("name", "days"), [
    ("standing-subject-heading.txt", ("2010-06-21", "2010-06-22")),   # breadcrumb year, a line of days
    ("standing-states-brackets.txt", ("2004-05-12", "2004-05-12")),   # a news dateline: one day
    ("standing-serving-as.txt", ("2001-02-05", "2001-02-06")),        # "The Standing Committee ... met"
    ("standing-overview-related.txt", None),                          # "Wednesday 3 JUNE": no year written
    ("standing-general-status-agenda.txt", None),
    ("standing-daily-update-day.txt", None),                          # a daily update's day: one day of a longer sitting
])
def test_a_standing_committee_page_gives_its_own_meeting_days(name: str, days: tuple[str, str] | None) -> None:
    sittings = [(m.kind, m.convention, m.date and m.date.iso(), m.end_date and m.end_date.iso(), m.city)
                for m in CompositionIngester().extract(_doc(name)) if isinstance(m, Meeting) and m.kind == "intersessional"]
    city = "Geneva" if name != "standing-subject-heading.txt" else None  # the breadcrumb page names no city
    assert sittings == ([("intersessional", "apmbc", *days, city)] if days else [])


def test_co_chairs_after_their_committees_name_and_co_rapporteurs_in_brackets() -> None:
    theme = "Mine Clearance, Mine Risk Education and Mine Action Technologies"  # the list is not the name
    assert _posts("standing-label-variants.txt") == {
        ("Cambodia", "state", None, "co-chair", theme), ("Japan", "state", None, "co-chair", theme),
        ("Algeria", "state", None, "co-rapporteur", theme), ("Sweden", "state", None, "co-rapporteur", theme)}
    # Angola, Chad and Yemen gave updates


def test_organisations_with_observer_status_hold_no_seat() -> None:
    got = _mandates("coordinators-observer-status.txt")
    assert got == {
        ("Croatia", "president", "ccm", None, None, None, "6MSP"),
        ("Germany", "president-designate", "ccm", None, None, None, "7MSP"),
        ("Chile", "coordinator", "ccm", "Universalization", "2016", "2017", None),
    }  # the CMC, the ICRC and the UN sit as observers: no committee-member mandate


def test_a_coordinators_log_saying_what_it_holds_is_read_as_one() -> None:
    doc = _doc("coordinators-log-intro.txt")
    assert detect(doc)[0] == "composition"
    theme = "Stockpile Destruction and Retention"  # "... of the Convention" is no part of the theme
    assert _mandates("coordinators-log-intro.txt") == {
        ("Croatia", "coordinator", "ccm", theme, None, None, None), ("Spain", "coordinator", "ccm", theme, None, None, None)}
    intro = doc.text.split("\n\n", 1)[0]
    without = Document(text=doc.text.replace(intro, "This section lists meetings."), sha256="0" * 64, name="log.txt")
    assert CompositionIngester().sniff(doc) > CompositionIngester().sniff(without)  # the log's own words count
