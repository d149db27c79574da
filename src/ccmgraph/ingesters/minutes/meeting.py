"""The meeting itself (date, times, venue, chair) and the next meeting the minutes schedule.

A date is kept as precise as written: "Tuesday 27 March" is a date without its year and is
never completed by guessing; a date that cannot exist (31 February) rejects the document.
"""

from __future__ import annotations

import re
from functools import cache

from ccmgraph.errors import ExtractionError
from ccmgraph.records import ActorRef, Meeting, PartialDate, Quote, Warning_
from ccmgraph.text.dates import find_dates, time_range
from ccmgraph.ingesters.minutes.items import Item
from ccmgraph.ingesters.minutes.lexicon import Lexicon
from ccmgraph.ingesters.minutes.text import Passage, patterns, rx
from ccmgraph.vocabulary import honorific_pattern, ordinal, ordinal_pattern

@cache
def _chair() -> re.Pattern[str]:
    honorific = honorific_pattern()
    return re.compile(
        rf"(?P<name>{honorific}(?:\s*{honorific})*\s+[^,;]{{2,60}}?)\s+of\s+(?:the\s+)?"
        r"(?P<party>[A-Z][^,;.]{1,40}?)\s*(?=[,;.]|\s+(?:who|and|opened|chaired|welcomed|with)\b)"
    )
_CHAIR_CUE = re.compile(r"\b(?:chaired|opened|presided|convened|President|Chair)\b")


@cache
def _own_number() -> re.Pattern[str]:
    return re.compile("".join(str(patterns()["own_number"]).split()).replace("{ordinal}", ordinal_pattern()), re.I)


def own_number(texts: list[str]) -> int | None:
    """The ordinal the minutes give their own meeting in their heading or opening, if one only."""
    found = {ordinal(m["n"]) for text in texts for m in _own_number().finditer(text)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


Dated = tuple[int, PartialDate, PartialDate | None]  # offset, start, end (of a range)


def dates_in(text: str, name: str, quote: Quote, after: int = 0) -> list[Dated]:
    """Dates of `text` that can be a meeting's, those from offset `after` first; a date right
    after words of another event ("circulated on", "by") is left out. An impossible date
    rejects the document with a one-line reason."""
    try:
        found = find_dates(text)
    except ValueError as exc:
        raise ExtractionError(f"{name}: impossible date at line {quote.line} ({exc})") from None
    own = [d for d in found if not rx("other_event_date").search(text[max(0, d[0] - 60) : d[0]])]
    return sorted(own, key=lambda d: (d[0] < after, d[0] if d[0] >= after else -d[0]))


def meeting_date(header: list[str], name: str,
                 given: PartialDate | None) -> tuple[PartialDate, PartialDate | None, list[Warning_]]:
    """The meeting's date (and the last day of a range) from the header lines, else the
    caller's, else an ExtractionError."""
    quote = Quote("\n".join(header).strip(), 1)
    date: PartialDate | None = None
    last: PartialDate | None = None
    for number, line in enumerate(header, start=1):
        found = dates_in(line, name, Quote(line.strip(), number))
        if found:
            _, date, last = found[0]
            quote = Quote(line.strip(), number)
            break
    warnings: list[Warning_] = []
    if date is not None and given is not None and date != given:
        if date.year is None and (date.month, date.day) == (given.month, given.day):
            return given, None, warnings
        warnings.append(Warning_(f"minutes give {date.iso()}, the caller {given.iso()}; the minutes' date is kept", quote))
    date = date or given
    if date is None:
        raise ExtractionError(f"{name}: minutes give no meeting date; the meeting cannot be identified (use --meeting-date)")
    if date.year is None:
        warnings.append(Warning_(f"meeting date {date.iso()} is written without its year; year left unknown", quote))
    return date, last, warnings


def venue(text: str) -> tuple[str | None, str | None]:
    """(venue, city) from "at the Permanent Mission of the Netherlands, from 10:00" or "Venue: X, Geneva"."""
    m = re.search(r"(?:Venue\s*:\s*)(?P<v>[^\n]+)", text) or re.search(rf"(?P<v>(?:{rx('venues', 0).pattern})[^\n]*)", text)
    if not m:
        return None, None
    value = re.split(r",?\s+(?:from|at)\s+\d|,?\s+\d{1,2}[:.h]\d{2}|\s+on\s+(?:the\s+)?[A-Z]", m["v"])[0]
    parts = [p.strip() for p in value.strip(" .").split(",") if p.strip()]
    city = None
    if len(parts) > 1 and re.fullmatch(r"[A-Z][a-zé]+", parts[-1]) and not re.search(r"\d", parts[-1]):
        city = parts.pop()
    return (", ".join(parts) or None), city


def chair(passages: list[Passage], lexicon: Lexicon) -> tuple[ActorRef | None, ActorRef | None]:
    """The President who chaired ("opened by CCM President, Ambassador X of the Netherlands")."""
    for passage in passages:
        for sentence in passage.sentences():
            if not _CHAIR_CUE.search(sentence.text):
                continue
            for m in _chair().finditer(sentence.text):
                if lexicon.known(m["party"]):
                    party = ActorRef(m["party"], lexicon.kind(m["party"]))
                    return ActorRef(" ".join(m["name"].split()), "person", party=m["party"]), party
    return None, None


def next_meeting(items: list[Item], name: str, venue_default: str | None,
                 convention: str) -> tuple[Meeting | None, list[Warning_]]:
    """The next meeting as the minutes schedule it, from its own item or a sentence saying so."""
    candidates = [i for i in items if re.search(patterns()["next_meeting_title"], i.title, re.IGNORECASE)]
    sentences = [s for i in candidates or items for s in (i.body.sentences() if i.body else ())
                 if re.search(patterns()["next_meeting_sentence"], s.text, re.IGNORECASE)]
    if not sentences:
        return None, []
    sentence = sentences[0]
    named = rx("next_meeting_phrase").search(sentence.text)
    found = dates_in(sentence.text, name, sentence.quote(), after=named.end() if named else 0)
    dates = [d[1] for d in found]
    warnings = []
    if dates and dates[0].year is None:
        warnings.append(Warning_(f"next meeting date {dates[0].iso()} is written without its year", sentence.quote()))
    start, end = time_range(sentence.text)
    place, city = venue(sentence.text)
    if place is None and re.search(r"\bsame\s+(?:room|venue|place)\b", sentence.text):
        place = venue_default
    meeting = Meeting("next-meeting", "cc", sentence.quote(), date=dates[0] if dates else None,
                      convention=convention, venue=place, city=city, start_time=start, end_time=end,
                      planned=True, scheduled_at="meeting")
    return meeting, warnings
