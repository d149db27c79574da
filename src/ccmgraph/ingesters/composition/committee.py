"""Committee pages: the committee's name, then its members, each with a term ("2019-2020 (Chair)").

The members are the States the page gives with a term right after them ("Canada 2019-2020",
"Iraq | 2019-2020", "Norvège 2020-2021"); a State named in the page's prose without a term is
not a member. French and Spanish pages are read alike, their committee and States in English. The
chair is the member marked "(Chair)". A page that lists some States before an "Other members"
heading does not mark those as the chair by that layout alone: they are members, like the
others. Only where the page says the President of the Convention chairs the committee are the
ones before that heading its chair, the President, ex officio, and no member. A chair marked
"(Chair)" whose term is one year among members serving two holds the President's year: chair,
but no member.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccmgraph.records import ActorRef, Mandate, Quote
from ccmgraph.ingesters.composition.table import period
from ccmgraph.ingesters.composition.foreign import foreign_state_spans
from ccmgraph.ingesters.flat.states import StateSpan
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


def committee_convention(text: str) -> str | None:
    """The convention whose body the page names, in English, French or Spanish."""
    found = body_convention(text)
    if found is None:
        named = {body_convention(str(entry["body"])) for entry in words()["foreign_committees"]
                 if re.search(entry["pattern"], text, re.IGNORECASE)}
        found = named.pop() if len(named) == 1 else None
    return found


def _named_body(name: str) -> bool:
    """Whether `name` is, word for word, a body of one convention (vocabulary/bodies.yml)."""
    folded = " ".join(name.lower().split())
    return any(len(body.get("conventions") or []) == 1 and folded in (" ".join(n.lower().split()) for n in body.get("names", []))
               for body in bodies().values())


def has_committee_heading(text: str) -> bool:
    """Whether the page is a committee's own page (its name as a heading line, in any language)."""
    return _heading(text) is not None


def _heading(text: str) -> tuple[str, str, int] | None:
    """The committee a page is about: (body, theme, where its heading ends); a French or Spanish
    heading gives the English body (composition.yml foreign_committees)."""
    heading = rx("committee").search(text)
    if heading is not None:
        return " ".join(heading["body"].split()), " ".join(heading["theme"].split()), heading.end()
    for entry in words()["foreign_committees"]:
        found = re.search(rf"^[ \t]*(?:{entry['pattern']})[ \t]*$", text, re.IGNORECASE | re.MULTILINE)
        if found:
            body = str(entry["body"])
            return body, re.sub(r"^Committee\s+on\s+(?:the\s+)?", "", body), found.end()
    return _run_heading(text)


def _run_heading(text: str) -> tuple[str, str, int] | None:
    """A committee's name run together with its first member ("... > Committee on Article 5
    Implementation Canada 2019-2020 (Chair) Austria ..."): the name must be one of a
    convention's committees (vocabulary/bodies.yml), the State right after it must have a term."""
    term = re.compile(rf"\s*(?:{words()['chair_mark']})?\s*\|?\s*{words()['period']}", re.IGNORECASE)
    for m in rx("committee_run").finditer(text):
        window = text[m.end() : m.end() + 120]
        states = foreign_state_spans(window)
        if not states:
            continue
        theme = " ".join(window[: states[0].start].split())
        body = f"{m.group(0).strip()} {theme}"
        if rx("committee_run_theme").fullmatch(theme) and _named_body(body) and term.match(window, states[0].end):
            return " ".join(body.split()), theme, m.end() + states[0].start
    return None


def read_committee(text: str, convention: str | None) -> Iterator[Mandate]:
    found = _heading(text)
    if found is None:
        return
    body, theme, after = found
    convention = body_convention(body) or convention
    if convention is None:
        return
    others = rx("other_members").search(text, after)
    by_president = rx("chaired_by_president").search(text) is not None
    term = re.compile(rf"(?P<mark_before>{words()['chair_mark']})?\s*\|?\s*{words()['period']}", re.IGNORECASE)
    seats = [(_unmarked(state), m) for state in foreign_state_spans(text[after:])
             if (m := term.match(text, after + _unmarked(state).end))]
    two_year = any(period(m)[0] != period(m)[1] for _, m in seats)
    for state, m in seats:
        at = after + state.start
        start, end = period(m)
        quote = Quote(" ".join(text[at : m.end() + 10].split()), text.count("\n", 0, at) + 1)
        holder = ActorRef(state.written, "state")
        chair_marked = m["mark_before"] is not None or rx("chair_mark").match(text, m.end()) is not None
        first_group = others is not None and at < others.start()
        # the States listed apart, before "Other members", chair only where the page says the
        # President chairs: the layout alone marks no chair
        president_chair = first_group and by_president
        if chair_marked or president_chair:
            yield Mandate(holder, "committee-chair", quote, convention, theme, start, end, body=body)
        if president_chair:
            yield Mandate(holder, "president", quote, convention, None, start, end)
        # the President chairs ex officio, not as a member: said so, or a chair's one-year term
        # among members serving two years
        ex_officio = president_chair or (chair_marked and start == end and two_year)
        if not ex_officio:
            yield Mandate(holder, "committee-member", quote, convention, theme, start, end, body=body)
    if not seats:
        yield from _chair_without_term(text, after, convention, theme, body)


def _unmarked(state: StateSpan) -> StateSpan:
    """The State without a chair mark the registry read as a qualifier ("Colombia (Chair)")."""
    mark = re.search(rf"(?:{words()['chair_mark']})$", state.written, re.IGNORECASE)
    if mark is None:
        return state
    return StateSpan(state.start, state.end - len(mark.group(0)), state.written[: mark.start()].strip(), state.iso3)


def _chair_without_term(text: str, after: int, convention: str, theme: str, body: str) -> Iterator[Mandate]:
    """A page that lists no terms, only its chair on a line of its own ("Colombia (Chair)"):
    that State chairs the committee and sits on it, for a period the page does not give."""
    line_end = re.compile(rf"{words()['chair_mark']}[ \t]*$", re.IGNORECASE | re.MULTILINE)
    for state in map(_unmarked, foreign_state_spans(text[after:])):
        at = after + state.start
        line_start = text.rfind("\n", 0, at) + 1
        mark = line_end.match(text, after + state.end)
        if mark and not text[line_start:at].strip():
            quote = Quote(" ".join(text[at : mark.end()].split()), text.count("\n", 0, at) + 1)
            holder = ActorRef(state.written, "state")
            yield Mandate(holder, "committee-chair", quote, convention, theme, body=body)
            yield Mandate(holder, "committee-member", quote, convention, theme, body=body)
            return
