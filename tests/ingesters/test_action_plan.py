"""The action plan reader on a plan text written in the layout real plan texts use."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import Document, read_file
from ccmgraph.errors import ExtractionError
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.action_plan.ingester import ActionPlanIngester
from ccmgraph.records import Meeting, PartialDate, PlanAction

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "action-plan"


def test_numbered_actions_with_their_wrapped_text_and_the_meeting() -> None:
    doc = Document(text=(FIXTURES / "plan-text.txt").read_text(encoding="utf-8"), sha256="0" * 64, name="p")
    records = list(ActionPlanIngester().extract(doc))
    actions = [(r.plan, r.number, r.text) for r in records if isinstance(r, PlanAction)]
    assert actions == [
        ("oslo", "1", "The States Parties will promote formal adherence to the Convention by States not party, "
                      "inviting them to the Convention's meetings."),
        ("oslo", "2", "Each State Party will share information on its efforts to promote the Convention."),
    ]
    assert [(m.convention, m.kind, m.number) for m in records if isinstance(m, Meeting)] == [("apmbc", "revcon", 4)]


def test_a_text_naming_no_plan_is_refused() -> None:
    doc = Document(text="1. The States Parties will meet.\n", sha256="0" * 64, name="x")
    assert ActionPlanIngester().sniff(doc) == 0.0
    with pytest.raises(ExtractionError):
        list(ActionPlanIngester().extract(doc))


def _meetings(name: str) -> dict[str, Meeting]:
    doc = Document(text=(FIXTURES / name).read_text(encoding="utf-8"), sha256="0" * 64, name=name)
    return {m.key: m for m in ActionPlanIngester().extract(doc) if isinstance(m, Meeting)}


def test_a_plan_text_without_actions_yet_gives_its_adopting_meeting() -> None:
    # the plan names no meeting of its own adoption: the reference table's adopted_at does
    meetings = _meetings("vap-text-intro.txt")
    vap = meetings.pop("ccm-msp-1")
    assert (vap.kind, vap.number, vap.date, vap.end_date, vap.city) == (
        "msp", 1, PartialDate(2010, 11, 9), PartialDate(2010, 11, 12), "Vientiane")
    # named without dates: no date from the report deadline nearby
    assert {k: (m.date, m.end_date, m.city) for k, m in meetings.items()} == {
        "ccm-msp-2": (None, None, None), "ccm-revcon-1": (None, None, None)}


def test_a_plan_text_without_actions_is_accepted_not_refused() -> None:
    doc = Document(text=(FIXTURES / "vap-text-intro.txt").read_text(encoding="utf-8"), sha256="0" * 64, name="v")
    assert ActionPlanIngester().sniff(doc) > 0.3


def test_an_overview_gives_each_meeting_its_own_place_and_year() -> None:
    meetings = _meetings("ccm-plans-overview.txt")
    got = {k: (m.date and m.date.iso(), m.end_date, m.city) for k, m in meetings.items()}
    assert got == {
        "ccm-msp-1": ("2010", None, "Vientiane"),          # "In 2010, at the 1MSP in Vientiane, Lao PDR"
        "ccm-revcon-1": ("2015-09", None, "Dubrovnik"),    # "adopted in Dubrovnik, Croatia, during the 1RC"
        "ccm-msp-5": (None, None, None),                   # a deadline nearby is not its date
        "ccm-revcon-2": ("2020", None, None),              # "held in Switzerland": a country is no city
        "ccm-revcon-3": (None, None, None),                # "in Article 4" is no place
    }


@pytest.mark.parametrize("name", ["ccm-plans-overview.txt", "vap-text-intro.txt", "plan-text.txt"])
def test_plan_pages_are_detected_as_plans_not_meeting_pages(name: str) -> None:
    # the overview's opening paragraph names the 1MSP; its heading names the plans
    assert detect(read_file(FIXTURES / name))[0] == "action-plan"


def test_a_day_of_adoption_dates_no_meeting_the_text_does_not_name() -> None:
    text = ("Oslo Action Plan\n\n(as adopted at the final plenary meeting on 29 November 2019)\n\n"
            "I. Introduction\n\n1. Ensuring the universalisation of the Anti-Personnel Mine Ban Convention is vital.\n")
    doc = Document(text=text, sha256="0" * 64, name="o")
    assert [m for m in ActionPlanIngester().extract(doc) if isinstance(m, Meeting)] == []
    named = Document(text=text.replace("Oslo Action Plan\n", "Oslo Action Plan - Fourth Review Conference\n"),
                     sha256="0" * 64, name="o")
    [rc] = [m for m in ActionPlanIngester().extract(named) if isinstance(m, Meeting)]
    assert (rc.key, rc.date, rc.end_date) == ("apmbc-revcon-4", None, PartialDate(2019, 11, 29))


def test_a_plan_of_no_convention_gives_its_actions_and_no_guessed_meeting(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    from ccmgraph.ingesters.action_plan import ingester as module
    from ccmgraph.records import Mandate, Warning_

    oslo = module.plan_of((FIXTURES / "plan-text.txt").read_text(encoding="utf-8"))
    assert oslo is not None
    monkeypatch.setattr(module, "plan_of", lambda text: dataclasses.replace(oslo, convention=""))
    monkeypatch.setattr(module, "convention_of", lambda text: None)
    doc = Document(text=(FIXTURES / "plan-text.txt").read_text(encoding="utf-8"), sha256="0" * 64, name="p")
    records = list(ActionPlanIngester().extract(doc))
    assert [r.number for r in records if isinstance(r, PlanAction)] == ["1", "2"]
    assert not [r for r in records if isinstance(r, (Meeting, Mandate))]
    assert [w.message for w in records if isinstance(w, Warning_)] == [
        "p: the plan 'oslo' has no convention; its presidencies and meetings are left out"]


def _plan_meetings(name: str) -> list[tuple[str, int | None, str | None, str | None, str | None]]:
    doc = read_file(FIXTURES / name)
    kind, ingester = detect(doc)
    assert kind == "action-plan", name
    return sorted((m.kind, m.number, m.date.iso() if m.date else None, m.end_date.iso() if m.end_date else None, m.city)
                  for m in ingester.extract(doc) if isinstance(m, Meeting))


def test_a_plan_named_in_french_or_spanish_and_its_meeting_s_own_clause() -> None:
    # "qui a eu lieu du 30 novembre au 4 décembre 2009 à Carthagène": Cartagena, as the graph names it;
    # the 10MSP's registration deadline dates nothing; "celebrada en Nairobi" has no days
    assert _plan_meetings("fr-cartagena-plan-intro.txt") == [
        ("msp", 10, None, None, None), ("revcon", 2, "2009-11-30", "2009-12-04", "Cartagena")]
    assert _plan_meetings("es-cartagena-plan-intro.txt") == [
        ("revcon", 1, None, None, None), ("revcon", 2, "2009-11-30", "2009-12-04", "Cartagena")]


def test_a_press_release_on_a_plan_s_adoption_is_news_not_the_plan() -> None:
    # the headline names the plan in a sentence and a dateline opens the release
    doc = read_file(FIXTURES / "plan-adopted-release.txt")
    assert ActionPlanIngester().sniff(doc) == 0.0
    assert detect(doc)[0] != "action-plan"


@pytest.mark.parametrize(("line", "title"), [
    ("OSLO ACTION PLAN", True), ("Draft Dubrovnik Action Plan", True),
    ("Maputo action plan - Maputo Review Conference", True), ("PLAN D’ACTION DE CARTHAGÈNE 2010-2014", True),
    ("Vientiane Action Plan adopted as the First Meeting closes", False),
    ("States agree on the Lausanne Action Plan", False), ("Action Plans", False),
])
def test_a_plan_s_title_is_its_name_not_a_headline_naming_it(line: str, title: bool) -> None:
    from ccmgraph.ingesters.action_plan.ingester import titles_plan

    assert titles_plan(line) is title
