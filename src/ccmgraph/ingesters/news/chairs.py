"""Presidents of a convention a sentence names with no meeting: "Sudan, as President of the AP
Mine Ban Convention", "the Convention's President, Ambassador X of Sudan", "Mr Mansour, as
outgoing President of the Convention", "Norway now takes over from Lebanon as President of the
Convention", "the Netherlands, the State Party that currently serves as the President of the
CCM", "Ly Thuch, ..., and Chairman of the 2024 Ottawa Convention" (a start: 2024).

The convention is the one the words name, or for "the Convention" the one the page is about;
where neither is known the post is left out with a warning. Which meeting the presidency is of
is for `seat_presidents` to say, from the whole page: the one numbered meeting of that
convention the page names, unless the words make the holder the outgoing one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from ccmgraph.resolve.actors import lookup_state
from ccmgraph.records import ActorRef, Mandate, PartialDate, Warning_
from ccmgraph.ingesters.news.items import Item
from ccmgraph.ingesters.news.people import bare_names, ties
from ccmgraph.ingesters.news.presidents import rx
from ccmgraph.ingesters.news.text import FoundActor, Recogniser, Sentence, conventions, sentences
from ccmgraph.vocabulary import role_pattern

MAX_APPOSITION_WORDS = 25  # "Ly Thuch, Senior Minister, First Vice President of ..., and Chairman of"
_PRESIDED_KINDS = ("msp", "revcon", "conference")


@dataclass(frozen=True)
class Post:
    """A presidency of a convention as one sentence states it; `outgoing` ones had it before."""

    mandate: Mandate
    outgoing: bool = False
    handed_over: int | None = None  # the year of a handover the text tells as happening now


def dated_handovers(posts: list[Post]) -> list[Post]:
    """The posts of a page, the other posts of those a handover happening now in a dated article
    hands over dated by it too: the incoming State's (and its person's) presidency of that
    convention starts in that year, the outgoing State's (and the one "outgoing President" the
    page names with no State) ends in it. A page of two such handovers of one convention dates
    none by them."""
    years: dict[str, set[int]] = {}
    incoming: dict[str, set[str]] = {}
    outgoing: dict[str, set[str]] = {}
    for post in posts:
        if post.handed_over is None:
            continue
        convention = post.mandate.convention
        years.setdefault(convention, set()).add(post.handed_over)
        (outgoing if post.outgoing else incoming).setdefault(convention, set()).add(_state_of(post.mandate))
    out: list[Post] = []
    for post in posts:
        mandate, convention = post.mandate, post.mandate.convention
        if post.handed_over is not None or len(years.get(convention, ())) != 1 or mandate.role != "president":
            out.append(post)
            continue
        year = PartialDate(next(iter(years[convention])))
        state = _state_of(mandate)
        gone = outgoing.get(convention, set())
        if state and state in incoming.get(convention, set()) and not post.outgoing and mandate.start is None:
            mandate = dataclasses.replace(mandate, start=year)
        elif mandate.end is None and ((state and state in gone) or (not state and post.outgoing and len(gone) == 1)):
            mandate = dataclasses.replace(mandate, end=year)
        out.append(dataclasses.replace(post, mandate=mandate))
    return out


def _state_of(mandate: Mandate) -> str:
    """The ISO code (else the name) of the State a mandate is held by or for; "" for none."""
    ref = mandate.holder if mandate.holder.kind == "state" else mandate.on_behalf_of
    if ref is None:
        return ""
    state = lookup_state(ref.name)
    return state.iso3 if state else ref.name


def _anchors(text: str, page_convention: str | None) -> Iterator[tuple[int, int, str | None, bool, int | None, bool]]:
    """(start, end, convention, outgoing, year, designate) of each post a sentence names."""
    named = conventions(text)
    for a, b, short in [*named, *((g.start(), g.end(), None) for g in rx("generic_convention").finditer(text))]:
        if short is None and any(x <= a < y for x, y, _ in named):
            continue
        convention = short or page_convention
        lead = rx("convention_post").search(text[:a])
        if lead is not None and lead.end() == a:
            yield lead.start(), b, convention, bool(lead["outgoing"]), int(lead["year"]) if lead["year"] else None, \
                bool(lead["designate"])
            continue
        after = rx("convention_post_after").match(text[b:])
        if after is not None:
            start = a - 4 if text[max(0, a - 4) : a].lower() == "the " else a
            yield start, b + after.end(), convention, False, None, False
            continue
        presides = rx("presides_over").search(text[:a])
        if presides is not None and presides.end() == a:  # "X, who presides over the 161-member treaty"
            yield presides.start(), b, convention, presides["present"] is None, None, False


def convention_presidents(item: Item, recognise: Recogniser, page_convention: str | None,
                          name: str, year: int | None = None) -> Iterator[Post | Warning_]:
    """The posts of every sentence of the item, each holder once; `year` is the one of the
    item's own date, where its text prints one: a handover told as happening now ("Norway now
    takes over from Lebanon") starts the incoming post and ends the outgoing one in it."""
    for para in item.paragraphs:
        for sentence in sentences(para):
            yield from _sentence(sentence, recognise, page_convention, item.key, name, year)


def _actors(text: str, recognise: Recogniser, convention: str | None) -> tuple[list[FoundActor], dict[int, ActorRef]]:
    """States and people (a person without an honorific where words tie them), and each person's State."""
    found = recognise(text)
    tied = ties(text, found, convention)
    actors = [f for f in found if f[2].kind in ("state", "person")]
    actors += [(t.start, t.end, t.person) for t in tied if not any(a <= t.start < b for a, b, _ in found)]
    states = {t.start: t.party for t in tied if t.party.kind == "state"}
    return sorted(actors, key=lambda f: f[0]), states


def _sentence(sentence: Sentence, recognise: Recogniser, page_convention: str | None, context: str,
              name: str, year_now: int | None = None) -> Iterator[Post | Warning_]:
    text = sentence.text
    anchors = list(_anchors(text, page_convention))
    if not anchors:
        return
    actors, states = _actors(text, recognise, page_convention)
    for start, end, convention, outgoing, year, designate in anchors:
        holders, handover = _holders(text, start, end, actors)
        now = year_now if handover is not None and year is None and not designate \
            and rx("present_handover").search(handover) else None
        if not holders:
            continue
        if convention is None:
            yield Warning_(f"{name}: a President of a convention the text does not name is left out",
                           sentence.quote())
            continue
        for found, is_outgoing in holders:
            for holder, state in _with_state(found, states):
                if designate:  # a designation of the year's meeting: never seated on another
                    yield Post(Mandate(holder, "president-designate", sentence.quote(), convention, context=context,
                                       on_behalf_of=state))
                    continue
                gone = outgoing or is_outgoing
                begins = year or (now if not gone else None)
                mandate = Mandate(holder, "president", sentence.quote(), convention,
                                  start=PartialDate(begins) if begins else None,
                                  end=PartialDate(now) if now and gone else None, context=context, on_behalf_of=state)
                yield Post(mandate, gone, now)


def _holders(text: str, start: int, end: int,
             actors: list[FoundActor]) -> tuple[list[tuple[FoundActor, bool]], str | None]:
    """Who holds the post named at [start, end): the actor in apposition after it, else the one
    right before its "as", else the one whose apposition it ends (a person's, even where their
    other posts name States); (actor, outgoing) each; and where the words hand the post over
    from one to another, the words that do ("now takes over from", "becomes")."""
    presider = next((f for f in actors if f[1] == start), None)
    if presider is not None and _presides_lead().match(text, start):
        return [(presider, False)], None  # "X, who presides over the Convention": X, right before the verb
    after = re.match(r"\s*,\s*(?:the\s+)?", text[end:])
    if after is not None:
        at = end + after.end()
        found = next((f for f in actors if f[0] == at), None)
        if found is not None:
            return [(found, False)], None
    before = [f for f in actors if f[1] <= start]
    loose = [f for f in bare_names(text[:start], [(a, b) for a, b, _ in actors])
             if not before or f[0] >= before[-1][1]]
    if loose and _apposition(text[loose[-1][1] : start]):
        return [(loose[-1], False)], None  # "Ly Thuch, Senior Minister, ..., and Chairman of the ..."
    if not before:
        return [], None
    last = before[-1]
    gap = text[last[1] : start]
    if rx("post_holder_before").fullmatch(gap):
        previous = [f for f in before[:-1] if rx("takes_over_from").search(text[f[1] : last[0]])]
        if previous and len(text[previous[-1][1] : last[0]].split()) <= 6:
            return [(previous[-1], False), (last, True)], text[previous[-1][1] : last[0]]  # "Norway now takes over from Lebanon as"
        if (gone := _predecessor(text, end, actors)) is not None:
            return [(last, False), (gone, True)], gap  # "Switzerland becomes President of the CCM, following Sri Lanka"
        return [(last, False)], None
    if _apposition(gap):
        return [(last, False)], None
    person = [f for f in before if f[2].kind == "person"]
    if person and _apposition(text[person[-1][1] : start]):
        return [(person[-1], False)], None  # "X, Ambassador of Afghanistan to Switzerland and current President of"
    return [], None


@cache
def _presides_lead() -> re.Pattern[str]:
    """roles.yml `presides_over` where it opens, not where it meets the convention's name."""
    return re.compile(rx("presides_over").pattern.removesuffix("$"))


def _predecessor(text: str, end: int, actors: list[FoundActor]) -> FoundActor | None:
    """The one named right after the post as its holder before ("..., following Sri Lanka"),
    never one whose name is a possessive ("following Sri Lanka's decision")."""
    after = next((f for f in actors if f[0] >= end), None)
    if after is None or re.match(r"['’`]s\b", text[after[1] : after[1] + 3]):
        return None
    gap = re.sub(r"^\s*,?\s*", "", text[end : after[0]])
    return after if rx("predecessor").fullmatch(gap) else None


def _apposition(gap: str) -> bool:
    """Whether the words between a holder and the post are the holder's own posts, each segment
    a post: ", Senior Minister, First Vice President of the Authority, and " (not ", according to")."""
    if not gap.startswith(",") or not rx("post_apposition_end").search(gap) or re.search(r"[;:.]", gap) \
            or len(gap.split()) > MAX_APPOSITION_WORDS:
        return False
    segments = [re.sub(r"^\s*and\s", "", s) for s in gap.split(",")]
    segments = [s for s in segments if s.strip()]
    return all(re.search(role_pattern(), s, re.IGNORECASE) for s in segments)


def _with_state(found: FoundActor, states: dict[int, ActorRef]) -> list[tuple[ActorRef, ActorRef | None]]:
    """A State; or a person, and then the State their words tie them to as well."""
    a, _, ref = found
    if ref.kind == "state":
        return [(ActorRef(ref.name, "state"), None)]
    state = states.get(a)
    person = ActorRef(ref.name, "person", party=state.name if state else None)
    return [*([(ActorRef(state.name, "state"), None)] if state else []), (person, state)]


def seat_presidents(posts: Iterable[Post], numbered: Iterable[tuple[str, str, str]],
                    roles: Iterable[Mandate]) -> Iterator[Mandate]:
    """Each post with the meeting it is the presidency of: the one the page gives that State
    elsewhere, else the page's one numbered meeting of that convention (not for an outgoing
    holder); each holder once."""
    meetings: dict[str, set[str]] = {}
    for convention, kind, short in numbered:
        if kind in _PRESIDED_KINDS:
            meetings.setdefault(convention, set()).add(short)
    held: dict[tuple[str, str], set[str]] = {}
    for role in roles:
        if role.role == "president" and role.for_meeting:
            held.setdefault((role.convention, role.holder.name), set()).add(role.for_meeting)
    already = {(m.convention, m.holder.name, m.for_meeting) for m in roles if m.role == "president"}
    seen: set[tuple[str, str]] = set()
    for post in posts:
        mandate = post.mandate
        if (mandate.convention, mandate.holder.name) in seen:
            continue
        seen.add((mandate.convention, mandate.holder.name))
        if mandate.role != "president":
            yield mandate  # a designation keeps no meeting the page numbers
            continue
        state = mandate.holder.name if mandate.holder.kind == "state" else \
            (mandate.on_behalf_of.name if mandate.on_behalf_of else "")
        own = held.get((mandate.convention, state), set())
        page = meetings.get(mandate.convention, set())
        meeting = next(iter(own)) if len(own) == 1 else \
            next(iter(page)) if not own and len(page) == 1 and not post.outgoing else None
        if (mandate.convention, mandate.holder.name, meeting) in already:
            continue  # the page already says so in a meeting's own words
        yield dataclasses.replace(mandate, for_meeting=meeting)
