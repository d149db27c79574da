"""A person who presides over a convention acts for the one State the page gives that presidency.

"México asumió la presidencia de la Reunión de Estados partes ... Francisca Méndez fue
designada presidenta": the page names the State's presidency and the person's, and never says
in so many words whom the person speaks for. Where a page gives exactly one State and exactly
one person, tied to no State, the presidency of one convention, with no term dated on either
(a handover, an outgoing holder, would date one), the person holds it for that State. A page
of two States' presidencies, or two persons', ties no one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ccmgraph.records import ActorRef, Mandate, Record


def acting_for(records: Sequence[Record]) -> list[Record]:
    """`records`, each lone person presiding a convention tied to its lone presiding State."""
    presidents = [r for r in records if isinstance(r, Mandate) and r.role == "president"]
    states = {r.holder.name for r in presidents if r.holder.kind == "state"}
    out = list(records)
    for convention in {m.convention for m in presidents}:
        held = [m for m in presidents if m.convention == convention]
        people = [m for m in held if m.holder.kind == "person"]
        by_state = {m.holder.name for m in held if m.holder.kind == "state"}
        if len(states) != 1 or len(by_state) != 1 or len({p.holder.name for p in people}) != 1 \
                or any(p.on_behalf_of is not None for p in people) \
                or any(m.start is not None or m.end is not None for m in held) \
                or len({m.for_meeting for m in held}) != 1:
            continue
        state = ActorRef(next(iter(by_state)), "state")
        for i, record in enumerate(out):
            if isinstance(record, Mandate) and any(record is p for p in people):
                out[i] = dataclasses.replace(record, on_behalf_of=state)
    return out
