"""The news ingester on the corpus page and on pages of other years and layouts (text and HTML)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_bytes, read_file
from ccmgraph.errors import ExtractionError
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import (
    ActorRef,
    Mandate,
    Meeting,
    Mention,
    NewsItem,
    ObligationFulfilment,
    PartialDate,
    Publication,
    Statement,
    Vote,
    Warning_,
)
from ccmgraph.resolve.actors import lookup_state

NEWS = Path(__file__).parents[1] / "fixtures" / "news"
MINUTES = Path(__file__).parents[1] / "fixtures" / "minutes" / "cc-minutes-2016-03-03.txt"


def records(name: str) -> list:
    return list(NewsIngester().extract(read_file(NEWS / name)))


def of(recs: list, cls: type) -> list:
    return [r for r in recs if isinstance(r, cls)]


def meeting(recs: list, key: str) -> Meeting:
    return next(r for r in of(recs, Meeting) if r.key == key)


@pytest.fixture(scope="module")
def page2017() -> list:
    return records("ccm-presidency-news-2017.txt")


@pytest.fixture(scope="module")
def page2014() -> list:
    return records("ccm-presidency-news-2014.txt")


@pytest.fixture(scope="module")
def page2019() -> list:
    return records("ccm-presidency-news-2019.html")


@pytest.mark.parametrize("name", ["ccm-presidency-news-2017.txt", "ccm-presidency-news-2014.txt",
                                  "ccm-presidency-news-2019.html"])
def test_every_quote_is_on_its_line(name: str) -> None:
    doc = read_file(NEWS / name)
    lines = doc.lines
    for rec in NewsIngester().extract(doc):
        quote = getattr(rec, "quote", None)
        if quote is None:
            continue
        first_words = " ".join(quote.text.split()[:3])
        window = " ".join(lines[quote.line - 1 : quote.line + 2])
        assert first_words in " ".join(window.split()), (rec, lines[quote.line - 1])


def test_items_of_the_2017_page(page2017: list) -> None:
    items = of(page2017, NewsItem)
    assert [(i.key, i.title, i.quote.line) for i in items] == [
        ("news-1", "Bangkok Seminar: Cooperating to Implement the CCM", 1),
        ("news-2", "10th anniversary of the Oslo Conference", 9),
        ("news-3", "Statement by 7MSP President at the NDM", 20),
        ("news-4", "Mozambique – Completion of Cluster Munitions Clearance", 26),
        ("news-5", "Adoption of UNGA Resolution on the implementation of the CCM", 30),
        ("news-6", "7MSP Save the date", 39),
        ("news-7", "New Guidance on an Integrated Approach to Victim Assistance", 46),
    ]
    assert items[0].date == PartialDate(2017, 3, 16)  # "Bangkok 16-17 March 2017:"
    assert items[5].date == PartialDate(2017, 9, 4)  # "Geneva, 4-6 September 2017"
    assert items[1].date is None


def test_events_of_the_2017_page(page2017: list) -> None:
    seminar = meeting(page2017, "event-1-1")
    assert (seminar.kind, seminar.city, seminar.date, seminar.end_date) == (
        "seminar", "Bangkok", PartialDate(2017, 3, 16), PartialDate(2017, 3, 17))
    ndm = meeting(page2017, "event-3-2")
    assert (ndm.kind, ndm.city, ndm.date, ndm.end_date) == ("ndm", "Geneva", PartialDate(2017, 2, 7),
                                                            PartialDate(2017, 2, 10))
    assert meeting(page2017, "event-5-1").kind == "unga"
    msp = meeting(page2017, "event-3-1")  # first reported in item 3, where its President speaks
    assert (msp.kind, msp.short_name, msp.convention, msp.venue, msp.city) == (
        "msp", "7MSP", "ccm", "Room XIX of the Palais des Nations", "Geneva")
    assert (msp.date, msp.end_date, msp.planned) == (PartialDate(2017, 9, 4), PartialDate(2017, 9, 6), True)
    assert msp.chair == ActorRef("Ambassador Michael Biontino", "person")
    assert msp.presidency is not None and lookup_state(msp.presidency.name).iso3 == "DEU"
    side, apmbc = meeting(page2017, "event-7-1"), meeting(page2017, "event-7-2")
    assert (side.kind, side.date, side.city) == ("side-event", None, "Santiago")  # "29 November": no year
    assert (apmbc.kind, apmbc.short_name, apmbc.convention, apmbc.city) == ("msp", "15MSP", "apmbc", "Santiago")
    assert len(of(page2017, Meeting)) == 6


def test_a_day_without_its_year_is_left_out_with_a_warning(page2017: list) -> None:
    warnings = of(page2017, Warning_)
    assert len(warnings) == 1 and "--11-29" in warnings[0].message
    assert warnings[0].quote is not None and warnings[0].quote.line == 49


def test_presidency_and_coordinators_2017(page2017: list) -> None:
    mandates = of(page2017, Mandate)
    presidents = [m for m in mandates if m.role == "president"]
    [state] = [m for m in presidents if m.holder.kind == "state"]
    assert (state.for_meeting, state.convention, state.quote.line) == ("7MSP", "ccm", 43)
    assert lookup_state(state.holder.name).iso3 == "DEU"
    [person] = [m for m in presidents if m.holder.kind == "person"]  # once, though named twice
    assert (person.for_meeting, person.holder.name.split()[-1]) == ("7MSP", "Biontino")
    coordinators = {(m.holder.name, m.theme, m.start, m.end) for m in mandates if m.role == "coordinator"}
    years = (PartialDate(2016), PartialDate(2017))
    assert coordinators == {
        *((s, "Victim Assistance", *years) for s in ("Australia", "Chile", "Italy")),
        *((s, "International Cooperation and Assistance", *years) for s in ("Austria", "Iraq", "Australia")),
    }


def test_statements_vote_and_fulfilment_2017(page2017: list) -> None:
    statements = {s.context: s for s in of(page2017, Statement)}
    assert statements["news-2"].actors == (ActorRef("Germany", "state"),)
    assert statements["news-3"].actors == (ActorRef("Ambassador Michael Biontino", "person"),)
    assert statements["news-3"].at_meeting == "event-3-2"  # "at the NDM"
    assert statements["news-5"].actors == (ActorRef("Germany", "state"),)  # "the Presidency of the CCM"
    [vote] = of(page2017, Vote)
    assert (vote.title, vote.in_favour, vote.against, vote.abstentions) == (
        "Implementation of the Convention on Cluster Munitions", 141, 2, None)
    assert (vote.at_meeting, vote.context, vote.quote.line) == ("event-5-1", "news-5", 34)
    [done] = of(page2017, ObligationFulfilment)
    assert (done.party, done.convention, done.article, done.obligation, done.date, done.context) == (
        ActorRef("Mozambique", "state"), "ccm", "4", "clearance", None, "news-4")


def test_publications_2017(page2017: list) -> None:
    first, second = of(page2017, Publication)
    assert first.title == "Guidance on an Integrated Approach to Victim Assistance"
    assert [a.name for a in first.launched_by] == ["Australia", "Chile", "Italy", "Austria", "Iraq"]
    assert (first.launched_at, first.date, first.context) == ("event-7-1", PartialDate(None, 11, 29), "news-7")
    assert second.title == "Guidance on Victim Assistance Reporting"
    assert second.launched_by == (ActorRef("Victim Assistance Committee of the APMBC", "organisation"),)
    assert second.launched_at == "event-7-1"


def test_mentions_2017(page2017: list) -> None:
    named = {(m.context, m.name, m.kind) for m in of(page2017, Mention)}
    assert {("news-4", "Mozambique", "state"), ("news-4", "Norway", "state"),
            ("news-4", "Norwegian Peoples Aid", "organisation"), ("news-6", "Ambassador Michael Biontino", "person"),
            ("news-7", "Handicap International", "organisation"), ("news-7", "CCM-ISU", "organisation"),
            ("news-7", "apmbc", "convention"), ("news-7", "ccw-p5", "convention"),
            ("news-7", "MAP", "action"), ("news-7", "DAP", "action")} <= named
    assert not any(kind == "convention" and name == "ccm" for ctx, name, kind in named if ctx == "news-3")
    keys = [(m.context, m.name, m.kind) for m in of(page2017, Mention)]
    assert len(keys) == len(set(keys))


def test_2014_page_hard_wrapped_with_posted_on_lines(page2014: list) -> None:
    items = of(page2014, NewsItem)
    assert [i.title for i in items][:2] == ["Regional Workshop on Universalization in Central America",
                                            "Norway completes the destruction of its stockpile"]
    assert len(items) == 5 and items[1].date == PartialDate(2014, 5, 27)
    workshop = meeting(page2014, "event-1-1")
    assert (workshop.kind, workshop.city, workshop.date, workshop.end_date) == (
        "workshop", "San José", PartialDate(2014, 4, 2), PartialDate(2014, 4, 3))
    msp = next(m for m in of(page2014, Meeting) if m.short_name == "5MSP")
    assert (msp.venue, msp.city, msp.date, msp.end_date) == (
        "Hotel Real InterContinental", "San José", PartialDate(2014, 9, 2), PartialDate(2014, 9, 5))
    assert msp.chair == ActorRef("H.E. Mr. Manuel González Sanz", "person")
    assert msp.presidency == ActorRef("Costa Rica", "state")
    [done] = of(page2014, ObligationFulfilment)
    assert (done.party.name, done.article, done.obligation, done.date) == (
        "Norway", "3", "stockpile-destruction", PartialDate(2014, 5, 15))


def test_2014_bulleted_coordinators_and_quoted_publication(page2014: list) -> None:
    coordinators = {(m.holder.name, m.theme) for m in of(page2014, Mandate) if m.role == "coordinator"}
    assert coordinators == {("Ghana", "Universalization"), ("Costa Rica", "Universalization"),
                            ("Chile", "Victim Assistance"), ("Austria", "Victim Assistance"),
                            ("Ireland", "Clearance and Risk Reduction"), ("Lao PDR", "Clearance and Risk Reduction")}
    assert all((m.start, m.end) == (PartialDate(2014), PartialDate(2015)) for m in of(page2014, Mandate)
               if m.role == "coordinator")
    [book] = of(page2014, Publication)
    assert book.title == "Cluster Munitions: What Are They and What Is the Problem?"
    assert book.launched_by == (ActorRef("ICRC", "organisation"), ActorRef("Costa Rica", "state"))
    side = meeting(page2014, book.launched_at)
    assert (side.kind, side.city, side.date) == ("side-event", "Geneva", PartialDate(2014, 4, 8))
    assert ("VAP 1.3", "action") in {(m.name, m.kind) for m in of(page2014, Mention)}
    [statement] = of(page2014, Statement)
    assert (statement.about, statement.at_meeting) == ("universalization in the Americas", side.key)


def test_2019_html_page(page2019: list) -> None:
    assert [i.title for i in of(page2019, NewsItem)] == [
        "UN General Assembly adopts resolution on the Convention", "Ninth Meeting of States Parties",
        "Montenegro completes clearance", "Statement on the anniversary of entry into force"]
    [vote] = of(page2019, Vote)
    assert (vote.in_favour, vote.against, vote.abstentions, vote.date) == (144, 1, 38, PartialDate(2019, 12, 12))
    unga = meeting(page2019, vote.at_meeting or "")
    assert (unga.kind, unga.city) == ("unga", None)  # "New York, 12 December 2019" is the article's dateline
    msp = next(m for m in of(page2019, Meeting) if m.short_name == "9MSP")
    assert (msp.venue, msp.city, msp.chair, msp.presidency) == (
        "Palais des Nations", "Geneva", ActorRef("Ambassador A.L.A. Azeez", "person"), ActorRef("Sri Lanka", "state"))
    [statement] = of(page2019, Statement)
    assert statement.actors == (ActorRef("Ambassador A.L.A. Azeez", "person"),)
    assert (statement.date, statement.at_meeting) == (PartialDate(2019, 8, 1), None)
    [done] = of(page2019, ObligationFulfilment)
    assert (done.party.name, done.article, done.obligation, done.date) == (
        "Montenegro", "4", "clearance", PartialDate(2019, 9, 4))
    assert {(m.holder.name, m.theme, m.end) for m in of(page2019, Mandate) if m.role == "coordinator"} == {
        ("Ecuador", "Universalization", PartialDate(2020)), ("Zambia", "Universalization", PartialDate(2020))}
    assert ("DAP 2.1", "action") in {(m.name, m.kind) for m in of(page2019, Mention)}


def test_detection_tells_news_from_minutes() -> None:
    ingester = NewsIngester()
    for name in ("ccm-presidency-news-2017.txt", "ccm-presidency-news-2014.txt", "ccm-presidency-news-2019.html"):
        doc = read_file(NEWS / name)
        assert ingester.sniff(doc) >= 0.6
        assert detect(doc)[0] == "presidency-news"
    assert ingester.sniff(read_file(MINUTES)) < 0.2


def test_numbers_in_words_and_votes_of_another_shape() -> None:
    text = (b"UNGA vote on the CCM\n\nThe First Committee adopted the draft resolution by a recorded vote of "
            b"one hundred and thirty-nine to none, with forty abstentions, on 2 November 2018.\n")
    [vote] = of(list(NewsIngester().extract(read_bytes(text, "vote.txt"))), Vote)
    assert (vote.in_favour, vote.against, vote.abstentions, vote.date) == (139, 0, 40, PartialDate(2018, 11, 2))


def test_a_page_without_items_is_refused() -> None:
    doc = read_bytes(b"just one line of prose that ends with a full stop.\n", "empty-news.txt")
    with pytest.raises(ExtractionError, match="empty-news.txt: no news item"):
        list(NewsIngester().extract(doc))


def test_a_meeting_named_before_a_resolution_is_no_title_of_a_work() -> None:
    text = ("CCM at the First Committee\n\n27 October 2009\n\nIreland presented the UN General Assembly procedural "
            "resolution (A/C.1/64/L.16) on the Convention on Cluster Munitions, co-sponsored by Lao PDR. "
            "Chile offered to host a Preparatory Meeting to lay the groundwork for the First Meeting of "
            "States Parties.\n").encode()
    recs = list(NewsIngester().extract(read_bytes(text, "first-committee.txt")))
    assert not of(recs, Publication)
    assert not [m for m in of(recs, Meeting) if m.kind == "unga"]  # named in passing, no fact at it


def test_coordinators_from_states_without_a_theme_each() -> None:
    got = {(m.holder.name, m.holder.kind, m.convention, m.theme, m.start)
           for m in of(records("coordinators-no-theme.txt"), Mandate) if m.role == "coordinator"}
    # the themes are listed apart from the States, so no State is given one; "Coordinators from
    # Austria and the ICRC", "from civil society" and "from twenty States" name no State's post
    assert got == {(s, "state", "ccw-p5", None, None) for s in ("Austria", "Croatia", "Hungary", "India", "Netherlands")}
    dated = {(m.holder.name, m.theme, m.start, m.end) for m in of(records("ccm-coordinators-no-theme-2016.txt"), Mandate)
             if m.role == "coordinator"}
    assert dated == {(s, None, PartialDate(2016), PartialDate(2016)) for s in ("Australia", "Ecuador")}


def test_coordinators_in_a_relative_clause_and_a_director_named_without_honorific() -> None:
    """"New Zealand, which coordinates national implementation measures": a theme of the
    convention; two States and two themes in one clause pair none, and "the work of its
    embassies" is no theme. "said Sheila Mweemba, the Director of the Convention's ISU"."""
    recs = records("coordinators-relative-clause.txt")
    assert {(m.holder.name, m.role, m.theme, m.convention) for m in of(recs, Mandate)} == {
        ("New Zealand", "coordinator", "national implementation measures", "ccm"),
        ("Sheila Mweemba", "isu-director", None, "ccm")}
