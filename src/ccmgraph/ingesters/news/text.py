"""Reading helpers for news prose: sentences, numbers in words, names of people, conventions.

Everything here works on one paragraph's joined text and returns offsets into it, so the
callers can quote the exact sentence and line a fact came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ccmgraph.records import ActorRef, Quote
from ccmgraph.vocabulary import (convention_spans, honorific_pattern, honorifics, initial_honorifics, particles,
                                 role_pattern, royal_honorifics, titles_before_names)
from ccmgraph.resolve.actors import find_actor_names, lookup_demonym
from ccmgraph.resolve.people import split_honorific
from ccmgraph.resolve.registry import foreign_state_index, state_index, states
from ccmgraph.resolve.text import name_key
from ccmgraph.ingesters.flat.vocab import vocab
from ccmgraph.ingesters.news.items import Paragraph

# A sentence ends at . ! ? before a capital, unless the dot closes an abbreviation or an initial.
# A stop, then blanks and a capital or figure; or, where a page's flattening glued two
# sentences, a stop after a lower-case word right before a capitalised one ("ratifications.On 21 October")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]{1,20}\s)")
_ABBREVIATION = re.compile(r"(?:\b(?:Amb|Mr|Mrs|Ms|Dr|Prof|St|No|Art|Nos|Vol|e\.g|i\.e|H\.E|U\.S|Jr|Sr)|\b[A-Z])\.$")


@cache
def _honorific_abbreviation() -> re.Pattern[str]:
    """An honorific written with a dot ("Excmo.", "Sra.", "S. Exc."): it ends no sentence."""
    dotted = {f for forms in honorifics().values() for f in forms if f.endswith(".")}
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(dotted, key=len, reverse=True)) + r")$")
_INITIAL_NEXT = re.compile(r"[A-Z]\.(?:[A-Z]\.)*\s")

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
         "sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = {w: i for i, w in enumerate(_UNITS)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_NUMBER_WORD = r"(?:" + "|".join(sorted([*NUMBER_WORDS, "hundred", "thousand"], key=len, reverse=True)) + r")"
NUMBER = rf"(?:\d[\d,]*|{_NUMBER_WORD}(?:(?:\s+and\s+|[\s-]+){_NUMBER_WORD})*)"

_LINEAGE = r"(?:Bin|Bint|Ibn|Al|El|bin|bint|ibn|al|el)"
#: Capitals a name word may start with: A-Z and the Latin ones of Central European names ("Žunec").
_CAPITAL = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_NAME_WORD = (rf"(?:[A-Z]\.(?:\s?[A-Z]\.)*|[{_CAPITAL}][\w'’]+(?:-[{_CAPITAL}]?[\w'’]+)*"
              rf"|[A-Z](?=\s+[{_CAPITAL}][a-z])"  # an initial written without its dot ("Effron C Lungu")
              r"|(?:van|von|der|den|de|del|da|dos|la|le)(?![\w'’]))")  # a particle, not "le" of "led"


@cache
def _person() -> re.Pattern[str]:
    """An honorific, or a run of them ("H.E. Mr."), then up to five name words, and up to two
    more after a patronymic or family particle ("HRH Mired Bin Raad Bin Zeid Al Hussein", "...
    Al-Hussein")."""
    honorific = honorific_pattern(with_titles=True)
    gap = r"(?:\s+|(?<=\.)(?=[A-Z][a-z]))"  # "Mr. Jonas Gahr", and "Mr.Jonas Gahr" as flattening leaves it
    return re.compile(rf"\b{honorific}(?:{gap}{honorific})*{gap}(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
                      rf"(?:\s+{_LINEAGE}(?:\s+|-){_NAME_WORD}){{0,2}})")

@cache
def _title_lead() -> re.Pattern[str]:
    """The role words prose puts before a name like an honorific (vocabulary: titles_before_names)."""
    titles = sorted(titles_before_names(), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(t) for t in titles) + r")\s+(?=\S)")


@cache
def _named_after() -> frozenset[str]:
    """people.yml `named_after_words`: a place or a body named after someone is no person."""
    with open(Path(__file__).with_name("people.yml"), encoding="utf-8") as fh:
        return frozenset(str(w) for w in yaml.safe_load(fh)["named_after_words"])


@cache
def _foreign_not_names() -> frozenset[str]:
    """people.yml `foreign_posts`: its role words and words of bodies, places and the calendar,
    folded; a run after an honorific that opens with one ("Monsieur le Président", "El Sr. Marzo
    de 2019") is a post or a date, no one's name."""
    with open(Path(__file__).with_name("people.yml"), encoding="utf-8") as fh:
        table = yaml.safe_load(fh)["foreign_posts"]
    return frozenset(str(w).lower() for key in ("role_words", "not_name_words") for w in table[key])


def _not_a_person_after(text: str, m: re.Match[str]) -> bool:
    """Whether an honorific's run is a post, a date or a State: its first word (particles passed)
    is a word of posts or dates; or an initial honorific ("M.") opens it right after a
    capitalised word ("Sheila M. Mweemba": an initial) or before a State ("M. Costa Rica")."""
    words = [w for w in m["name"].split() if w not in particles()]
    if not words or words[0].lower() in _foreign_not_names():
        return True
    if not m.group(0).startswith(tuple(initial_honorifics())):
        return False
    key = name_key(m["name"])
    foreign = foreign_state_index().get(key)
    return bool(re.search(rf"[{_CAPITAL}][\w'’-]*\s+$", text[: m.start()])) \
        or key in state_index() or (foreign is not None and not foreign[1])


@cache
def _post_nominals() -> frozenset[str]:
    """people.yml `post_nominals`: letters after a name."""
    with open(Path(__file__).with_name("people.yml"), encoding="utf-8") as fh:
        return frozenset(str(w) for w in yaml.safe_load(fh)["post_nominals"])


_TITLES_NOT_NAMES = frozenset({"President", "Presidency", "Chair", "Chairperson", "Coordinator", "Secretary"})

FoundActor = tuple[int, int, ActorRef]
Recogniser = Callable[[str], list[FoundActor]]


@dataclass(frozen=True)
class Sentence:
    """One sentence of a paragraph: its text and offsets."""

    para: Paragraph
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.para.text[self.start : self.end]

    def quote(self) -> Quote:
        return Quote(self.text.strip(), self.para.line_at(self.start))


def sentences(para: Paragraph) -> list[Sentence]:
    """The sentences of a paragraph; abbreviations ("Amb.") and initials ("M. Biontino") do not end
    one, nor does a day written as German writes it before its month ("vom 12. bis zum 16. September")."""
    cuts = [0]
    for m in _SENTENCE_END.finditer(para.text):
        before = para.text[cuts[-1] : m.start()]
        if _ABBREVIATION.search(before) or _honorific_abbreviation().search(before) \
                or _INITIAL_NEXT.match(para.text, m.end()) or _day_before_month(para.text, m.start(), m.end()):
            continue
        cuts.append(m.end())
    cuts.append(len(para.text))
    return [Sentence(para, a, b) for a, b in zip(cuts, cuts[1:]) if para.text[a:b].strip()]


@cache
def _month_next() -> re.Pattern[str]:
    """A month's name, in any language flat.yml writes months in, right at a position."""
    names = sorted((str(n) for names in vocab()["months"].values() for n in names), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, names))})\b", re.IGNORECASE)


def _day_before_month(text: str, stop: int, resume: int) -> bool:
    """Whether the full stop before `stop` closes a day in figures and a month's name follows
    ("16. September 2011"): the day's dot, not a sentence's end."""
    return re.search(r"(?<![\d.])[0-3]?\d\.$", text[max(0, stop - 4) : stop]) is not None \
        and _month_next().match(text, resume) is not None


def parse_number(text: str) -> int | None:
    """141, "1,000", "one hundred and forty-four", "thirty-eight" -> int; anything else None.

    >>> parse_number("one hundred and forty-four"), parse_number("thirty-eight"), parse_number("2")
    (144, 38, 2)
    """
    text = text.strip().lower()
    if re.fullmatch(r"\d[\d,]*", text):
        return int(text.replace(",", ""))
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", text):
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total, current = total + max(current, 1) * 1000, 0
        elif word != "and":
            return None
        seen = True
    return total + current if seen else None


def conventions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, short name) of every convention named in `text` (vocabulary/conventions.yml)."""
    return convention_spans(text)


def people(text: str) -> list[FoundActor]:
    """People introduced by an honorific ("Ambassador Michael Biontino", "H.E. Mr. Manuel González Sanz"),
    and the State a royal's name ends with ("Princesa Astrid de Bélgica"), under its registry name."""
    found = []
    for m in _person().finditer(text):
        name = re.sub(r"\s+", " ", m.group(0)).strip()
        if set(m["name"].split()) & _TITLES_NOT_NAMES or _only_posts(m["name"]):
            continue  # "Mr. Co-Chair", "Madam Vice-President": a post, not a name
        if set(m["name"].split()) & _named_after():
            continue  # "King Hussein Convention Centre": a place named after someone
        if _not_a_person_after(text, m):
            continue  # "Monsieur le Président", "El Sr. Marzo de 2019", "M. Costa Rica"
        if _state_after_particle(m["name"]):
            continue  # "Embajadora de Japón", "Ambassadeur du Chili": a State's post, not a name
        end = m.end()
        if (inner := _honorific_inside(text, m.start("name"), end)) is not None:
            end = inner  # "S.E. Hans Brattskar Ambassadeur de Norvège": a second honorific ends the name
            name = re.sub(r"\s+", " ", text[m.start() : end]).strip()
        if possessive := re.search(r"[’']s$", name):  # "Prime Minister Hun Manet's": the name is his
            name, end = name[: possessive.start()], end - 2
        if (title := _title_lead().match(name)) and re.match(r"[a-z]", name[title.end():]):
            continue  # "Minister van Buitenlandse Zaken U. ROSENTHAL": an office, then where its name ends is unknown
        name = _title_lead().sub("", name)  # "Minister Banze": the job is no part of the name
        if (of := _royal_state(m)) is not None:  # "SAR la Princesse Astrid de Belgique": her State
            end, state = of
            name = re.sub(r"\s+", " ", text[m.start() : end]).strip()
            found.append(state)
        words = name.split()
        if len(words) > 2 and words[-1].rstrip(".") in _post_nominals():  # "Nicola Roxon MP": the letters are not hers
            while len(words) > 2 and words[-1].rstrip(".") in _post_nominals():
                words.pop()
            name = " ".join(words)
            end = m.start() + m.group(0).rfind(words[-1]) + len(words[-1])
        found.append((m.start(), end, ActorRef(name, "person")))
    return found


_OF_STATE = re.compile(rf"\s+(?:de|del)\s+(?=[{_CAPITAL}])")


def _royal_state(m: re.Match[str]) -> tuple[int, FoundActor] | None:
    """(where the name ends, the State) where a royal's name ends with "de <State>" ("Prince
    Mired de Jordanie"): the words after it must be a whole State name in English, French or
    Spanish, so "Jean de La Fontaine" keeps his name."""
    styles = split_honorific(m.group(0)[: m.end("name") - m.start()])[0].split()
    if not royal_honorifics() & set(styles):
        return None
    for of in _OF_STATE.finditer(m["name"]):
        iso3 = state_iso3(m["name"][of.end() :], colliding=True)  # "de Jordania": a royal's house, no given name
        if iso3 is not None and of.start() > 0:
            at = m.start("name")
            return at + of.start(), (at + of.end(), m.end("name"), ActorRef(states()[iso3].name, "state"))
    return None


def state_iso3(written: str, *, colliding: bool = False) -> str | None:
    """The State a whole name in English, French or Spanish gives ("Suisse" -> CHE); a French or
    Spanish name that is also a common word or a given name ("Chili", "Maurice") gives none
    unless `colliding`, where only a State can stand."""
    key = name_key(written)
    foreign = foreign_state_index().get(key)
    return state_index().get(key) or (foreign[0] if foreign is not None and (colliding or not foreign[1]) else None)


_LEADING_PARTICLE = re.compile(r"^(?:de|del|de\s+la|du|des|da|do|dos|das)\s+(?P<rest>.+)$")


def _state_after_particle(name: str) -> bool:
    """Whether a run after an honorific is a particle and then a State's name ("de Japón",
    "du Chili"): French and Spanish write an ambassador's State after the title that way, while a
    surname with a particle ("de Crombrugghe") names no State."""
    m = _LEADING_PARTICLE.match(name)
    if m is None:
        return False
    return state_iso3(m["rest"]) is not None


@cache
def _honorific_word() -> re.Pattern[str]:
    return re.compile(honorific_pattern())


def _honorific_inside(text: str, start: int, end: int) -> int | None:
    """Where an honorific written after a name's first word starts, if one is: the name ends there."""
    for word in re.finditer(r"\S+", text[start:end]):
        if word.start() > 0 and _honorific_word().fullmatch(word.group(0)):
            return start + len(text[start : start + word.start()].rstrip())
    return None


_APPOSED = re.compile(r",\s*(?:[^,;:.]+,\s*)*(?:the\s+)?")


def posts_between(between: str, max_words: int = 24) -> bool:
    """Whether the words between a person and a post are only their other posts, each set off by
    commas (", Senior Minister ... (CMAA), "): the post is then that person's, in a list of
    people and their posts, and not the next person's."""
    if not _APPOSED.fullmatch(between) or len(between.split()) > max_words:
        return False
    return all(re.search(role_pattern(), part, re.IGNORECASE) for part in between.split(",")[1:-1])


def _only_posts(name: str) -> bool:
    """Whether every word of a name is a role word ("Co-Chair", "Vice-President")."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return bool(words) and all(w.lower() in ("co", "vice") or re.fullmatch(role_pattern(), w, re.IGNORECASE)
                               for w in words)


def default_recogniser(text: str) -> list[FoundActor]:
    """States, organisations (resolve.find_actor_names) and people named in `text`, in order.

    A demonym ("the German Presidency") stands for its State under the State's own name.
    """
    found: list[FoundActor] = []
    for offset, written, kind, _ in find_actor_names(text):
        name = written
        if kind == "state" and (state := lookup_demonym(written)) is not None:
            name = state.name
        found.append((offset, offset + len(written), ActorRef(name, kind)))  # type: ignore[arg-type]
    taken = [(a, b) for a, b, _ in found]
    found += [p for p in people(text) if not any(a < p[1] and p[0] < b for a, b in taken)]
    return sorted(found, key=lambda f: f[0])


def dedupe(actors: list[ActorRef]) -> tuple[ActorRef, ...]:
    """Actors in order of first appearance, each once."""
    return tuple(dict.fromkeys(actors))
