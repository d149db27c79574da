"""Who and what a news item names: States, organisations, people, conventions, action plans.

One Mention per entity per item, quoting the sentence that first names it. Action plans
are named by abbreviation ("Maputo Action Plan" -> "MAP", "Siem Reap-Angkor" -> "SRAAP"),
with the action number when one is given ("Action 1.3 of the Dubrovnik Action Plan" -> "DAP 1.3").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccmgraph.records import ActorRef, Mention
from ccmgraph.resolve.actors import resolve_actor
from ccmgraph.ingesters.news.items import Item
from ccmgraph.ingesters.news.foreign_people import foreign_posted
from ccmgraph.ingesters.news.people import delegation_party, posted_names, ties
from ccmgraph.ingesters.news.text import Recogniser, conventions, sentences
from ccmgraph.vocabulary import honorific_pattern, role_words

_PLAN = re.compile(r"(?P<name>(?:[A-Z][a-z][\w'’]*[\s-]+)+)Action\s+Plan\b(?:\s+\((?P<abbr>[A-Z]{2,6})\))?")
_ACTION_OF = re.compile(r"\bAction\s+(?P<num>\d{1,2}(?:\.\d{1,2})*)\s+of\s+the\s+(?:\d{4}\s+)?(?:[A-Z]{2,6}\s+)?$")
_ACTION_ABBR = re.compile(r"\b(?P<abbr>[A-Z]{2,5}AP)\s+Action\s+(?P<num>\d{1,2}(?:\.\d{1,2})*)\b")


def plan_abbreviation(name: str) -> str:
    """ "Maputo" -> "MAP"; "Siem Reap-Angkor" -> "SRAAP" (initials of the place, then AP)."""
    return "".join(word[0].upper() for word in re.split(r"[\s-]+", name.strip()) if word) + "AP"


def action_names(text: str) -> list[tuple[int, str]]:
    """(offset, "DAP 1.3" or "MAP") for every action plan or action named in `text`."""
    found: list[tuple[int, str]] = []
    for m in _PLAN.finditer(text):
        abbr = m["abbr"] or plan_abbreviation(m["name"])
        action = _ACTION_OF.search(text[max(0, m.start() - 60) : m.start()])
        found.append((m.start(), f"{abbr} {action['num']}" if action else abbr))
    found += [(m.start(), f"{m['abbr']} {m['num']}") for m in _ACTION_ABBR.finditer(text)]
    return sorted(found)


def _without_glued_post(name: str) -> str:
    """A person's name less a role word the flattening glued to its end ("H.E. X Y Minister"),
    where two words of the name stay."""
    bare = re.sub(rf"^(?:{honorific_pattern(with_titles=True)}\s+)+", "", name).split()
    if len(bare) >= 3 and bare[-1].lower() in role_words():
        return name[: name.rindex(bare[-1])].rstrip()
    return name


def mentions(item: Item, recognise: Recogniser, convention: str | None = None) -> Iterator[Mention]:
    """Each entity the item names, once, with the sentence that names it first; a person with
    the State or organisation the item's words tie them to (people.py), and a person named
    without an honorific only where such words stand beside the name."""
    found = [(sentence, recognise(sentence.text)) for para in item.paragraphs for sentence in sentences(para)]
    tied = [ties(sentence.text, actors, convention) for sentence, actors in found]
    party: dict[str, ActorRef] = {}
    for tie in (t for in_sentence in tied for t in in_sentence):
        party.setdefault(tie.person.name, tie.party)
    posted = [foreign_posted(sentence.text, actors) for sentence, actors in found]
    for a, b, person, of in (p for in_sentence in posted for p in in_sentence):
        if of is not None:
            party.setdefault(person.name, of)
    named_in: list[list[tuple[int, str, str]]] = []
    for (sentence, actors), in_sentence, foreign in zip(found, tied, posted):
        text = sentence.text
        spans = [(a, b) for a, b, ref in actors if ref.kind == "organisation"]
        named: list[tuple[int, str, str]] = [(a, ref.name, ref.kind) for a, _, ref in actors]
        named += [(t.start, t.person.name, "person") for t in in_sentence
                  if not any(a == t.start for a, _, _ in actors)]
        named += [(a, ref.name, "person") for a, _, ref in posted_names(text, actors)
                  if not any(x == a for x, _, _ in named)]  # "X, President-designate of ...": no party
        named += [(a, ref.name, "person") for a, _, ref, _ in foreign
                  if not any(x == a for x, _, _ in named)]  # "el Ministro de ..., X"
        for at, name, kind in named:
            if kind == "person" and name not in party and (led := delegation_party(text, at, actors)) is not None:
                party[name] = led  # "the Colombian delegation, led by Foreign Minister X"
        named += [(a, short, "convention") for a, b, short in conventions(text)
                  if not any(x <= a < y for x, y in spans)]
        named += [(a, name, "action") for a, name in action_names(text)]
        named_in.append(sorted(named))
    seen: set[tuple[str, str]] = set()
    written: dict[str, str] = {}  # a name less the post glued to it -> the name as the tie read it
    for (sentence, _), named in zip(found, named_in):
        for _, name, kind in named:
            if kind == "person" and (trimmed := _without_glued_post(name)) != name:
                written[trimmed], name = name, trimmed
            identity = (resolve_actor(name, kind).key if kind in ("state", "organisation") else name, kind)
            if identity not in seen:
                seen.add(identity)
                yield Mention(item.key, name, kind, sentence.quote(),  # type: ignore[arg-type]
                              party=party.get(written.get(name, name)) if kind == "person" else None)
