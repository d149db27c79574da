"""Mandates stated in sentences: coordinator logs, coordinators' lists, presidencies.

"Work Plan by Austria and Panama, CCM Coordinators on Victim Assistance, ..."; "CCM
Coordinators on Victim Assistance, Mexico and Spain, established ..."; "Clearance, under the
overall responsibility of the Coordinator, Ms. Dijana Plestina of Croatia"; "under the
current Mexican presidency"; "Switzerland in its capacity as President of the 2RC". A list
of States must be States only, or the sentence gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from ccmgraph.records import ActorRef, Mandate, MandateRole, PartialDate, Quote
from ccmgraph.ingesters.flat.passages import passages
from ccmgraph.ingesters.flat.states import only_states, state_spans
from ccmgraph.ingesters.composition.holders import listed
from ccmgraph.ingesters.composition.lists import STATES_LIST, tail_list
from ccmgraph.ingesters.composition.table import period
from ccmgraph.ingesters.composition.words import is_theme, rx, words
from ccmgraph.resolve.actors import find_actor_names, lookup_demonym, lookup_state
from ccmgraph.ingesters.composition.foreign import foreign_state_spans
from ccmgraph.vocabulary import body_organisation, honorific_pattern, meeting_mentions, ordinal, ordinal_pattern

_NAME = r"[A-Z][\w'’-]*(?:\s+|\.\s*)"
_PARTICLES = frozenset("van von de der den da dos du la le al el bin".split())
_THEME = r"[A-Z][\w-]*(?:\s+(?:and|of|the|on|&)\s+[A-Z][\w-]*|\s+[A-Z][\w-]*){0,6}"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    fill = {"{states}": STATES_LIST, "{theme}": _THEME, "{state}": r"[A-Z][\w'’\- ]*?[\w)]",
            "{person}": rf"(?:{honorific_pattern()})\.?\s+(?:{_NAME}){{1,5}}?[A-Z][\w'’-]+"}
    fill["{name}"] = (rf"(?:(?:{honorific_pattern()})\.?\s+)?[A-Z][\w'’-]+"
                      r"(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+|van|von|de|der|da|dos)){1,3}")
    fill["{title}"] = words()["isu_title"]
    fill["{period}"] = words()["period"]
    fill["{ordinal}"] = f"(?i:{ordinal_pattern()})"
    fill["{titled}"] = (rf"(?:(?:{honorific_pattern(with_titles=True)})\.?\s+)+"
                        r"(?:[^\W\d_]\.|[^\W\d_][\w'’-]*)(?:\s+(?:[^\W\d_]\.|[^\W\d_][\w'’-]+)){1,3}")
    out = {}
    for name in ("coordinators_after", "coordinators_before", "coordinators_parens", "responsibility",
                 "isu_director_before", "isu_director_after", "friends", "friends_as", "work_plan_after", "work_plan_before",
                 "coordinator_letter", "coordinator_letter_theme_first", "coordinator_letter_after", "coordinators_are", "coordinators_colon", "coordinator_person",
                 "isu_director_appointed", "isu_director_its", "coordinator_is", "presiding",
                 "standing_committee", "coordinators_theme_first", "group_coordinator_person", "presiding_ambassador"):
        pattern = words()[name]
        for slot, value in fill.items():
            pattern = pattern.replace(slot, value)
        out[name] = re.compile(pattern)
    return out


def read_prose(text: str, convention: str) -> Iterator[Mandate]:
    """Every mandate the sentences state, then the posts a coordinators' work plan dates."""
    year = experts_year(text, convention)
    found = [replace(m, start=year) if year and m.role == "coordinator" and m.start is None else m
             for m in _sentence_mandates(text, convention)]
    yield from found
    yield from _work_plan_periods(text, found)
    yield from _coordinator_letters(text, convention)


def experts_year(text: str, convention: str) -> PartialDate | None:
    """The year of the one Protocol V Meeting of Experts a page is about: its Coordinators' year."""
    years = {int(m["year"] or m["year2"]) for m in rx("experts_year").finditer(text)}
    return PartialDate(years.pop()) if convention == "ccw-p5" and len(years) == 1 else None


def _sentence_mandates(text: str, convention: str) -> Iterator[Mandate]:
    lead_year: PartialDate | None = None
    for passage in passages(text):
        quote = Quote(" ".join(passage.text.split())[:400], passage.line)
        if ":" in passage.text:
            year = rx("lead_year").search(passage.text.split(":", 1)[0])
            lead_year = PartialDate(int(year["year"])) if year else None
        for name in ("coordinators_after", "coordinators_before", "coordinators_parens", "coordinators_are",
                     "coordinators_colon", "coordinators_theme_first"):
            for m in _patterns()[name].finditer(passage.text):
                yield from _coordinators(m, passage.text, convention, quote)
        for name in ("coordinator_person", "coordinator_is"):
            for m in _patterns()[name].finditer(passage.text):
                named = " ".join(m["theme"].split())
                conv = (m.groupdict().get("conv") or "").lower() or convention
                if is_theme(named, conv):
                    yield from _person_for_state(m, conv, named, quote, None)
        yield from _presiding(passage.text, convention, quote)
        yield from _presiding_ambassador(passage.text, convention, quote)
        for m in _patterns()["responsibility"].finditer(passage.text):
            yield from _responsible(m, passage.text, convention, quote, lead_year)
        yield from _presidents(passage.text, convention, quote)
        yield from _group_chairs(passage.text, convention, quote)
        yield from _isu_directors(passage.text, convention, quote)
        for m in (*_patterns()["friends"].finditer(passage.text), *_patterns()["friends_as"].finditer(passage.text)):
            for state in only_states(tail_list(m["states"])) or []:
                theme = " ".join(m["theme"].split()) if m["theme"] else None
                yield Mandate(ActorRef(state.written, "state"), "friend-of-the-president", quote, convention, theme)
    yield from _standing_committees(text, convention)


def _standing_committees(text: str, convention: str) -> Iterator[Mandate]:
    """Co-Chairs and Co-Rapporteurs of a Standing Committee, its name their theme (read over the
    text, not sentence by sentence: the roles follow the name after a full stop or semicolon)."""
    for m in _patterns()["standing_committee"].finditer(text):
        theme = " ".join(m["theme"].split())
        quote = Quote(" ".join(m.group(0).split())[:400], text.count("\n", 0, m.start()) + 1)
        roles: tuple[tuple[MandateRole, str], ...] = (("co-chair", m["chairs"]), ("co-rapporteur", m["raps"]))
        for role, written in roles:
            for state in only_states(written) or []:
                yield Mandate(ActorRef(state.written, "state"), role, quote, convention, theme,
                              body=f"Standing Committee on {theme}")


def _presiding(text: str, convention: str, quote: Quote) -> Iterator[Mandate]:
    """Presidents and Presidents-designate of a numbered meeting, by name and State."""
    for m in _patterns()["presiding"].finditer(text):
        states, number = only_states(m["state"]), ordinal(m["ordinal"])
        suffix = words()["meeting_suffixes"].get(" ".join(m["meeting"].lower().split()))
        if not states or len(states) != 1 or number is None or suffix is None:
            continue
        role: MandateRole = "president-designate" if m["designate"] else "president"
        state = ActorRef(states[0].written, "state")
        person = ActorRef(_untitled(m["person"]), "person", party=states[0].written)
        meeting = f"{number}{suffix}"
        yield Mandate(person, role, quote, convention, for_meeting=meeting, on_behalf_of=state)
        yield Mandate(state, role, quote, convention, for_meeting=meeting)


def _presiding_ambassador(text: str, convention: str, quote: Quote) -> Iterator[Mandate]:
    """An Ambassador who presides a numbered meeting named right after the title, and their State."""
    for m in _patterns()["presiding_ambassador"].finditer(text):
        states = foreign_state_spans(m["after"])
        mentions = [x for x in meeting_mentions(text[m.end() : m.end() + 160]) if x.start == 0 and x.number]
        suffix = words()["meeting_kind_suffixes"].get(mentions[0].kind) if mentions else None
        if not states or states[0].start != 0 or suffix is None:
            continue
        conv = mentions[0].convention or convention
        role: MandateRole = "president-designate" if m["designate"] else "president"
        state = ActorRef(states[0].written, "state")
        meeting = f"{mentions[0].number}{suffix}"
        yield Mandate(ActorRef(_untitled(m["person"]), "person", party=state.name), role, quote, conv,
                      for_meeting=meeting, on_behalf_of=state)
        yield Mandate(state, role, quote, conv, for_meeting=meeting)


def _untitled(written: str) -> str:
    """A name with the ranks and titles before it dropped ("Colonel Jim Burke" -> "Jim Burke")."""
    return re.sub(rf"^(?:(?:{honorific_pattern(with_titles=True)})\.?\s+)+", "", " ".join(written.split()))


def _work_plan_periods(text: str, found: list[Mandate]) -> Iterator[Mandate]:
    """The coordinator posts of `found` dated by the period of the holders' own work plan."""
    for passage in passages(text):
        for name in ("work_plan_after", "work_plan_before"):
            for m in _patterns()[name].finditer(passage.text):
                codes = {s.iso3 for s in only_states(tail_list(m["states"])) or []}
                start, end = period(m)
                quote = Quote(" ".join(passage.text.split())[:400], passage.line)
                for post in found:
                    if post.role == "coordinator" and post.holder.kind == "state" and post.start is None \
                            and {s.iso3 for s in state_spans(post.holder.name)} & codes:
                        yield replace(post, start=start, end=end, quote=quote)


def _coordinator_letters(text: str, convention: str) -> Iterator[Mandate]:
    """Protocol V Coordinators by the letters they write on their themes, in the year of the
    Meeting of Experts the page prepares (one year, or none is given). Only letters the text
    ties to a Coordinator: "from the Coordinator(s)", ", Coordinator on ...", or a page that
    says its letters are the Coordinators'; a letter from a named person holds no post."""
    year = experts_year(text, convention)
    if year is None:
        return
    theirs = rx("coordinator_letters_are").search(text) is not None
    person = re.compile(rf"(?:(?:{honorific_pattern(with_titles=True)})\.?\s+)+(?P<name>[^,]+?)(?=\s*(?:,|\band\b|$))")
    for passage in passages(text):
        for name in ("coordinator_letter", "coordinator_letter_theme_first", "coordinator_letter_after"):
            for m in _patterns()[name].finditer(passage.text):
                if name == "coordinator_letter" and not (m["coord"] or theirs):
                    continue
                theme = " ".join(m["theme"].split())
                if not is_theme(theme, convention):
                    continue
                quote = Quote(" ".join(passage.text.split())[:400], passage.line)
                for p in person.finditer(m["people"]):
                    held = " ".join(p["name"].split())
                    if all(w[0].isupper() or w in _PARTICLES for w in held.split()) and not find_actor_names(held):
                        yield Mandate(ActorRef(held, "person"), "coordinator", quote, convention, theme, year)


def _isu_directors(text: str, convention: str, quote: Quote) -> Iterator[Mandate]:
    """ISU Directors named with their title; a "name" holding a State's or body's name is none."""
    seen = set()
    for name in ("isu_director_before", "isu_director_after", "isu_director_appointed", "isu_director_its"):
        for m in _patterns()[name].finditer(text):
            person = " ".join(m["person"].split())
            if person in seen or find_actor_names(person) or re.search(r"\b(?:ISU|Director|Unit)\b", person):
                continue
            seen.add(person)
            # the Director heads the convention's ISU, and so works for it: the person's affiliation
            unit = body_organisation("ISU", convention)
            yield Mandate(ActorRef(person, "person", party=unit), "isu-director", quote, convention,
                          on_behalf_of=ActorRef(unit, "organisation") if unit else None)


def read_group_chairs(text: str, convention: str) -> Iterator[Mandate]:
    """Only the chairs of contact groups a text names (statements thank them in passing)."""
    for passage in passages(text):
        yield from _group_chairs(passage.text, convention, Quote(" ".join(passage.text.split())[:400], passage.line))


def _group_chairs(text: str, convention: str, quote: Quote) -> Iterator[Mandate]:
    for m in _patterns()["group_coordinator_person"].finditer(text):
        theme = words()["group_themes"].get(" ".join(m["body"].split()))
        if theme:
            yield from _person_for_state(m, convention, theme, quote, None)
    for m in rx("group_chair", re.MULTILINE).finditer(text):
        body = " ".join(m["body"].split())
        theme = words()["group_themes"].get(body)
        states = only_states(m["state"].split(" to ")[-1])
        if theme and states and len(states) == 1:
            yield Mandate(ActorRef(states[0].written, "state"), "coordinator", quote, convention, theme, body=body)


def read_presidents(text: str, convention: str) -> Iterator[Mandate]:
    """Only the presidencies a text names (for pages whose other mandates are not theirs to read)."""
    for passage in passages(text):
        yield from _presidents(passage.text, convention, Quote(" ".join(passage.text.split())[:400], passage.line))


def _coordinators(m: re.Match[str], text: str, convention: str, quote: Quote) -> Iterator[Mandate]:
    states = only_states(tail_list(m["states"]))
    theme = " ".join(m["theme"].split())
    conv = (m["conv"] or "").lower() or convention
    if not is_theme(theme, conv):
        return
    start, end = period(m) if "a" in m.groupdict() and m["a"] else (None, None)
    # "Austria (Ms. Caroline Wörgötter) and Panama (Ms. X)", "Ms. A (Chile) and Mr. B of Spain":
    # each person holds the post for the State beside them
    people = [(person, state) for person, state, _ in listed(text, m.start("states"), quote.line)]
    if any(person for person, _ in people):
        for person, state in people:
            holder = ActorRef(state.written, "state")
            if person:
                yield Mandate(ActorRef(person, "person", party=state.written), "coordinator", quote, conv, theme,
                              start, end, on_behalf_of=holder)
            yield Mandate(holder, "coordinator", quote, conv, theme, start, end)
        return
    for s in states or []:
        yield Mandate(ActorRef(s.written, "state"), "coordinator", quote, conv, theme, start, end)


def _responsible(m: re.Match[str], text: str, convention: str, quote: Quote,
                 year: PartialDate | None) -> Iterator[Mandate]:
    item = re.split(r"[;:\n]", text[: m.start()])[-1]
    theme = _known_theme(item, convention)
    if theme is None:
        return
    yield from _person_for_state(m, convention, theme, quote, year)


def _person_for_state(m: re.Match[str], convention: str, theme: str, quote: Quote,
                      year: PartialDate | None) -> Iterator[Mandate]:
    """A Coordinator named with the State they hold the post for: the person, and the State."""
    states = only_states(m["state"])
    if not states or len(states) != 1:
        return
    state = ActorRef(states[0].written, "state")
    person = ActorRef(_untitled(m["person"]) or " ".join(m["person"].split()), "person", party=states[0].written)
    yield Mandate(person, "coordinator", quote, convention, theme, year, on_behalf_of=state)
    yield Mandate(state, "coordinator", quote, convention, theme, year)


def _known_theme(item: str, convention: str) -> str | None:
    """The one theme of the convention an item's text names, as written (clauses tried in turn)."""
    item = re.sub(r"^\s*(?:\d+\.|[•·-])\s*", "", item)
    found = []
    for clause in re.split(r",|\band\s+(?=[A-Z])", item):
        clause = clause.strip()
        if clause and clause[0].isupper() and is_theme(clause, convention) and not re.search(r"\d", clause):
            found.append(clause)
    return found[0] if len(found) == 1 else (found[-1] if found else None)


def _presidents(text: str, convention: str, quote: Quote) -> Iterator[Mandate]:
    for m in rx("presidency", re.MULTILINE).finditer(text):
        named = [k for _, _, kind, k in find_actor_names(f"{m['state']} presidency") if kind == "state"]
        entry = lookup_state(m["state"]) or lookup_demonym(m["state"])
        if len(named) == 1 and entry is not None:
            yield Mandate(ActorRef(entry.name, "state"), "president", quote, convention)
    for m in rx("president_is", re.MULTILINE).finditer(text):
        states = only_states(m["state"])
        if states and len(states) == 1:
            yield Mandate(ActorRef(states[0].written, "state"), "president", quote, convention)
    for m in rx("president_of", re.MULTILINE).finditer(text):
        states = only_states(m["state"].split(",")[-1].strip())
        if states and len(states) == 1:
            yield Mandate(ActorRef(states[0].written, "state"), "president", quote, convention,
                          for_meeting=m["meeting"].replace(" ", ""))
