"""A committee's members listed right after its name: "Committee on Victim Assistance: Colombia
and Belgium;", "Submitted by the Committee on Article 5 Implementation (Costa Rica, Ecuador,
Ireland and Zambia)", "COMMITTEE ON ARTICLE 5 IMPLEMENTATION. Chile, Colombia and Switzerland".

Final reports, decisions and document lists name the APMBC's committees so, on pages of every
kind. The name must be, word for word, a committee of one convention (vocabulary/bodies.yml,
the groups composition.yml `committee_list_bodies` names, or an alias of one); what follows it up to the clause's end must hold States only, two at
least, joined by commas and "and" (composition.yml member_list_glue): "Committee on Article 5
Implementation: the requests of Chile and Peru" gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ccmgraph.ingesters.composition.committee_chairs import read_committee_chairs
from ccmgraph.ingesters.composition.committee_names import committee_names, may_name_committee, named_committees
from ccmgraph.ingesters.composition.elected import read_elected
from ccmgraph.ingesters.composition.foreign import foreign_state_spans
from ccmgraph.ingesters.composition.words import words
from ccmgraph.records import ActorRef, Mandate, Quote


@cache
def _committees() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern for every listed committee's name followed by a list, and the names' bodies."""
    alternation, named = committee_names()
    pattern = rf"\b(?P<name>{alternation})\s*(?P<open>[:(.–—-])\s*(?P<list>[^;:()\n.]{{3,400}}?)\s*(?:[;)\n]|\.(?:\s|$)|$)"
    return re.compile(pattern, re.IGNORECASE), named


def read_committee_lists(text: str) -> Iterator[Mandate]:
    """Each State listed after a committee's name, as a member of that committee; then the
    chairs prose names with the committee (committee_chairs.py) and the members and elections
    news reports (elected.py): the posts a committee's name gives, on pages of every kind."""
    yield from _listed_members(text)
    yield from read_committee_chairs(text)
    if may_name_committee(text) and named_committees(text):  # the cheapest test first
        yield from read_elected(text, "apmbc")  # elected.py reads the APMBC's committees only


def _listed_members(text: str) -> Iterator[Mandate]:
    if "ommittee" not in text and "OMMITTEE" not in text:
        return  # the cheapest test first: this runs on every document
    pattern, named = _committees()
    glue = words()["member_list_glue"]
    for m in pattern.finditer(text):
        listed = m["list"]
        states = foreign_state_spans(listed)
        rest = listed
        for s in reversed(states):
            rest = rest[: s.start] + rest[s.end :]
        if len(states) < 2 or not re.match(glue, rest, re.IGNORECASE):
            continue
        body, convention = named[" ".join(m["name"].lower().split())]
        theme = re.sub(r"^Committee\s+on\s+(?:the\s+)?", "", body)
        quote = Quote(" ".join(m.group(0).split())[:400], text.count("\n", 0, m.start()) + 1)
        for state in states:
            yield Mandate(ActorRef(state.written, "state"), "committee-member", quote, convention, theme, body=body)
