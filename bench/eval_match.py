"""Matching gold facts against system facts, for bench/eval.py.

Facts are flat dicts of field -> value, one dict per fact, of one *fact type* (`FACT_TYPES`).
Gold values are strings (dates ISO, States ISO 3166 alpha-3, others names); system values are
strings too, except actors (holder, party, state, affiliation), which are `Actor(iri, label)`.
A gold fact matches a system fact when every field the gold gives agrees, field by field, by
the comparison `FIELD_COMPARISON` names for it; fields the gold leaves out are not judged.
Each system fact is matched at most once (a maximum bipartite matching, so a vague gold fact
cannot take the system fact a precise one needs).

>>> judge = Judge()
>>> gold = [{"state": "AFG", "event": "ratification", "date": "2011-09-08"}]
>>> system = [{"state": Actor("https://w3id.org/ccmgraph/id/state/AFG", "Afghanistan"),
...            "event": "ratification", "date": "2011-09-08"}]
>>> score(FACT_TYPES["treaty_event"], gold, system, judge)["treaty_event"]
Tally(gold=1, system=1, matched=1)
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from rapidfuzz import fuzz


class Actor(NamedTuple):
    """A system actor: its IRI (may be empty) and its label (may be empty)."""

    iri: str
    label: str


Value = Any          # str for most fields; Actor for actors; None when the system gives nothing
Fact = dict[str, Value]


@dataclass
class Tally:
    """Counts for one row of the table; precision and recall are None when undefined."""

    gold: int = 0
    system: int = 0
    matched: int = 0

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.system += other.system
        self.matched += other.matched

    @property
    def precision(self) -> float | None:
        return self.matched / self.system if self.system else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None


# -- folding -------------------------------------------------------------------------------

#: Titles dropped from people's names before they are compared (lower case, dots kept out).
HONORIFICS = frozenset("""mr mrs ms miss mx dr prof sir dame mme mlle he hon amb ambassador excellency his her
    minister hrh royal highness crown prince princess king queen sheikh sheikha""".split())
#: Words a theme or organisation name may carry or drop without changing what it names.
STOPWORDS = frozenset("and of the on for in to a an de la le".split())
#: How close two folded theme labels must be (rapidfuzz token-set ratio, 0-100).
THEME_THRESHOLD = 90.0


def strip_accents(text: str) -> str:
    """'Penić-Ivanko' -> 'Penic-Ivanko'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower case, no accents, '&' as 'and', punctuation as spaces, single spaces."""
    text = strip_accents(text).lower().replace("&", " and ")
    text = re.sub(r"['’`.]", "", text)           # O'Neill = ONeill, H.E. = HE
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def name_tokens(name: str) -> list[str]:
    """A person's name as folded tokens, honorifics at the front dropped.

    >>> name_tokens("H.E. Henk Cor Van der Kwast")
    ['henk', 'cor', 'van', 'der', 'kwast']
    >>> name_tokens("Ambassador. M. Biontino")
    ['m', 'biontino']
    >>> name_tokens("HRH Crown Prince Haakon") == name_tokens("Prince Haakon")
    True
    """
    name = re.sub(r"^\s*h\.\s*e\b\.?", "", strip_accents(name), flags=re.IGNORECASE)  # "H. E."
    raw = [fold(t) for t in re.split(r"[\s\-]+", name)]
    tokens = [t for t in raw if t]
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        tokens.pop(0)
    return tokens


def names_agree(gold: str, system: str) -> bool:
    """Two spellings of one person: folded equal, or equal but for initials.

    >>> names_agree("Henk Cor van der Kwast", "H.E. Henk Cor Van der Kwast")
    True
    >>> names_agree("Michael Biontino", "M. Biontino"), names_agree("Sheila Mweemba", "Sheila N. Mweemba")
    (True, True)
    >>> names_agree("Thomas Hajnoczi", "Thomas Zehetner")
    False
    """
    a, b = name_tokens(gold), name_tokens(system)
    if not a or not b:
        return False
    if a == b:
        return True
    if len(a) == len(b) and all(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(a, b)):
        return True
    full_a, full_b = [t for t in a if len(t) > 1], [t for t in b if len(t) > 1]
    return len(full_a) >= 2 and full_a == full_b


def theme_words(text: str) -> str:
    """A theme label folded, stopwords out, plural -s off: the form fuzzy matching sees."""
    words = [w for w in fold(text).split() if w not in STOPWORDS]
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)


def themes_agree(gold: str, system: str) -> bool:
    """Theme labels, folded, fuzzily: one's words within the other's counts.

    >>> themes_agree("clearance and risk reduction education", "Clearance and Risk Reduction")
    True
    >>> themes_agree("victim assistance", "International Cooperation and Assistance")
    False
    >>> themes_agree("implementation of Article 3", "Article 4 implementation")
    False
    """
    a, b = theme_words(gold), theme_words(system)
    if sorted(re.findall(r"\d+", a)) != sorted(re.findall(r"\d+", b)):
        return False  # "implementation of Article 3" is not "Article 4 implementation"
    return bool(a and b) and (a == b or fuzz.token_set_ratio(a, b) >= THEME_THRESHOLD)


def iri_tail(value: str) -> str:
    """The last segment of an IRI ('…/state/NLD' -> 'NLD'); other text unchanged."""
    return re.split(r"[/#]", value.rstrip("/"))[-1] if "://" in value else value


def initials(name: str) -> str:
    """'United Nations Office for Disarmament Affairs' -> 'unoda'."""
    return "".join(w[0] for w in fold(name).split() if w not in STOPWORDS)


def load_org_aliases(path: Path) -> dict[str, str]:
    """Folded organisation names, abbreviations and aliases -> one key per organisation, from a
    CSV with columns key, name, abbreviation, aliases (';'-separated); {} when there is none."""
    if not path.is_file():
        return {}
    aliases: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            key = row.get("key") or row.get("name") or ""
            names = [row.get("key", ""), row.get("name", ""), row.get("abbreviation", "")]
            names += (row.get("aliases") or "").split(";")
            for name in names:
                if name and name.strip():
                    aliases.setdefault(fold(name), key)
    return aliases


def load_city_names(path: Path) -> dict[str, str]:
    """bench/cities.yml as folded name -> folded English name (each English name maps to itself)."""
    import yaml
    table = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, str] = {}
    for english, others in table.items():
        for name in [english, *(others or [])]:
            out[fold(str(name))] = fold(str(english))
    return out


def load_theme_names(path: Path) -> dict[str, frozenset[str]]:
    """Folded theme label -> every name of that theme in the registry (label, key, alternative
    labels, names in other languages, its article): the system writes a theme by its registry
    label ("Article 5 Implementation"), a gold file may write the same theme by another of its
    names ("clearance", "Comité sur l'assistance aux victimes", "implementation of Article 3")."""
    if not path.is_file():
        return {}
    names: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            own = {row.get("label") or "", (row.get("key") or "").replace("-", " ")}
            for column in ("alt_labels", "labels_fr", "labels_es"):
                own.update((row.get(column) or "").split(";"))
            if (number := (row.get("article") or "").strip()):
                own |= {f"Article {number}", f"implementation of Article {number}"}
            own = {name.strip() for name in own if name.strip()}
            names.setdefault(fold(row.get("label") or ""), set()).update(own)
    return {label: frozenset(all_names) for label, all_names in names.items()}


# -- field comparisons -----------------------------------------------------------------------

def norm_text(value: Value) -> str:
    """A system value as plain text: IRIs by their last segment, None as ''."""
    if value is None:
        return ""
    if isinstance(value, Actor):
        return value.label or iri_tail(value.iri)
    return iri_tail(str(value).strip())


def same_exact(gold: str, system: Value, judge: Judge) -> bool:
    """Vocabulary values (kind, convention, role, event, status, report, holder_kind)."""
    return gold.strip() == norm_text(system)


#: The meeting kinds the gold format names; its "other" stands for any kind beyond them.
GOLD_MEETING_KINDS = frozenset({"msp", "revcon", "intersessional", "preparatory", "cc", "meeting-of-experts",
                                "conference", "hcp-conference", "other"})


def same_kind(gold: str, system: Value, judge: Judge) -> bool:
    """A meeting's kind: the gold's "other" is any kind its format has no word for (a seminar,
    a workshop), never one it has (an MSP written "other" in the gold is not an MSP).

    >>> j = Judge()
    >>> same_kind("other", "seminar", j), same_kind("other", "msp", j), same_kind("msp", "msp", j)
    (True, False, True)
    >>> same_kind("msp", "hcp-conference", j), same_kind("msp", "conference", j)
    (True, False)
    """
    value, wanted = norm_text(system), gold.strip()
    if value == "hcp-conference":    # Protocol V's States meet in Conferences of the HCPs, its "MSPs"
        return wanted in ("hcp-conference", "msp")
    return wanted == value or (wanted == "other" and bool(value) and value not in GOLD_MEETING_KINDS)


def same_date(gold: str, system: Value, judge: Judge) -> bool:
    """ISO dates as precise as the text: '2017-09' is not '2017-09-04'."""
    return gold.strip() == norm_text(system).split("T")[0]


def same_number(gold: str, system: Value, judge: Judge) -> bool:
    """Ordinals: 7 = '7' = '07'."""
    g, s = gold.strip(), norm_text(system)
    return g.isdigit() and s.isdigit() and int(g) == int(s)


def same_place(gold: str, system: Value, judge: Judge) -> bool:
    """City names, folded, one city under any of its names (bench/cities.yml).

    >>> j = Judge(city_names={"geneve": "geneva", "ginebra": "geneva", "geneva": "geneva"})
    >>> same_place("Ginebra", "Geneva", j), same_place("Genève", "Ginebra", j), same_place("Bern", "Geneva", j)
    (True, True, False)
    """
    g, s = fold(gold), fold(norm_text(system))
    return bool(g) and (g == s or judge.city_names.get(g, g) == judge.city_names.get(s, s))


def same_theme(gold: str, system: Value, judge: Judge) -> bool:
    """A theme by its label, or by any other name the theme registry gives the system's theme.

    >>> j = Judge(theme_names={fold("Article 5 Implementation"): frozenset({"clearance", "Mine clearance"})})
    >>> same_theme("clearance", "Article 5 Implementation", j)
    True
    >>> same_theme("victim assistance", "Article 5 Implementation", j)
    False
    """
    text = norm_text(system)
    return themes_agree(gold, text) or any(themes_agree(gold, name)
                                           for name in judge.theme_names.get(fold(text), ()))


def same_person(gold: str, system: Value, judge: Judge) -> bool:
    """A person's name against the system's name, or the slug of its IRI."""
    if isinstance(system, Actor):
        return names_agree(gold, system.label) or names_agree(gold, iri_tail(system.iri).replace("-", " "))
    return names_agree(gold, norm_text(system))


def same_actor(gold: str, system: Value, judge: Judge) -> bool:
    """A State by ISO3 code against `…/state/XXX`; anyone else by name, abbreviation or alias.

    >>> j = Judge()
    >>> same_actor("NLD", Actor("https://w3id.org/ccmgraph/id/state/NLD", "Netherlands"), j)
    True
    >>> same_actor("UNODA", Actor("", "United Nations Office for Disarmament Affairs"), j)
    True
    >>> same_actor("ISU", Actor("https://w3id.org/ccmgraph/id/org/apmbc-isu", "Implementation Support Unit"), j)
    True
    """
    actor = system if isinstance(system, Actor) else Actor("", norm_text(system))
    g = gold.strip()
    if re.fullmatch(r"[A-Z]{3}", g) and actor.iri.endswith(f"/state/{g}"):
        return True
    if "/state/" in actor.iri and re.fullmatch(r"[A-Z]{3}", g):
        return False
    if re.fullmatch(r"[A-Z]{2,6}", g) and "/org/" in actor.iri and iri_tail(actor.iri).endswith(f"-{g.lower()}"):
        return True  # a body by its bare name ("ISU") against the convention's own ("ccm-isu")
    candidates = [actor.label, iri_tail(actor.iri).replace("-", " ") if actor.iri else ""]
    fg = fold(g)
    for cand in filter(None, candidates):
        fc = fold(cand)
        if fg == fc or fg.replace(" ", "") == initials(cand) or fc.replace(" ", "") == initials(g):
            return True
        if fg in judge.org_aliases and judge.org_aliases.get(fc) == judge.org_aliases[fg]:
            return True
        if names_agree(g, cand) and len(name_tokens(g)) >= 2:  # people as holders
            return True
    return False


def same_meeting(gold: str, system: Value, judge: Judge) -> bool:
    """A meeting reference ('7MSP', 'ccm-7msp', '2016-03-03') against a meeting IRI or label.

    Protocol V's Conferences of the High Contracting Parties are its "MSPs" ('2MSP' = 'ccw-p5-2conf').

    >>> same_meeting("7MSP", "https://w3id.org/ccmgraph/id/meeting/msp/ccm-7msp", Judge())
    True
    >>> same_meeting("2MSP", "https://w3id.org/ccmgraph/id/meeting/hcp-conference/ccw-p5-2conf", Judge())
    True
    """
    def key(text: str) -> str:
        k = re.sub(r"[^a-z0-9]", "", fold(iri_tail(text)))
        return re.sub(r"(?<=\d)conf$", "msp", re.sub(r"^(ccm|apmbc|ccwp5|ccw)(?=\d)", "", k))
    return bool(gold.strip()) and key(gold) == key(norm_text(system))


Comparison = Callable[[str, Value, "Judge"], bool]

#: Which comparison judges which gold field (field names are the gold format's).
FIELD_COMPARISON: dict[str, Comparison] = {
    "convention": same_exact, "kind": same_kind, "role": same_exact, "event": same_exact,
    "status": same_exact, "report": same_exact, "holder_kind": same_exact,
    "start": same_date, "end": same_date, "date": same_date, "due": same_date, "as_of": same_date,
    "number": same_number, "city": same_place, "theme": same_theme, "meeting": same_meeting,
    "holder": same_actor, "party": same_actor, "state": same_actor, "affiliation": same_actor,
    "person": same_person, "name": same_person,
}


@dataclass
class Judge:
    """What field comparisons need beyond the two values: organisation aliases, theme names."""

    org_aliases: Mapping[str, str] = field(default_factory=dict)
    theme_names: Mapping[str, frozenset[str]] = field(default_factory=dict)
    city_names: Mapping[str, str] = field(default_factory=dict)   # folded name -> folded English name

    def agrees(self, name: str, gold: Value, system: Value) -> bool:
        """Does the system value agree with the gold value of field `name`?"""
        if system is None or system == "" or system == Actor("", ""):
            return False
        return FIELD_COMPARISON[name](str(gold), system, self)


# -- fact types ------------------------------------------------------------------------------

def meeting_identity(gold: Fact) -> tuple[str, ...]:
    """A meeting is itself by convention+kind+number when it has a number, else +start."""
    return ("convention", "kind", "number") if "number" in gold else ("convention", "kind", "start")


@dataclass(frozen=True)
class FactType:
    """One kind of fact: its row name, its fields, which of them identify it, and which are
    scored on their own (on matched facts only, gold value against system value)."""

    name: str
    fields: tuple[str, ...]
    identity: Callable[[Fact], tuple[str, ...]] | None = None   # None: every field the gold gives
    attributes: tuple[str, ...] = ()
    #: a field whose facts are also scored apart (row `type.dated`): the gold leaves a State's
    #: undated steps out, so precision on the dated ones says how far a reader's dates hold
    dated: str | None = None

    def key_fields(self, gold: Fact) -> list[str]:
        wanted = self.identity(gold) if self.identity else self.fields
        return [f for f in wanted if f in gold]


FACT_TYPES: dict[str, FactType] = {t.name: t for t in [
    FactType("meeting", ("convention", "kind", "number", "start", "end", "city"), meeting_identity,
             ("start", "end", "city", "number")),
    FactType("mandate", ("convention", "role", "theme", "holder", "holder_kind", "start", "end", "meeting")),
    FactType("treaty_event", ("state", "convention", "event", "date"), dated="date"),
    FactType("overdue_report", ("state", "convention", "report", "due", "as_of")),
    FactType("attendance.party", ("party", "status")),
    FactType("attendance.person", ("party", "person")),
    FactType("person", ("name", "affiliation"), lambda gold: ("name",), ("affiliation",)),
]}

#: Table rows, in order: each fact type, then its attributes as `type.attribute`.
ROWS: tuple[str, ...] = tuple(r for t in FACT_TYPES.values()
                              for r in (t.name, *(f"{t.name}.{a}" for a in t.attributes),
                                        *((f"{t.name}.dated",) if t.dated else ()))) + ("refusal",)


def fact_agrees(ftype: FactType, gold: Fact, system: Fact, judge: Judge) -> bool:
    """Every identifying field the gold gives agrees with the system fact."""
    return all(judge.agrees(f, gold[f], system.get(f)) for f in ftype.key_fields(gold))


def attribute_agreements(ftype: FactType, gold: Fact, system: Fact, judge: Judge) -> int:
    """How many attributes the gold gives agree: the tie-break between candidate matches."""
    return sum(judge.agrees(a, gold[a], system.get(a)) for a in ftype.attributes if a in gold)


def match(ftype: FactType, gold: Sequence[Fact], system: Sequence[Fact], judge: Judge) -> dict[int, int]:
    """A maximum matching gold index -> system index (augmenting paths), each system fact used
    once; among candidates, those agreeing on more attributes are tried first."""
    def ranked(g: Fact) -> list[int]:
        agreeing = [j for j, s in enumerate(system) if fact_agrees(ftype, g, s, judge)]
        return sorted(agreeing, key=lambda j: -attribute_agreements(ftype, g, system[j], judge))

    candidates = [ranked(g) for g in gold]
    owner: dict[int, int] = {}  # system index -> gold index

    def assign(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or assign(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in sorted(range(len(gold)), key=lambda i: len(candidates[i])):
        assign(i, set())
    return {i: j for j, i in owner.items()}


@dataclass
class Finding:
    """One thing the scorer counts against the system, for --verbose."""

    row: str
    what: str       # "missing", "spurious", "wrong"
    fact: Fact
    system: Value = None

    def __str__(self) -> str:
        shown = ", ".join(f"{k}={show(v)}" for k, v in self.fact.items() if v not in (None, ""))
        tail = f" (system: {show(self.system)})" if self.what == "wrong" else ""
        return f"{self.row}: {self.what} {{{shown}}}{tail}"


def show(value: Value) -> str:
    if isinstance(value, Actor):
        return iri_tail(value.iri) if "/state/" in value.iri else (value.label or iri_tail(value.iri))
    return str(value)


def score(ftype: FactType, gold: Sequence[Fact], system: Sequence[Fact], judge: Judge,
          findings: list[Finding] | None = None) -> dict[str, Tally]:
    """Tallies for one fact type in one document: the type's row, and one row per attribute
    (judged on matched pairs where the gold gives it: system = the system gives it too)."""
    pairs = match(ftype, gold, system, judge)
    tallies = {ftype.name: Tally(len(gold), len(system), len(pairs))}
    for attr in ftype.attributes:
        t = tallies[f"{ftype.name}.{attr}"] = Tally()
        for i, j in pairs.items():
            if attr not in gold[i]:
                continue
            t.gold += 1
            value = system[j].get(attr)
            if value not in (None, ""):
                t.system += 1
            if judge.agrees(attr, gold[i][attr], value):
                t.matched += 1
            elif findings is not None:
                findings.append(Finding(f"{ftype.name}.{attr}", "wrong", gold[i], value))
    if ftype.dated:
        has = ftype.dated
        tallies[f"{ftype.name}.dated"] = Tally(sum(1 for g in gold if g.get(has)),
                                               sum(1 for f in system if f.get(has) not in (None, "")),
                                               sum(1 for i, j in pairs.items() if system[j].get(has) not in (None, "")))
    if findings is not None:
        used = set(pairs.values())
        findings += [Finding(ftype.name, "missing", g) for i, g in enumerate(gold) if i not in pairs]
        findings += [Finding(ftype.name, "spurious", s) for j, s in enumerate(system) if j not in used]
    return tallies


def score_all(gold: Mapping[str, Sequence[Fact]], system: Mapping[str, Sequence[Fact]], judge: Judge,
              findings: list[Finding] | None = None) -> dict[str, Tally]:
    """Tallies for every fact type of one document; a type absent on either side is empty there."""
    out: dict[str, Tally] = {}
    for ftype in FACT_TYPES.values():
        out.update(score(ftype, gold.get(ftype.name, []), system.get(ftype.name, []), judge, findings))
    return out


def merge(into: dict[str, Tally], more: Iterable[tuple[str, Tally]]) -> None:
    for row, tally in more:
        into.setdefault(row, Tally()).add(tally)
