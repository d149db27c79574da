"""Officers named by their post and a numbered meeting, with their State in brackets.

Statement lists of meeting pages and daily updates name speakers by post: "Vice President of the
6MSP (Canada)", "President-designate of the 2RC (Norway)". The post is the meeting's (its short
name), the holder the one State in the bracket; the convention is the one the page is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccmgraph.ingesters.composition.words import rx, words
from ccmgraph.ingesters.flat.states import only_states
from ccmgraph.records import ActorRef, Mandate, MandateRole, Quote


def read_officers(text: str, convention: str) -> Iterator[Mandate]:
    seen: set[tuple[str, str, str]] = set()
    for m in rx("officer_of_meeting", re.MULTILINE).finditer(text):
        role: MandateRole | None = words()["officer_roles"].get(" ".join(re.split(r"[\s-]+", m["role"].lower())))
        states = only_states(m["state"])
        if role is None or not states or len(states) != 1:
            continue
        meeting = m["meeting"].replace(" ", "").upper()
        if (role, meeting, states[0].iso3) in seen:
            continue
        seen.add((role, meeting, states[0].iso3))
        quote = Quote(" ".join(m.group(0).split()), text.count("\n", 0, m.start()) + 1)
        yield Mandate(ActorRef(states[0].written, "state"), role, quote, convention, for_meeting=meeting)
