"""A treaty event stated without its date gives way to the same step the same document dates.

"Palau ratified the CCM on 19 April 2016 ... Palau's ratification" or a status table's row beside
a list of its parties: the document's one fact is the dated one. The undated event stays only
where the document dates no step of that State, convention and kind; an undated ratification
also gives way to the same State's accession (lists of States that "have ratified" count
accessions in), and an undated consent to be bound (a list of "States Parties", which says
they are bound, not how) to any step by which the document says that State joined.
"""

from __future__ import annotations

from collections.abc import Sequence

from ccmgraph.records import Record, TreatyEvent
from ccmgraph.resolve.actors import lookup_foreign_state, lookup_state

#: The steps by which a State joins: any of them says how a listed Party came to be bound.
JOINING = frozenset({"ratification", "accession", "acceptance", "approval", "succession"})


def state_code(name: str) -> str:
    """A State's code for comparing events, whatever language its name is written in."""
    entry = lookup_state(name) or lookup_foreign_state(name)
    return entry.iso3 if entry is not None else name


def step_key(event: TreatyEvent) -> tuple[str, str, str]:
    return (state_code(event.state.name), event.convention, event.event)


def without_dated_twins(records: Sequence[Record]) -> list[Record]:
    """`records` without the undated treaty events whose step the document also dates, without
    an undated ratification of a State the document says acceded ("seventeen had ratified ...
    they are: ..., Equatorial Guinea, ..." beside "Equatorial Guinea, which acceded"), without
    an undated consent to be bound of a State the document says ratified, acceded, accepted,
    approved or succeeded, and without a second undated event of one step."""
    events = [r for r in records if isinstance(r, TreatyEvent)]
    if all(e.date is not None for e in events):
        return list(records)
    dated = {step_key(e) for e in events if e.date is not None}
    dated |= {(state, convention, "ratification") for state, convention, step in map(step_key, events)
              if step == "accession"}  # a list of "ratified" States names an accession loosely
    dated |= {(state, convention, "consent_to_be_bound") for state, convention, step in map(step_key, events)
              if step in JOINING}  # "States Parties: A, B" beside "A ratified on ...": the step that says how
    kept: list[Record] = []
    undated: set[tuple[str, str, str]] = set()
    for rec in records:
        if isinstance(rec, TreatyEvent) and rec.date is None:
            key = step_key(rec)
            if key in dated or key in undated:
                continue
            undated.add(key)
        kept.append(rec)
    return kept
