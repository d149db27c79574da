"""A presidency the page gives in the future tense, of a meeting still to come, is a designation.

The news reader makes "X, who will serve as the conference's President" a President of the
meeting its sentence names. On a page that tells that meeting as still to come (`planned`: "to
be held in Maputo from 23 to 27 June 2014"), the holder does not preside yet: until the meeting
opens, they are its President-designate (the rule officers.py follows for "elected as President
of" a meeting to come). Only a sentence whose own words put the post in the future
(meeting_page.yml `future_post`) is read so; a President the page says presides now stays one.
One who "will preside over" a meeting is its President-designate whether or not the page dates
the meeting, unless a sentence of the page's posts of that meeting says the presidency is held
already (a handover) or the meeting under way (presiding.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from ccmgraph.ingesters.meeting_page.data import rx
from ccmgraph.ingesters.presiding import designated_by_future
from ccmgraph.records import Mandate, Meeting, Record


def future_presidencies(records: Iterable[Record]) -> list[Record]:
    """The records, each presidency of a meeting to come that its sentence puts in the future
    made a designation."""
    found = list(records)
    planned = {r.short_name for r in found if isinstance(r, Meeting) and r.short_name and r.planned}
    said: dict[tuple[str, str | None], list[str]] = {}
    for r in found:
        if isinstance(r, Mandate):
            said.setdefault((r.convention, r.for_meeting), []).append(r.quote.text)
    out: list[Record] = []
    for r in found:
        if isinstance(r, Mandate) and r.role == "president" and r.start is None and r.end is None \
                and (r.for_meeting in planned and rx("future_post").search(r.quote.text)
                     or designated_by_future(r.quote.text, " ".join(said[r.convention, r.for_meeting]))):
            r = dataclasses.replace(r, role="president-designate")
        out.append(r)
    return out
