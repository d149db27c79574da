"""One key per meeting, whoever names it: by convention, kind and number, or by its dates.

"7MSP", "Seventh Meeting of States Parties" and a meeting of States Parties in Geneva on
4-6 September 2017 are one meeting: the number comes from the name when it is written, else
from the reference table's row of that convention and kind whose dates fit (a day apart is
the same meeting). Meetings that are not numbered (Coordination Committee, seminars) are
keyed by kind and date. A key is the path under id/meeting/ ("msp/ccm-7msp").

>>> meeting_key("msp", "ccm", short_name="7MSP"), meeting_key("msp", "ccm", title="Seventh Meeting of States Parties")
('msp/ccm-7msp', 'msp/ccm-7msp')
>>> meeting_key("msp", "ccm", start=PartialDate(2017, 9, 5)), meeting_key("msp", "ccm", start=PartialDate(2010, 11))
('msp/ccm-7msp', 'msp/ccm-1msp')
>>> meeting_key("revcon", "apmbc", number=3), meeting_key("cc", "ccm", start=PartialDate(2016, 3, 3))
('revcon/apmbc-3rc', 'cc/2016-03-03')
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from ccmgraph.iris import slug
from ccmgraph.records import PartialDate
from ccmgraph.resolve.registry import read_table
from ccmgraph.vocabulary import kind_held, meeting_kinds, meeting_mentions

# Short suffix of a number in a key ("ccm-7msp", "apmbc-3rc", "ccw-p5-13conf", the short name a
# text writes: "13CONF"); other numbered kinds: "ccm-1".
_NUMBER_SUFFIX = {"msp": "msp", "revcon": "rc", "hcp-conference": "conf"}
# Kinds whose number restarts for each Review Conference ("the Second Preparatory Meeting for the
# 2RC", another for the 3RC): a number alone would give both one key, so they are keyed by year.
_SERIES_KINDS = ("preparatory",)
SLACK_DAYS = 1  # two sources a day apart on a start date speak of one meeting


@dataclass(frozen=True)
class TableMeeting:
    """A row of meetings.csv as the resolver needs it."""

    convention: str
    kind: str
    number: int | None
    start: PartialDate | None
    end: PartialDate | None
    title: str


def numbered_key(kind: str, convention: str, number: int) -> str:
    """The key of a numbered meeting ("msp", "ccm", 7 -> "msp/ccm-7msp"), of the kind that
    convention holds ("msp", "ccw-p5", 1 -> "hcp-conference/ccw-p5-1conf")."""
    kind = kind_held(kind, convention)
    return f"{kind}/{convention}-{number}{_NUMBER_SUFFIX.get(kind, '')}"


def _vocabulary_kind(kind: str, text: str) -> tuple[str, int | None, str | None]:
    """The vocabulary's kind, number and convention that a written name gives, the record's kind else."""
    for mention in meeting_mentions(text):
        if meeting_kinds()[mention.kind].record == kind or mention.kind == kind:
            return mention.kind, mention.number, mention.convention
    return kind, None, None


def _date(text: str) -> PartialDate | None:
    parts = text.split("-")
    try:
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            return PartialDate(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2 and all(p.isdigit() for p in parts):
            return PartialDate(int(parts[0]), int(parts[1]))
        if text.isdigit():
            return PartialDate(int(text))
    except ValueError:
        return None
    return None


@cache
def table_meetings() -> tuple[TableMeeting, ...]:
    """The numbered meetings of ingest/reference/meetings.csv, with their dates."""
    rows = read_table("meetings.csv", ("convention", "kind", "short_name", "title", "start", "end"), required=False)
    found = []
    for row in rows:
        kind, number, _ = _vocabulary_kind(row["kind"], f"{row['short_name']} {row['title']}")
        found.append(TableMeeting(row["convention"], kind, number, _date(row["start"]), _date(row["end"]), row["title"]))
    return tuple(found)


def _days(date: PartialDate | None) -> dt.date | None:
    return date.to_date() if date is not None and date.complete else None


def _fits(row: TableMeeting, start: PartialDate, end: PartialDate | None) -> bool:
    """The dates a text gives fit the row's: start within a day, or inside the row's span; a
    month alone ("in September 2003") fits a row that starts or ends in that month."""
    if start.day is None and start.month is not None and start.year is not None:
        months = {(d.year, d.month) for d in (row.start, row.end) if d is not None}
        return (start.year, start.month) in months
    a, b = _days(start), _days(row.start)
    if a is None or b is None:
        return False
    last = _days(row.end) or b
    slack = dt.timedelta(days=SLACK_DAYS)
    if abs(a - b) <= slack or b <= a <= last:
        return True
    stop = _days(end)
    return stop is not None and abs(stop - last) <= slack and abs(a - b) <= dt.timedelta(days=3)


def number_by_dates(kind: str, convention: str, start: PartialDate, end: PartialDate | None = None) -> int | None:
    """The number of the table's meeting of that convention and kind whose dates fit, if one does."""
    numbers = {r.number for r in table_meetings()
               if r.convention == convention and r.kind == kind and r.number is not None and _fits(r, start, end)}
    return numbers.pop() if len(numbers) == 1 else None


def meeting_key(kind: str, convention: str | None, *, number: int | None = None, short_name: str | None = None,
                title: str | None = None, start: PartialDate | None = None, end: PartialDate | None = None,
                suffix: str | None = None, document_convention: str | None = None) -> str | None:
    """The key of a meeting (path under id/meeting/), or None when nothing identifies it.

    Numbered kinds (MSPs, Review Conferences, intersessional and preparatory meetings,
    meetings of experts, Protocol V conferences) by convention and number; without a number,
    an intersessional or preparatory meeting by convention and year. Others by kind and date,
    with `suffix` to tell apart two meetings of one kind on one day. The convention is the
    record's, else the one its name writes, else the document's: a numbered meeting of none
    has no key (it is not guessed; `unplaced` tells the resolver to leave it out).

    A preparatory meeting's number restarts for each Review Conference: it is keyed by its year,
    the number after it, and not at all without a date.

    >>> meeting_key("preparatory", "ccm", number=2, start=PartialDate(2020, 9, 4)), meeting_key("preparatory", "ccm", number=2)
    ('preparatory/ccm-2020-2', None)
    >>> meeting_key("msp", None, short_name="16MSP") is None, meeting_key("msp", None, number=16, document_convention="apmbc")
    (True, 'msp/apmbc-16msp')
    """
    written_kind, written_number, written_convention = _vocabulary_kind(kind, f"{short_name or ''} {title or ''}")
    convention = convention or written_convention or document_convention
    number = number or written_number
    written_kind = kind_held(written_kind, convention)
    entry = meeting_kinds().get(written_kind)
    if entry is not None and entry.numbered:
        if convention is None:
            return None
        if written_kind in _SERIES_KINDS:
            if start is None or start.year is None:
                return None
            return f"{written_kind}/{convention}-{start.year}" + (f"-{number}" if number is not None else "")
        if number is None and start is not None:
            number = number_by_dates(written_kind, convention, start, end)
        if number is not None:
            return numbered_key(written_kind, convention, number)
        if start is not None and start.year is not None and written_kind not in ("msp", "revcon"):
            return f"{written_kind}/{convention}-{start.year}"
    if start is None:
        return None
    tail = f"-{slug(suffix)}" if suffix else ""
    return f"{kind}/{start.iso()}{tail}"


def record_kind_held(kind: str, convention: str | None) -> str:
    """The record kind of the meeting `convention` holds where a record says `kind` ("msp" of
    Protocol V is its "conference"); `kind` itself where the convention holds that kind.

    >>> record_kind_held("msp", "ccw-p5"), record_kind_held("msp", "apmbc"), record_kind_held("cc", "ccw-p5")
    ('conference', 'msp', 'cc')
    """
    held = kind_held(kind, convention)
    entry = meeting_kinds().get(held)
    return entry.record if entry is not None and held != kind else kind


def unplaced(kind: str, convention: str | None, *, short_name: str | None = None, title: str | None = None,
             document_convention: str | None = None) -> bool:
    """Whether a meeting is of a numbered kind whose convention neither it, its name nor its
    document gives: its key would be a guess, so it is left out.

    >>> unplaced("msp", None, short_name="7MSP"), unplaced("msp", None, title="7MSP of the APMBC"), unplaced("cc", None)
    (True, False, False)
    """
    written_kind, _, written_convention = _vocabulary_kind(kind, f"{short_name or ''} {title or ''}")
    entry = meeting_kinds().get(written_kind)
    return entry is not None and entry.numbered and not (convention or written_convention or document_convention)


def mention_key(text: str, convention: str | None) -> str | None:
    """The key of a numbered meeting a mention names ("the 15th MSP of the APMBC"), else None
    (also where neither the mention nor its document gives the convention)."""
    for mention in meeting_mentions(text):
        if mention.number is not None and meeting_kinds()[mention.kind].numbered:
            owner = mention.convention or convention
            return numbered_key(mention.kind, owner, mention.number) if owner else None
    return None


def clear_cache() -> None:
    table_meetings.cache_clear()
