"""The members of a Coordinating or Coordination Committee, listed in a sentence that counts them.

"Le Comité de coordination comprend 17 États parties (l'Afghanistan, l'Algérie, ...)": each
State of the list sits on the committee of the page's convention. The list must hold States
only (French and Spanish names read as in committee pages), and exactly as many as the
sentence counts: a list cut short or holding something else gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccmgraph.records import ActorRef, Mandate, Quote
from ccmgraph.ingesters.composition.foreign import foreign_state_spans
from ccmgraph.ingesters.composition.words import rx, words


def read_members(text: str, convention: str) -> Iterator[Mandate]:
    body = (words()["committee_member_bodies"] or {}).get(convention)
    if body is None:
        return
    verb = rx("committee_members_verb")
    for name in rx("committee_members").finditer(text):
        m = verb.match(text, name.end())
        if m is None:
            continue
        listed = m["inner"] or m["listed"]
        states = foreign_state_spans(listed)
        rest = listed
        for s in reversed(states):
            rest = rest[: s.start] + rest[s.end :]
        if len(states) != int(m["count"]) or not re.match(words()["member_list_glue"], rest, re.IGNORECASE):
            continue
        quote = Quote(" ".join(text[name.start() : m.end()].split())[:400], text.count("\n", 0, name.start()) + 1)
        for state in states:
            yield Mandate(ActorRef(state.written, "state"), "committee-member", quote, convention, body, body=body)
