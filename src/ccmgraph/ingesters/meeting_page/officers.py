"""Presidents, Presidents-designate and Vice-Presidents a meeting report names with a long post.

News prose ties a holder to a role only a few words away; a report writes the holder's whole
post between them: "The meeting elected H.E. Boudjemâa Delmi, Ambassador and Permanent
Representative of Algeria to the United Nations (Geneva), as President of the 13MSP". Here
the holder is the last person before the role, provided what stands between is their post (no
clause of its own, no other person or meeting: meeting_page.yml `not_apposition`); the State is
the one that post names. "Vice-presidents of the Conference, A and B" are those of the page's
own meeting. Each mandate comes with the meeting's short name and convention; one whose
meeting has no convention is not written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccmgraph.ingesters.composition.words import is_theme
from ccmgraph.ingesters.meeting_page.affiliation import has_post_word
from ccmgraph.ingesters.meeting_page.data import one_word, rx, table
from ccmgraph.ingesters.news.events import Event, EventIndex
from ccmgraph.ingesters.news.people import bare_names, ties
from ccmgraph.ingesters.news.items import Item
from ccmgraph.ingesters.news.text import FoundActor, Recogniser, Sentence, sentences
from ccmgraph.records import ActorRef, Mandate, MandateRole
from ccmgraph.vocabulary import role_pattern

HEADING_LINES = 6  # the lines of a page read for the one theme its heading names
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# The end of a label line the page cut inside its last State's name ("..., Switzerland, and the
# United K"): a list gap, then one or two capitalised words, the last a single letter or two.
_CUT_TAIL = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Z][a-z]+\s+)?[A-Z][a-z]?$")


def officers(index: EventIndex, item: Item, recognise: Recogniser, own: Event | None) -> Iterator[Mandate]:
    """The officers every sentence of the page names for a numbered meeting of known convention."""
    context = item.key
    seen: set[tuple[int, int]] = set()
    for naming in index.namings:
        event, sentence = naming.event, naming.sentence
        if (id(sentence), naming.phrase.start) in seen:
            continue
        seen.add((id(sentence), naming.phrase.start))
        if event.short_name and event.convention:
            found = [*_before(sentence, naming.phrase.start, event, recognise, context),
                     *_after(sentence, naming.phrase.start, naming.phrase.end, event, recognise, context),
                     *_secretary(sentence, naming.phrase.start, naming.phrase.end, event, recognise, context)]
            for mandate in found:
                event.report(naming.item)
                yield mandate
    every = [s for para in item.paragraphs for s in sentences(para)]
    if own is not None and own.short_name and own.convention:
        for sentence in every:
            yield from _own_vice_presidents(sentence, own, recognise, context)
            yield from _own_president(sentence, own, recognise, context)
            yield from _own_secretary(sentence, own, recognise, context)
        yield from _own_labels(item, own, recognise, context)
    if index.convention:
        heading = _heading_theme(item, index.convention)
        for sentence in every:
            yield from _committee_officers(sentence, index.convention, recognise, context, heading)
            yield from _committee_chairs(sentence, index.convention, recognise, context)


def _before(sentence: Sentence, at: int, event: Event, recognise: Recogniser, context: str) -> Iterator[Mandate]:
    """The holder named before the post that names the meeting at `at`."""
    text = sentence.para.text
    left = text[sentence.start : at]
    m = rx("officer_before").search(left) or rx("preside_before").search(left)
    if m is None:
        return
    if m.groupdict().get("role") and m["role"][:1] in "Vv":
        return  # Vice-Presidents are listed after the meeting, not before it (news reads those)
    yield from _holder_before(sentence, sentence.start + m.start("lead"), m, event, recognise, context)


def _secretary(sentence: Sentence, at: int, end: int, event: Event, recognise: Recogniser,
               context: str) -> Iterator[Mandate]:
    """The Secretary-General of the meeting named at `at`..`end`: the person right before the
    post (what stands between their own post) or right after the meeting. The post is the
    person's, not their State's: their State is only their affiliation."""
    text = sentence.para.text
    left = text[sentence.start : at]
    found = recognise(sentence.text)
    people = [(a + sentence.start, b + sentence.start, ref) for a, b, ref in _people(sentence.text, found)]
    holder: tuple[int, int, ActorRef] | None = None
    gap = ""
    after = [p for p in people if p[0] >= end]
    if rx("secretary_after").search(left) and after and not text[end : after[0][0]].strip():
        holder = after[0]  # "confirmed as Secretary-General of the 14MSP H.E. X, Ambassador of ..."
        rest = re.split(r"[;.]\s", text[holder[1] : sentence.end])[0]
        gap = rest if _is_post(rest) else ""
    elif (m := rx("secretary_before").search(left)) is not None:
        anchor = sentence.start + m.start("lead")
        before = [p for p in people if p[1] <= anchor]
        if before and _is_post(text[before[-1][1] : anchor]):
            holder, gap = before[-1], text[before[-1][1] : anchor]
    if holder is None:
        return
    state = _state_of(sentence, holder[0], found, gap, recognise)
    person = ActorRef(_without_post(holder[2].name), "person", party=state.name if state else None)
    yield Mandate(person, "other", sentence.quote(), event.convention or "", for_meeting=event.short_name,
                  context=context)


def _own_president(sentence: Sentence, own: Event, recognise: Recogniser, context: str) -> Iterator[Mandate]:
    """"The Meeting elected by acclamation Ambassador X of Norway as its President" / "... as
    President of the Meeting": the page's own meeting's President, named without its number."""
    for m in [*rx("own_president").finditer(sentence.text), *rx("own_president_bare").finditer(sentence.text)]:
        noun = (m.groupdict().get("noun") or "").lower()
        if noun and own.kind not in table()["own_nouns"][noun]:
            continue
        yield from _holder_before(sentence, sentence.start + m.start("lead"), m, own, recognise, context)


def _own_secretary(sentence: Sentence, own: Event, recognise: Recogniser, context: str) -> Iterator[Mandate]:
    """"The Conference confirmed the nomination of Mr. X as Secretary-General of the Conference":
    the page's own meeting's Secretary-General (role other), a post of the person alone."""
    text = sentence.para.text
    for m in rx("own_secretary").finditer(sentence.text):
        noun = (m["noun"] or "").lower()
        if noun and own.kind not in table()["own_nouns"][noun]:
            continue
        anchor = sentence.start + m.start("lead")
        found = recognise(sentence.text)
        people = [(a + sentence.start, b + sentence.start, ref) for a, b, ref in _people(sentence.text, found)]
        before = [p for p in people if p[1] <= anchor]
        if not before or not _is_post(text[before[-1][1] : anchor]):
            continue
        gap = text[before[-1][1] : anchor]
        state = _state_of(sentence, before[-1][0], found, gap, recognise)
        person = ActorRef(_without_post(before[-1][2].name), "person", party=state.name if state else None)
        yield Mandate(person, "other", sentence.quote(), own.convention or "", for_meeting=own.short_name,
                      context=context)


def _lines(item: Item) -> list[Sentence]:
    """Every line of the item's paragraphs, as a sentence of its own (a page's label lines)."""
    out = []
    for para in item.paragraphs:
        starts = [*para.starts, len(para.text) + 1] if para.starts else [0, len(para.text) + 1]
        for a, b in zip(starts, starts[1:]):
            if para.text[a : b - 1].strip():
                out.append(Sentence(para, a, b - 1))
    return out


_ROLE_OF_LABEL: dict[str, MandateRole] = {"president": "president", "president-designate": "president-designate",
                                          "vice-president": "vice-president", "vice-presidents": "vice-president",
                                          "secretary-general": "other"}


def _label_role(word: str) -> MandateRole:
    return _ROLE_OF_LABEL[re.sub(r"[-\s]+", "-", word.lower())]


def _own_labels(item: Item, own: Event, recognise: Recogniser, context: str) -> Iterator[Mandate]:
    """The officers a page's label lines give its own meeting: "President: Ambassador X (Zambia)",
    "Vice-Presidents: Germany, Mexico and Norway", "Secretary-General: Mr. Y"; and the members of a
    "Bureau" list whose line names their role ("Norway (President)"). The label's noun, if any,
    must fit the meeting; a line with anything but the holders on it is none."""
    lines = _lines(item)
    bureau = False
    for line in lines:
        text = line.text
        if (head := rx("bureau_heading").match(text)) is not None:
            noun = (head["noun"] or "").lower()
            bureau = not noun or own.kind in table()["own_nouns"][noun]
            continue
        if (m := rx("officer_label").match(text)) is not None:
            noun = (m["noun"] or "").lower()
            if not noun or own.kind in table()["own_nouns"][noun]:
                yield from _labelled(line, m.end(), _label_role(m["role"]), own, recognise, context)
            continue
        if bureau and (member := rx("bureau_member").match(text)) is not None:
            role = member["role"] or member["role2"] or member["role3"]
            if role is None:
                if _state_list(text, member.start("who"), member.end("who"), recognise, whole=True):
                    continue  # a member whose role the line does not give: no mandate, the list goes on
                bureau = False
                continue
            stop = member.end("who")
            yield from _labelled(line, member.start("who"), _label_role(role), own, recognise, context, stop=stop)
            continue
        bureau = False


def _labelled(line: Sentence, at: int, role: MandateRole, own: Event, recognise: Recogniser, context: str,
              stop: int | None = None) -> Iterator[Mandate]:
    """The holders a label line names from `at` (line offsets) to its end (or `stop`): a list of
    States for Vice-Presidents; one State, or one person with the State their post names, else."""
    text = line.text
    end = stop if stop is not None else len(text.rstrip(" ."))
    convention = own.convention or ""
    if role == "vice-president":
        listed = _state_list(text, at, end, recognise, whole=True)
        if not listed and (cut := _CUT_TAIL.search(text, at, len(text))) is not None \
                and not recognise(text[cut.start() : len(text)]):
            listed = _state_list(text, at, cut.start(), recognise, whole=True)  # a line cut in its last name
        for ref in listed:
            yield Mandate(ActorRef(ref.name, "state"), role, line.quote(), convention, for_meeting=own.short_name,
                          context=context)
        return
    found = [(a, b, ref) for a, b, ref in recognise(text) if a >= at and b <= end]
    if role != "other" and len(found) == 1 and found[0][2].kind == "state" \
            and not text[at : found[0][0]].strip(" the") and not text[found[0][1] : end].strip():
        yield Mandate(ActorRef(found[0][2].name, "state"), role, line.quote(), convention,
                      for_meeting=own.short_name, context=context)
        return
    people = [p for p in _people(text, recognise(text)) if p[0] >= at and p[1] <= end]
    if not people or text[at : people[0][0]].strip() or len(people) > 1:
        return
    start, stop_at, person = people[0]
    gap = text[stop_at:end]
    if not _is_post(gap):
        return
    state = _state_of(line, line.start + start, recognise(text), gap, recognise)
    if role == "other":
        yield Mandate(ActorRef(_without_post(person.name), "person", party=state.name if state else None), role,
                      line.quote(), convention, for_meeting=own.short_name, context=context)
        return
    yield from _mandates(person, state, role, own, line, context)


def _holder_before(sentence: Sentence, anchor: int, m: re.Match[str], event: Event, recognise: Recogniser,
                   context: str) -> Iterator[Mandate]:
    """The person right before the role at `anchor` (paragraph offset), if what stands between is
    their post; their State the one their words name. Whether the post is the President's or the
    President-designate's is also the meeting's time: elected as President of a meeting the page
    says is still to take place, the holder is its President-designate until it opens."""
    text = sentence.para.text
    found = recognise(sentence.text)
    people = [(a + sentence.start, b + sentence.start, ref) for a, b, ref in _people(sentence.text, found)]
    before = [p for p in people if p[1] <= anchor]
    if not before:
        return
    start, end, person = before[-1]
    gap = text[end:anchor]
    if not _is_post(gap):
        return
    designated = bool(m.groupdict().get("designate") or (m.groupdict().get("chosen") or "").lower() == "designated"
                      or rx("designating").search(text[sentence.start : start]))
    if event.planned and "role" in m.groupdict():
        designated = True  # "elected X as President of" it; one who "will preside over" it presides
    state = _state_of(sentence, start, found, gap, recognise)
    yield from _mandates(person, state, "president-designate" if designated else "president", event, sentence, context)


def _after(sentence: Sentence, at: int, end: int, event: Event, recognise: Recogniser, context: str) -> Iterator[Mandate]:
    """A holder written without an honorific after the post and the meeting, with their State in
    parentheses: "... the President of the Fourth Meeting of the States Parties, Jean Lint (Belgium)"."""
    text = sentence.para.text
    m = rx("post_before_meeting").search(text[sentence.start : at])
    if m is None or m["role"][:1] in "Vv" or re.search(r"\bas\s+(?:the\s+)?$", text[sentence.start : sentence.start + m.start("role")]):
        return  # "elected X as President of the 13MSP, Y (Z)": X is the holder, read before
    holder = rx("holder_after").match(text, end, sentence.end)
    if holder is None:
        return
    states = [ref for a, b, ref in recognise(holder["state"]) if ref.kind == "state" and b - a == len(holder["state"])]
    if len(states) != 1 or recognise(holder["name"]):
        return
    person = ActorRef(holder["name"], "person")
    role: MandateRole = "president-designate" if m["designate"] else "president"
    yield from _mandates(person, states[0], role, event, sentence, context)


def _mandates(person: ActorRef, state: ActorRef | None, role: MandateRole, event: Event, sentence: Sentence,
              context: str) -> Iterator[Mandate]:
    """The State's mandate, if known, and the person's, for the meeting."""
    yield from _held(person, state, role, event.convention or "", sentence, context, for_meeting=event.short_name)


def _held(person: ActorRef, state: ActorRef | None, role: MandateRole, convention: str, sentence: Sentence,
          context: str, **post: str | None) -> Iterator[Mandate]:
    """The State's mandate, if known, and the person's, in one post (`post`: for_meeting, theme, body)."""
    quote = sentence.quote()
    if state is not None:
        yield Mandate(ActorRef(state.name, "state"), role, quote, convention, context=context, **post)  # type: ignore[arg-type]
    yield Mandate(ActorRef(_without_post(person.name), "person", party=state.name if state else None), role, quote,
                  convention, context=context, on_behalf_of=ActorRef(state.name, "state") if state else None,
                  **post)  # type: ignore[arg-type]


def _people(text: str, found: list[FoundActor]) -> list[FoundActor]:
    """The people of a sentence: named with an honorific, bare where words tie them to a party,
    or bare with their State in parentheses ("Wolfgang Petritsch (Austria)")."""
    named = [f for f in found if f[2].kind == "person"]
    bare = [(t.start, t.end, t.person) for t in ties(text, found, None)
            if t.person.kind == "person" and not any(a <= t.start < b for a, b, _ in found)]
    taken = [(a, b) for a, b, _ in [*found, *bare]]
    states = {a for a, _, ref in found if ref.kind == "state"}
    bracketed = [f for f in bare_names(text, taken)
                 if (m := re.match(r"\s*\(\s*", text[f[1]:])) and f[1] + m.end() in states]
    return sorted((f for f in [*named, *bare, *bracketed] if not one_word(f[2].name)), key=lambda f: f[0])


def _without_post(name: str) -> str:
    """A name less the post the flattening glued to it ("X Ambassador" of "X Ambassador and ...")."""
    words = name.split()
    while len(words) > 2 and re.fullmatch(role_pattern(), words[-1], re.IGNORECASE):
        words.pop()
    return " ".join(words)


def _is_post(gap: str) -> bool:
    """Whether the words between a holder and their role are the holder's own post."""
    if len(gap.split()) > int(table()["apposition_words"]) or rx("not_apposition").search(gap):
        return False
    bare = gap.strip(" ,")
    return not bare or bool(re.match(r"^(?:\([^()]{1,40}\)|of\s)", bare)) or has_post_word(gap)


def _state_of(sentence: Sentence, start: int, found: list[FoundActor], gap: str,
              recognise: Recogniser) -> ActorRef | None:
    """The State the holder's own words name: the one their tie gives, else the first in the post."""
    at = start - sentence.start
    tie = next((t for t in ties(sentence.text, found, None) if t.start == at), None)
    if tie is not None and tie.party.kind == "state":
        return tie.party
    states = [ref for _, _, ref in recognise(gap) if ref.kind == "state"]
    return states[0] if states else None


def _own_vice_presidents(sentence: Sentence, own: Event, recognise: Recogniser, context: str) -> Iterator[Mandate]:
    """"Vice-presidents of the Conference, Australia and Slovenia" and "elected Australia, Chile and
    Zambia as Vice-Presidents of the Meeting": the page's own meeting's, when the noun fits it."""
    text = sentence.text
    for name, listed_after in (("own_vice_presidents", True), ("own_vice_presidents_before", False),
                               ("own_vice_presidents_and", False)):
        m = rx(name).search(text)
        noun = (m["noun"] or "").lower() if m else ""
        if m is None or noun and own.kind not in table()["own_nouns"][noun]:
            continue
        start, stop = (m.end(), len(text)) if listed_after else (m.start("list"), m.end("list"))
        states = _state_list(text, start, stop, recognise, whole=not listed_after)
        for ref in states:
            yield Mandate(ActorRef(ref.name, "state"), "vice-president", sentence.quote(), own.convention or "",
                          for_meeting=own.short_name, context=context)


def _state_list(text: str, start: int, stop: int, recognise: Recogniser, whole: bool) -> list[ActorRef]:
    """The States listed from `start`, each after the last with only ", " or "and" between; with
    `whole`, the list must fill text[start:stop] or it is none (no other word may stand in it)."""
    found: list[ActorRef] = []
    position = start
    for a, b, ref in recognise(text[start:stop]):
        a, b = a + start, b + start
        gap = text[position:a]
        if ref.kind != "state" or (found and not _LIST_GAP.fullmatch(gap)) or (not found and gap.strip(" the")):
            break
        found.append(ref)
        position = b
    if whole and text[position:stop].strip():
        return []
    return found


def _heading_theme(item: Item, convention: str) -> str | None:
    """The one theme the page's heading lines name on their own ("Victim Assistance: Summary and
    Statements", a Standing Committee's page of the old site): the committee of its "Co-Chairs"."""
    found = set()
    for line in [ln.strip() for ln in item.text().splitlines() if ln.strip()][:HEADING_LINES]:
        label = line.split(":")[0].strip()
        if 1 <= len(label.split()) <= 6 and is_theme(label, convention):
            found.add(label)
    return found.pop() if len(found) == 1 else None


def _committee_officers(sentence: Sentence, convention: str, recognise: Recogniser, context: str,
                        heading_theme: str | None = None) -> Iterator[Mandate]:
    """"... convened by its Co-Chairs, Ambassador X of Austria and Mr. Y of Peru": each person
    listed, with the State after their "of", in the role the list is headed by; the committee the
    sentence names gives body and theme, else the one theme the page's heading names."""
    text = sentence.text
    for heading in rx("committee_roles").finditer(text):
        named = list(rx("committee_named").finditer(text, 0, heading.start()))
        body, theme = (named[-1]["body"], named[-1]["theme"]) if named else (None, heading_theme)
        role: MandateRole = table()["committee_role_of"][heading["role"].lower()]
        found = sorted(recognise(text[heading.end():]), key=lambda f: f[0])
        position = 0
        rest = text[heading.end():]
        for index, (start, end, ref) in enumerate(found):
            if ref.kind != "person":
                continue
            gap = rest[position:start]
            if position and not rx("holder_gap").fullmatch(gap) or not position and gap.strip():
                break
            position = end
            state = None
            if index + 1 < len(found) and found[index + 1][2].kind == "state":
                after = rx("holder_state").fullmatch(rest[end:found[index + 1][0]])
                if after:
                    state, position = found[index + 1][2], found[index + 1][1]
            yield from _held(ref, state, role, convention, sentence, context, theme=theme, body=body)


def _committee_chairs(sentence: Sentence, convention: str, recognise: Recogniser, context: str) -> Iterator[Mandate]:
    """"H.E. X, Ambassador of Colombia ... and Chair of the Committee on Victim Assistance": the
    person right before the post, with the State their own post names."""
    text = sentence.text
    found = recognise(text)
    people = _people(text, found)
    for m in rx("committee_chair").finditer(text):
        before = [p for p in people if p[1] <= m.start("lead")]
        if not before:
            continue
        start, end, person = before[-1]
        gap = text[end : m.start("lead")]
        if not _is_post(gap):
            continue
        state = _state_of(sentence, sentence.start + start, found, gap, recognise)
        yield from _held(person, state, "committee-chair", convention, sentence, context, theme=m["theme"], body=m["body"])
