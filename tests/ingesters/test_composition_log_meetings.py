"""A coordinators' log reports the workshops its coordinators held: the dated ones are meetings
(news/anywhere.py), the undated ones and the convention's own meetings are not added by it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters import detect, every_kind
from ccmgraph.records import Meeting, Mention, NewsItem, PartialDate

LOG = Path(__file__).parents[1] / "fixtures" / "composition" / "ccm-coordinator-log-workshops.txt"


def test_a_dated_workshop_of_a_coordinators_log_is_a_meeting_and_an_undated_one_none() -> None:
    doc = read_file(LOG)
    kind, ingester = detect(doc)
    assert kind == "composition"
    own = list(ingester.extract(doc))
    meetings = [r for r in [*own, *every_kind(doc, kind, own)] if isinstance(r, Meeting)]
    added = [(m.kind, m.convention, m.city, m.date, m.end_date) for m in meetings if m.key.startswith("aside-")]
    assert added == [("workshop", "ccm", "Manila", PartialDate(2019, 6, 18), PartialDate(2019, 6, 19))]


PEOPLE = LOG.with_name("ccm-coordinator-log-people.txt")


def test_a_coordinators_log_names_the_people_its_words_tie_to_a_party() -> None:
    doc = read_file(PEOPLE)
    kind, ingester = detect(doc)
    assert kind == "composition"
    own = list(ingester.extract(doc))
    added = every_kind(doc, kind, own)
    people = {(r.context, r.name, r.party.name if r.party else None) for r in [*own, *added]
              if isinstance(r, Mention) and r.kind == "person"}
    assert people == {("aside-page", "Ambassador Dell Higgie", "New Zealand")}  # Ms. Mweemba: no party named
    assert [r.key for r in added if isinstance(r, NewsItem)] == ["aside-page"]  # what she is named in


def test_a_log_whose_people_no_words_tie_to_a_party_adds_no_item() -> None:
    doc = read_file(PEOPLE)
    doc = dataclasses.replace(doc, text=doc.text.replace("Higgie of New Zealand", "Higgie"))
    kind, ingester = detect(doc)
    own = list(ingester.extract(doc))
    added = every_kind(doc, kind, own)
    assert not [r for r in added if isinstance(r, (Mention, NewsItem))]
