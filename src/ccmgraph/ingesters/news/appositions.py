"""Posts named in passing, in apposition to their holder, in English, French, Spanish, Portuguese.

One reader for the format rather than for sentences: a role word (posts.yml) and what it is of
(a numbered meeting the page names, a convention, "the Convention" the page is about, or a
theme), and the holder its own words put beside it:

- after it, past at most two posts of the holder's own: "The President of the Convention,
  Zambian Deputy Minister of Foreign Affairs, Gabriel Namulambe"; "the Coordinator of the
  Universalization Contact Group, Ms X of Canada"; a list for a plural post;
- before it: "Ambassador X of India, President of the 3CONF", "X, in her capacity as President
  of", "X, who is the Coordinator on", "Norway ... as Coordinator of Universalization together
  with Ghana";
- the State of a presidency: "the current Austrian Presidency of the Convention";
- the subject of a verb of holding: "Switzerland assumed the presidency of", "México asumió la
  presidencia de", "Mozambique will preside over the Third Review Conference";
- "under the presidency of Switzerland" / "bajo la presidencia de México": the meeting named before.

The convention is the meeting's, the one the words name, or the page's for "the Convention";
a post of none of them is left out with a warning. A post of another body ("President of the
ICRC", "President of the Republic") is none of these and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Any


from ccmgraph.ingesters.news.events import EventIndex
from ccmgraph.ingesters.news.items import Item
from ccmgraph.ingesters.news.tables import table
from ccmgraph.ingesters.news.people import bare_names, ties
from ccmgraph.ingesters.news.presidents import taken_on
from ccmgraph.ingesters.news.text import FoundActor, Recogniser, Sentence, conventions, posts_between, sentences
from ccmgraph.ingesters.news.unstated import no_convention
from ccmgraph.ingesters.presiding import designated_by_future
from ccmgraph.mapping.themes import resolve_theme
from ccmgraph.records import ActorRef, Mandate, MandateRole, Warning_
from ccmgraph.resolve.actors import lookup_demonym, lookup_foreign_demonym, lookup_foreign_state, lookup_state
from ccmgraph.vocabulary import honorific_pattern, role_pattern

_CONVENTIONS = ("ccm", "apmbc", "ccw-p5")
_PRESIDED = ("msp", "revcon", "conference")
_GENERIC = re.compile(r"(?:Convention|Treaty|Convención|Convenção|Tratado|Convenio)\b(?!\s+(?:on|sur|sobre|de|do|da)\b)")
_THE_MEETING = re.compile(r"(?:Conference|Meeting|Conferencia|Reunión|Conférence|Réunion|Conferência|Reunião)\b")
_SENTENCE_MEETING = re.compile(r"\b(?:[Tt]he|[Ll]a|[Ll]e|[Aa])\s+(?:Conference|Meeting|Conferencia|Reunión|Conférence|Réunion|Conferência|Reunião)\b")


def _table() -> dict[str, Any]:
    return table("posts.yml")


@cache
def _rx(name: str) -> re.Pattern[str]:
    return re.compile("".join(str(_table()[name]).split()))


@cache
def _roles() -> tuple[re.Pattern[str], dict[str, MandateRole]]:
    """One alternation of every role word (longest first), and each word's role."""
    words: dict[str, MandateRole] = {}
    for role, forms in _table()["roles"].items():
        for form in forms:
            words[str(form)] = role
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), words


def _role_of(word: str) -> MandateRole:
    return _roles()[1][" ".join(word.split())]


@dataclass(frozen=True)
class _Post:
    """A post a sentence names: where, its role, and what it is of."""

    start: int  # where the post's words begin (its lead words included)
    end: int  # where what it is of ends
    role: MandateRole
    plural: bool
    state_only: bool
    convention: str | None
    meeting: str | None = None
    theme: str | None = None
    under: bool = False  # "under the presidency of <State>": the holder is what it is of
    object_at: int = 0
    state: ActorRef | None = None  # "la presidencia mozambiqueña": the State its adjective names


class AppositionReader:
    """Reads the posts of an item's sentences; each (role, holder, meeting) once per page."""

    def __init__(self, recognise: Recogniser, index: EventIndex) -> None:
        self.recognise = recognise
        self.index = index
        self.seen: set[tuple[str, str, str | None, str | None]] = set()

    def read(self, item: Item, page_convention: str | None) -> Iterator[Mandate | Warning_]:
        numbered = {n.event.short_name: n.event for n in self.index.namings
                    if n.item == item.index and n.event.short_name and n.event.kind in _PRESIDED}
        only = next(iter(numbered.values())) if len(numbered) == 1 else None
        for para in item.paragraphs:
            for sentence in sentences(para):
                yield from self._sentence(sentence, item, page_convention, only)

    def _sentence(self, sentence: Sentence, item: Item, page_convention: str | None,
                  only: Any) -> Iterator[Mandate | Warning_]:
        text = sentence.text
        pattern, _ = _roles()
        named = [(n.phrase.start - sentence.start, n.phrase.end - sentence.start, n.event)
                 for n in self.index.namings if n.sentence == sentence]
        presided = [(a, ev) for a, _, ev in named if ev.short_name and ev.kind in _PRESIDED and ev.convention
                    and _rx("preside_verb").search(text[:a])]
        coordinated = list(_rx("coordinated_by").finditer(text))
        if not presided and not coordinated and not pattern.search(text):
            return
        actors = self._actors(text, page_convention)
        yield from self._coordinated(text, coordinated, actors, sentence, item.key, page_convention)
        for a, event in presided:  # "Mozambique will preside over the Third Review Conference"
            verb = _rx("preside_verb").search(text[:a])
            assert verb is not None
            subject = [f for f in actors if f[1] <= verb.start()]
            gap = text[subject[-1][1] : verb.start()] if subject else ""
            if subject and len(gap.split()) <= int(_table()["max_subject_gap"]) and not _rx("verb_coordinated").search(gap):
                role: MandateRole = "president-designate" if designated_by_future(verb.group(), sentence.para.text) else "president"
                presiding = _Post(verb.start(), a, role, False, False, event.convention, event.short_name)
                holder, state = self._with_state(text, subject[-1], actors)
                yield from self._mandates(presiding, holder, state, sentence, item.key)
        for m in pattern.finditer(text):
            post = self._post(text, m, named, page_convention, only)
            if post is None:
                continue
            lines = tuple(a - sentence.start for a in sentence.para.starts if sentence.start < a <= post.start + sentence.start)
            holders = self._holders(text, post, actors, lines)
            if not holders:
                continue
            if post.convention not in _CONVENTIONS:
                if post.role not in ("president", "president-designate"):  # chairs.py warns for those
                    yield no_convention(f"the {post.role} {holders[0][0].name!r}", sentence.quote())
                continue
            post = self._seated(text, post, only)
            for holder, state in holders:
                yield from self._mandates(post, holder, state, sentence, item.key)

    @staticmethod
    def _seated(text: str, post: _Post, only: Any) -> _Post:
        """A presidency of the convention its holder takes up now ("Moçambique assume a presidência
        da Convenção", "Switzerland assumed the presidency of the Convention") is that of the one
        numbered meeting of that convention the item names, as chairs.seat_presidents seats one;
        a presidency to come, or an outgoing one, is none's."""
        if post.role != "president" or post.meeting is not None or only is None \
                or only.convention != post.convention or not only.short_name:
            return post
        verb = _rx("holds_before").search(text[: post.start])
        if verb is None or _rx("not_now").search(text[: post.start]):
            return post
        return replace(post, meeting=only.short_name)

    def _coordinated(self, text: str, found: list[re.Match[str]], actors: list[tuple[int, int, ActorRef, ActorRef | None]],
                     sentence: Sentence, context: str, page_convention: str | None) -> Iterator[Mandate]:
        """"the Sponsorship Programme's Donors' Group, coordinated by Canada": the State or person
        right after holds the theme's coordination, where the themes table knows the theme."""
        own = _own_convention(text) or page_convention
        for m in found:
            holder = next((f for f in actors if f[0] == m.end()), None)
            if own is None or holder is None or resolve_theme(own, m["theme"]) is None:
                continue
            role: MandateRole = "co-chair" if m["verb"].lower().startswith("co-") else "coordinator"
            post = _Post(m.start(), m.end(), role, False, False, own, theme=" ".join(m["theme"].split()))
            who, state = self._with_state(text, holder, actors)
            yield from self._mandates(post, who, state, sentence, context)

    def _actors(self, text: str, convention: str | None) -> list[tuple[int, int, ActorRef, ActorRef | None]]:
        """States and people of the sentence (a person without an honorific where their words tie
        them), each person with the State their words tie them to."""
        found = self.recognise(text)
        tied = ties(text, found, convention)
        state_of = {t.start: t.party for t in tied if t.party.kind == "state"}
        out = [(a, b, ref, state_of.get(a) if ref.kind == "person" else None) for a, b, ref in found
               if ref.kind in ("state", "person")]
        taken = [(a, b) for a, b, _ in found]
        for t in tied:
            if not any(a <= t.start < b for a, b in taken):
                out.append((t.start, t.end, t.person, t.party if t.party.kind == "state" else None))
        for a, b, ref in bare_names(text, taken):
            if not any(x <= a < y for x, y, _, _ in out) and not self.recognise(ref.name):
                out.append((a, b, ref, None))  # a name with no honorific, where a post says one stands
        return sorted(out, key=lambda f: f[0])

    def _post(self, text: str, m: re.Match[str], named: list[tuple[int, int, Any]], page_convention: str | None,
              only: Any) -> _Post | None:
        """What the role word at `m` is a post of, or None when it is of nothing this graph holds;
        a presidency written with a State's adjective after it ("la présidence suisse de la
        Convention") is that State's."""
        demonym = _demonym_after(text, m.end()) if m.group(0) in _table()["state_only"] else None
        if demonym is None:
            return self._post_of(text, m, m.end(), named, page_convention, only)
        state, end = demonym
        post = self._post_of(text, m, end, named, page_convention, only)
        if post is None and _rx("of").match(text, end) is None and _rx("demonym_alone").match(text, end) \
                and _rx("names_treaty").search(text):  # "promoverá la presidencia mexicana, ... del tratado"
            lead = _rx("lead").search(text[: m.start()])
            post = _Post(lead.start() if lead else m.start(), end, "president", False, True,
                         _own_convention(text) or page_convention)
        return replace(post, state=state) if post is not None and post.role == "president" else None

    def _post_of(self, text: str, m: re.Match[str], word_end: int, named: list[tuple[int, int, Any]],
                 page_convention: str | None, only: Any) -> _Post | None:
        """What the role word at `m` (its words, an adjective of nationality with them, ending at
        `word_end`) is a post of."""
        word = m.group(0)
        role = _role_of(word)
        plural = word.endswith(("s", "x"))  # "Envoyés spéciaux": French plurals may end in x
        state_only = word in _table()["state_only"]
        lead = _rx("lead").search(text[: m.start()])
        start = lead.start() if lead else m.start()
        if role == "president" and _rx("designated").search(text[: m.start()]) \
                and not _rx("elected_passive").search(text[:start]):
            role = "president-designate"  # "designated X as President of the First Conference"
        of = _rx("of").match(text, word_end)
        if role in _table()["after_convention"] and (named_before := self._convention_before(text, m.start())) is not None:
            return _Post(named_before[0], word_end, role, plural, state_only, named_before[1])  # "the Mine Ban Treaty envoy, X"
        if role == "other" and page_convention and (generic_at := self._the_convention_before(text, m.start())) is not None:
            on = _rx("other_on").match(text, of.end()) if of is not None else None
            if of is None or on is not None:  # "the Convention's Special Envoy, X", "the President's ... on Universalization"
                return _Post(generic_at, on.end() if on else m.end(), role, plural, state_only, page_convention)
        if of is None:
            if role in ("president", "vice-president") and re.search(r"\bits\s+$", text[: m.start()]) \
                    and only is not None and _SENTENCE_MEETING.search(text):
                return _Post(start, m.end(), role, plural, state_only, only.convention, only.short_name)
            return None
        at = of.end()
        if _rx("not_of").match(text, at):
            return None
        under = bool(_rx("under").search(text[:start]))
        if role == "president" and (unnumbered := _rx("unnumbered_meeting").match(text, at)) is not None:
            for a, b, short in conventions(text):  # "la Reunión de Estados Partes de la Convención sobre ..."
                if a == unnumbered.end() and short in _CONVENTIONS:
                    return _Post(start, b, role, plural, state_only, short)
        meeting = next(((a, b, ev) for a, b, ev in named if at <= a <= at + 4), None)
        if meeting is not None:
            event = meeting[2]
            if role in ("president", "vice-president") and event.short_name and event.kind in _PRESIDED:
                return _Post(start, meeting[1], role, plural, state_only, event.convention, event.short_name)
            if role == "president" and event.convention and any(n.event is event and n.phrase.city for n in self.index.namings):
                return _Post(start, meeting[1], role, plural, state_only, event.convention)  # "President of the Oslo Diplomatic Conference"
            return None
        if role in ("coordinator", "co-chair") and page_convention \
                and (known := self._convention_theme(text, at, page_convention)) is not None:
            return _Post(start, known[0], role, plural, False, page_convention, theme=known[1])
        for a, b, short in conventions(text):
            if a == at or (a > at and not text[at:a].strip(" ")):
                if short not in _CONVENTIONS or role in ("coordinator", "co-chair", "vice-president"):
                    return None
                return _Post(start, b, role, plural, state_only, short)
        if (generic := _GENERIC.match(text, at)) is not None:
            if role in ("coordinator", "co-chair", "vice-president"):
                return None  # a convention has no vice-presidents: its meetings have
            return _Post(start, generic.end(), role, plural, state_only, page_convention)
        if role == "president" and page_convention and (lower := _rx("generic_lower").match(text, at)) is not None:
            return _Post(start, lower.end(), role, plural, state_only, page_convention)  # "presidenta de la convención que"
        if (the := _THE_MEETING.match(text, at)) is not None and only is not None \
                and role in ("president", "vice-president") and not re.match(r"\s+(?:of|on|for)\b", text[the.end():]):
            return _Post(start, the.end(), role, plural, state_only, only.convention, only.short_name)
        if under and role == "president":
            before = [(a, b, ev) for a, b, ev in named if b <= start and ev.short_name and ev.kind in _PRESIDED]
            if before:
                event = before[-1][2]
                return _Post(start, at, role, False, True, event.convention, event.short_name, under=True, object_at=at)
            return None
        if role == "other" and (on := _rx("other_on").match(text, at)) is not None:
            # "Special Envoy on the Universalization Prince Mired": the convention the page is about
            return _Post(start, on.end(), role, plural, False, _own_convention(text) or page_convention)
        if role in ("coordinator", "co-chair") and (theme := _rx("theme").match(text, at)) is not None:
            words = theme["theme"]
            own = _own_convention(text) or page_convention
            tabled = own is not None and resolve_theme(own, words) is not None  # "Coordinator of the Sponsorship Programme"
            if self.recognise(words) or conventions(words) or (_rx("not_theme").search(words) and not tabled):
                return None  # a State's own body ("Coordinator of the National High Commission ...")
            return _Post(start, theme.end(), role, plural, False, own, theme=" ".join(words.split()))
        return None

    @staticmethod
    def _convention_theme(text: str, at: int, convention: str) -> tuple[int, str] | None:
        """(end, words) of a theme the themes table knows, written in any case after "the
        Convention's" ("Coordinator of the Convention's informal sponsorship programme"): the
        longest run of words the table names, or None."""
        m = _rx("convention_theme").match(text, at)
        if m is None:
            return None
        words = list(re.finditer(r"[\w-]+", m["theme"]))
        for last in reversed(words):
            label = m["theme"][: last.end()]
            if resolve_theme(convention, label) is not None:
                return m.start("theme") + last.end(), " ".join(label.split())
        return None

    @staticmethod
    def _convention_before(text: str, at: int) -> tuple[int, str] | None:
        """(start, convention) of a convention's name right before a role word ("Mine Ban Treaty
        envoy"), nothing but a possessive or "Special" between."""
        for a, b, short in conventions(text[:at]):
            if short in _CONVENTIONS and b <= at and _rx("convention_then_role").fullmatch(text[b:at]):
                return a, short
        return None

    @staticmethod
    def _the_convention_before(text: str, at: int) -> int | None:
        """Where "the Convention's" (or its President's) stands right before a role word ("the
        Convention's Special Envoy, X"): a post of the convention the page is about."""
        m = _rx("generic_then_role").search(text[:at])
        return m.start() + len(m.group(0)) - len(m.group(0).lstrip(",;:• ")) if m else None  # the clause's own comma stays before

    def _holders(self, text: str, post: _Post, actors: list[tuple[int, int, ActorRef, ActorRef | None]],
                 lines: tuple[int, ...] = ()) -> list[tuple[ActorRef, ActorRef | None]]:
        """Who holds the post: (holder, the person's State) each; `lines`, where the sentence's
        source lines begin (a headline with no full stop runs into the line after it)."""
        if post.under:
            found = next((f for f in actors if f[0] == post.object_at and f[2].kind == "state"), None)
            if found is None:  # "bajo la presidencia de X, Embajadora de Japón": a person their words tie to a State
                found = next((f for f in actors if f[2].kind == "person" and f[3] is not None
                              and _title_gap(text[post.object_at : f[0]])), None)
                return [(found[2], found[3])] if found else []
            return [(found[2], None)]
        if post.state is not None:
            return [(post.state, None)]
        if post.state_only:
            return [(s, None) for s in [self._state_before(text, post.start, actors, lines)] if s is not None]
        before = [f for f in actors if f[1] <= post.start]
        if post.plural and len(listed := self._after(text, post, actors)) > 1:
            return listed  # "Mr. X, the Convention's Special Envoys, A and B": a plural post's list after it
        if before and before[-1][2].kind == "person" \
                and posts_between(text[before[-1][1] : post.start]):
            return self._together(text, post, before[-1], actors)  # "X, <post>, President of the 5RC, Mr. Y, ..."
        after = self._after(text, post, actors)
        if after:
            return after
        return self._before(text, post, actors)

    @staticmethod
    def _state_before(text: str, start: int, actors: list[tuple[int, int, ActorRef, ActorRef | None]],
                      lines: tuple[int, ...] = ()) -> ActorRef | None:
        """"the Austrian Presidency", "Norway's presidency": the State whose presidency it is. A
        subject may open a source line that a headline with no full stop runs into (`lines`)."""
        left = text[:start]
        for a, b, ref, _ in actors:
            if ref.kind == "state" and _rx("state_presidency").fullmatch(left[b:]):
                return ref
        word = re.search(r"\b([A-Z][\w-]+)\s+$", left)
        state = lookup_demonym(word.group(1)) if word else None
        if state is not None:
            return ActorRef(state.name, "state")
        verb = _rx("holds_before").search(left)
        if verb is not None:
            subject = [f for f in actors if f[1] <= verb.start() and f[2].kind == "state"]
            if subject and len(left[subject[-1][1] : verb.start()].split()) <= int(_table()["max_subject_gap"]):
                return subject[-1][2]
            opened = max((a for a in lines if a <= verb.start()), default=0)
            for since in dict.fromkeys((0, opened)):  # the sentence, then its last source line
                named = _rx("foreign_subject").search(left[since : verb.start()])
                state = lookup_foreign_state(named["name"], colliding=False) if named else None
                if state is not None:
                    break
            if state is not None:  # "Moçambique assume a presidência": a State's name in the page's language
                return ActorRef(state.name, "state")
        return None

    def _after(self, text: str, post: _Post,
               actors: list[tuple[int, int, ActorRef, ActorRef | None]]) -> list[tuple[ActorRef, ActorRef | None]]:
        """The holders named right after the post, past at most two posts of their own."""
        gap = _rx("after").match(text, post.end)
        starts = {a: f for f in actors for a in [f[0]]}
        at: int | None = None
        if gap is not None:
            at = gap.end()
            for _ in range(int(_table()["max_own_posts"]) + 1):
                if at in starts and not _possessive(text, starts[at][1]):
                    break  # "Zambia's Deputy Minister ..., X": the State's is the holder's own post
                own = _rx("own_post").match(text, at)
                if own is None or re.match(r"(?:and|et|y|e)\s", own.group(0)) \
                        or not re.search(role_pattern(), own.group(0), re.IGNORECASE) \
                        or any(at <= f[0] < own.end() - 1 for f in actors if f[2].kind == "person"):
                    at = None
                    break
                at = own.end()
        elif (direct := _rx("direct").match(text, post.end)) is not None and direct.end() in starts \
                and starts[direct.end()][2].kind == "person" \
                and re.match(honorific_pattern(with_titles=True), text[direct.end():]):
            at = direct.end()
        if at is None or at not in starts or _possessive(text, starts[at][1]):
            return []
        holders = [self._with_state(text, starts[at], actors)]
        position = starts[at][1]
        closed = False  # a list ends with the holder after its "and"
        while post.plural and not closed:
            position = self._past_state(text, position, actors)
            gap = _rx("list_gap").match(text, position)
            if gap is None or gap.end() not in starts or starts[gap.end()][2].kind != starts[at][2].kind:
                break
            closed = bool(re.search(r"\b(?:and|et|y|e)\b", gap.group(0)))
            nxt = starts[gap.end()]
            holders.append(self._with_state(text, nxt, actors))
            position = nxt[1]
        return holders

    def _past_state(self, text: str, position: int, actors: list[tuple[int, int, ActorRef, ActorRef | None]]) -> int:
        """Past the "of <State>" right after a person, if it stands there."""
        for a, b, ref, _ in actors:
            if ref.kind == "state" and a >= position and _rx("of_state").fullmatch(text[position:a]):
                return b
        return position

    def _with_state(self, text: str, found: tuple[int, int, ActorRef, ActorRef | None],
                    actors: list[tuple[int, int, ActorRef, ActorRef | None]]) -> tuple[ActorRef, ActorRef | None]:
        a, b, ref, state = found
        if ref.kind == "state":
            return ActorRef(ref.name, "state"), None
        if state is None:
            for x, _, other, _ in actors:
                if other.kind == "state" and x >= b and _rx("of_state").fullmatch(text[b:x]):
                    state = other
                    break
        return ActorRef(ref.name, "person", party=state.name if state else None), state

    def _before(self, text: str, post: _Post,
                actors: list[tuple[int, int, ActorRef, ActorRef | None]]) -> list[tuple[ActorRef, ActorRef | None]]:
        """The holder named before the post: its apposition, "as", "in her capacity as", "who is"."""
        lead = _rx("before").search(text[: post.start])
        if lead is None and post.role == "president":  # "X fue designada presidenta de", "X a été élu président de"
            lead = _rx("elected_passive").search(text[: post.start])
        if lead is not None:
            named = [f for f in actors if f[1] <= lead.start()]
            if len(named) > 1 and named[-1][2].kind == "state" and named[-2][2].kind == "person" \
                    and self._past_state(text, named[-2][1], actors) == lead.start():
                named.pop()  # "HRH Prince Mired of Jordan, Special Envoy": the person's post, their State's "of"
            passive = _rx("elected_passive").search(text[: post.start]) is not None
            if passive and (own := self._own_post_before(text, lead.start(), named)) is not None:
                return self._together(text, post, own, actors)  # "X, representante permanente de Irak ..., fue designado"
            for found in reversed(named):
                if text[found[1] : lead.start()] == "" or \
                        (found[2].kind == "person" and self._past_state(text, found[1], actors) == lead.start()):
                    return self._together(text, post, found, actors)
                break
        role = _rx("role_as").search(text[: post.start])
        if role is None:
            return []
        before = [f for f in actors if f[1] <= role.start()]
        if len(before) != 1 or len(text[before[0][1] : role.start()].split()) > int(_table()["max_role_as_gap"]):
            return []  # the one actor the sentence names before "its role as" is its subject
        subject = before[0]
        return self._together(text, post, subject, actors)  # "Norway ... through its role as Coordinator"

    @staticmethod
    def _own_post_before(text: str, at: int, named: list[tuple[int, int, ActorRef, ActorRef | None]]
                         ) -> tuple[int, int, ActorRef, ActorRef | None] | None:
        """The person a passive choice is of when their own post, set off by commas, stands between
        them and the verb (posts.yml `passive_own_post`): the last person before it, with nothing
        named after them but the State of that post."""
        people_ = [f for f in named if f[2].kind == "person"]
        if not people_:
            return None
        person = people_[-1]
        if any(f[0] >= person[1] and f[2].kind == "person" for f in named):
            return None
        return person if _rx("passive_own_post").match(text[person[1] : at]) else None

    def _together(self, text: str, post: _Post, found: tuple[int, int, ActorRef, ActorRef | None],
                  actors: list[tuple[int, int, ActorRef, ActorRef | None]]) -> list[tuple[ActorRef, ActorRef | None]]:
        """The holder, and the one a shared post names right after it ("Coordinator of
        Universalization together with Ghana")."""
        holders = [self._with_state(text, found, actors)]
        together = _rx("together").match(text, post.end)
        if together and post.role in ("coordinator", "co-chair"):
            partner = next((f for f in actors if f[0] == together.end() and f[2].kind == found[2].kind), None)
            if partner is not None:
                holders.append(self._with_state(text, partner, actors))
        return holders

    def _mandates(self, post: _Post, holder: ActorRef, state: ActorRef | None, sentence: Sentence,
                  context: str) -> Iterator[Mandate]:
        assert post.convention is not None
        if holder.kind == "person" and post.state_only and not post.under:
            return  # "the Presidency": a State's; "under the presidency of X" may be a person's
        theme = str(_table()["other_theme"]) if post.role == "other" else post.theme
        start = taken_on(sentence.text, post.start, post.end) if post.role == "president" and post.meeting else None
        out = [(holder, state)]
        if holder.kind == "person" and state is not None and post.role != "other":
            out.insert(0, (ActorRef(state.name, "state"), None))
        for who, behalf in out:
            key = (post.role, _state_key(who), post.meeting, theme)
            if key in self.seen:
                continue
            self.seen.add(key)
            yield Mandate(who, post.role, sentence.quote(), post.convention, theme, for_meeting=post.meeting,
                          context=context, on_behalf_of=behalf, start=start)


def _state_key(who: ActorRef) -> str:
    """One key for a State however the page spells it ("México" by name, "Mexico" by its
    adjective), so a presidency is read once."""
    entry = (lookup_state(who.name) or lookup_foreign_state(who.name)) if who.kind == "state" else None
    return entry.iso3 if entry else who.name


def _demonym_after(text: str, end: int) -> tuple[ActorRef, int] | None:
    """The State of a Spanish or French adjective of nationality right after a presidency's word
    ("presidencia mozambiqueña", "présidence suisse"), and where the adjective ends."""
    m = _rx("demonym_after").match(text, end)
    state = lookup_foreign_demonym(m["word"]) if m else None
    return (ActorRef(state.name, "state"), m.end()) if m and state else None


def _title_gap(gap: str) -> bool:
    """Whether the words between "under the presidency of" and a person are none or one
    honorific, as French and Spanish write it in lower case ("de l'ambassadeur X")."""
    bare = gap.strip()
    return not bare or re.fullmatch(honorific_pattern(), bare[:1].upper() + bare[1:]) is not None


def _own_convention(text: str) -> str | None:
    named = {c for _, _, c in conventions(text) if c in _CONVENTIONS}
    return next(iter(named)) if len(named) == 1 else None


def _possessive(text: str, end: int) -> bool:
    """Whether the name ending at `end` is written as a possessive ("Zambia's", "Norway’s")."""
    return re.match(r"['’`]s\b", text[end : end + 3]) is not None
