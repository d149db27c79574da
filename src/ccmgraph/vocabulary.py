"""The field's vocabulary (vocabulary/*.yml), read once and asked through typed functions.

Convention names, meeting names and ordinals, honorifics, role words and the conventions'
bodies are data; ingesters and the resolver ask here instead of writing their own patterns,
so that "Seventh Meeting of States Parties" and "7MSP" are one meeting everywhere.

>>> convention_of("a side event at the Mine Ban Convention intersessional meetings")
'apmbc'
>>> ordinal("Seventh"), ordinal("21st"), ordinal("twenty-first"), ordinal("Sventh")
(7, 21, 21, None)
>>> [(m.kind, m.convention, m.number) for m in meeting_mentions("the 7MSP and the Second Review Conference of the APMBC")]
[('msp', None, 7), ('revcon', 'apmbc', 2)]
>>> [m.text for m in meeting_mentions("at the CCM 1MSP")]
['CCM 1MSP']
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from ccmgraph.errors import InputError
from ccmgraph.paths import ingest_dir, vocabulary_dir


@cache
def _load(name: str) -> dict[str, Any]:
    path = vocabulary_dir() / f"{name}.yml"
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read the vocabulary ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: a vocabulary file holds a mapping")
    return data


def phrase_pattern(written: str) -> str:
    """A written form as a regular expression: blanks are any blanks, "(the)" may be left out
    (a word in capitals in parentheses, "(CCW)", is written as it stands),
    "meeting(s)" may drop its last letter, a dot may be left out, a hyphen may be followed by
    a blank (a line broken there, then flattened: "Anti- Personnel") and may be an en dash
    ("Siem Reap–Angkor").

    >>> re.fullmatch(phrase_pattern("Meeting of (the) States Parties"), "Meeting of  States Parties") is not None
    True
    """
    out, started = "", False
    for word in written.split():
        optional = re.fullmatch(r"\(([a-z]+)\)", word)
        if optional:
            bare = re.escape(optional.group(1))
            out += rf"(?:\s+{bare})?" if started else rf"(?:{bare}\s+)?"
            continue
        plural = word.endswith("(s)")
        body = re.escape(word[:-3] if plural else word).replace(r"\.", r"\.?").replace(r"\-", r"[-‐–]\s?") \
            + ("s?" if plural else "")
        out += rf"\s+{body}" if started else body
        started = True
    return out


def _bounded(pattern: str) -> str:
    return rf"(?<![\w-])(?:{pattern})(?![\w-])"


# ---------------------------------------------------------------- conventions


@dataclass(frozen=True)
class Convention:
    """A convention: its key in the graph, label, names, abbreviations and subject words."""

    key: str
    label: str
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    about: tuple[str, ...]
    domains: tuple[str, ...] = ()  # its own web and e-mail domains ("apminebanconvention.org")


@cache
def conventions() -> dict[str, Convention]:
    """Every convention by key (ccm, apmbc, ccw-p5, ccw)."""
    table = _load("conventions")["conventions"]
    return {
        key: Convention(key, str(entry["label"]), tuple(entry.get("names") or ()),
                        tuple(entry.get("abbreviations") or ()), tuple(entry.get("about") or ()),
                        tuple(entry.get("domains") or ()))
        for key, entry in table.items()
    }


@cache
def _convention_regex() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern for every form, and the convention key of each numbered group."""
    forms: list[tuple[str, str, bool]] = []
    for entry in conventions().values():
        forms += [(name, entry.key, False) for name in entry.names]
        forms += [(abbr, entry.key, True) for abbr in entry.abbreviations]
    forms.sort(key=lambda f: -len(f[0]))
    not_before = "|".join(phrase_pattern(w) for w in _load("conventions").get("abbreviation_not_before", []))
    alternatives = []
    for i, (written, _, capitals) in enumerate(forms):
        body = phrase_pattern(written)
        if capitals:
            guard = rf"(?![\s-]+(?:{not_before})\b)" if not_before else ""
            alternatives.append(rf"(?P<c{i}>(?-i:{body}){guard})")
        else:
            alternatives.append(rf"(?P<c{i}>{body})")
    return re.compile(_bounded("|".join(alternatives)), re.IGNORECASE), tuple(key for _, key, _ in forms)


def convention_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of every convention named in `text`, longest form first, no overlaps.

    >>> convention_spans("the CCM ISU and Protocol V of the CCW")
    [(16, 37, 'ccw-p5')]
    """
    regex, keys = _convention_regex()
    return [(m.start(), m.end(), keys[int((m.lastgroup or "c0")[1:])]) for m in regex.finditer(text)]


def convention_of(text: str) -> str | None:
    """The key of the first convention `text` names, else None."""
    spans = convention_spans(text)
    return spans[0][2] if spans else None


def conventions_about(text: str) -> list[str]:
    """Keys of the conventions `text` names or is about (its subject words), most often first."""
    counts: dict[str, int] = {}
    for _, _, key in convention_spans(text):
        counts[key] = counts.get(key, 0) + 1
    for entry in conventions().values():
        for word in entry.about:
            hits = len(re.findall(_bounded(phrase_pattern(word)), text, re.IGNORECASE))
            if hits:
                counts[entry.key] = counts.get(entry.key, 0) + hits
    return sorted(counts, key=lambda k: -counts[k])


# ---------------------------------------------------------------- ordinals and meetings


@cache
def _ordinal_words() -> dict[str, int]:
    """Ordinal words by number: English, then the other languages' (meetings.yml)."""
    found = {str(w).lower(): i for i, w in enumerate(_load("meetings")["ordinals"], start=1)}
    found.update({w.replace("-", " "): i for w, i in list(found.items()) if "-" in w})  # "Twenty First"
    for table in ("ordinals_other_languages", "ordinals_portuguese", "ordinals_german", "ordinals_dutch"):
        for number, words in (_load("meetings").get(table) or {}).items():
            found.update({str(w).lower(): int(number) for w in words})
    return found


@cache
def ordinal_pattern() -> str:
    """A regular expression (no groups) for an ordinal in words or figures ("Seventh", "7th")."""
    words = sorted(_ordinal_words(), key=len, reverse=True)
    suffixes = "|".join(_load("meetings")["ordinal_suffixes"])
    return rf"(?:\d{{1,2}}(?:{suffixes})|{'|'.join(re.escape(w) for w in words)})"


def ordinal(word: str) -> int | None:
    """The number an ordinal stands for, in words or figures; a bare number counts too."""
    text = word.strip().lower()
    if re.fullmatch(r"\d{1,2}", text):
        return int(text)
    if re.fullmatch(ordinal_pattern(), text, re.IGNORECASE) and text[0].isdigit():
        return int(re.sub(r"\D", "", text))
    return _ordinal_words().get(text)


@dataclass(frozen=True)
class MeetingKind:
    """A kind of meeting: its IRI segment, record kind, abbreviations and names."""

    key: str
    record: str
    numbered: bool
    abbreviations: tuple[str, ...]
    names: tuple[str, ...]
    convention: str | None = None
    after_ordinal: tuple[str, ...] = ()  # names that name this kind only after an ordinal ("Ninth Conference")
    held_as: tuple[tuple[str, str], ...] = ()  # (convention, the kind it holds instead)
    city: str | None = None  # the one city a meeting of this kind was held in ("Oslo Diplomatic Conference")


@cache
def meeting_kinds() -> dict[str, MeetingKind]:
    return {
        key: MeetingKind(key, str(entry["record"]), bool(entry.get("numbered")),
                         tuple(entry.get("abbreviations") or ()), tuple(entry.get("names") or ()),
                         entry.get("convention"), tuple(entry.get("after_ordinal") or ()),
                         tuple((entry.get("held_as") or {}).items()), entry.get("city"))
        for key, entry in _load("meetings")["kinds"].items()
    }


def kind_held(kind: str, convention: str | None) -> str:
    """The kind of meeting `convention` holds where a text names `kind` (meetings.yml `held_as`):
    Protocol V's "Conference of the States Parties" is its Conference of the High Contracting Parties.

    >>> kind_held("msp", "ccw-p5"), kind_held("msp", "ccm"), kind_held("revcon", "ccw-p5")
    ('hcp-conference', 'msp', 'revcon')
    """
    entry = meeting_kinds().get(kind)
    return dict(entry.held_as).get(convention or "", kind) if entry is not None else kind


def abbreviation_kind(abbreviation: str) -> str | None:
    """The kind an abbreviation after a number stands for ("MSP" -> msp, "RevCon" -> revcon)."""
    for kind in meeting_kinds().values():
        if abbreviation.lower() in (a.lower() for a in kind.abbreviations):
            return kind.key
    return None


@dataclass(frozen=True)
class NamedMeeting:
    """A meeting known by a name of its own (meetings.yml `named_meetings`): "the Cartagena Summit
    on a Mine-Free World" is the APMBC's Second Review Conference, held in Cartagena."""

    convention: str
    kind: str
    number: int
    city: str | None
    names: tuple[str, ...]
    short: tuple[str, ...] = ()  # names that are no meeting where "on", "of" ... follows (`named_not_before`)


@cache
def named_meetings() -> tuple[NamedMeeting, ...]:
    kinds = meeting_kinds()
    found = []
    for entry in _load("meetings").get("named_meetings") or []:
        if entry["kind"] not in kinds or entry["convention"] not in conventions():
            raise InputError(f"meetings.yml: named meeting {entry.get('names')!r}: unknown kind or convention")
        found.append(NamedMeeting(str(entry["convention"]), str(entry["kind"]), int(entry["number"]),
                                  entry.get("city"), tuple(str(n) for n in entry.get("names") or ()),
                                  tuple(str(n) for n in entry.get("short") or ())))
    return tuple(found)


@cache
def _named_alternative() -> tuple[str, tuple[int, ...]]:
    """One alternative, groups n0, n1 ..., for every name of `named_meetings`, longest first, and
    the named meeting of each group."""
    forms = [(n, i, False) for i, m in enumerate(named_meetings()) for n in m.names]
    forms += [(n, i, True) for i, m in enumerate(named_meetings()) for n in m.short]
    forms.sort(key=lambda f: -len(f[0]))
    words = "|".join(re.escape(str(w)) for w in _load("meetings").get("named_not_before") or [])
    guard = rf"(?!\s+(?:{words})\b(?!\s+\d))" if words else ""
    parts = [rf"(?P<n{j}>{phrase_pattern(name)}){guard if short else ''}" for j, (name, _, short) in enumerate(forms)]
    return "|".join(parts), tuple(i for _, i, _ in forms)


@dataclass(frozen=True)
class MeetingMention:
    """A meeting named in a text: kind, convention (None when the text does not say), number."""

    kind: str
    convention: str | None
    number: int | None
    start: int
    end: int
    text: str
    city: str | None = None  # the city a meeting's own name says it was held in ("the Cartagena Summit")

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@cache
def _meeting_regex() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern for every way of naming a meeting, and the kind of each numbered name group."""
    kinds = meeting_kinds()
    abbreviations = sorted((a for k in kinds.values() for a in k.abbreviations), key=len, reverse=True)
    abbr = "|".join(re.escape(a) for a in abbreviations)
    named, _ = _named_alternative()  # first: "the Oslo Review Conference" is no bare "Review Conference"
    alternatives = [named] if named else []
    alternatives += [rf"(?P<num>\d{{1,2}})(?:{'|'.join(_load('meetings')['ordinal_suffixes'])})?\s?(?-i:(?P<abbr>{abbr}))"]
    names: list[tuple[str, str]] = sorted(((n, k.key) for k in kinds.values() for n in k.names),
                                          key=lambda f: -len(f[0]))
    fillers = "|".join(re.escape(w) for w in _load("meetings").get("ordinal_fillers", []))
    filler = rf"(?:(?:{fillers})\s+){{0,2}}" if fillers else ""  # "the first ever informal Meeting of Experts"
    # the ordinal is tried once before all names (longest first), not once per name: the
    # pattern is tried at every word, and trying the ordinal words per name made it slow
    named = "|".join(rf"(?P<k{i}>{phrase_pattern(name)})" for i, (name, _) in enumerate(names))
    alternatives.append(rf"(?:(?:(?P<ord>{ordinal_pattern()})|{_roman_pattern()})\s+{filler})?(?:{named})")
    # a name that is this kind only after an ordinal, and not as the head of another's name
    # ("the Ninth Conference", never "the Conference decided" nor "the Second Conference on ...")
    short = sorted(((n, k.key) for k in kinds.values() for n in k.after_ordinal), key=lambda f: -len(f[0]))
    not_after = "|".join(re.escape(w) for w in _load("meetings").get("not_after_ordinal_names", []))
    # ... unless a day follows the word: "the Third Conference on 10 November 2009" is the Conference
    guard = rf"(?!\s+(?:{not_after})\b(?!\s+\d))" if not_after else ""
    shorts: list[str] = []
    for i, (name, _) in enumerate(short, start=len(names)):
        shorts.append(rf"(?P<k{i}>(?-i:{phrase_pattern(name)}))")
    if shorts:
        alternatives.append(rf"(?-i:(?=[A-Z\d]))(?P<sord>{ordinal_pattern()})\s+(?:{'|'.join(shorts)}){guard}")
    alternatives.append(rf"(?-i:(?P<bare>{abbr}))")
    tail = rf"(?:\s*\(\s*\d{{0,2}}\s?(?-i:{abbr})\s*\))?"
    regex = re.compile(_bounded("|".join(f"(?:{a})" for a in alternatives)) + tail, re.IGNORECASE)
    return regex, tuple(key for _, key in [*names, *short])


@cache
def _roman_numbers() -> dict[str, int]:
    """Roman numerals that number meetings in Spanish and French ("la XII Reunión"), by number."""
    return {str(r): i for i, r in enumerate(_load("meetings").get("roman_ordinals") or [], start=1)}


def _roman_pattern() -> str:
    """A group `rom` for a Roman numeral in capitals that stands for an ordinal, with the French or
    Spanish ending of meetings.yml `roman_suffixes` ("la IVe conférence"): never right after a word
    of `roman_not_after` ("Protocol V Meeting of Experts")."""
    numerals = sorted(_roman_numbers(), key=len, reverse=True)
    if not numerals:
        return "(?!)"
    guards = "".join(rf"(?<!{re.escape(w)}\s)" for w in _load("meetings").get("roman_not_after") or [])
    suffixes = sorted((str(x) for x in _load("meetings").get("roman_suffixes") or []), key=len, reverse=True)
    suffix = rf"(?-i:{'|'.join(re.escape(x) for x in suffixes)})?" if suffixes else ""
    return rf"(?-i:(?=[IVX])){guards}(?-i:(?P<rom>{'|'.join(numerals)})){suffix}"  # the cheap test first


@cache
def _convention_after() -> re.Pattern[str]:
    """The words that join a meeting's name to the convention after it (meetings.yml `convention_after`)."""
    words = sorted((str(w) for w in _load("meetings")["convention_after"]), key=len, reverse=True)
    joins = "|".join(phrase_pattern(w) + (r"\s*" if w[-1] in "'’" else r"\s+") for w in words)
    return re.compile(rf"\s*(?:{joins})", re.IGNORECASE)


@cache
def _other_instrument() -> re.Pattern[str]:
    """The words after a meeting's name that make it another instrument's (meetings.yml says which)."""
    return re.compile(str(_load("meetings")["other_instrument_after"]), re.IGNORECASE)


def other_instrument_meetings(text: str) -> list[tuple[int, int]]:
    """Spans of the meetings `text` names that are another instrument's (meetings.yml
    `other_instrument_after`): "the Twelfth Annual Conference of the High Contracting Parties to
    Amended Protocol II", the name and the words that make it so.

    >>> other_instrument_meetings("President of the Twelfth Annual Conference of the High Contracting Parties to Amended Protocol II")
    [(17, 97)]
    """
    regex, _ = _meeting_regex()
    other = _other_instrument()
    return [(m.start(), after.end()) for m in regex.finditer(text) if (after := other.match(text, m.end()))]


def _convention_near(text: str, start: int, end: int) -> tuple[str | None, int, int]:
    """The convention written right after ("... of the APMBC") or right before ("CCM 7MSP"),
    and the span of the meeting's name with it."""
    after = _convention_after().match(text, end)
    if after:
        spans = convention_spans(text[after.end() : after.end() + 140])
        if spans and spans[0][0] == 0:
            return spans[0][2], start, after.end() + spans[0][1]
    before = text[max(0, start - 140) : start]
    spans = convention_spans(before)
    if spans and re.fullmatch(r"(?:'s|’s)?\s*", before[spans[-1][1] :]):
        return spans[-1][2], start - len(before) + spans[-1][0], end
    return None, start, end


def _possessed(text: str, start: int) -> bool:
    """Whether the ordinal at `start` counts someone's meetings, not the series: "Guyana attended
    its first Meeting of States Parties in September 2003" (its fifth). "The Convention held its
    first Meeting of States Parties" is the series' (meetings.yml `possessives`): the clause names
    the convention right before, with at most a few lower-case words between."""
    table = _load("meetings")["possessives"]
    before = text[max(0, start - 160) : start]
    m = re.search(rf"(?<![\w-])(?:{'|'.join(map(re.escape, table['words']))})\s+$", before, re.IGNORECASE)
    if m is None:
        return False
    clause = re.split(r"[.;:!?]", before[: m.start()])[-1]
    gap = r"(?:\s*\([^()]{0,40}\))?\s*,?\s*(?:[a-z]+\s+){0,3}"
    spans = convention_spans(clause)
    if spans and re.fullmatch(gap, clause[spans[-1][1] :]):
        return False
    return re.search(rf"\b(?:{table['owners']}){gap}$", clause, re.IGNORECASE) is None


def meeting_mentions(text: str) -> Iterator[MeetingMention]:
    """Every meeting named in `text`: "7MSP", "Seventh Meeting of States Parties", "the 2nd
    Review Conference (2RC) of the APMBC", "APMBC intersessional meetings"; earliest first.
    The span takes in the convention when it is written next to the name."""
    regex, keys = _meeting_regex()
    other = _other_instrument()
    for m in regex.finditer(text):
        if other.match(text, m.end()):
            continue  # the same name, held under another of the CCW's protocols
        begin = m.start()
        named = next((int(g[1:]) for g, v in m.groupdict().items() if g[0] == "n" and g[1:].isdigit() and v), None)
        if named is not None:
            meeting = named_meetings()[_named_alternative()[1][named]]
            _, start, end = _convention_near(text, begin, m.end())  # its own convention, whatever is written
            yield MeetingMention(meeting.kind, meeting.convention, meeting.number, start, end,
                                 " ".join(text[start:end].split()), meeting.city)
            continue
        if m.group("num"):
            kind, number = abbreviation_kind(m.group("abbr")) or "", int(m.group("num"))
        elif m.group("bare"):
            kind, number = abbreviation_kind(m.group("bare")) or "", None
        else:
            index = next(int(g[1:]) for g, v in m.groupdict().items() if g.startswith("k") and v)
            kind = keys[index]
            written = m.group("ord") or m.group("sord") or m.group("rom")
            number = (_roman_numbers()[written] if m.group("rom") else ordinal(written)) if written else None
            if written and _possessed(text, m.start()):
                number, begin = None, m.start(f"k{index}")  # the owner's count is no part of the name
        convention, start, end = _convention_near(text, begin, m.end())
        owner = meeting_kinds()[kind].convention or convention
        yield MeetingMention(kind_held(kind, owner), owner, number, start, end, " ".join(text[start:end].split()))


@cache
def host_cities() -> frozenset[str]:
    """Cities that have hosted the conventions' meetings, by English name (meetings.yml)."""
    return frozenset(str(c) for c in _load("meetings").get("host_cities") or [])


# ---------------------------------------------------------------- people


@cache
def honorifics() -> dict[str, tuple[str, ...]]:
    """Canonical honorific -> the forms it is written in ("Ambassador" -> Ambassador, Amb.)."""
    return {str(k): tuple(str(w) for w in v) for k, v in _load("people")["honorifics"].items()}


def _honorific_body(written: str) -> str:
    """One written honorific as it may appear: dots optional, a space after a dot allowed."""
    letters = re.escape(written).replace(r"\.", r"\.?\s?")
    return letters[: -len(r"\s?")] if letters.endswith(r"\.?\s?") else letters


@cache
def initial_honorifics() -> dict[str, frozenset[str]]:
    """Honorifics also written as a given name's initial ("M.") -> the canonical honorifics they
    may follow (people.yml `initial_honorifics`)."""
    table = _load("people").get("initial_honorifics") or {}
    return {str(f): frozenset(str(h) for h in after or []) for f, after in table.items()}


_CAPITAL = "A-ZÀ-ÖØ-ÝĀ-Ž"


def _initial_body(written: str) -> str:
    """An initial honorific as written, not after a digit nor after an honorific it may not
    follow ("Mr. M. Shameem Ahsan"), before two capitalised words (particles between them
    allowed): "M. Jean Lint", "S.E. M. Jean de Crombrugghe", never "M. Biontino"."""
    inside = "|".join(sorted(particles(), key=len, reverse=True))
    others = {v for canonical, forms in honorifics().items() if canonical not in initial_honorifics()[written]
              for f in forms for v in (f, f.rstrip("."), f.upper(), f.upper().rstrip(".")) if f != written}
    behind = "".join(rf"(?<!{re.escape(f + ' ' + written)})" for f in sorted(others))
    return (rf"(?<!\d)(?<!\d\s){re.escape(written)}{behind}"
            rf"(?=\s+[{_CAPITAL}](?:[\w'’-]+|\.)\s+(?:(?:{inside})\s+)*[{_CAPITAL}])")


@cache
def honorific_pattern(with_titles: bool = False) -> str:
    """A regular expression (no groups) for one honorific as written, or in capitals; with
    `with_titles`, also the role words prose puts before a name ("Minister")."""
    initials = set(initial_honorifics())
    written = {f for forms in honorifics().values() for f in forms} - initials
    if with_titles:
        written |= {str(t) for t in _load("people").get("titles_before_names", [])}
    ordered = sorted(written, key=len, reverse=True)
    bodies = [_honorific_body(f) for f in ordered] + [_honorific_body(f.upper()) for f in ordered]
    bodies += [_initial_body(f) for f in sorted(initials)]
    return r"(?:" + "|".join(dict.fromkeys(bodies)) + r")(?![\w])\.?"


def canonical_honorific(written: str) -> str | None:
    """The canonical form of a written honorific ("amb" is not one; "Amb" and "AMB." are)."""
    bare = re.sub(r"[\s.]", "", written)
    for canonical, forms in honorifics().items():
        for form in forms:
            plain = re.sub(r"[\s.]", "", form)
            if bare in (plain, plain.upper()):
                return canonical
    return None


@cache
def titles_before_names() -> tuple[str, ...]:
    """Role words prose puts before a name the way it puts an honorific ("Minister")."""
    return tuple(str(t) for t in _load("people").get("titles_before_names", []))


@cache
def titled_given_names() -> frozenset[str]:
    """Canonical royal titles that are part of a name before one given name ("Princess Astrid")."""
    return frozenset(str(t) for t in _load("people").get("titled_given_names", []))


@cache
def title_keys() -> dict[str, str]:
    """A royal title as French or Spanish write it -> its English form, for a name's key
    ("Princesse" -> "Princess")."""
    return {str(k): str(v) for k, v in (_load("people").get("title_keys") or {}).items()}


@cache
def royal_honorifics() -> frozenset[str]:
    """Canonical honorifics of a royal, whose trailing "de <State>" is their State, not their name."""
    return frozenset(str(t) for t in _load("people").get("royal_honorifics", []))


@cache
def role_words() -> tuple[str, ...]:
    """Words that name a job ("Counsellor", "Permanent Representative"), longest first."""
    return tuple(sorted((str(w) for w in _load("people")["role_words"]), key=len, reverse=True))


@cache
def role_pattern() -> str:
    """A regular expression (no groups) for one role word, to be used case-insensitively."""
    return r"\b(?:" + "|".join(re.escape(w) for w in role_words()) + r")\b"


@cache
def particles() -> frozenset[str]:
    """Lower-case words inside a name ("van", "der")."""
    return frozenset(str(w) for w in _load("people")["particles"])


@cache
def head_posts() -> dict[str, tuple[str, ...]]:
    """Posts that name the organisation they serve without its name: organisation -> posts
    (people.yml `head_posts`)."""
    table = _load("people").get("head_posts") or {}
    return {str(k): tuple(str(p) for p in v) for k, v in table.items()}


@cache
def head_post_leads() -> tuple[str, ...]:
    """Words written before a head post that are still part of it ("United Nations")."""
    return tuple(str(w) for w in _load("people").get("head_post_leads", []))


def bullets() -> str:
    """A regular expression for a list mark that may open a line."""
    return str(_load("people")["bullets"])


# ---------------------------------------------------------------- bodies and plans


@cache
def bodies() -> dict[str, dict[str, Any]]:
    return dict(_load("bodies")["bodies"])


def body_organisation(name: str, convention: str) -> str | None:
    """The organisation a bare body name means under a convention ("ISU" in CCM text: "CCM ISU")."""
    folded = " ".join(re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).lower().split())
    for body in bodies().values():
        if folded in (n.lower() for n in body.get("names", ())):
            return (body.get("organisation") or {}).get(convention)
    return None


def contextual_names() -> tuple[str, ...]:
    """Body names whose organisation depends on the convention of the text ("ISU")."""
    return tuple(n for b in bodies().values() if b.get("organisation") for n in b["names"])


@dataclass(frozen=True)
class ActionPlan:
    """An action plan of action_plans.csv: key, convention, the place it is named after, abbreviations."""

    key: str
    convention: str
    name: str
    abbreviations: tuple[str, ...]
    adopted_at: str | None = None  # the short name of the meeting that adopted it ("1MSP", "3RC")


@cache
def action_plans() -> tuple[ActionPlan, ...]:
    """The plans of ingest/reference/action_plans.csv (the one place they are written)."""
    path = ingest_dir() / "reference" / "action_plans.csv"
    if not path.is_file():
        return ()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    plans = []
    for row in rows:
        name = re.split(r"\s+(?:Action\s+Plan|Plan\s+of\s+Action)\b", row.get("title") or "")[0].strip()
        abbreviations = tuple(a.strip() for a in (row.get("abbreviation") or "").split(";") if a.strip())
        plans.append(ActionPlan(row["key"], row.get("convention") or "", name, abbreviations,
                                (row.get("adopted_at") or "").strip() or None))
    return tuple(plans)


def clear_caches() -> None:
    """Read the vocabulary again (tests switch CCMGRAPH_DATA)."""
    for function in (_load, conventions, _convention_regex, _ordinal_words, ordinal_pattern, meeting_kinds,
                     _meeting_regex, honorifics, honorific_pattern, role_words, role_pattern, particles,
                     bodies, action_plans, _other_instrument, _roman_numbers, _convention_after, host_cities,
                     named_meetings, _named_alternative):
        function.cache_clear()
