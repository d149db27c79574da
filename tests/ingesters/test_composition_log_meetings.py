"""A coordinators' log reports the workshops its coordinators held: the dated ones are meetings
(news/anywhere.py), the undated ones and the convention's own meetings are not added by it."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters import detect, every_kind
from ccmgraph.records import Meeting, PartialDate

LOG = Path(__file__).parents[1] / "fixtures" / "composition" / "ccm-coordinator-log-workshops.txt"


def test_a_dated_workshop_of_a_coordinators_log_is_a_meeting_and_an_undated_one_none() -> None:
    doc = read_file(LOG)
    kind, ingester = detect(doc)
    assert kind == "composition"
    own = list(ingester.extract(doc))
    meetings = [r for r in [*own, *every_kind(doc, kind, own)] if isinstance(r, Meeting)]
    added = [(m.kind, m.convention, m.city, m.date, m.end_date) for m in meetings if m.key.startswith("aside-")]
    assert added == [("workshop", "ccm", "Manila", PartialDate(2019, 6, 18), PartialDate(2019, 6, 19))]
