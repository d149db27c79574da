"""Lists of post holders as pages write them: States, people each with their State, or both.

"Belgium and Zimbabwe"; "Ambassador Carlo Trezza of Italy and Mr. Carlos Arroyave-Prera of
Guatemala"; "Raja Reza Zaid Shah, Malaysia / Karol Mistrík, Slovakia"; "Mr. A (South Africa) and
Ambassador B (Canada)"; "Colombia (Sra. Fulvia Benavides) and France (Ambassador Gerard
Chesnel)"; "l'Ambassadeur X de la France"; a State and its representative, one to a line, with
the representative's office after a comma ("Hungary Mr. A. Bee, Ministry of Foreign Affairs");
people named before the one whose State is given ("A Bee and C Dee of Indonesia": C Dee is
Indonesia's, A Bee is named without a State); a name right before its State with nothing
between ("A Bee Italy and C Dee of Zambia"), only where another holder of the list is
written as a person for sure; people only, each with a title ("Ambassador A Bee and Mr. C
Dee."), ending the sentence. The list runs from where a role word leaves off, joined by
commas, "and" (et, y) or line breaks; the first thing that is none of these ends it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ccmgraph.records import Quote
from ccmgraph.ingesters.composition.foreign import foreign_state_spans
from ccmgraph.ingesters.composition.words import words
from ccmgraph.ingesters.flat.states import StateSpan
from ccmgraph.resolve.actors import find_actor_names
from ccmgraph.vocabulary import honorific_pattern

#: How far after its role word a list may run (characters).
LIST_WITHIN = 400
_SEPARATOR = re.compile(r"[\s,;:&)]*(?:\b(?:and|AND|et|ET|y|Y)\b[\s,]*)?(?:\bthe\s+)?$")
#: What follows a representative named after their State on a line of their own: their office.
_OFFICE_TO_EOL = re.compile(r"^,[^\n]{0,160}\n[ \t]*$")
_PARTICLES = frozenset("van von de der da dos del la le bin al".split())
_NAME = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|van|von|de|der|da|dos|del|la|le|bin|al)){1,4}"


@dataclass(frozen=True)
class Holder:
    """One holder of a list: a person, a State, or a person with the State they hold it for."""

    person: str | None
    state: StateSpan | None
    quote: Quote
    sure: bool = True  # the person is written as one for sure (title, "of", brackets, comma)


def _titles() -> str:
    return rf"(?:(?:{honorific_pattern(with_titles=True)})\.?\s+)*"


@cache
def _person_lead(bare: bool = False) -> re.Pattern[str]:
    """The words before a State that make a person of it: "Mr. Carlos Arroyave-Prera of",
    "Philippa King,", "A Bee and C Dee of" (A Bee named without a State); `bare`: "A Bee "."""
    titled = _titles()
    of = r"\s+(?:of(?:\s+the)?|de(?:\s+la|\s+los|\s+las|\s+l['’])?|du|del|d['’])"  # "of the", French and Spanish "de", "du", "d'"
    others = rf"(?P<others>(?:{titled}{_NAME}\s*(?:,\s*|\s+and\s+))*?)"
    tail = r"[ \t]+" if bare else rf"\s*(?:,|\(|{of})\s*"
    return re.compile(rf"^[\s,;&)]*(?:\b(?:and|et|y)\b\s*)?(?:l['’]|el\s+|la\s+|le\s+)?{others}"
                      rf"(?P<person>{titled}(?P<name>{_NAME})){tail}$")


@cache
def _one_name() -> re.Pattern[str]:
    return re.compile(rf"{_titles()}(?P<name>{_NAME})")


@cache
def _bracket() -> re.Pattern[str]:
    return re.compile(words()["standing_bracket"].replace("{titled}", _titled()))


@cache
def _after_state() -> re.Pattern[str]:
    """A representative written right after their State ("Hungary Mr. Lazlo DEAK, ...")."""
    return re.compile(rf"[ \t]+{_titled()}(?=\s*(?:,|\n|$|\band\b))")


def _titled() -> str:
    return (rf"(?:(?:{honorific_pattern(with_titles=True)})\.?\s+)+"
            r"(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|van|von|de|der|da|dos|del|la|le|bin|al)){0,4})")


def listed(text: str, at: int, line: int) -> Iterator[tuple[str | None, StateSpan, Quote]]:
    """The States (with the person before each, if any) of the list that starts at `at`."""
    for h in holders(text, at, line):
        if h.state is not None:
            yield h.person, h.state, h.quote


def holders(text: str, at: int, line: int) -> list[Holder]:
    """Every holder of the list that starts at `at`: States, people with their State, and
    people the list names without one; a bare name counts only beside a sure person."""
    window = text[at : at + LIST_WITHIN]
    out: list[Holder] = []
    pos = 0
    by_line = False  # "State Mr. Name, office" one to a line
    for state in foreign_state_spans(window):
        if state.start < pos:
            continue
        gap = window[pos : state.start]
        person, sure, before = None, True, []
        if by_line and _OFFICE_TO_EOL.match(gap):
            pass
        elif by_line and gap.startswith(",") and "\n" not in gap:
            continue  # a State in the office's name ("Mission of Mozambique to the UN"), not a holder
        elif not _SEPARATOR.match(gap):
            lead = _person_lead().match(gap) or _person_lead(bare=True).match(gap)
            if lead is None or find_actor_names(lead["name"]) or "\n\n" in gap or "\n" in lead["name"] \
                    or lead["name"].split()[-1] in _PARTICLES:
                break
            person = _untitled(lead["name"])
            before = [_untitled(m["name"]) for m in _one_name().finditer(lead["others"] or "")]
            if not person or any(not b or find_actor_names(b) for b in before):
                break
            sure = lead.re is _person_lead()
        elif "\n\n" in gap or (pos == 0 and "\n" in gap and gap.strip()):
            break
        pos = state.end
        bracket = _bracket().match(window, pos)  # "Colombia (Sra. Fulvia Benavides)"
        after = _after_state().match(window, pos) if bracket is None and person is None else None
        if bracket is not None:
            if person is not None or find_actor_names(bracket["name"]):
                break
            person, pos = " ".join(bracket["name"].split()), bracket.end()
        elif after is not None and not find_actor_names(after["name"]):
            person, pos, by_line = " ".join(after["name"].split()), after.end(), True
        quote = Quote(" ".join(window[:pos].split())[-200:], line)
        out.extend(Holder(b, None, quote) for b in before)
        out.append(Holder(person, state, quote, sure))
    return _sure_only(out) or _titled_only(window, line)


def _titled_only(window: str, line: int) -> list[Holder]:
    """A list of people only, each with their title ("Co-Chairs: Ambassador A Bee and Mr. C
    Dee."), ending the sentence: people holding the post, no State written beside them."""
    found = _people_only().match(window)
    if found is None:
        return []
    quote = Quote(" ".join(found.group(0).split())[-200:], line)
    # the full stop ending the sentence is not the name's ("Mr. Carlos Arroyave-Prera.")
    return [Holder(re.sub(r"(?<=\w\w)\.$", "", " ".join(m["name"].split())), None, quote)
            for m in re.finditer(_titled(), found.group(0))
            if not find_actor_names(m["name"])]


@cache
def _people_only() -> re.Pattern[str]:
    one = _titled().replace("(?P<name>", "(?:")
    return re.compile(rf"[ \t]*{one}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+){one})*(?=\s*(?:[.;\n]|$))")


def _sure_only(found: list[Holder]) -> list[Holder]:
    """The list up to its first bare name, unless some other holder is a person for sure."""
    if any(h.person and h.sure for h in found):
        return found
    cut = next((i for i, h in enumerate(found) if not h.sure), len(found))
    return found[:cut]


def _untitled(name: str) -> str:
    """A name without the titles the name pattern took for given names ("Ambassador Chesnel" -> "Chesnel")."""
    return re.sub(rf"^(?:(?:{honorific_pattern(with_titles=True)})\.?\s+)+", "", " ".join(name.split()))
