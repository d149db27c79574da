"""Steps stated in sentences and formal notices, each with its own date.

"Senegal ratified the treaty in September 1998": the verb names the step, the State stands
right before it (or after it: "entered into force for Chile on ..."), and the step's date
follows it, introduced by "on" or "in" ("ratified as of 31 March 1999" is a count, not a
date of ratification). Gazette notices are formulaic and read whole ("Schweizerische
Ratifikationsurkunde hinterlegt am 17. Juli 2012"; "hat Palästina am 29. Dezember 2017
seine Zustimmung notifiziert").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ccmgraph.records import PartialDate
from ccmgraph.ingesters.flat.dates import find_dates
from ccmgraph.ingesters.flat.states import StateSpan, state_spans
from ccmgraph.ingesters.treaty_status.foreign import table_state_spans
from ccmgraph.ingesters.treaty_status.words import compiled, words
from ccmgraph.ingesters.treaty_status.yearless import day_month, deposit_year, read_day_month

def _sentence_end() -> re.Pattern[str]:
    """A sentence's end: not the dot of an abbreviation of treaty_status.yml ("St. Vincent")."""
    after = "".join(rf"(?<!\b{re.escape(a)})" for a in words()["abbreviations"])
    return re.compile(rf"{after}[.!?](?=\s+[A-Z(\"“])|\n\s*\n")


_SENTENCE_END = _sentence_end()
def state_slot(name: str = "state") -> str:
    """A notice's State: capitalised words, joined by the small words of treaty_status.yml
    ("Koninkrijk der Nederlanden", "República de Cabo Verde"), as group `name`."""
    joints = "|".join(map(re.escape, words()["state_slot_joints"]))
    return rf"(?P<{name}>[A-ZÄÖÜÉ][\w'’\-]+(?:[ \t]+(?:{joints}|[A-ZÄÖÜÉ][\w'’\-]+))*)"


def date_slot(name: str = "date") -> str:
    """A notice's date, day first in any of the gazettes' languages, as group `name`."""
    return (rf"(?P<{name}>[0-3]?\d(?:\.|er|\.?º|o(?=\s+de\s))?\s*(?:de\s+)?[A-Za-zäéûçÄ]+\.?\s+(?:de\s+)?\d{{4}}"
            r"|[0-3]?\d[./-][01]?\d[./-]\d{4})")


def slot_state(written: str) -> str | None:
    """The one State a slot names from its start (in any language of the name tables)."""
    spans = table_state_spans(written)
    return spans[0].written if len(spans) == 1 and spans[0].start == 0 else None


@dataclass(frozen=True)
class Stated:
    """A step a sentence or notice states: State (as written), step, date, where it was read."""

    state: str
    event: str
    date: PartialDate
    start: int
    end: int


def read_prose(text: str, page_state: str | None) -> Iterator[Stated]:
    """Every step `text` states in sentences or notices, in text order."""
    yield from notices(text, page_state)
    yield from _sentences(text, page_state)
    yield from listed(text)
    yield from bracketed(text)


def bracketed(text: str) -> Iterator[Stated]:
    """A State with its steps in brackets after it, each a step's word and its date ("Afghanistan
    (signed 3 December 2008, ratified 8 September 2011)", "Andorra (acceded 9 April 2013)"), as
    the Monitor's status lists write them; only a bracket read whole counts."""
    steps = compiled("bracket_steps")
    for state in table_state_spans(text):
        m = re.match(r"[ \t]*\(([^()\n]{8,160})\)", text[state.end : state.end + 170])
        if m is None:
            continue
        inside, pos, found = m[1], 0, []
        for date in find_dates(inside):
            lead = inside[pos : date.start]
            word = re.fullmatch(r"\s*(?:[,;]\s*)?(?:and\s+)?(?P<word>[A-Za-z][A-Za-z ]{2,30}?)\s*:?\s*(?:on\s+)?", lead)
            kind = next((k for k, rx in steps.items() if word and rx.fullmatch(word["word"])), None)
            if kind is None or not date.date.complete and date.date.year is None:
                break
            found.append((kind, date.date))
            pos = date.end
        else:
            if found and not inside[pos:].strip():
                yield from (Stated(state.written, kind, date, state.start, state.end + m.end()) for kind, date in found)


def listed(text: str) -> Iterator[Stated]:
    """A sentence naming one step, then a colon and States each with its date in brackets
    ("Four signatory states have ratified the treaty since ...: Ukraine (December 2005), Haiti
    (February 2006) and Brunei (April 2006)"). Only a list read whole counts."""
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    for a, b in zip(cuts, cuts[1:]):
        colon = text.find(":", a, b)
        if colon < 0:
            continue
        named = {event for event, rx in compiled("verbs").items() if rx.search(text, a, colon)}
        if len(named) != 1 or (event := named.pop()) == "entry_into_force":
            continue
        items = list(_items(text, colon + 1, b))
        if items:
            yield from (Stated(state.written, event, date, state.start, end) for state, date, end in items)


def _items(text: str, start: int, stop: int) -> Iterator[tuple[StateSpan, PartialDate, int]]:
    """The "State (date)" items of text[start:stop], or none unless the whole run is such items."""
    pos, found = start, []
    for state in state_spans(text[start:stop]):
        if state.start + start < pos:
            continue
        if not re.fullmatch(words()["list_joint"], text[pos : start + state.start]):
            return
        m = re.match(r"\s*\(([^()]{3,40})\)", text[start + state.end : stop])
        dates = find_dates(m[1]) if m else []
        if not m or len(dates) != 1 or dates[0].end - dates[0].start != len(m[1].strip()):
            return
        pos = start + state.end + m.end()
        found.append((StateSpan(start + state.start, start + state.end, state.written, state.iso3), dates[0].date, pos))
    if found and re.fullmatch(r"\s*[.;]?\s*", text[pos:stop]):
        yield from found


@cache
def _notice_patterns() -> list[re.Pattern[str]]:
    instruments = "|".join(f"(?P<i_{k}>{v})" for k, v in words()["notice_instruments"].items())
    out = []
    for raw in words()["notices"]:
        rx = raw.replace("{state}", state_slot()).replace("{date}", date_slot())
        rx = rx.replace("{instrument}", f"(?i:{instruments})")
        out.append(re.compile(rx))
    return out


def notices(text: str, page_state: str | None) -> Iterator[Stated]:
    """The steps the formal notices of `text` state (a gazette's, a depositary's, a legal database's)."""
    for rx in _notice_patterns():
        for m in rx.finditer(text):
            groups = m.groupdict()
            event = "entry_into_force" if groups.get("eif") else "signature" if groups.get("signed") is not None else next(
                (k[2:] for k, v in groups.items() if k.startswith("i_") and v), None)
            dates = find_dates(m["date"])
            state = _notice_state(groups, page_state)
            if event and dates and dates[0].date.complete and state:
                yield Stated(state, event, dates[0].date, m.start(), m.end())


def _notice_state(groups: dict[str, str | None], page_state: str | None) -> str | None:
    if groups.get("adjective"):
        return str(words()["adjectives"].get(groups["adjective"], "")) or None
    written = groups.get("state")
    if written:
        return slot_state(written)
    return page_state


def _sentences(text: str, page_state: str | None) -> Iterator[Stated]:
    states = state_spans(text)
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    paragraphs = [0, *(m.end() for m in re.finditer(r"\n\s*\n", text))]
    for a, b in zip(cuts, cuts[1:]):
        inside = [s for s in states if a <= s.start < b]
        opened = max(p for p in paragraphs if p <= a)
        paragraph = [s for s in states if opened <= s.start < b]
        yield from _in_sentence(text, a, b, inside, page_state, paragraph)


def _it(paragraph: list[StateSpan], at: int, page_state: str | None) -> str | None:
    """The State "it" at `at` stands for: the one State its paragraph names before it ("São Tomé
    e Príncipe did not take part ..., but it signed the treaty on 30 April 1998"), none when the
    paragraph names several, the page's own when it names none."""
    named = [s for s in paragraph if s.end <= at]
    if not named:
        return page_state
    return named[0].written if len({s.iso3 for s in named}) == 1 else None


def _in_sentence(text: str, a: int, b: int, states: list[StateSpan], page_state: str | None,
                 paragraph: list[StateSpan]) -> Iterator[Stated]:
    verbs = sorted(((m.start(), m.end(), event, section == "verbs_carried")
                    for section in ("verbs", "verbs_carried") for event, rx in compiled(section).items()
                    for m in rx.finditer(text, a, b)), key=lambda v: v[0])
    subject: StateSpan | None = None
    stated: StateSpan | None = None  # the State of the sentence's last dated step, for "for it"
    for start, end, event, carried in verbs:
        before = [s for s in states if s.end <= start]
        gap_ok = not carried and before and re.match(words()["subject_gap"], text[before[-1].end : start])
        if gap_ok:
            subject = before[-1]
        elif not carried and (it := _it(paragraph, start, page_state)) \
                and re.search(words()["page_subject"], text[max(a, start - 16) : start]):
            subject = StateSpan(start, start, it, "")
        elif subject is None or not re.search(words()["carried_subject"], text[max(a, start - 30) : start]):
            subject = None
            continue
        date = _own_date(text, end, b, [v[0] for v in verbs])
        if subject and date:
            stated = subject
            yield Stated(subject.written, event, date, subject.start, end)
    for event, rx in compiled("verbs_state_after").items():
        for m in rx.finditer(text, a, b):
            after = [s for s in states if s.start >= m.end() and not text[m.end() : s.start].strip(" \t,the")]
            own = re.match(r"\s*(?:the\s+)?country\b", text[m.end() : b]) if page_state else None
            if own and page_state:
                after = [StateSpan(m.end(), m.end() + own.end(), page_state, "")]
            pronoun = re.match(r"\s*it\b", text[m.end() : b]) if stated is not None and stated.end <= m.start() else None
            if pronoun and stated is not None:  # "acceded ... on 20 August 2014 and the treaty will enter into force for it on"
                after = [StateSpan(m.end(), m.end() + pronoun.end(), stated.written, stated.iso3)]
            if after:
                date = _own_date(text, after[0].end, b, [])
                if date:
                    yield Stated(after[0].written, event, date, m.start(), after[0].end)


def _own_date(text: str, pos: int, stop: int, verb_starts: list[int]) -> PartialDate | None:
    """The date a verb's clause gives right after it: introduced by "on"/"in", before any other
    verb, with no yearless date or other step's word between ("acceded on 15 August, with entry
    into force on 1 February 2008": that date is not the accession's)."""
    reach = min(stop, pos + int(words()["date_reach"]), *[v for v in verb_starts if v > pos] or [stop])
    for span in find_dates(text[pos:reach]):
        lead = text[pos : pos + span.start]
        if re.search(words()["date_lead"], lead) and not re.search(r"[.;]", lead) \
                and not day_month().search(lead) and not compiled("instruments")["entry_into_force"].search(lead):
            return span.date
        return None
    return _yearless(text, pos, reach, stop)


def _yearless(text: str, pos: int, reach: int, stop: int) -> PartialDate | None:
    """A yearless date right after the verb, its year from the entry into force the clause gives next."""
    lead = re.compile(words()["date_lead"].replace(r"\s+$", r"\s+"))
    for m in day_month().finditer(text, pos, reach):
        before = text[pos : m.start()]
        if not re.search(lead.pattern + "$", before) or re.search(r"[.;]", before):
            return None
        eif = re.match(words()["eif_after_deposit"], text[m.end() : stop], re.IGNORECASE)
        dates = find_dates(text[m.end() + eif.end() : stop]) if eif else []
        day = read_day_month(m.group(0))
        if not dates or dates[0].start != 0 or day is None:
            return None
        return deposit_year(*day, dates[0].date)
    return None
