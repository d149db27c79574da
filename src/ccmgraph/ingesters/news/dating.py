"""Which date belongs to which meeting: by the words that join them, never by distance.

A sentence often holds several dates: the meeting's own, a registration deadline, the day a
visit took place, the day the meeting closed, the article's own date. A date is a meeting's
only when the words between the two are linking words ("will take place from", "held in
Geneva on", "(Oslo, 11-14 September 2012)"), or when a clause opens with it and the meeting's
own verb follows ("On 3 September 2018, the 8MSP opened"). A deadline preposition right
before the date ("by 18 August") or a word of another event between them ("closed",
"visit", "registration") keeps it away. The words are data (dating.yml).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any


from ccmgraph.ingesters.flat.dates import find_dates, find_month_ranges, find_ranges
from ccmgraph.ingesters.news.items import Item
from ccmgraph.ingesters.news.tables import table
from ccmgraph.records import PartialDate
from ccmgraph.text.dates import MONTH_YEAR, MONTHS, find_date_spans
from ccmgraph.vocabulary import honorific_pattern

_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
_RANGE_JOIN = re.compile(rf"^\s*(?:[-–—]|to|until|till|through|and)\s*{_WEEKDAY}$", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d/.-])\b(?:19|20)\d{2}\b(?![\d/]|-\d)")
_NEW_PHRASE = re.compile(r",\s+(?:the|a|an|its|their|his|her)\s", re.IGNORECASE)  # a new subject: not a link
_TOPIC_END = frozenset("in at from held took takes will was is which".split())  # where a topic ends
_TOKEN = re.compile(r"\(([^()]*)\)|([\w'’-]+)")


def _table() -> dict[str, Any]:
    return table("dating.yml")


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(str(_table()[name]).lower().split())


@cache
def _rx(name: str) -> re.Pattern[str]:
    return re.compile(str(_table()[name]), re.IGNORECASE)


@cache
def _person_between() -> re.Pattern[str]:
    """A person named with an honorific: between a meeting and a date, the date is theirs."""
    return re.compile(rf"(?<![\w.]){honorific_pattern()}\s+[A-Z]")


@dataclass(frozen=True)
class DateSpan:
    """A date or date range as written: where it stands, what it says, how precise it is."""

    start: int
    end: int
    date: PartialDate
    end_date: PartialDate | None = None


def _foreign_days(text: str, days: list[DateSpan]) -> list[DateSpan]:
    """Days and spans of days written in French or Spanish ("le 31 octobre 2006", "el 6 de mayo de
    2009", "du 9 au 12 novembre 2010"), where no English date was read (flat/dates.py has the
    months of those languages); only days with their month and a four-digit year."""
    found: list[DateSpan] = []
    taken = [(d.start, d.end) for d in days]
    for r in find_ranges(text):
        if not any(r.start < b and a < r.end for a, b in taken):
            found.append(DateSpan(r.start, r.end, r.first, r.last))
            taken.append((r.start, r.end))
    for d in find_dates(text):
        if d.date.day is not None and re.search(r"\d{4}$", text[d.start : d.end]) \
                and re.search(r"[^\W\d_]", text[d.start : d.end]) and not any(d.start < b and a < d.end for a, b in taken):
            found.append(DateSpan(d.start, d.end, d.date))
            taken.append((d.start, d.end))
    return found


def date_spans(text: str, foreign: bool = False) -> list[DateSpan]:
    """Every date in `text`: days and day ranges (across months too), months of a year, years;
    with `foreign`, days written in French and Spanish as well.

    >>> [(s.date.iso(), s.end_date and s.end_date.iso()) for s in date_spans("from 30 November to 4 December 2015")]
    [('2015-11-30', '2015-12-04')]
    >>> [s.date.iso() for s in date_spans("in December 2017, and again in 2018")]
    ['2017-12', '2018']
    >>> [(s.date.iso(), s.end_date and s.end_date.iso()) for s in date_spans("in November–December 2010")]
    [('2010-11', '2010-12')]
    """
    days = _days(text)
    if foreign:  # French and Spanish days too; a meeting's dateline in those languages is the meeting page's to read
        days = sorted([*days, *_foreign_days(text, days)], key=lambda d: d.start)
    merged: list[DateSpan] = []
    for span in days:
        last = merged[-1] if merged else None
        if last and last.end_date is None and span.date.year is not None \
                and _RANGE_JOIN.match(text[last.end : span.start]):
            start = PartialDate(last.date.year or span.date.year, last.date.month, last.date.day)
            if _two_dates(text[last.end : span.start], last, span):  # each its own, the year shared
                merged[-1] = DateSpan(last.start, last.end, start, None)
                merged.append(span)
            else:
                merged[-1] = DateSpan(last.start, span.end, start, span.end_date or span.date)
        else:
            merged.append(span)
    taken = [(s.start, s.end) for s in merged]
    for months in find_month_ranges(text):  # "November–December 2010": from November, to December
        if not _inside(months.start, months.end, taken):
            merged.append(DateSpan(months.start, months.end, months.first, months.last))
            taken.append((months.start, months.end))
    for m in MONTH_YEAR.finditer(text):
        if not _inside(m.start(), m.end(), taken):
            merged.append(DateSpan(m.start(), m.end(), PartialDate(int(m["year"]), MONTHS[m["month"].lower().rstrip(".")])))
            taken.append((m.start(), m.end()))
    for m in (_foreign_month_year().finditer(text) if foreign else ()):  # "en février 2023", "en junio de 2014"
        if not _inside(m.start(), m.end(), taken):
            merged.append(DateSpan(m.start(), m.end(), PartialDate(int(m["year"]), _foreign_months()[m["month"].lower()])))
            taken.append((m.start(), m.end()))
    for m in _YEAR.finditer(text):
        if not _inside(m.start(), m.end(), taken):
            merged.append(DateSpan(m.start(), m.end(), PartialDate(int(m.group(0)))))
    return sorted(merged, key=lambda s: s.start)


@cache
def _foreign_months() -> dict[str, int]:
    """Month names of every language the vocabulary knows (flat vocab `months`); right before a
    year even a short one ("mai 2014", "ene 2014") is the month."""
    from ccmgraph.ingesters.flat.vocab import vocab
    return {str(n).lower(): int(k) for k, names in vocab()["months"].items() for n in names}


@cache
def _foreign_month_year() -> re.Pattern[str]:
    """A month named in French, Spanish or another language the vocabulary knows, then its
    year ("février 2023", "junio de 2014"): the English ones are MONTH_YEAR's."""
    names = "|".join(sorted(map(re.escape, _foreign_months()), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<month>{names})\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def _days(text: str) -> list[DateSpan]:
    """The days and day ranges of `text`. A figure glued to a date by the page's extraction
    ("Dublin, 30 May 20081 August 2010": a year of no era) leaves that sentence's days unread,
    not the other sentences' ("... concluded at Dublin on 30 May 2008.").

    >>> [s.date.iso() for s in _days("Dublin, 30 May 20081 August 2010. It was adopted on 30 May 2008.")]
    ['2008-05-30']
    """
    try:
        return [DateSpan(a, b, s, e) for a, b, s, e in find_date_spans(text)]
    except ValueError:
        pass
    found: list[DateSpan] = []
    start = 0
    for end in [m.end() for m in re.finditer(r"[.;!?](?=\s)", text)] + [len(text)]:
        if end <= start:
            continue
        try:
            found += [DateSpan(start + a, start + b, s, e) for a, b, s, e in find_date_spans(text[start:end])]
        except ValueError:
            pass
        start = end
    return found


def _two_dates(join: str, first: DateSpan, then: DateSpan) -> bool:
    """"13 February and 28-29 June 2004": two sessions' dates, not one span. "And" joins a span
    only of a day and the next one ("30 November and 1 December 2015").

    >>> [(s.date.iso(), s.end_date and s.end_date.iso()) for s in date_spans("on 13 February and 28-29 June 2004")]
    [('2004-02-13', None), ('2004-06-28', '2004-06-29')]
    """
    if not re.match(r"^\s*and\b", join, re.IGNORECASE):
        return False
    if then.end_date is not None or first.date.month is None or first.date.day is None or then.date.day is None:
        return True
    year = then.date.year or 2000
    try:
        day = dt.date(year, first.date.month, first.date.day)
        return dt.date(year, then.date.month or first.date.month, then.date.day) - day != dt.timedelta(days=1)
    except ValueError:
        return True


def _inside(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in taken)


@dataclass(frozen=True)
class Link:
    """A date found to be a meeting's own, and whether the text makes it only the opening day."""

    span: DateSpan
    opening: bool = False


def _gap_links(gap: str) -> tuple[bool, bool]:
    """(the gap links a name to a date, the gap makes it an opening day)."""
    gap = _rx("aside").sub(" ", gap)
    tokens: list[tuple[str, str]] = _TOKEN.findall(gap)
    if sum(1 for in_paren, word in tokens if not in_paren and not word[0].isupper()) > int(_table()["max_gap_words"]):
        return False, False
    if re.search(r"[.!?;]\s", gap) or gap.count(":") > 1 or _NEW_PHRASE.search(gap):
        return False, False
    blockers, links = _words("blockers"), _words("link_words")
    opening = False
    topic = bool(tokens) and tokens[0][1].lower() in ("on", "about")  # "a workshop on universalization in ..."
    for position, (in_paren, word) in enumerate(tokens):
        if topic and word.lower() in _TOPIC_END:
            topic = False
        if in_paren:
            if any(w.lower() in blockers for w in re.findall(r"[\w'’-]+", in_paren)):
                return False, False
            continue
        lower = word.lower()
        if lower in blockers:
            return False, False
        if lower in _words("opening_words"):
            opening = True
        if lower in links or word[0].isupper() or word.isdigit() and len(word) <= 2 or topic:
            continue
        following = tokens[position + 1][1] if position + 1 < len(tokens) else ""
        preceding = tokens[position - 1][1].lower() if position else ""
        if re.fullmatch(r"(?:19|20)\d\d", word) and following[:1].isupper() and preceding == "the":
            continue  # a year naming what follows: "of the 2008 Convention on Cluster Munitions"
        return False, False
    return True, opening


def links(gap: str) -> bool:
    """Whether the words of `gap` may join a meeting's name to its own date or place."""
    return _gap_links(gap)[0]


def own_date(text: str, name_start: int, name_end: int, spans: list[DateSpan],
             others: Sequence[tuple[int, int]] = (), clause_start: int = 0) -> Link | None:
    """The date `text` gives for the meeting named at [name_start, name_end), or None.

    `others` are the spans of other meetings named in the same sentence: a date beyond one
    of them is that meeting's to claim. `clause_start` is where the sentence begins.

    >>> text = "Please register by 18 August 2017 for the 7MSP, which will take place from 4 to 6 September 2017."
    >>> link = own_date(text, text.index("7MSP"), text.index("7MSP") + 4, date_spans(text))
    >>> link.span.date.iso(), link.span.end_date.iso()
    ('2017-09-04', '2017-09-06')
    >>> text = "The 8MSP closed on 5 September 2018 in Geneva."
    >>> own_date(text, 4, 8, date_spans(text)) is None
    True
    """
    governed = bool(_rx("governed_before").search(text[clause_start:name_start]))
    for span in spans:
        if span.start >= name_end:
            if governed and not _words("holding_words") & set(text[name_end : span.start].lower().split()):
                break  # "ahead of the 2RC on 5 February": the visit's day
            if any(name_end <= a < span.start for a, _ in others):
                break
            if _rx("limit_before").search(text[max(0, span.start - 30) : span.start]):
                continue
            if span.date.month is None and not re.search(r"(?:\bin|\bfor|\()\s*$", text[: span.start]):
                continue  # a bare year dates a meeting only as "in 2015", "for 2020", "(2016)"
            if _person_between().search(text, name_end, span.start):
                break  # "the visit of the President of the 2RC Ambassador X from 4-5 February": the person's day
            links, opening = _gap_links(text[name_end : span.start])
            if links:
                return Link(span, opening)
    for span in reversed([s for s in spans if s.end <= name_start]):
        if any(span.end <= a < name_start for a, _ in others):
            break
        between = text[span.end : name_start]
        if span.date.day is None and _rx("year_before_gap").fullmatch(between) \
                and _rx("year_before_lead").search(text[max(clause_start, span.start - 8) : span.start]):
            return Link(span)  # "the 2019 Protocol V Meeting of Experts", "their June 2014 Maputo Review Conference"
        if (german := _german_leading(text, span, name_start, name_end, clause_start)) is not None:
            return german
        if not _rx("leading_date").search(text[clause_start : span.start]):
            continue
        if re.fullmatch(r"\s*,?\s*(?:at|during)\s+(?:the|a|an)\s+", between, re.IGNORECASE):
            return Link(span)  # "On Tuesday 29 November, at a side event ..."
        if _leading_host().fullmatch(between):
            return Link(span)  # "On 21 October the United Nations will host a Special Event on ..."
        if _flat("leading_gathering").fullmatch(between):
            return Link(span)  # "On 24 May 2019, delegations will convene for their first preparatory meeting"
        if not re.fullmatch(r"\s*,?\s*(?:the\s+)?", between, re.IGNORECASE):
            continue
        verb = _rx("leading_verb").match(text, name_end)
        if verb and not any(w in _words("blockers") for w in verb.group(0).lower().split()):
            return Link(span, verb.group(0).split()[-1].lower() in _words("opening_words"))
    return None


def _german_leading(text: str, span: DateSpan, name_start: int, name_end: int, clause_start: int) -> Link | None:
    """A German clause that opens with the meeting's date, the verb second and the name after it
    ("Vom 16. bis 20. September 2002 findet in Genf das vierte Jahrestreffen ... statt"): dating.yml
    `german_leading`; a verb of "statt" needs its particle after the name, in the same clause."""
    if not _rx("german_leading_lead").fullmatch(text[clause_start : span.start]):
        return None
    m = _german_gap().fullmatch(text[span.end : name_start])
    if m is None:
        return None
    verb = m["verb"].lower()
    particle = _rx("german_particle").match(text, name_end)
    if verb not in _table()["german_bare_verbs"] and particle is None:
        return None
    opening = _table()["german_opening_verbs"]
    return Link(span, verb in opening or (particle is not None and particle["particle"].lower() in opening))


@cache
def _german_gap() -> re.Pattern[str]:
    """dating.yml `german_leading`, its blanks dropped (the pattern is written over two lines)."""
    return re.compile("".join(str(_table()["german_leading"]).split()), re.IGNORECASE)


@cache
def _flat(key: str) -> re.Pattern[str]:
    """A dating.yml pattern written over several lines, its blanks dropped."""
    return re.compile("".join(str(_table()[key]).split()), re.IGNORECASE)


@cache
def _leading_host() -> re.Pattern[str]:
    """dating.yml `leading_host`, its blanks dropped (the pattern is written over two lines)."""
    return re.compile("".join(str(_table()["leading_host"]).split()), re.IGNORECASE)


@dataclass(frozen=True)
class ArticleDate:
    """The year of an article's own date, the months it may be of (figures such as
    "10/09/2012" leave open which number is the month), and the day when its words say it."""

    year: int
    months: frozenset[int]
    day: PartialDate | None = None
    readings: tuple[PartialDate, ...] = ()  # the days figures may be ("06.12.2013": 6 December or 12 June)


def article_date(lines: Sequence[str]) -> ArticleDate | None:
    """The article's own date: the first short line holding a dated day or a date in figures
    ("06.12.2013", "News story | Date: 10/09/2012", "Geneva, 4 May 2017"), or a dateline that
    opens a paragraph ("(London, 16 February 2010) – Burkina Faso ..."), which is where the
    story is set and comes first (a page's posting date may be the next day's)."""
    first = next((line for line in lines if line.strip()), "")
    if (stamp := _rx("opening_iso").match(first)) is not None:  # "date 2017-12-16 The European Union ..."
        year, month = int(stamp["year"]), int(stamp["month"])
        try:
            day = PartialDate(year, month, int(stamp["day"])) if stamp["day"] else None
        except ValueError:  # a day the month does not have: the month alone
            day = None
        return ArticleDate(year, frozenset({month}), day)
    for line in lines:
        if (opening := _opening_dateline(line)) is not None:
            return opening
    for line in lines:
        if not line.strip():
            continue
        if (lead := _rx("opening_numeric").match(line)) and (m := _rx("numeric_date").match(line, lead.end())) \
                and _rx("opening_numeric_end").match(line, m.end()):
            return _numeric(m)  # "Last updated: 18.09.2013 // The Fourth Meeting ..."
        if len(line.split()) > int(_table()["article_date_words"]):
            continue
        if m := _rx("numeric_date").search(line):
            return _numeric(m)
        days = [s for s in date_spans(line) if s.date.day is not None and s.date.year is not None]
        if days and days[0].date.year is not None and days[0].date.month is not None:
            return ArticleDate(days[0].date.year, frozenset({days[0].date.month}), days[0].date)
    return _issue_month(lines)


def _issue_month(lines: Sequence[str]) -> ArticleDate | None:
    """A newsletter's issue, a line of its head that is a month of a year and nothing else
    ("Landmine Update #11 / September 2003"): the month the issue is of, no day. A page of more
    such lines (a log under month headings, "May 2018", "March 2018") has no issue month."""
    filled = [line.strip() for line in lines if line.strip()]
    months = [(i, m) for i, line in enumerate(filled) if (m := MONTH_YEAR.fullmatch(line)) is not None]
    if len(months) != 1 or months[0][0] >= int(_table()["issue_month_lines"]):
        return None
    m = months[0][1]
    return ArticleDate(int(m["year"]), frozenset({MONTHS[m["month"].lower().rstrip(".")]}))


def _numeric(m: re.Match[str]) -> ArticleDate:
    """A date in figures: its year, the months it may be of, its day when the order is sure."""
    first, second = (int(x) for x in re.findall(r"\d+", m.group(0))[:2])
    months = frozenset(x for x in (first, second) if 1 <= x <= 12)
    day = PartialDate(int(m["year"]), second, first) if first > 12 and second <= 12 else None
    orders = ((second, first),) if "." in m.group(0) else ((second, first), (first, second))  # dots: day first
    readings = tuple(PartialDate(int(m["year"]), month, other) for month, other in orders
                     if 1 <= month <= 12 and 1 <= other <= 31)
    return ArticleDate(int(m["year"]), months, day, readings)


def _opening_dateline(line: str) -> ArticleDate | None:
    """"(London, 16 February 2010) – ...", "Geneva, 1 July 2011 - ...": a place and a day, then a dash."""
    for span in date_spans(line[:80]):
        if span.end_date is None and span.date.complete and _rx("opening_place").fullmatch(line[: span.start]) \
                and _rx("opening_end").match(line[span.end :]) and span.date.year and span.date.month:
            return ArticleDate(span.date.year, frozenset({span.date.month}), span.date)
    return None


def item_date(item: Item) -> ArticleDate | None:
    """An item's own date: its dateline, or a title that is a month of a year ("March 2017")."""
    date = item.dateline.date if item.dateline else None
    if date is not None and date.year is not None and date.month is not None:
        return ArticleDate(date.year, frozenset({date.month}), date if date.complete else None)
    if (m := MONTH_YEAR.fullmatch(item.title.strip())) is not None:
        return ArticleDate(int(m["year"]), frozenset({MONTHS[m["month"].lower().rstrip(".")]}))
    return None


def this_week(clause: str, dated: ArticleDate | None) -> PartialDate | None:
    """The month of a meeting its clause holds "this week" ("reunidos esta semana"): the
    article's, when its date gives one month and, where it gives the day, that day's week
    (Monday to Sunday) lies in that month; else None.

    >>> this_week("the States Parties, gathered this week in Geneva", ArticleDate(2017, frozenset({9})))
    PartialDate(year=2017, month=9, day=None)
    >>> this_week("gathered this week", ArticleDate(2017, frozenset({9}), PartialDate(2017, 9, 1))) is None
    True
    """
    if dated is None or len(dated.months) != 1 or not _rx("this_week").search(clause):
        return None
    month = next(iter(dated.months))
    if dated.day is not None and dated.day.complete:
        day = dt.date(dated.year, month, int(dated.day.day or 1))
        monday = day - dt.timedelta(days=day.weekday())
        if monday.month != month or (monday + dt.timedelta(days=6)).month != month:
            return None  # the week runs over into another month
    return PartialDate(dated.year, month)


def near_year(day: PartialDate, dated: ArticleDate | None) -> int | None:
    """The article's year for a day written without one, when the day's month is within
    `near_months` of the article's ("06.12.2013": "a Preparatory Meeting on 6 December" is of
    2013); a day months away may be of another year, and gets none."""
    if dated is None or day.month is None or not dated.months:
        return None
    reach = int(_table()["near_months"])
    return dated.year if all(abs(day.month - m) <= reach for m in dated.months) else None


def nearest_year(day: PartialDate, dated: ArticleDate | None, tense: str | None = None) -> int | None:
    """The year of a day written without one ("a Preparatory Meeting on 6 December") that puts it
    nearest the article's own date, when that is within `nearest_days` of it (a day about half a
    year away may be of either year, and gets none); where the article's date in figures may be
    read two ways ("06/12/2013"; with dots, day first), both readings must give the same year. An article of no
    day (a title "March 2017") is taken at mid-month. A `tense` ("past", "future") the clause
    gives must agree: a meeting that "was held" on a day after the article's date, or "will be
    held" on one before it, gets no year.

    >>> nearest_year(PartialDate(None, 12, 6), ArticleDate(2013, frozenset({6, 12}), None,
    ...              (PartialDate(2013, 12, 6),)))
    2013
    >>> nearest_year(PartialDate(None, 12, 20), ArticleDate(2013, frozenset({6, 12}), None,
    ...              (PartialDate(2013, 12, 6), PartialDate(2013, 6, 12)))) is None
    True
    >>> nearest_year(PartialDate(None, 1, 20), ArticleDate(2013, frozenset({12}), PartialDate(2013, 12, 2)))
    2014
    >>> nearest_year(PartialDate(None, 6, 20), ArticleDate(2013, frozenset({12}), PartialDate(2013, 12, 20))) is None
    True
    """
    if dated is None or day.month is None:
        return None
    heads = list(dated.readings) or ([dated.day] if dated.day is not None and dated.day.complete else
                                     [PartialDate(dated.year, m, 15) for m in sorted(dated.months)])
    reach = int(_table()["nearest_days"])
    years: set[int] = set()
    for head in heads:
        assert head.year is not None and head.month is not None and head.day is not None
        try:
            at = dt.date(head.year, head.month, head.day)
            options = [(abs((dt.date(y, day.month, day.day or 15) - at).days), y)
                       for y in (head.year - 1, head.year, head.year + 1)]
        except ValueError:
            return None
        distance, year = min(options)
        if distance > reach:
            return None
        years.add(year)
    if len(years) != 1:
        return None
    year = years.pop()
    when = (year, day.month, day.day or 15)
    ats = [(h.year, h.month, h.day) for h in heads]
    if (tense == "past" and when > max(ats)) or (tense == "future" and when < min(ats)):
        return None  # either reading of the article's date may be the right one
    return year


def tense(clause: str) -> str | None:
    """"future" or "past", as the clause's verb says ("will be held", "to be held"; "was held",
    "took place"), else None."""
    if _rx("future_verb").search(clause):
        return "future"
    return "past" if _rx("past_verb").search(clause) else None


def past_year(day: PartialDate, dated: ArticleDate | None) -> int | None:
    """The article's year for a day written without one that a past step is dated by ("deposited
    ... on 7 and 8 October"): only where the article's head gives a full day and this day is not
    after it; a later day, or an article of no full day, gives none.

    >>> past_year(PartialDate(None, 10, 7), ArticleDate(2009, frozenset({10}), PartialDate(2009, 10, 14)))
    2009
    >>> past_year(PartialDate(None, 10, 7), ArticleDate(2009, frozenset({10}), PartialDate(2009, 10, 5))) is None
    True
    """
    head = dated.day if dated is not None else None
    if head is None or not head.complete or day.month is None or day.day is None:
        return None
    return head.year if (day.month, day.day) <= (head.month, head.day) else None


def closing_day(text: str, name_end: int, stop: int) -> DateSpan | None:
    """The day a meeting closed, said by its own closing verb after its name (dating.yml
    `closing_verb`): "The 2RC of State Parties to the Convention ... concluded on 21 September
    2021". Only a whole day with its year, and only where nothing between the name and the
    verb is a clause of its own (`closing_gap`: "the 2RC, where States agreed that ...
    concluded on" says nothing of the 2RC's end). `stop` is where the next meeting is named.

    >>> text = "The Second Review Conference of the CCM concluded on 21 September 2021 in Geneva."
    >>> closing_day(text, text.index(" of the CCM"), len(text)).date
    PartialDate(year=2021, month=9, day=21)
    >>> text = "The Second Review Conference, which Chile chaired, concluded on 21 September 2021."
    >>> closing_day(text, text.index(", which"), len(text)) is None
    True
    """
    reach = min(stop, name_end + int(_table()["closing_reach"]))
    verb = _closing_verb().search(text, name_end, reach)
    if verb is None or _rx("closing_gap").search(text[name_end : verb.start()]):
        return None
    spans = date_spans(text[verb.end() : verb.end() + 60], foreign=True)
    if not spans or spans[0].start != 0 or spans[0].end_date is not None or not spans[0].date.complete:
        return None
    return DateSpan(verb.end(), verb.end() + spans[0].end, spans[0].date)


@cache
def _closing_verb() -> re.Pattern[str]:
    return re.compile("".join(str(_table()["closing_verb"]).split()), re.IGNORECASE)


def own_dates(link: Link | None) -> tuple[PartialDate | None, PartialDate | None]:
    """The start and end a link gives: one full day that is not an opening day is both."""
    if link is None:
        return None, None
    span = link.span
    if span.end_date is not None:
        return span.date, span.end_date
    if span.date.complete and not link.opening:
        return span.date, span.date
    return span.date, None
