"""The State or organisation news prose ties a person to, where its own words do.

"Ambassador Félix Baumann of Switzerland"; "Kerry Brinkert, Director of the Convention's
Implementation Support Unit (ISU)"; "the Ambassador of Switzerland to Zimbabwe, H.E. Mr. Niculin
Jäger" (Switzerland, never Zimbabwe: the actor the role word leads to, not the one after "to");
"Mozambique's Deputy Minister of Foreign Affairs, Henrique Banze"; "the Swiss Ambassador, Félix
Baumann"; "the ISU Director, Ms X"; "Ms X as CCM ISU Director". An apposition ties only when it
holds a role word and stops at the next person, so a neighbour's post is never taken. A name
written without an honorific counts only where such a tie stands beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from collections.abc import Sequence

import yaml

from ccmgraph.ingesters.flat.cities import known_city
from ccmgraph.records import ActorRef
from ccmgraph.resolve.actors import find_actor_names, lookup_demonym
from ccmgraph.resolve.registry import states as registry_states
from ccmgraph.vocabulary import (bodies, body_organisation, head_post_leads, head_posts, honorific_pattern, particles,
                                 phrase_pattern, role_pattern)
from ccmgraph.ingesters.news.text import NUMBER_WORDS, FoundActor, state_iso3

_WORD = r"[A-Z][\w'’-]+"


@cache
def _run() -> re.Pattern[str]:
    """Capitalised words, initials and the particles inside names ("Henk Cor van der Kwast")."""
    inside = "|".join(sorted(particles(), key=len, reverse=True))
    return re.compile(rf"{_WORD}(?:\s+(?:[A-Z]\.|{_WORD}|(?:{inside})(?=\s+[A-Z])))+")

_POSSESSIVE_END = re.compile(r"[’']s$")


@dataclass(frozen=True)
class Tie:
    """A person named at [start, end) of a sentence, and the State or organisation they are tied to."""

    start: int
    end: int
    person: ActorRef
    party: ActorRef


@cache
def _table() -> dict[str, Any]:
    with open(Path(__file__).with_name("people.yml"), encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


@cache
def _rx(name: str) -> re.Pattern[str]:
    return re.compile("".join(str(_table()[name]).split()))


@cache
def _role() -> re.Pattern[str]:
    return re.compile(role_pattern(), re.IGNORECASE)


@cache
def _role_after_words() -> re.Pattern[str]:
    """A role word, maybe after two capitalised words of the post ("Parliamentary Secretary")."""
    return re.compile(rf"(?:[A-Z][\w-]+\s+){{0,2}}(?i:{role_pattern()})")


@cache
def _not_name() -> frozenset[str]:
    return frozenset(str(w) for w in _table()["not_name_words"])


@cache
def _body_names() -> re.Pattern[str]:
    """Names of the conventions' bodies that stand for an organisation ("ISU")."""
    names = [n for body in bodies().values() if body.get("organisation") for n in body.get("names", ())]
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


@cache
def _head_posts() -> tuple[tuple[re.Pattern[str], str], ...]:
    """vocabulary people.yml `head_posts`, each post a pattern with its leads ("United Nations")
    and a post joined by "and" before it ("Under-Secretary-General and ...") inside it."""
    leads = "|".join(phrase_pattern(w) for w in sorted(head_post_leads(), key=len, reverse=True))
    joined = r"(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s+and\s+)?"
    out = []
    for organisation, posts in head_posts().items():
        for post in sorted(posts, key=len, reverse=True):
            body = phrase_pattern(post)
            out.append((re.compile(rf"(?<![\w-])(?:(?:{leads})\s+)?{joined}(?:(?:{leads})\s+)?{body}(?![\w-])"),
                        organisation))
    return tuple(out)


def head_post_parties(text: str) -> list[FoundActor]:
    """The posts of `text` that name their organisation without its name ("High Representative
    for Disarmament Affairs": UNODA), each as that organisation. A post joined before it by
    "and" counts only where it holds a role word ("the Under-Secretary-General and ...")."""
    found: list[FoundActor] = []
    for pattern, organisation in _head_posts():
        for m in pattern.finditer(text):
            start = m.start()
            if (joined := re.match(r"(.*?)\s+and\s+", m.group(0))) and not _role().search(joined.group(1)):
                start += joined.end()  # "Norway and High Representative ...": no post of hers before "and"
            if not any(a < m.end() and start < b for a, b, _ in found):
                found.append((start, m.end(), ActorRef(organisation, "organisation")))
    return sorted(found, key=lambda f: f[0])


def with_head_posts(text: str, actors: list[FoundActor]) -> list[FoundActor]:
    """`actors` with the head posts of `text` as their organisations; a State or organisation
    inside such a post ("United Nations" of "United Nations High Representative ...") gives way."""
    posts = head_post_parties(text)
    if not posts:
        return actors
    kept = [f for f in actors if f[2].kind == "person" or not any(a < f[1] and f[0] < b for a, b, _ in posts)]
    return sorted([*kept, *posts], key=lambda f: f[0])


def parties(text: str, actors: list[FoundActor], convention: str | None) -> list[FoundActor]:
    """The States and organisations of a sentence; a body's bare name ("the ISU") is the
    convention's own body."""
    found: list[FoundActor] = []
    for a, b, ref in actors:
        if ref.kind not in ("state", "organisation"):
            continue
        own = body_organisation(text[a:b], convention) if convention else None
        found.append((a, b, ActorRef(own, "organisation") if own else ref))
    masked = re.sub(r"(?<=\w)[’']s\b|(?<=s)[’'](?=\s)", lambda m: " " * len(m.group(0)), text)  # "Mozambique's"
    for offset, written, kind, _ in find_actor_names(masked):
        end = offset + len(written)
        if _rx("possessive").match(text, end) and not any(a < end and offset < b for a, b, _ in found):
            found.append((offset, end, ActorRef(written, kind)))  # type: ignore[arg-type]
    for m in _body_names().finditer(text):
        if convention and not any(a < m.end() and m.start() < b for a, b, _ in found):
            own = body_organisation(m.group(0), convention)
            if own:
                found.append((m.start(), m.end(), ActorRef(own, "organisation")))
    return with_head_posts(text, sorted(found, key=lambda f: f[0]))


def bare_names(text: str, taken: list[tuple[int, int]]) -> list[FoundActor]:
    """Runs of capitalised words that could be a name written without an honorific; the words
    that are never a name's (or an actor's, or a possessive) are cut off the front, and two
    words must remain."""
    found: list[FoundActor] = []
    for m in _run().finditer(text):
        words = [(w.start(), w.group(0)) for w in re.finditer(r"\S+", m.group(0))]
        while words and (_not_a_name_word(words[0][1]) or _POSSESSIVE_END.search(words[0][1])
                         or words[0][1] in particles()
                         or any(a <= m.start() + words[0][0] < b for a, b in taken)):
            words.pop(0)  # a post, an actor's name, a possessive, a particle before the name: "CMC Director"
        if len(words) < 2 or any(_not_a_name_word(w) for _, w in words):
            continue
        start = m.start() + words[0][0]
        end = m.end()
        name = text[start:end]
        if _POSSESSIVE_END.search(name):
            name, end = name[:-2], end - 2
        if words[-1][1].lower() in particles() or any(a < end and start < b for a, b in taken):
            continue
        if name.isupper() or known_city(name) is not None:
            continue  # "NEW YORK (Nations unies)": a dateline or a heading, a host city
        found.append((start, end, ActorRef(name, "person")))
    return found


def posted_names(text: str, actors: list[FoundActor]) -> list[FoundActor]:
    """Names written without an honorific that a post follows as an apposition ("Mouayed Saleh,
    President-designate of ..."), or that a post or a verb of speaking with "by" stands right
    before ("co-Laureate Jody Williams", "Presented by Mikael Bold"): people even where no party
    is named. A run that may be an organisation's name or a place's (a demonym first, a host
    city, a word in capitals, a possessive inside: "Norwegian People's Aid, Programme Manager")
    is left out."""
    taken = [(a, b) for a, b, _ in actors]
    found: list[FoundActor] = []
    for a, b, ref in bare_names(text, taken):
        words = ref.name.split()
        if lookup_demonym(words[0]) is not None or known_city(ref.name) is not None \
                or any(w.isupper() and len(w) > 1 for w in words) \
                or any(_POSSESSIVE_END.search(w) or w[-1] in "'’”\"" for w in words):  # a title in quotes
            continue
        if _posted("posted_after").match(text, b) or _posted("posted_before").search(text, 0, a):
            found.append((a, b, ref))
    return found


@cache
def _posted(name: str) -> re.Pattern[str]:
    """A people.yml pattern with ROLE one role word, PERSON one of `person_words`, BY one of `by_verbs`."""
    words = "|".join(re.escape(str(w)) for w in _table()["person_words"])
    verbs = "|".join(re.escape(str(w)) for w in _table()["by_verbs"])
    return re.compile(_with_roles(name).pattern.replace("PERSON", words).replace("BY", verbs), re.IGNORECASE)


def delegation_party(text: str, start: int, actors: list[FoundActor]) -> ActorRef | None:
    """The State whose delegation the person named at `start` leads ("the Colombian delegation,
    led by Foreign Minister X"), where they are the first person after "led by"."""
    m = _delegation().search(text, 0, start)
    if m is None or any(m.start() < a < start and ref.kind == "person" for a, _, ref in actors):
        return None
    if m["of"] or m["own"] or m["state"]:
        group = "of" if m["of"] else "own" if m["own"] else "state"
        named = [ref for a, b, ref in actors
                 if ref.kind == "state" and m.start(group) <= a and b <= m.end(group)]
        return named[0] if len(named) == 1 else None
    word = m["demonym"] or m["adjective"]
    state = lookup_demonym(word)
    if state is None and (iso3 := _table()["foreign_posts"]["demonyms"].get(word.lower())):
        state = registry_states().get(iso3)
    return ActorRef(state.name, "state") if state is not None else None


@cache
def _delegation() -> re.Pattern[str]:
    return re.compile("".join(str(_table()["delegation_led"]).split()), re.IGNORECASE)


def _not_a_name_word(word: str) -> bool:
    """A word no name written without an honorific holds: a job ("Coordinators"), a number, a
    word of institutions or the calendar (people.yml)."""
    bare = word.rstrip(".")
    if "-" in bare.strip("-") and all(_not_a_name_word(part) for part in bare.split("-") if part):
        return True  # "Secretary-General", "Director-General": a post written as one word
    return bare in _not_name() or bare.lower() in NUMBER_WORDS or bool(_role().fullmatch(re.sub(r"s$", "", bare)))


def ties(text: str, actors: list[FoundActor], convention: str | None) -> list[Tie]:
    """Each person of the sentence whose words tie them to a State or organisation."""
    states = parties(text, actors, convention)
    named = [f for f in actors if f[2].kind == "person"]
    taken = [(a, b) for a, b, _ in actors]
    bare = [f for f in bare_names(text, taken) if not _with_roles("post_qualifier_after").match(text, f[1])]
    candidates = sorted([*((f, True) for f in named), *((f, False) for f in bare)], key=lambda c: c[0][0])
    people = [c[0] for c in candidates]
    out: list[Tie] = []
    for (a, b, ref), honorific in candidates:
        party = _after(text, b, states, people, honorific, post_right_before(text, a)) \
            or _before(text, a, ref, states, people)
        if party is not None:
            out.append(Tie(a, b, ref, party))
    return _pairs_of(text, candidates, states, out)


def _pairs_of(text: str, candidates: list[tuple[FoundActor, bool]], states: list[FoundActor],
              out: list[Tie]) -> list[Tie]:
    """"Jody Williams and Tun Channareth of the ICBL": two names of one form (both bare, or both
    after an honorific), joined by "and", share the party the second's "of" names right after
    it. A comma apposition or a bracket stays the second's own; a first name of another form
    ("Steve Goose and Ambassador X of Austria") keeps none."""
    tied = {t.start: t for t in out}
    for (first, honorific), (second, same) in zip(candidates, candidates[1:]):
        after = tied.get(second[0])
        if first[0] in tied or after is None or honorific != same or not re.fullmatch(r"\s+and\s+", text[first[1] : second[0]]):
            continue
        following = [f for f in states if f[0] >= second[1]]
        if following and following[0][2] == after.party and _rx("of_after").match(text[second[1] : following[0][0]]):
            out.append(Tie(first[0], first[1], first[2], after.party))
    return sorted(out, key=lambda t: t.start)


def post_right_before(text: str, start: int) -> bool:
    """Whether a post set off by commas stands right before the person (", the United Nations
    High Commissioner for Refugees, Mr. X, the Vice-President of the ICRC, Mr. Y"): in such a run
    each post may be the name's after it or before it, so the one after is no one's for sure."""
    m = _POST_BEFORE.search(text, 0, start)
    return m is not None and m.end() == start and _role().search(m["post"]) is not None


_POST_BEFORE = re.compile(r",\s*(?P<post>[^,;:.()]+(?:\([^()]*\))?)\s*,\s*$")


def _after(text: str, end: int, states: list[FoundActor], people: list[FoundActor],
           honorific: bool, post_before: bool = False) -> ActorRef | None:
    """"X of Switzerland"; "X, Director of the ISU"; "X as CCM ISU Director"; "from" only after
    an honorific ("Ms X from Chad", never "Five Coordinators from Austria")."""
    if (foreign := _foreign_post(text, end)) is not None:
        return foreign
    following = [f for f in states if f[0] >= end]
    if following and following[0][2].kind == "organisation" \
            and _rx("foreign_body_post").match(text[end : following[0][0]]):
        return following[0][2]  # "X, vice présidente du CICR": the body's French post is its own
    if following and _rx("of_after").match(text[end : following[0][0]]) \
            and (honorific or text[end : following[0][0]].split()[0] == "of"):
        return following[0][2]
    if following and (lead := _rx("as_post").match(text, end)) and lead.end() == following[0][0] \
            and _role().match(text, following[0][1] + 1):
        return following[0][2]
    if (glued := _glued_post(text, end, states)) is not None:
        return glued
    if (bracket := re.match(r"\s*\(\s*(?=[A-Z]|(?:for|of|from)\s)([^()]{3,160})\)", text[end:])) is not None:
        inner = end + bracket.start(1) + len(_rx("bracket_for").match(bracket.group(1))[0])  # type: ignore[index]
        for kind in ("state", "organisation"):
            if (alone := _alone(text, inner, end + bracket.end(1), states, kind)) is not None:
                if kind == "state":  # "S.E. M. Félix Baumann (Suisse)": Switzerland, as the registry names it
                    return _state_named(alone.name) or alone
                return alone  # "Jean Lint (Belgium)", "Peter Herby (ICRC)", "Jody Williams (for the ICBL)"
        if (named := _state_named(text[inner : end + bracket.end(1)])) is not None:
            return named  # "Mme X (Autriche)": a bracket after a name holds where they are from
        return _in_apposition(text, end + bracket.start(1), end + bracket.end(1), states)  # "X (Manager of the ISU)"
    comma = re.match(r"\s*,\s*", text[end:])
    if comma is None or post_before:
        return None
    start = end + comma.end()
    opening = re.match(r"\S+", text[start:])
    if opening is None or not (opening.group(0)[:1].isupper() or opening.group(0) == "the"
                               or _role().fullmatch(opening.group(0))
                               or _posted("posted_after").match(text, end)):  # "X, advocacy director at"
        return None  # ", and the Ambassador of ...": the next one's, not an apposition
    spans = [(a, b) for a, b, _ in states]
    stop = _apposition_stop(text, start, people, spans)
    if any(a == stop for a, _, _ in people) and re.search(r"\w\s+$", text[start:stop]):
        return None  # "X, Chair of CMC Steve Goose": the post runs into the next name, it is theirs
    if re.match(r"the\s", text[start:]) and re.fullmatch(r"\s*,\s*", text[stop : _next_person(people, stop)]):
        return None  # "X, the Ambassador of Y, Mr Z": the post is Z's
    for posts in range(int(_table()["max_posts"])):  # "X, Senior Minister, First Vice President of the ... Authority"
        whole = next((p for a, b, p in states if b == stop and p.kind == "state"
                      and re.fullmatch(r"(?:(?:the\s+)?(?:[A-Z][\w-]+\s+){1,3}of\s+(?:the\s+)?)?", text[start:a])), None)
        if posts and whole is not None:
            return whole  # "X, Minister of Foreign Affairs and Emigrants, Republic of Lebanon"
        if (alone := _alone(text, start, stop, states, "organisation")) is not None \
                and (posts or re.match(r"\s*(?:[,;•]|$)", text[stop:])):
            return alone  # "X, Head of Arms Unit, ICRC"; "X, Director-General, UNOG"; "X, ICBL, on behalf of"
        found = _in_apposition(text, start, stop, states)
        if found is not None or not _role().search(text[start:stop]):
            return found
        nxt = re.match(r",\s*(?:and\s+)?(?=[A-Z])", text[stop:])
        if nxt is None or any(a == stop + nxt.end() for a, _, _ in people):
            return None
        start = stop + nxt.end()
        stop = _apposition_stop(text, start, people, spans)
    return None


def _alone(text: str, start: int, stop: int, states: list[FoundActor], kind: str) -> ActorRef | None:
    """The one party of `kind` that is all of text[start:stop] (maybe "the" before it, its
    abbreviation in brackets after it): an apposition that names only where the person is from."""
    for a, b, party in states:
        if party.kind == kind and start <= a and b <= stop \
                and re.fullmatch(r"\s*(?:the\s+)?", text[start:a]) \
                and re.fullmatch(r"\s*(?:\([A-Z][\w-]{1,10}\)\s*)?", text[b:stop]):
            return party
    return None


def _foreign_post(text: str, end: int) -> ActorRef | None:
    """The State a French or Spanish post after the name names ("X, Embajadora de Japón"): prose
    never gives those names to the recogniser, but after such a title only a State stands."""
    m = _rx("foreign_post").match(text[end:])
    if m is None:
        return None
    # "représentant permanent du Chili", "embajador de ...": only a State has such a post; a
    # representative alone may be a company's, so "représentant du Chili" stays unsure
    sure = re.search(r"(?i:permanent|embaj|ambassad|delegaci|d[ée]l[ée]gation)", m.group(0)) is not None
    return _state_named(m["state"], colliding=sure)


def _state_named(written: str, colliding: bool = False) -> ActorRef | None:
    """The State a name in English, French or Spanish gives, by its registry name ("Suisse" ->
    Switzerland); a foreign name that is also a common word ("Chili") gives none unless
    `colliding`, where only a State can stand."""
    iso3 = state_iso3(written, colliding=colliding)
    entry = registry_states().get(iso3) if iso3 else None
    return ActorRef(entry.name, "state") if entry else None


def _glued_post(text: str, end: int, states: list[FoundActor]) -> ActorRef | None:
    """The State of a post the flattening glued to the name, its role word read as the name's
    last ("H.E. X Minister of Foreign Affairs of Afghanistan at the Meeting"): the first State
    after it, where the words between lead to it; or a role word right after the name, no comma
    between ("H.E. X Ambassador of Norway to the UN in Geneva")."""
    last = re.search(r"(?<=\s)\S+$", text[:end])
    if last is None or not _role().fullmatch(last.group(0)):
        last = _role().match(text, end + 1) if text[end : end + 1] == " " else None
        if last is None:
            return None  # nor "H.E. X Ambassador of Norway to the UN": the role word right after the name
    following = [f for f in states if f[0] >= end and f[2].kind == "state"]
    if not following or re.search(r"[,;:()]", text[end : following[0][0]]):
        return None
    return _in_apposition(text, last.start(), following[0][1], states)


def _next_person(people: list[FoundActor], at: int) -> int:
    return min([a for a, _, _ in people if a >= at], default=at)


def _after_person(text: str, begin: int, people: list[FoundActor]) -> bool:
    """Whether the text right before `begin` is a person's name and a comma."""
    return any(re.fullmatch(r"\s*,?\s*", text[b:begin]) for _, b, _ in people if b <= begin)


def _in_post_name_run(text: str, begin: int, people: list[FoundActor]) -> bool:
    """Whether the person right before `begin` has their own post right before them ("the
    Vice-President of the ICRC, Mr. X, UNICEF Special Adviser, Mr. Y"): in a run of "post, name"
    the post after X is the next one's."""
    return any(re.fullmatch(r"\s*,?\s*", text[b:begin]) and post_right_before(text, a)
               for a, b, _ in people if b <= begin)


def _before(text: str, start: int, ref: ActorRef, states: list[FoundActor],
            people: list[FoundActor]) -> ActorRef | None:
    """"the Ambassador of Switzerland to Zimbabwe, X"; "Mozambique's Deputy Minister, X";
    "the Swiss Ambassador, X"; "Swiss Ambassador X"."""
    left = text[:start]
    if (titled := _titled_by(text, start, states)) is not None:
        return titled
    if (speaks := _represented_by(text, start, states)) is not None:
        return speaks
    demonym = re.search(r"\b([A-Z][\w-]+)\s+$", left)
    if demonym and _role().match(ref.name) and (state := lookup_demonym(demonym.group(1))) is not None:
        return ActorRef(state.name, "state")  # "Swiss Ambassador X": the honorific is the post
    if (posted := _demonym_post().search(left)) and (state := lookup_demonym(posted["demonym"])) is not None:
        return ActorRef(state.name, "state")  # "Cambodian Secretary of State X"
    title = re.match(rf"(?:{honorific_pattern(with_titles=True)})\s+", text[start:])
    if title and _role().search(title.group(0)) \
            and (posted := _demonym_post().search(text, 0, start + title.end())) \
            and (state := lookup_demonym(posted["demonym"])) is not None:
        return ActorRef(state.name, "state")  # "Norwegian Foreign Minister X": the title read as the name's
    comma = re.search(r",\s*$", left)
    if comma is None:
        return None
    end = comma.start()
    begin = max([0, *(b for _, b, _ in people if b <= end),
                 *(m.end() for m in _rx("apposition_end").finditer(left, 0, end))])
    joined = list(re.finditer(r"\band\s+(?=(?:the\s+)?[A-Z])", text[begin:end]))
    if joined and _role().search(text[begin + joined[-1].end() : end]) \
            and not any(a < begin + joined[-1].start() < b for a, b, _ in states):  # a head post's own "and"
        begin += joined[-1].end()  # "... attended this and Foreign Minister of Norway, X": the post after "and"
    segment = text[begin:end]
    post = _role().search(segment)
    if post is not None and (len(segment.split()) > int(_table()["max_apposition_words"])
                             or _rx("clause_words").search(segment, 0, post.start())
                             or not re.match(r"\s*(?:(?:and|or)\s+)?(?:the\s|[A-Z])", segment)) \
            and (opens := list(_with_roles("post_opening").finditer(segment))):
        begin += opens[-1].start()  # "... was preceded by addresses by the President of the Swiss Confederation, X"
        segment = text[begin:end]
        post = _role().search(segment)
    if post is None or len(segment.split()) > int(_table()["max_apposition_words"]) \
            or _rx("clause_words").search(segment, post.end()):
        return None  # "the ISU Director also paid courtesy calls on the Vice Minister, X": a clause
    inside = [f for f in states if begin <= f[0] and f[1] <= end]
    for a, b, party in inside:
        if (own := _rx("possessive").match(text, b)) and _with_roles("possessive_post").match(text, own.end()):
            return party  # "Mozambique's Deputy Minister of Foreign Affairs, X", "Oman's foreign affairs minister, X"
        if re.fullmatch(rf"(?:\s+{role_pattern()})+", text[b:end], re.IGNORECASE):
            return party  # "the ISU Director, Ms X"
    tail = re.search(r"\b([A-Z][\w-]+)\s+(?:" + role_pattern() + r")$", segment, re.IGNORECASE)
    if tail and (state := lookup_demonym(tail.group(1))) is not None:
        return ActorRef(state.name, "state")  # "the Swiss Ambassador, X"
    opening = re.sub(r"^(?:and|or)\s+", "", segment.lstrip(" ,"))  # "..., and the Ambassador of Y, X"
    if not (opening.startswith("the ") or opening[:1].isupper()):
        return None  # a clause ("met with ..."), not an apposition
    if _after_person(text, begin, people) and not opening.startswith("the ") \
            and not _in_post_name_run(text, begin, people):
        return None  # "Mr X, Coordinator of Y, Mr Z": the post is X's
    return _in_apposition(text, begin, end, states)


def _represented_by(text: str, start: int, states: list[FoundActor]) -> ActorRef | None:
    """The State a person is said to speak for right before their name ("La France, représentée
    par l'Ambassadeur X"): the State must end where those words begin."""
    m = _rx("represented_by").search(text, max(0, start - 120), start)
    if m is None:
        return None
    return next((party for _, b, party in states if party.kind == "state" and b == m.start()), None)


@cache
def _with_roles(name: str) -> re.Pattern[str]:
    """A people.yml pattern with ROLE standing for one role word of the vocabulary."""
    return re.compile("".join(str(_table()[name]).split()).replace("ROLE", role_pattern()[2:-2].replace(r"\b", "")),
                      re.IGNORECASE)


@cache
def _demonym_post() -> re.Pattern[str]:
    """people.yml `demonym_post`, its ROLE one role word of the vocabulary."""
    return re.compile("".join(str(_table()["demonym_post"]).split()).replace("ROLE", role_pattern()[2:-2].replace(r"\b", "")))


def _titled_by(text: str, start: int, states: list[FoundActor]) -> ActorRef | None:
    """The party named right before a name with its post: "CMC Director Laura Cheeseman",
    "UNIDIR's Tim Caughley", "Chair of CMC Steve Goose"; a party and a bare space only after
    a post of it ("Chair of CMC"), never a subject ("Norway Steffen Kongstad")."""
    before = [f for f in states if f[1] <= start]
    if not before:
        return None
    a, b, party = before[-1]
    lead = _with_roles("party_before_name").fullmatch(text[b:start])
    if lead is None:
        return None
    possessive = bool(re.match(r"[’']s", text[b:]) or text[b - 1 : b] == "s" and re.match(r"[’']\s", text[b:]))
    if re.match(r"[’'](?!s)", text[b:]) and not possessive:
        return None  # a quote mark closing a name, no possessive
    if not (possessive or lead["roles"].strip() or _with_roles("post_of_before").search(text[max(0, a - 40) : a])):
        return None
    return party


def _apposition_stop(text: str, start: int, people: list[FoundActor],
                     inside: Sequence[tuple[int, int]] = ()) -> int:
    """Where an apposition opened at `start` ends: its punctuation (not a dash inside a party's
    name, "International Campaign to Ban Landmines – Cluster Munition Coalition"), the next
    person, the sentence."""
    ends = [m.start() for m in _rx("apposition_end").finditer(text, start)
            if not any(a < m.start() < b for a, b in inside)]
    stop = min([len(text), *ends, *(a for a, _, _ in people if a > start)])
    joined = re.search(r"\s+and\s+(?:the\s+)?$", text[start:stop])
    if joined and any(a == stop for a, _, _ in people):
        return start + joined.start()  # "X, Minister of Y and the Honourable Z": Z is the next conjunct
    return stop


def _in_apposition(text: str, start: int, stop: int, states: list[FoundActor]) -> ActorRef | None:
    """The actor an apposition's role word leads to ("Director of the ISU", "ISU Director")."""
    segment = text[start:stop]
    if len(segment.split()) > int(_table()["max_apposition_words"]):
        return None
    role = _role().search(segment)
    if role is None:
        return None
    opening = start + re.match(r"\s*(?:the\s+)?", segment).end()  # type: ignore[union-attr]
    for a, b, party in states:
        if not (start <= a and b <= stop):
            continue
        if a <= start + role.start() and start + role.end() <= b \
                and _alone(text, start, stop, [(a, b, party)], party.kind):
            return party  # "the United Nations High Commissioner for Refugees, X": the post is the body
        if a == opening and _role_after_words().match(text, b + 1):
            return party  # "ISU Director", "the CCM ISU Director", "CMC Campaign Manager"
        if a == opening and (own := _rx("possessive").match(text, b)) and _role_after_words().match(text, own.end()):
            return party  # "X, Norway's Ambassador to the UN", "X, Australia's Parliamentary Secretary"
        if a >= start + role.end() and _rx("lead_to_actor").search(text[start + role.end() : a]) \
                and not _rx("speaks_for").search(text[start + role.end() : a]):
            return party  # not "X, Deputy Executive-Secretary of ECLAC on behalf of the UN Secretary-General"
    return _national_body(text[start + role.end() : stop])


def _national_body(after_role: str) -> ActorRef | None:
    """The State whose own body the post is of: "Director of the Palestinian Centre for Mine
    Action", "First Vice President of the Cambodian Mine Action Authority" (a campaign or a
    coalition of that country is not the State's)."""
    m = _rx("national_body").match(after_role)
    if m is None or (state := lookup_demonym(m["demonym"])) is None:
        return None
    return ActorRef(state.name, "state")


def later_spellings(names: Sequence[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Names of one page's people (their words without honorifics, in page order) -> for each
    name that is an earlier name with words added or left out inside it, that earlier name: "Prince
    Mired Al-Hussein", then "Prince Mired Raad Zeid Al-Hussein", is one man. The first and last
    words must be the same and two words at least stay; an initial ("Sheila N. Mweemba") counts
    as a word left out. A name two earlier names could be is left alone."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    seen: list[tuple[str, ...]] = []
    for name in names:
        if name in seen or name in out or len(name) < 2:
            continue
        earlier = [e for e in seen if _shortened(e, name) or _shortened(name, e)]
        if len(earlier) == 1:
            out[name] = earlier[0]
        elif not earlier:
            seen.append(name)
    return out


def _shortened(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether `long` is `short` with words added inside it (same first and last words)."""
    if len(short) >= len(long) or len(short) < 2 or short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long[1:-1])
    return all(word in rest for word in short[1:-1])
