"""One presidency per holder and meeting on a meeting page.

The news reader and the officers' reader may both read a holder's post of one meeting, one as
President, one as President-designate (the page's tenses differ from sentence to sentence). The
page's own time decides which it is: see `one_presidency`.
"""

from __future__ import annotations

import dataclasses

from ccmgraph.ingesters.meeting_page.data import rx
from ccmgraph.ingesters.undated import state_code
from ccmgraph.records import Mandate, Meeting, Record


def one_presidency(records: list[Record]) -> list[Record]:
    """One role per holder and meeting where the page names a holder both President and
    President-designate of it. Of a meeting the page does not tell as to come, the presidency,
    and the designation is left out. Of a meeting still to come (`planned`, "will take place
    25-29 November 2019"): where the page dates the presidency's beginning ("Norway's Presidency
    began as the 17MSP concluded on 30 November 2018, and ends at the conclusion of the
    Conference"), it runs to that meeting already: the State, and its person elected President of
    the meeting, preside over it from that day (to the meeting's close, if the page says so and
    dates the meeting), and the designations are left out. An undated presidency of a meeting
    to come is left out for the designation."""
    planned = {r.short_name: r for r in records if isinstance(r, Meeting) and r.short_name and r.planned}
    roles: dict[tuple[str, str, str, str], set[str]] = {}
    for r in records:
        if isinstance(r, Mandate) and r.for_meeting and r.role in ("president", "president-designate"):
            roles.setdefault((r.convention, r.for_meeting, r.holder.kind, holder_key(r)), set()).add(r.role)
    both = {key for key, found in roles.items() if len(found) == 2}
    begun = {(r.convention, r.for_meeting, state_code(r.holder.name)): r for r in records
             if isinstance(r, Mandate) and r.for_meeting in planned and r.role == "president"
             and r.holder.kind == "state" and r.start is not None}
    out: list[Record] = []
    for r in records:
        if isinstance(r, Mandate) and r.for_meeting in planned and r.role in ("president", "president-designate"):
            state = r.holder.name if r.holder.kind == "state" else (r.on_behalf_of.name if r.on_behalf_of else "")
            since = begun.get((r.convention, r.for_meeting, state_code(state))) if state else None
            if since is not None:
                if r.role == "president-designate" and (r.convention, r.for_meeting, r.holder.kind, holder_key(r)) in both:
                    continue  # the State's own designation, folded into its dated presidency
                meeting = planned[r.for_meeting or ""]
                until = meeting.end_date if meeting.end_date and rx("presidency_to_close").search(since.quote.text) else None
                out.append(dataclasses.replace(r, role="president", start=since.start, end=r.end or until))
                continue
        if isinstance(r, Mandate) and r.for_meeting and r.role in ("president", "president-designate") \
                and (r.convention, r.for_meeting, r.holder.kind, holder_key(r)) in both:
            to_come = r.for_meeting in planned
            if r.role == "president-designate" and not to_come:
                continue
            if r.role == "president" and to_come:
                continue
        out.append(r)
    return out


def holder_key(m: Mandate) -> str:
    """A person by surname ("H.E. Thomas Hajnoczi" is "Thomas Hajnoczi"), anyone else by name."""
    return m.holder.name.split()[-1].lower() if m.holder.kind == "person" else m.holder.name


