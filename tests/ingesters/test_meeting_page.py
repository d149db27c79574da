"""The meeting-page ingester, the date each meeting's own words give it, and refusing other fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_file
from ccmgraph.errors import ExtractionError
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.ingesters.news.dating import date_spans, own_date, own_dates
from ccmgraph.records import Mandate, Meeting, MeetingDocument, PartialDate, TreatyEvent

FIXTURES = Path(__file__).parents[1] / "fixtures"
PAGE = FIXTURES / "meeting_pages" / "ccm-8msp-page.txt"


@pytest.fixture(scope="module")
def page() -> list:
    return list(MeetingPageIngester().extract(read_file(PAGE)))


def test_the_page_meeting_with_its_own_dates_not_the_deadline_or_closing_day(page: list) -> None:
    meetings = {m.short_name: m for m in page if isinstance(m, Meeting)}
    assert set(meetings) == {"8MSP", "9MSP", "2RC"}
    msp = meetings["8MSP"]
    assert (msp.convention, msp.kind, msp.number, msp.date, msp.end_date, msp.city, msp.venue) == (
        "ccm", "msp", 8, PartialDate(2018, 9, 3), PartialDate(2018, 9, 5), "Geneva", "Palais des Nations")
    assert (meetings["9MSP"].date, meetings["2RC"].date) == (None, PartialDate(2020))


def test_handover_gives_each_meeting_its_own_president(page: list) -> None:
    roles = {(m.role, m.for_meeting, m.holder.kind, m.holder.name) for m in page if isinstance(m, Mandate)}
    assert roles == {
        ("president", "8MSP", "state", "Nicaragua"), ("president", "8MSP", "person", "Mr. Carlos Morales Dávila"),
        ("president", "9MSP", "state", "Sri Lanka"), ("president", "9MSP", "person", "H.E. Mr. Aliyar Lebbe Abdul Azeez"),
        ("president-designate", "2RC", "state", "Switzerland"),
        ("president-designate", "2RC", "person", "H.E. Ms. Sabrina Dallafior Matter"),
    }
    person = next(m for m in page if isinstance(m, Mandate) and m.holder.kind == "person" and m.for_meeting == "9MSP")
    assert person.on_behalf_of is not None and person.on_behalf_of.name == "Sri Lanka"


def test_documents_and_treaty_events(page: list) -> None:
    msp_key = next(m.key for m in page if isinstance(m, Meeting) and m.short_name == "8MSP")
    docs = [(d.meeting, d.symbol, d.title) for d in page if isinstance(d, MeetingDocument)]
    assert docs == [(msp_key, "CCM/MSP/2018/1", "Provisional Agenda"), (msp_key, "CCM/MSP/2018/4", "Rules of Procedure")]
    [event] = [t for t in page if isinstance(t, TreatyEvent)]
    assert (event.state.name, event.convention, event.event, event.date) == (
        "Palau", "ccm", "ratification", PartialDate(2016, 4, 19))


def test_detection_picks_meeting_page_and_keeps_news() -> None:
    assert detect(read_file(PAGE))[0] == "meeting-page"
    for name in ("ccm-presidency-news-2017.txt", "ccm-presidency-news-2014.txt", "ccm-presidency-news-2019.html"):
        assert detect(read_file(FIXTURES / "news" / name))[0] == "presidency-news"


@pytest.mark.parametrize("text, start, end", [
    ("The 7MSP will take place from 4 to 6 September 2017 in Geneva.", "2017-09-04", "2017-09-06"),
    ("Register by 18 August 2017 for the 7MSP, held from 4 to 6 September 2017.", "2017-09-04", "2017-09-06"),
    ("From 30 November to 4 December 2015, the 14MSP took place in Geneva.", "2015-11-30", "2015-12-04"),
    ("The 14MSP, presided by Belgium, was held in Geneva on Friday, 4 December 2015.", "2015-12-04", "2015-12-04"),
])
def test_a_meeting_takes_its_own_date(text: str, start: str, end: str) -> None:
    name = next(w for w in text.replace(",", " ").split() if w.endswith("MSP"))
    at = text.index(name)
    got = own_dates(own_date(text, at, at + len(name), date_spans(text)))
    assert (got[0] and got[0].iso(), got[1] and got[1].iso()) == (start, end)


@pytest.mark.parametrize("text", [
    "The 8MSP closed on 5 September 2018.",
    "The President visited Harare ahead of the 2RC on 5 February 2020.",
    "Geneva, 4 September 2017 – Participants of the 7MSP were welcomed.",
    "The deadline for the 7MSP is 18 August 2017.",
    "The 7MSP registration opens by 1 July 2017.",
])
def test_another_event_s_date_never_becomes_the_meeting_s(text: str) -> None:
    name = next(w.strip(",.") for w in text.split() if w.strip(",.").endswith(("MSP", "RC")))
    at = text.index(name)
    assert own_date(text, at, at + len(name), date_spans(text)) is None


@pytest.mark.parametrize("name", sorted(p.name for p in (FIXTURES / "other_field").glob("*.txt")))
def test_texts_of_other_fields_are_refused_in_one_line(name: str) -> None:
    with pytest.raises(ExtractionError) as refused:
        detect(read_file(FIXTURES / "other_field" / name))
    assert "\n" not in str(refused.value) and "refused" in str(refused.value)


def test_the_project_readme_is_refused() -> None:
    with pytest.raises(ExtractionError, match="software documentation"):
        detect(read_file(Path(__file__).parents[2] / "README.md"))


def test_every_fixture_keeps_its_kind() -> None:
    for path in sorted((FIXTURES / "minutes").glob("cc-minutes-20*.txt")):
        assert detect(read_file(path))[0] == "cc-minutes", path.name
