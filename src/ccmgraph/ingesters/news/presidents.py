"""Presidencies, designations and vice-presidencies of numbered meetings, as a sentence states them.

A role is read from an anchor that names the meeting: "President(-designate) of the 7MSP",
"Vice-Presidents of the First Conference", "who presided over the 8MSP", "the 7MSP will be
presided over by ...", "Presided by Nicaragua, the 8MSP ...". The holder is the person or
State the anchor's own words point at: an apposition right after it ("President of the 7MSP,
Ambassador Michael Biontino of Germany"), the agent after "presided by", else the last person
(or State) before the anchor and after the previous one (so a handover sentence gives each
meeting its own President). A person's State is the one named in their apposition.
One Mandate is yielded for the State and one for the person, each with the meeting's short name.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ccmgraph.records import ActorRef, Mandate, MandateRole, PartialDate
from ccmgraph.ingesters.news.dating import date_spans
from ccmgraph.resolve.actors import lookup_demonym
from ccmgraph.ingesters.news.people import ties
from ccmgraph.ingesters.news.text import FoundActor, Recogniser, Sentence, posts_between
from ccmgraph.ingesters.presiding import designated_by_future
from ccmgraph.vocabulary import honorific_pattern, ordinal, role_pattern

# A Chair(person) of a numbered meeting is its President: "designated the chairperson of the 11th
# meeting of States Parties", "Chairperson-designate of the Second Conference".
_ROLE_BEFORE = re.compile(r"(?P<role>[Vv]ice[- ][Pp]residents?|(?:[Pp]resident|(?<![Vv]ice[- ])[Cc]hair(?:person|man|woman)?)"
                          r"(?P<designate>[- ][Dd]esignate)?|Presidency)\s+of\s+(?:the\s+)?"
                          r"(?:(?:upcoming|forthcoming|coming|next)\s+)?$")
# Vice-Presidents listed after the meeting: "Vice-Presidents of the 14MSP: Afghanistan, Chile and Zambia",
# "The Vice-Presidents of the 4RC were: Algeria, Canada ..." (the verb, then the colon or "namely").
_LISTED = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?(?:\s(?:were|are|will\s+be)\s*(?=:|,?\s+namely\b))?"
                     r"(?::|,?\s+namely\s*[,:]?)\s*")
_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_PRESIDE_BEFORE = re.compile(r"\bpresid(?:e|es|ed|ing)\s+over\s+(?:the\s+)?(?:(?:work|proceedings)\s+of\s+the\s+)?"
                             r"(?:Convention['’]s\s+)?$")
_PRESIDED_AFTER = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?,?\s*(?:(?:will|shall)\s+be\s+|was\s+|is\s+|to\s+be\s+)?"
                             r"presided\s+(?:over\s+)?by\s+")
_PRESIDED_LEAD = re.compile(r"\bPresided\s+(?:over\s+)?by\s+(?P<who>[^,]{2,80}),\s+(?:the\s+)?$")
_APPOSITION = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?(?:(?:to|of|on)\s+the\s+[^,]{1,80})?,\s*(?:the\s+)?")
_TITLES = frozenset({"President", "Presidency", "Ambassador", "Minister", "Director", "Chair", "Coordinator",
                     "Convention", "Conference", "Meeting", "Committee", "The"})
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
MAX_WORDS_BEFORE = 12  # between a holder named before its role and the role
# The election between a holder's own post and the role: "... was elected by the Meeting as".
_ELECTED_AS = re.compile(r"\s+(?:was|has\s+been|had\s+been)\s+(?:unanimously\s+)?(?:elected|appointed|confirmed)"
                         r"(?:\s+by\s+(?:the\s+)?(?:Meeting|Conference|acclamation))?\s+as\s+(?:the\s+)?$")
_DESIGNATING = re.compile(r"\b(?:designated|designates|designate|nominated|nominates|President[- ][Dd]esignate)\b")


@cache
def _direct() -> re.Pattern[str]:
    """A holder named right after the meeting, with no comma: "President of the 2RC Ambassador X"."""
    return re.compile(rf"\s*(?:\([^)]{{1,20}}\)\s*)?(?={honorific_pattern()}\s)")


@cache
def _roles() -> dict[str, object]:
    """roles.yml, read once (each pattern used to read it again)."""
    with open(Path(__file__).with_name("roles.yml"), encoding="utf-8") as fh:
        return dict(yaml.safe_load(fh))


@cache
def rx(name: str) -> re.Pattern[str]:
    """A pattern of roles.yml (shared with directors.py)."""
    return re.compile("".join(str(_roles()[name]).split()))


def back_reference(text: str, kind: str, number: int | None) -> tuple[int, int] | None:
    """Where `text` names a post of "the (first) Conference" or "the Meeting" that can only be
    the one numbered meeting (of `kind`, `number`) its item names: the span of that meeting's
    words, else None. The noun must fit the kind; an ordinal, if written, must be its number."""
    for m in rx("back_reference").finditer(text):
        kinds = _roles()["back_reference_kinds"][m["noun"].lower()]  # type: ignore[index]
        if kind not in kinds:
            continue
        if m["ordinal"] is not None and (number is None or ordinal(m["ordinal"]) != number):
            continue
        return m.start("meeting"), m.end("meeting")
    return None


@dataclass(frozen=True)
class Anchor:
    """Where a sentence names a role of a meeting, and where its holder is to be found."""

    role: MandateRole
    start: int  # anchor start in the paragraph
    end: int
    holder_at: int | None  # offset of a holder named after the anchor, else None (look before)
    adjacent: bool = False  # the holder is named right before the anchor ("X, 9MSP President"), or none is
    listed: bool = False  # the holders are the States listed from holder_at on ("...of the 14MSP: A, B and C")


def anchors(sentence: Sentence, start: int, end: int) -> list[Anchor]:
    """The role anchors of the meeting named at [start, end) of the sentence's paragraph."""
    text = sentence.para.text
    left = text[sentence.start : start]
    found: list[Anchor] = []
    if (m := _ROLE_BEFORE.search(left)) and not (m["role"][0] in "Cc" and rx("elected_for").search(left)):
        role: MandateRole = "vice-president" if m["role"][1:].startswith("ice") else "president"
        clause = left[: m.start()].rsplit(";", 1)[-1]  # "designate X as ...; and the President of Y"
        if m["designate"] or (role == "president" and _DESIGNATING.search(clause)):
            role = "president-designate"
        listed = _LISTED.match(text, end, sentence.end) if role == "vice-president" else None
        direct = None if rx("chosen_post").search(left[: m.start()]) else _direct().match(text, end, sentence.end)
        # "X, Minister of ..., has been designated the chairperson of the 2MSP, which opens ...": the
        # subject of the passive choice holds the post, whatever follows the meeting
        after = None if rx("chosen_passive").search(left[: m.start()]) else _APPOSITION.match(text, end, sentence.end) or direct
        if listed:
            found.append(Anchor(role, sentence.start + m.start(), end, listed.end(), listed=True))
        else:
            found.append(Anchor(role, sentence.start + m.start(), end, after.end() if after else None))
    elif m := rx("elected_for").search(left):  # "X of Iraq was elected as new Convention President for the 11MSP"
        found.append(Anchor("president", sentence.start + m.start(), end, None))
    elif m := _PRESIDE_BEFORE.search(left):  # "X has been nominated to preside over the 1st Conference": designated
        designated = rx("designated_to_preside").search(left[: m.end()]) or designated_by_future(left[max(0, m.start() - 12) : m.end()], text)
        found.append(Anchor("president-designate" if designated else "president",
                            sentence.start + m.start(), end, None))
    elif m := _PRESIDED_LEAD.search(left):
        found.append(Anchor("president", sentence.start + m.start(), end, sentence.start + m.start("who")))
    elif m := rx("role_after").match(text, end, sentence.end):  # "the 9MSP President, ..."
        if rx("holder_before").search(left):  # "Ambassador X, CCM 9MSP President, hosted ..."
            found.append(Anchor("president", start, m.end(), None, adjacent=True))
        if holder := rx("holder_after").match(text, m.end(), sentence.end):
            found.append(Anchor("president", start, m.end(), holder.end()))
    if m := rx("under_presidency").match(text, end, sentence.end):
        found.append(Anchor("president", start, m.end(), m.end()))
    if m := _PRESIDED_AFTER.match(text, end, sentence.end):  # "the 7MSP will be presided over by X": designated
        found.append(Anchor("president-designate" if designated_by_future(m.group(), text) else "president",
                            start, m.end(), m.end()))
    return found


def _taken_on(sentence: Sentence, anchor: Anchor, end: int) -> PartialDate | None:
    """The start of a presidency the anchor names, when the words give it (`taken_on`)."""
    return taken_on(sentence.text, anchor.start - sentence.start, end - sentence.start)


def taken_on(text: str, post_at: int, meeting_end: int) -> PartialDate | None:
    """The day (or month, or year) a presidency of a numbered meeting was taken up, as the words
    around it give it: "Mexico took over the presidency of the 11MSP in September 2023" is a
    start of 2023-09 (no day invented). `post_at` is where the post's words begin in `text`,
    `meeting_end` where the meeting's name ends; only one date right after "in/on/since/from"."""
    if not rx("took_over_meeting").search(text[:post_at]):
        return None
    return _date_after(text, meeting_end, "took_over_when")


def _date_after(text: str, at: int, opener: str) -> PartialDate | None:
    """The one date (with its year, no range) that opens right after the words of `opener` at `at`."""
    after = rx(opener).match(text, at)
    if after is None:
        return None
    spans = date_spans(text[after.end() :])
    first = spans[0] if spans else None
    if first is None or first.start != 0 or first.end_date is not None or first.date.year is None:
        return None
    return first.date


def held_in(text: str, post_at: int, meeting_end: int) -> PartialDate | None:
    """The year (or month) a presidency of a numbered meeting was held in, over by the time of
    writing: "Belgium, which held the Presidency of the 4MSP in 2002" is a term that starts and
    ends in 2002. Only "held" right before the post and "in" plus one date right after the
    meeting's name; a range or a date with no year is none."""
    if not rx("held_meeting").search(text[:post_at]):
        return None
    date = _date_after(text, meeting_end, "held_when")
    return date if date is not None and date.day is None else None


def _another_post(between: str) -> bool:
    """Whether the words between a holder and the post are another post of theirs, joined by
    "and": "X, president of the National Committee for Demining (NCDR) and president of the 8MSP"."""
    m = rx("holder_other_post").fullmatch(between)
    return m is not None and re.match(role_pattern(), m["post"], re.IGNORECASE) is not None


@dataclass(frozen=True)
class Holder:
    """Who holds a role: a State, a person, or both (the person's State)."""

    state: ActorRef | None
    person: ActorRef | None


class PresidencyReader:
    """Reads role anchors sentence by sentence; remembers what it yielded so each mandate comes once."""

    def __init__(self, recognise: Recogniser) -> None:
        self.recognise = recognise
        self.seen: set[tuple[str, str, str]] = set()
        self.longest: dict[tuple[str, str], str] = {}  # (role, meeting) -> the fullest name its holder is given

    def _actors(self, text: str, offset: int) -> list[FoundActor]:
        """States and people; a person named without an honorific where words tie them to a party."""
        found = self.recognise(text)
        bare = [(t.start, t.end, t.person) for t in ties(text, found, None) if not any(a <= t.start < b for a, b, _ in found)]
        return sorted(((a + offset, b + offset, ref) for a, b, ref in [*found, *bare] if ref.kind in ("state", "person")),
                      key=lambda f: f[0])

    def holders(self, sentence: Sentence, anchor: Anchor, since: int) -> list[Holder]:
        """The holders of one anchor: after it when its words say so, else before it (after `since`)."""
        text = sentence.para.text
        if anchor.listed and anchor.holder_at is not None:
            return self._listed(text, anchor.holder_at, sentence.end)
        if anchor.holder_at is not None and (apposed := self._apposed_before(sentence, anchor, since)) is not None:
            return [apposed]  # "H.E. Dr. X, Senior Minister ..., President of the 5RC, Mr. Y, Deputy ...": X's post
        if anchor.holder_at is not None:
            named = self._actors(text[anchor.holder_at : sentence.end], anchor.holder_at)
            if named and named[0][0] == anchor.holder_at:
                holder = self._demonym_person(text, named) or self._holder(sentence, named, 0)
                return [self._own_post_before(sentence, anchor, since, holder)]
            if (person := self._after_post(text, anchor.holder_at, named)) is not None:
                return [self._holder(sentence, named, person)]
            bare = self._bare_name(text, anchor.holder_at, sentence.end)
            if bare:
                return [Holder(None, bare)]
            # "Ambassador X of Germany, President of the 7MSP (7MSP), congratulates ...": no holder
            # after the post, so the post is the apposition of the one named right before it
            anchor = dataclasses.replace(anchor, holder_at=None, adjacent=True)
        named = [f for f in self._actors(sentence.text, sentence.start) if since <= f[0] and f[1] <= anchor.start
                 and not rx("predecessor").search(text[sentence.start : f[0]])]  # "X becomes ..., following Y": Y had it
        if anchor.adjacent and len(named) >= 2 and named[-1][2].kind == "state" and named[-2][2].kind == "person" \
                and _another_post(text[named[-2][1] : anchor.start]):
            return [self._holder(sentence, named, len(named) - 2)]  # "H.E. X, Ambassador of Austria and President of the 16MSP"
        if not named or (anchor.adjacent and not rx("holder_before").fullmatch(text, named[-1][1], anchor.start)
                         and not _another_post(text[named[-1][1] : anchor.start])):
            return []
        if anchor.role == "vice-president":
            states = [Holder(ref, None) for _, _, ref in named if ref.kind == "state"]
            people_ = [self._holder(sentence, named, i) for i, (_, _, ref) in enumerate(named) if ref.kind == "person"]
            return [*states, *(h for h in people_ if h.person)]
        at = [i for i, (_, _, ref) in enumerate(named) if ref.kind == "person"]
        if at:
            return [self._holder(sentence, named, at[-1])] if self._near(text, named[at[-1]], anchor) else []
        if text.count(")", named[-1][1], anchor.start) > text.count("(", named[-1][1], anchor.start):
            return []  # "- National implementation measures (New Zealand)\nThe President of ...": a bracket's State
        return [Holder(named[-1][2], None)] if self._near(text, named[-1], anchor) else []

    def _own_post_before(self, sentence: Sentence, anchor: Anchor, since: int, holder: Holder) -> Holder:
        """A person named after the post, tied to no State, whose own post of a State stands right
        before it: "... the Minister for Foreign Affairs of the Lao People's Democratic Republic,
        President of the 1MSP, Mr. X" holds it for that State (their post's, then this one)."""
        if holder.person is None or holder.state is not None:
            return holder
        text = sentence.para.text
        before = [f for f in self._actors(text[since : anchor.start], since)]
        if not before or before[-1][2].kind != "state" or not re.fullmatch(r"\s*,\s*(?:the\s+)?", text[before[-1][1] : anchor.start]):
            return holder
        a, _, state = before[-1]
        if not re.search(role_pattern() + r"(?:\s+[\w-]+){0,4}\s+of\s+(?:the\s+)?$", text[max(since, a - 80) : a], re.IGNORECASE):
            return holder
        return Holder(state, ActorRef(holder.person.name, "person", party=state.name))

    @staticmethod
    def _demonym_person(text: str, named: list[FoundActor]) -> Holder | None:
        """"under the presidency of Swiss Ambassador X": a State's adjective right before the
        person (one space between) is that person's State, and the holder is both."""
        if len(named) < 2 or named[0][2].kind != "state" or named[1][2].kind != "person":
            return None
        (a, b, state), (c, _, person) = named[0], named[1]
        if text[b:c] != " " or lookup_demonym(text[a:b]) is None:
            return None
        return Holder(state, ActorRef(person.name, "person", party=state.name))

    def _apposed_before(self, sentence: Sentence, anchor: Anchor, since: int) -> Holder | None:
        """The person the post is in apposition to, when a person stands right before it with
        only their other posts between, each set off by commas: a list of people and their posts."""
        text = sentence.para.text
        named = [f for f in self._actors(sentence.text, sentence.start) if since <= f[0] and f[1] <= anchor.start]
        if not named or named[-1][2].kind != "person":
            return None
        if not posts_between(text[named[-1][1] : anchor.start]):
            return None
        return self._holder(sentence, named, len(named) - 1)

    @staticmethod
    def _near(text: str, holder: FoundActor, anchor: Anchor) -> bool:
        """A holder named before its role stands close to it ("X, CCM 9MSP President", "Germany,
        which holds the Presidency of the 7MSP"), not clauses away (the host of a visit)."""
        between = rx("relative_clause").sub("", text[holder[1] : anchor.start], count=1)  # "X, who chaired ..., has been"
        if re.search(r";|\s[-–•]\s", between):
            return False  # "submitted by New Zealand on legislation; - Adoption of a mandate for the President": another item's
        if (elected := _ELECTED_AS.search(between)) is not None and not re.search(r"[,;:()]", between[: elected.start()]):
            between = between[: elected.start()]  # "X Minister of ... of Zambia was elected by the Meeting as President of": X's post, then the election
        return len(between.split()) <= MAX_WORDS_BEFORE

    @staticmethod
    def _after_post(text: str, at: int, named: list[FoundActor]) -> int | None:
        """The person after the holder's own post: "President of the 11MSP, Permanent
        Representative of Iraq to the United Nations in Geneva, Ambassador X" (index in `named`)."""
        index = next((i for i, f in enumerate(named) if f[2].kind == "person"), None)
        if index is None:
            return None
        post = text[at : named[index][0]]
        if re.search(role_pattern(), post, re.IGNORECASE) and re.search(r",\s*$", post) \
                and len(post.split()) <= MAX_WORDS_BEFORE and not re.search(r"[;:.]", post.rstrip(", ")):
            return index
        return None

    def _listed(self, text: str, at: int, stop: int) -> list[Holder]:
        """The States (or people, each with the State of their "of") listed from `at` on, each
        after the last with nothing but ", ", "and", "the" between; the list ends at anything
        else. A list that opens with anything but a State or a person is none:
        "...of the 14MSP: A, B and C", "...of the Conference: Ambassador X of India and Ambassador Y of Lithuania"."""
        holders: list[Holder] = []
        position = at
        found = self._actors(text[at:stop], at)
        taken = -1
        for index, (start, end, ref) in enumerate(found):
            if index <= taken:
                continue
            gap = text[position:start]
            if (holders and not _LIST_GAP.fullmatch(gap)) or (not holders and gap.strip(" the")):
                break
            if ref.kind == "state":
                holders.append(Holder(ref, None))
            elif index + 1 < len(found) and found[index + 1][2].kind == "state" \
                    and _OF_STATE.fullmatch(text[end : found[index + 1][0]]):
                state = found[index + 1][2]
                holders.append(Holder(state, ActorRef(ref.name, "person", party=state.name)))
                end, taken = found[index + 1][1], index + 1
            else:
                holders.append(Holder(None, ref))
            position = end
        return holders

    def _bare_name(self, text: str, at: int, stop: int) -> ActorRef | None:
        """A person named without an honorific where the anchor says a holder stands; never a
        name that holds a State's, an organisation's or a title's words."""
        m = rx("bare_name").match(text, at, stop)
        if m is None or self.recognise(m.group(0)) or set(m.group(0).split()) & _TITLES:
            return None
        return ActorRef(m.group(0), "person")

    def _holder(self, sentence: Sentence, named: list[FoundActor], index: int) -> Holder:
        """The actor at `index`; a person with the State their own words tie them to (people.py)."""
        ref = named[index][2]
        if ref.kind == "state":
            return Holder(ref, None)
        text = sentence.text
        at = named[index][0] - sentence.start
        tie = next((t for t in ties(text, self.recognise(text), None) if t.start == at), None)
        state = tie.party if tie is not None and tie.party.kind == "state" else None
        words = ref.name.split()
        while len(words) > 2 and re.fullmatch(role_pattern(), words[-1], re.IGNORECASE):
            words.pop()  # "H.E. X Y Minister of Foreign Affairs of ...": the role word glued on is the post's
        return Holder(state, ActorRef(" ".join(words), "person", party=state.name if state else None))

    def read(self, sentence: Sentence, meetings: list[tuple[int, int, str, str]], context: str) -> Iterator[Mandate]:
        """Mandates of the numbered meetings a sentence names: (start, end, short name, convention) each."""
        if rx("undecided").search(sentence.text):
            return
        since = sentence.start
        for start, end, short_name, convention in meetings:
            for anchor in anchors(sentence, start, end):
                began = _taken_on(sentence, anchor, end) if anchor.role == "president" else None
                held = held_in(sentence.text, anchor.start - sentence.start, end - sentence.start) \
                    if anchor.role in ("president", "vice-president") and began is None else None
                for holder in self.holders(sentence, anchor, since):
                    yield from self._mandates(holder, anchor.role, short_name, convention, sentence, context,
                                              start=began or held, end=held)
            since = max(since, end)

    def read_elected(self, sentence: Sentence, meeting: tuple[str, str], context: str) -> Iterator[Mandate]:
        """"Ambassador X of Norway was elected as the Chairman.", "thanked X for assuming the presidency
        of the meeting": the President of the one numbered meeting (short name, convention) the
        item reports, the holder named before the post (or the one thanked)."""
        if rx("undecided").search(sentence.text):
            return
        if (m := rx("elected_post").search(sentence.text)) is not None:
            anchor = Anchor("president", sentence.start + m.start(), sentence.start + m.end(), None)
            for holder in self.holders(sentence, anchor, sentence.start):
                yield from self._mandates(holder, "president", meeting[0], meeting[1], sentence, context)
        if (m := rx("thanked_presiding").search(sentence.text)) is not None \
                and (thanked := self._thanked(sentence, m)) is not None:
            yield from self._mandates(thanked, "president", meeting[0], meeting[1], sentence, context)

    def _thanked(self, sentence: Sentence, m: re.Match[str]) -> Holder | None:
        """The one thanked "for assuming the presidency of the meeting": the words thanked must
        open with that State or person and name no one else (but the person's own State)."""
        text = sentence.para.text
        at, stop = sentence.start + m.start("who"), sentence.start + m.end("who")
        named = self._actors(text[at:stop], at)
        if not named or named[0][0] != at or sum(f[2].kind == "person" for f in named) > 1 \
                or (named[0][2].kind == "state" and len(named) > 1):
            return None
        holder = self._demonym_person(text, named) or self._holder(sentence, named, 0)
        others = {f[2].name for f in named[1:]} - {holder.state.name if holder.state else ""}
        return None if others else holder

    def read_elected_vice(self, sentence: Sentence, meeting: tuple[str, str], context: str) -> Iterator[Mandate]:
        """"Australia, Canada and Yemen were elected as Vice-Presidents." / "The Meeting elected
        Chile and Zambia as Vice-Presidents": the Vice-Presidents of the one numbered meeting
        (short name, convention) the item reports, the States listed right before the verb or
        between it and the post; a list with anything but States in it is none."""
        text = sentence.para.text
        if rx("undecided").search(sentence.text):
            return
        if (namely := rx("elected_vice_namely").search(sentence.text)) is not None:
            start, end = sentence.start + namely.end(), sentence.start + len(sentence.text.rstrip(" ."))
            listed = self._listed(text, start, end)
            for holder in listed if listed and self._listed_to(text, start, end, len(listed)) else []:
                yield from self._mandates(holder, "vice-president", meeting[0], meeting[1], sentence, context)
            return
        if (counted := self._counted_vice(sentence)) is not None:
            for holder in counted:
                yield from self._mandates(holder, "vice-president", meeting[0], meeting[1], sentence, context)
            return
        m = rx("elected_vice").search(sentence.text)
        if m is None or not (m["before"] or m["between"]):
            return
        if m["before"]:
            holders = self._listed_before(text, sentence.start, sentence.start + m.start())
        else:
            start, end = sentence.start + m.start("list"), sentence.start + m.end("list")
            holders = self._listed(text, start, end)
            if not holders or not self._listed_to(text, start, end, len(holders)):
                holders = []
        for holder in holders:
            yield from self._mandates(holder, "vice-president", meeting[0], meeting[1], sentence, context)

    def _counted_vice(self, sentence: Sentence) -> list[Holder] | None:
        """"Two vice-presidents have been designated to assist the work of the President, A of
        India and B of Lithuania": the holders listed after the sentence's last commas, when
        they are exactly as many as the sentence counts and fill it to its end; else None."""
        m = rx("counted_vice").search(sentence.text)
        if m is None:
            return None
        word = (m["count"] or m["later"]).lower()
        count = int(word) if word.isdigit() else _COUNTS[word]
        text, stop = sentence.para.text, sentence.start + len(sentence.text.rstrip(" ."))
        for comma in (sentence.start + c.end() for c in re.finditer(r",\s*", sentence.text[m.end() :])):
            at = comma + m.end()
            holders = self._listed(text, at, stop)
            if len(holders) != count:
                continue
            actors = self._actors(text[at:stop], at)
            if actors and not text[actors[-1][1] : stop].strip():
                return holders
        return None

    def _listed_before(self, text: str, since: int, at: int) -> list[Holder]:
        """The States listed right before `at` ("A, B and C were"), each joined to the next by
        nothing but ", ", "and", "the"; the list opens after anything else."""
        states = [f for f in self._actors(text[since:at], since) if f[2].kind == "state"]
        if not states or text[states[-1][1] : at].strip():
            return []
        listed = [states[-1]]
        for found in reversed(states[:-1]):
            if not _LIST_GAP.fullmatch(text[found[1] : listed[0][0]]):
                break
            listed.insert(0, found)
        return [Holder(ref, None) for _, _, ref in listed]

    def _listed_to(self, text: str, start: int, end: int, count: int) -> bool:
        """Whether the `count` States listed from `start` on fill the span up to `end` (nothing after)."""
        states = [f for f in self._actors(text[start:end], start) if f[2].kind == "state"][:count]
        return len(states) == count and not text[states[-1][1] : end].strip()

    def _mandates(self, holder: Holder, role: MandateRole, short_name: str, convention: str, sentence: Sentence,
                  context: str, start: PartialDate | None = None,
                  end: PartialDate | None = None) -> Iterator[Mandate]:
        quote = sentence.quote()
        if holder.state is not None and (role, holder.state.name, short_name) not in self.seen:
            self.seen.add((role, holder.state.name, short_name))
            yield Mandate(ActorRef(holder.state.name, "state"), role, quote, convention, for_meeting=short_name,
                          context=context, start=start, end=end)
        surname = holder.person.name.split()[-1].lower() if holder.person is not None else ""
        if holder.person is not None and len(holder.person.name) > len(self.longest.get((role, short_name), "")):
            self.longest[(role, short_name)] = holder.person.name
        if holder.person is not None and (role, surname, short_name) not in self.seen:
            self.seen.add((role, surname, short_name))  # "Ambassador M. Biontino" again is the same President
            yield Mandate(holder.person, role, quote, convention, for_meeting=short_name, context=context,
                          on_behalf_of=ActorRef(holder.state.name, "state") if holder.state else None, start=start,
                          end=end)
