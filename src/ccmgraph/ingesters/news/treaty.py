"""Treaty events a sentence reports: a State's ratification, accession or entry into force, with ITS date.

"Palau ratified the Convention on 19 April 2016", "Saint Lucia deposited its instrument of
accession on 15 September 2020", "the Convention will enter into force for Niue on 1 February
2021", "Madagascar was the most recent state to ratify the convention on 20 May 2017". The
event word decides the kind (treaty.yml); the date is the one the event's own words lead to
(no other event word and no sentence end between them), or the one a deposit is dated by
before it ("has today 6 August 2020, deposited its instrument of accession"), and the State is the subject named
before the event word, or the one "for <State>" names after "enter into force". The
convention's own entry into force ("entered into force on 1 August 2010") names no State and
gives nothing.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ccmgraph.paths import ingest_dir
from ccmgraph.reference.tables import read_table
from ccmgraph.resolve.actors import lookup_foreign_state
from ccmgraph.records import ActorRef, PartialDate, TreatyEvent, TreatyEventKind, Warning_
from ccmgraph.ingesters.news.dating import ArticleDate, DateSpan, date_spans, near_year, past_year
from ccmgraph.ingesters.news.items import Item, Paragraph
from ccmgraph.ingesters.news.text import FoundActor, Recogniser, Sentence, conventions, sentences


@cache
def treaty_words() -> dict[str, Any]:
    """treaty.yml, the words of treaty events in news (the same mapping on every call: never change it)."""
    with open(Path(__file__).with_name("treaty.yml"), encoding="utf-8") as fh:
        return dict(yaml.safe_load(fh))


@cache
def _events() -> list[tuple[TreatyEventKind, re.Pattern[str]]]:
    return [(kind, re.compile("".join(str(rx).split()), re.IGNORECASE)) for kind, rx in treaty_words()["events"].items()]


@cache
def regex(name: str) -> re.Pattern[str]:
    """The pattern treaty.yml names `name` (its layout whitespace dropped), case-insensitive."""
    return re.compile("".join(str(treaty_words()[name]).split()), re.IGNORECASE)


def event_words(text: str) -> list[tuple[int, int, TreatyEventKind]]:
    """The treaty-event words of `text` (start, end, kind), in order, none overlapping."""
    found: list[tuple[int, int, TreatyEventKind]] = []
    for kind, rx in _events():
        for m in rx.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), kind))
    return sorted([*found, *_joined(text, found)])


def _joined(text: str, found: list[tuple[int, int, TreatyEventKind]]) -> list[tuple[int, int, TreatyEventKind]]:
    """"joined the CCW Protocol V": a consent to be bound when a convention is named right after
    "joined (the)" and no body of it follows ("joined the CCM Coordination Committee")."""
    spans = conventions(text)
    out: list[tuple[int, int, TreatyEventKind]] = []
    for m in regex("joined").finditer(text):
        named = next((b for a, b, c in spans if a == m.end() and c in ("ccm", "apmbc", "ccw-p5", "ccw")), None)
        if named is None:
            continue
        last = named
        for a, b, _ in sorted(spans):  # "the Convention on Certain Conventional Weapons (CCW) Protocol V": one name
            if a >= m.end() and a - last <= 2:
                last = max(last, b)
        if regex("joined_body_after").match(text, last) or any(a < m.end() and m.start() < b for a, b, _ in found):
            continue
        out.append((m.start(), m.end(), "consent_to_be_bound"))
    return out


def treaty_events(sentence: Sentence, recognise: Recogniser, page_convention: str | None,
                  context: str | None = None, previous: ActorRef | None = None,
                  dated: ArticleDate | None = None, joined: TreatyEvent | None = None) -> Iterator[TreatyEvent]:
    """Each treaty event of a State the sentence reports with a date (one written without its year,
    far from the article's date, gives the event undated); `previous` is the State of the
    event the item reported last ("will enter into force for it on ..."); `dated` is the date of
    the article, for "today" and for a day written without its year close to it; `joined` the
    ratification or accession the sentence right before reported ("It will take effect from")."""
    text = sentence.text
    words = event_words(text)
    if not words and not regex("joining").search(text):
        return
    named = [(a, c) for a, _, c in conventions(text) if c in ("ccm", "apmbc", "ccw-p5")]
    spans = [s for s in date_spans(text, foreign=True) if not _names_year(text, s, named)]
    actors = [(a, b, ref) for a, b, ref in recognise(text) if ref.kind == "state"]
    if page_convention is None and not named:
        return
    seen: set[tuple[str, str, str]] = set()
    subject: ActorRef | None = None
    for index, (start, end, kind) in enumerate(words):
        bound = words[index + 1][0] if index + 1 < len(words) else len(text)
        since = words[index - 1][1] if index else 0
        if regex("latest_set").search(text[since:start]) and regex("plural_noun").fullmatch(text[start:end]):
            continue  # "... Timor Leste (7 May) and the most recent ratifications are Guyana": no State's own
        state = _state(text, start, end, actors, kind, since, bound) or foreign_subject(text, since, start) \
            or (_foreign_for(text[end:bound]) if kind == "entry_into_force" else None)
        if state is None and index and subject is not None and _chained(text, since, start, actors):
            state = subject  # "Chad signed the CCM on ..., ratified on ..."
        if state is None and index and subject is not None and words[index - 1][2] == kind \
                and not any(since <= a < start for a, _, _ in actors) and regex("restated_deposit").search(text[since:start]):
            state = subject  # "... to accede to the CCM after depositing its instrument of accession on ..."
        if state is None and kind != "entry_into_force" and previous is not None and not actors \
                and regex("anaphoric_instrument").search(text[since:start]):
            state = previous  # "The deposit of the instrument of ratification, deposited on ...": the one just reported
        if state is None and kind == "entry_into_force" and regex("for_pronoun").match(text[end:]):
            named_before = [ref for a, b, ref in actors if since <= a and b <= start]
            state = named_before[-1] if named_before else subject or previous  # "entered into force for it on ..."
        after_joined = state is None and kind == "entry_into_force" and joined is not None and not index \
            and bool(regex("treaty_subject").fullmatch(text[:start]))
        if after_joined and joined is not None:
            state = joined.state  # "Nigeria ratified the treaty on ... It will take effect from ..."
        subject = state or subject
        date = _own_date(text, _agent_end(text, end, bound, actors, state), bound, spans) or _date_before(text, start, spans) \
            or _leading_date(text, start, spans, actors)
        when = (with_year(date.date, dated) or _year_after(text, date, spans)) if date is not None \
            else _today(text, since, start, bound, spans, dated)
        if state is None or when is None and (date is None or after_joined):
            continue  # no State, or no date written at all (undated.py reads those, strictly)
        if when is not None and after_joined and joined is not None and not _later_own(when, joined):
            continue
        reach = date.start if date is not None and date.start > start else bound  # a leading date: the clause
        convention = _convention(named, since, start, reach) or _right_after(text, named, date, bound) \
            or _sentence_convention(named, page_convention, text[since:start])
        if convention is None:
            continue  # the sentence names conventions and the event's clause none of them: no guess
        subjects = [*_co_subjects(text, state, start, actors), state]
        if date is not None and date.end_date is not None:  # "X and Y ... on 7 and 8 October respectively"
            days = _respective_days(text, date, start, actors, dated)
            if len(subjects) != len(days):
                continue  # three States for two days, or a subject list the recogniser cut: no pairing
            pairs: list[tuple[ActorRef, PartialDate | None]] = list(zip(subjects, days))
        else:
            pairs = [(each, when) for each in subjects]
        for each, day in pairs:  # a day without its year far from the article's: undated
            seen.add((each.name, kind, day.iso() if day else ""))
            yield TreatyEvent(each, convention, kind, day, sentence.quote(), context)
    latest_of = named[0][1] if named else page_convention
    for found, kind, when in _latest(text, words, spans, actors):
        if (found.name, kind, when.iso()) not in seen and latest_of is not None:
            yield TreatyEvent(found, latest_of, kind, when, sentence.quote(), context)


def item_treaty_events(item: Item, recognise: Recogniser, convention: str | None,
                        dated: ArticleDate | None) -> Iterator[TreatyEvent | Warning_]:
    """The treaty events of an item, sentence by sentence; "for it" in one sentence is the State
    of the event reported last, while the sentences since name no other State. Then the events
    the sentence states without a date (undated.py), unless it dates the same State's step; those
    told in the simple past with, or right after, an occasion of treaty actions of a month ("its
    yearly Treaty Event in New York in late September") take its month (occasion.py). The
    sentences are cut again where the page glued two texts together (glued.py)."""
    from ccmgraph.ingesters.news.german import german_events  # they read this module's table
    from ccmgraph.ingesters.news.glued import treaty_sentences
    from ccmgraph.ingesters.news.listed import listed_events
    from ccmgraph.ingesters.news.nouns import noun_events
    from ccmgraph.ingesters.news.regions import region_lists
    from ccmgraph.ingesters.news.signatories import signatory_events
    from ccmgraph.ingesters.news.undated import counted_list, counted_lists, headed_list, undated_events
    from ccmgraph.ingesters.news.occasion import occasion_month  # it reads this module's table
    previous: ActorRef | None = None
    joined: TreatyEvent | None = None
    before: Sentence | None = None
    occasion: PartialDate | None = None  # the month of the occasion of treaty actions told just before
    year = dated.year if dated is not None else lead_year(item)
    for para in item.paragraphs:
        for sentence in treaty_sentences(para):
            found = list(treaty_events(sentence, recognise, convention, item.key, previous, dated, joined))
            stated = {(e.state.name, e.convention, e.event) for e in found}
            month = occasion_month(sentence.text, dated) or occasion
            undated = [_in_month(e, month, sentence.text)
                       for e in undated_events(sentence, recognise, convention, item.key, year, dated)
                       if (e.state.name, e.convention, e.event) not in stated]
            occasion = occasion_month(sentence.text, dated)
            stated |= {(e.state.name, e.convention, e.event) for e in undated}
            undated += [e for e in noun_events(sentence, recognise, convention, item.key, dated)
                        if (e.state.name, e.convention, e.event) not in stated]
            stated |= {(e.state.name, e.convention, e.event) for e in undated}
            undated += [e for e in signatory_events(sentence, recognise, convention, item.key)
                        if (e.state.name, e.convention, e.event) not in stated]
            stated |= {(e.state.name, e.convention, e.event) for e in undated}
            undated += [e for e in counted_list(before, sentence, recognise, convention, item.key)
                        if (e.state.name, e.convention, e.event) not in stated]
            stated |= {(e.state.name, e.convention, e.event) for e in undated}
            for e in counted_lists(sentence, recognise, convention, item.key, year):
                if isinstance(e, Warning_):
                    yield e
                elif (e.state.name, e.convention, e.event) not in stated:
                    undated.append(e)
            stated |= {(e.state.name, e.convention, e.event) for e in undated}
            undated += [e for e in listed_events(sentence, recognise, convention, item.key)
                        if (e.state.name, e.convention, e.event) not in stated]
            before = sentence
            joined = next((e for e in reversed(found) if e.event in treaty_words()["after_joining"]), None)
            if found:
                previous = found[-1].state
            elif previous is not None and any(ref.kind == "state" for _, _, ref in recognise(sentence.text)):
                previous = None
            yield from found
            yield from undated
        # German: a clause read across the paragraph's sentence cuts ("am 8. Juli 2009")
        yield from german_events(Sentence(para, 0, len(para.text)), convention, item.key)
    yield from headed_list(item.paragraphs, recognise, item.key, convention)
    titled = [Paragraph(item.title, item.line), *item.paragraphs] if item.title.strip() else item.paragraphs
    yield from region_lists(titled, recognise, item.key, convention)  # "14 States Parties (by region)" may be a title
    if item.title.strip():  # a German headline states its step in the perfect tense: "Deutschland hat ... ratifiziert"
        title = Paragraph(item.title, item.line)
        for sentence in sentences(title):
            yield from german_events(sentence, convention, item.key)


def _in_month(event: TreatyEvent, month: PartialDate | None, text: str) -> TreatyEvent:
    """A step its sentence states undated, dated by the month of the occasion of treaty actions
    told in this sentence or the one before (occasion.py), when the sentence tells it in the
    simple past; else as it is."""
    from ccmgraph.ingesters.news.occasion import carried
    if event.date is not None or month is None or not carried(text):
        return event
    return dataclasses.replace(event, date=month)


def lead_year(item: Item) -> int | None:
    """The year of writing of an item with no date of its own: that of the full days its first
    sentence reports ("The 2008 Meeting of Experts ... concluded on Friday, 4 July 2008"), when
    they are of one year; a year alone ("the 2008 Meeting", "the 1980 Convention") is no day."""
    first = next((s for para in item.paragraphs for s in sentences(para)), None)
    if first is None:
        return None
    years = {d.year for span in date_spans(first.text, foreign=True) for d in (span.date, span.end_date)
             if d is not None and d.day is not None and d.year is not None}
    return next(iter(years)) if len(years) == 1 else None


def _later_own(when: PartialDate, joined: TreatyEvent) -> bool:
    """Whether a full day can be the entry into force of the State that joined on `joined`'s day:
    later than that day, and not the convention's own entry into force."""
    if not when.complete or joined.date is None or not joined.date.complete or when.iso() <= joined.date.iso():
        return False
    return when.iso() != _convention_entries().get(joined.convention)


@cache
def _convention_entries() -> dict[str, str]:
    """Each convention's own entry into force (ingest/reference/conventions.csv), ISO."""
    rows = read_table(ingest_dir() / "reference" / "conventions.csv").rows
    return {row.get("key"): row.get("entry_into_force") for row in rows if row.get("entry_into_force")}


def _convention(named: list[tuple[int, str]], since: int, start: int, dated: int) -> str | None:
    """The convention of the event word at `start`: the one its own clause names, before the word
    ("the Mine Ban Treaty will enter into force") or after it ("ratified the CCM on")."""
    before = [c for a, c in named if since <= a < start]
    after = [c for a, c in named if start <= a < dated]
    return before[-1] if before else after[0] if after else None


def _right_after(text: str, named: list[tuple[int, str]], date: DateSpan | None, bound: int) -> str | None:
    """The convention named right after the event's date ("a adhéré le 31 octobre 2006 au protocole V")."""
    if date is None or date.start < 0:
        return None
    after = [(a, c) for a, c in named if date.end <= a < bound and regex("convention_after_date").fullmatch(text[date.end : a])]
    return after[0][1] if after else None


def _sentence_convention(named: list[tuple[int, str]], page_convention: str | None, clause: str) -> str | None:
    """The convention of a sentence whose event's clause names none: the page's where the clause
    says "the convention" or the sentence names none; else the one convention the sentence names
    ("the Mine Ban Treaty kept growing: ... Sudan completed its ratification"); of two, no guess."""
    kinds = {c for _, c in named}
    if not kinds or regex("generic_convention").search(clause):
        return page_convention
    return next(iter(kinds)) if len(kinds) == 1 else None


def foreign_subject(text: str, since: int, start: int) -> ActorRef | None:
    """A State named in French or Spanish right before its event verb ("España ratificó", "la
    Suisse a ratifié"): the subject slot, where only a State stands, so the names of
    state_names_fr_es.csv count there (never one that is also a word or a given name)."""
    m = regex("foreign_subject").search(text[since:start])
    if m is None:
        return None
    state = lookup_foreign_state(m["name"], colliding=False)
    return ActorRef(state.name, "state") if state is not None else None


def _foreign_for(after: str) -> ActorRef | None:
    """A State named in French, Spanish or Portuguese right after an entry into force's "pour" or
    "para" ("entrera en vigueur pour le Soudan du Sud le 1er février 2024"): the slot only a State
    fills, so the names of the name tables count there (never one that is also a word)."""
    m = regex("foreign_for").match(after)
    if m is None:
        return None
    state = lookup_foreign_state(m["name"], colliding=False)
    return ActorRef(state.name, "state") if state is not None else None


def _chained(text: str, since: int, start: int, actors: list[FoundActor]) -> bool:
    """Whether the event word at `start` goes on the clause of the one before, with no State between."""
    return not any(since <= a < start for a, _, _ in actors) and bool(regex("chain").search(text[since:start]))


def _latest(text: str, words: list[tuple[int, int, TreatyEventKind]], spans: list[DateSpan],
            actors: list[FoundActor]) -> Iterator[tuple[ActorRef, TreatyEventKind, PartialDate]]:
    """"..., most recently the Philippines on 3 January 2019": the State and date of the latest
    event of the kind named before it in the sentence."""
    kinds = [*words, *((m.start(), m.end(), "consent_to_be_bound") for m in regex("joining").finditer(text))]
    for a, b, ref in actors:
        date = next((d for d in spans if d.start >= b), None)
        if date is None or date.end_date is not None or date.date.year is None \
                or not regex("latest_date").match(text[b : date.start]):
            continue
        before = [(e, k) for _, e, k in kinds if e <= a]
        after = [k for s, _, k in kinds if s >= date.end and regex("latest_since_after").match(text[date.end : s])]
        if before:
            e, kind = max(before, key=lambda w: w[0])
            if regex("latest_lead").search(text[e:a]) or regex("latest_after_noun").match(text[e:a]):
                yield ref, kind, date.date
        elif after and re.fullmatch(r"\s*since\s+(?:the\s+)?", text[:a], re.IGNORECASE):
            yield ref, after[0], date.date


def _gap_words(text: str, start: int, end: int) -> int:
    """Words between two offsets, a convention's name counting as one ("joined the Convention on
    Certain Conventional Weapons (CCW) Protocol on Explosive Remnants of War (Protocol V) in 2006")."""
    gap = text[start:end]
    for a, b, _ in sorted(conventions(gap), reverse=True):
        gap = gap[:a] + " convention " + gap[b:]
    return len(gap.split())


def _names_year(text: str, span: DateSpan, named: list[tuple[int, str]]) -> bool:
    """A year alone written right before a convention's name is part of the name ("the 1997
    Mine Ban Treaty", "the 2008 Convention on Cluster Munitions"), no event's date."""
    return span.date.month is None and span.end_date is None \
        and any(a >= span.end and not text[span.end : a].strip() for a, _ in named)


def _own_date(text: str, end: int, bound: int, spans: list[DateSpan]) -> DateSpan | None:
    """The first date after the event word, before the next event word, with no limit word before it."""
    for span in spans:
        if span.start < end:
            continue
        if span.start >= bound or span.end_date is not None and not _respectively(text, span):
            return None
        if regex("not_the_event").search(text[end : span.start]):
            return None
        gap = _gap_words(text, end, span.start)
        if gap > int(treaty_words()["max_gap_words"]):
            return None
        if gap > int(treaty_words()["bare_gap_words"]) and not regex("date_introduced").search(text[end : span.start]):
            return None  # a date nothing introduces as the event's: a dateline, a heading's date
        return span
    return None


def _state(text: str, start: int, end: int, actors: list[FoundActor],
           kind: TreatyEventKind, since: int, bound: int) -> ActorRef | None:
    """The State the event is of: "for <State>" after an entry into force, else the subject before."""
    if kind == "entry_into_force":
        after = [ref for a, _, ref in actors if end <= a < bound and regex("for_state").search(text[end:a])]
        if after:
            return after[0]
    before = [(a, b, ref) for a, b, ref in actors if since <= a and b <= start
              and not regex("place_before").search(text[max(0, a - 40) : a])]
    if not before:
        after = [ref for a, _, ref in actors if end <= a < bound and regex("passive_agent").fullmatch(text[end:a])]
        return after[0] if after else None
    a, b, ref = before[-1]
    if text.count(")", b, start) > text.count("(", b, start):
        return None  # "signed (Australia, Fiji and Palau), while two have now ratified": a bracket's States
    if kind == "entry_into_force" and regex("own_entry").search(text[b:start]):
        return None  # "Norway and the convention entered into force on ...": the convention's own
    if kind != "entry_into_force" and regex("not_the_subject").search(text[a:start]):
        return None  # "Finland will ratify", "urged Tuvalu to ratify": not an event that happened
    if re.search(r"\b(?:urg|call|encourag|invit|appeal)\w*\s+(?:on\s+|upon\s+)?(?:\w+\s+){0,2}$", text[max(0, a - 40) : a]):
        return None
    return ref


def _respectively(text: str, span: DateSpan) -> bool:
    """Whether two dates joined as one span go one to each of two subjects ("on 7 and 8 October
    respectively"), not a period."""
    return span.date.day is not None and bool(re.match(r"\s*,?\s*respectively\b", text[span.end :]))


def _respective_days(text: str, date: DateSpan, start: int, actors: list[FoundActor],
                     dated: ArticleDate | None) -> list[PartialDate]:
    """The two days of "on 7 and 8 October respectively", one to each subject in order, when the
    subjects open their clause (not "Malawi, the former Yugoslav Republic of Macedonia and
    Uruguay", whose first State the recogniser may miss) and each day has a year: its own, else
    the article's where its head gives a full day and neither day is after it (a deposit
    reported is past); none else, never a guessed year."""
    group = _co_subject_spans(text, start, actors)
    if date.end_date is None or not group or not regex("respective_subject_before").search(text[: group[0][0]]):
        return []
    days = [date.date, date.end_date]
    if all(d.year is not None for d in days):
        return days
    years = [past_year(d, dated) for d in days]
    return [PartialDate(y, d.month, d.day) for y, d in zip(years, days)] if None not in years else []


def _agent_end(text: str, end: int, bound: int, actors: list[FoundActor], state: ActorRef | None) -> int:
    """Where the date of a passive event may start: after its agent ("ratified by Switzerland in
    2011": the "by" names the State, not a limit), else right after the event word."""
    for a, b, ref in actors:
        if end <= a < bound and ref == state and regex("passive_agent").fullmatch(text[end:a]):
            return b
    return end


def _co_subjects(text: str, state: ActorRef, start: int, actors: list[FoundActor]) -> list[ActorRef]:
    """The States named with the subject before it ("Burkina Faso and Moldova ratified")."""
    group = _co_subject_spans(text, start, actors)
    return [ref for _, _, ref in group[:-1]] if group and group[-1][2] == state else []


def _co_subject_spans(text: str, start: int, actors: list[FoundActor]) -> list[FoundActor]:
    """The last State before `start` and those named with it, each joined to the next by
    nothing but ", " or "and", in order."""
    before = [f for f in actors if f[1] <= start]
    if not before:
        return []
    found = [before[-1]]
    for previous in reversed(before[:-1]):
        if not regex("co_subject").fullmatch(text[previous[1] : found[0][0]]):
            break
        found.insert(0, previous)
    return found


def with_year(day: PartialDate, dated: ArticleDate | None) -> PartialDate | None:
    """A day with its year, or with the article's when it is written without one close to it."""
    if day.year is not None:
        return day
    year = near_year(day, dated)
    return PartialDate(year, day.month, day.day) if year is not None else None


def _year_after(text: str, date: DateSpan, spans: list[DateSpan]) -> PartialDate | None:
    """A day written without its year takes the year of the next full date of its sentence when an
    "and" joins their clauses and that date's month is not earlier ("Burundi ... on 22 October and
    Sudan ... on 13 October 2003")."""
    day = date.date
    if day.year is not None or day.month is None:
        return None
    later = next((s for s in spans if s.start > date.end and s.date.year is not None), None)
    if later is None or later.date.month is None or later.date.month < day.month \
            or not re.match(r"\s+and\s", text[date.end :]) or re.search(r"[.;:]", text[date.end : later.start]):
        return None
    return PartialDate(later.date.year, day.month, day.day)


def _today(text: str, since: int, start: int, bound: int, spans: list[DateSpan],
           dated: ArticleDate | None) -> PartialDate | None:
    """The article's day for an event its own clause says happened "today" ("ratified the
    treaty today", "today ratified"), when no other date stands in that clause."""
    if dated is None or dated.day is None:
        return None
    clause = text[since:bound]
    if not regex("today").search(clause) or regex("today_of_another").search(clause) \
            or any(start <= s.start < bound for s in spans):
        return None  # no "today", or the announcement's, or a date of its own stands in the clause
    return dated.day


def _leading_date(text: str, start: int, spans: list[DateSpan], actors: list[FoundActor]) -> DateSpan | None:
    """A date opening the clause whose subject is the State: "On 15 August 2007, Iraq acceded",
    "On Tuesday April 19th, Palau deposited its instrument for ratification"."""
    for span in spans:
        if span.end_date is not None or span.end > start or not regex("leading_on").search(text[: span.start]):
            continue
        subject = [(a, b) for a, b, _ in actors if span.end <= a and b <= start]
        if subject and regex("leading_to_subject").fullmatch(text[span.end : subject[0][0]]) \
                and all(regex("co_subject").fullmatch(text[b : a]) for (_, b), (a, _) in zip(subject, subject[1:])) \
                and regex("subject_to_event").fullmatch(text[subject[-1][1] : start]):
            return span  # "On Friday 12 June, Jamaica and Nigeria became ...": one subject or several
    return None


def _date_before(text: str, start: int, spans: list[DateSpan]) -> DateSpan | None:
    """A date written between the State and the event, as in "Niue has today 6 August 2020,
    deposited its instrument of accession": only when the deposit's own words join them."""
    for span in spans:
        if span.end_date is None and regex("date_before").search(text[: span.start]) \
                and regex("deposit_after").fullmatch(text[span.end : start]):
            return span
    return None
