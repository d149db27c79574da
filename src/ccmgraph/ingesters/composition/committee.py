"""Committee pages: the committee's name, then its members, each with a term ("2019-2020 (Chair)").

The members are the States the page gives with a term right after them ("Canada 2019-2020",
"Iraq | 2019-2020"); a State named in the page's prose without a term is not a member. The
chair is the member marked "(Chair)"; where the page lists "Other members", the ones before
that heading chair the committee and are members too, unless the page says the President of
the Convention chairs it (then they are the President, ex officio, and no member) or the chair's
term is one year among members serving two (the President's year: chair, but no member).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccmgraph.records import ActorRef, Mandate, Quote
from ccmgraph.ingesters.composition.table import period
from ccmgraph.ingesters.flat.states import state_spans
from ccmgraph.ingesters.composition.words import rx, words
from ccmgraph.vocabulary import bodies


def body_convention(text: str) -> str | None:
    """The one convention whose bodies `text` names ("Coordination Committee" is the CCM's,
    "Committee on Article 5 Implementation" the APMBC's; vocabulary/bodies.yml), else None."""
    found = set()
    for body in bodies().values():
        conventions = body.get("conventions") or []
        if len(conventions) == 1 and any(re.search(rf"\b{re.escape(n)}\b", text, re.IGNORECASE)
                                         for n in body.get("names", [])):
            found.add(str(conventions[0]))
    return found.pop() if len(found) == 1 else None


def read_committee(text: str, convention: str | None) -> Iterator[Mandate]:
    heading = rx("committee").search(text)
    if heading is None:
        return
    body, theme = " ".join(heading["body"].split()), " ".join(heading["theme"].split())
    convention = body_convention(body) or convention
    if convention is None:
        return
    others = rx("other_members").search(text, heading.end())
    by_president = rx("chaired_by_president").search(text) is not None
    term = re.compile(rf"\s*\|?\s*{words()['period']}")
    seats = [(state, m) for state in state_spans(text[heading.end() :])
             if (m := term.match(text, heading.end() + state.end))]
    two_year = any(period(m)[0] != period(m)[1] for _, m in seats)
    for state, m in seats:
        at = heading.end() + state.start
        start, end = period(m)
        quote = Quote(" ".join(text[at : m.end() + 10].split()), text.count("\n", 0, at) + 1)
        holder = ActorRef(state.written, "state")
        chair_marked = rx("chair_mark").match(text, m.end()) is not None
        first_group = others is not None and at < others.start()
        if chair_marked or first_group:
            yield Mandate(holder, "committee-chair", quote, convention, theme, start, end, body=body)
        if first_group and by_president:
            yield Mandate(holder, "president", quote, convention, None, start, end)
        # the President chairs ex officio, not as a member: said so, or a chair's one-year term
        # among members serving two years
        ex_officio = (first_group and by_president) or ((chair_marked or first_group) and start == end and two_year)
        if not ex_officio:
            yield Mandate(holder, "committee-member", quote, convention, theme, start, end, body=body)
