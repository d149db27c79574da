"""A numbered meeting dated by the month(s) its own clause gives, where no days are written.

Statements and news recall an earlier meeting by its month: "la deuxième conférence d'examen
de la convention d'Ottawa, qui s'est déroulée à Carthagène en novembre-décembre 2009, ...",
"Colombia fue también sede de la Segunda Conferencia de Examen de la Convención, en diciembre
de 2009, y ...". The flat readers take a held clause with its days (flat.yml
`meeting_clause`); a month, or a run of two months, after the city is read here: the meeting
is dated to those months (start and end as written) and placed in the city. Either the
relative clause of its being held follows the name (`months_clause`), or the sentence makes
someone the meeting's host right before its name and the month stands alone between commas
after it (`months_host`, `months_host_after`). The words after the month must close the clause.
No day is read (a day is the flat readers'), and a meeting already dated keeps its dates.
"""

from __future__ import annotations

from ccmgraph.ingesters.meeting_page.after_names import after_undated_names
from ccmgraph.ingesters.meeting_page.data import rx
from ccmgraph.ingesters.meeting_page.own import _dated, _first_dates, _is_city, _other_meeting_between
from ccmgraph.ingesters.news.events import EventIndex


def month_clauses(index: EventIndex) -> None:
    """Date (and place) each undated numbered meeting its name's clause gives a month."""
    for naming, text, start, stop in after_undated_names(index, "months_tail"):
        event = naming.event
        rest = text[start:stop]
        span = _first_dates(rest)
        if span is None or span.date.year is None or span.date.month is None or span.date.day is not None:
            continue
        if span.end_date is not None and (span.end_date.day is not None or span.end_date < span.date):
            continue
        if not rx("months_close").match(rest[span.end :]):
            continue
        before = rest[: span.start]
        clause = rx("months_clause").match(before)
        hosted = clause is None and rx("months_host_after").match(before) is not None \
            and rx("months_host").search(text[naming.sentence.start : naming.phrase.start]) is not None
        if clause is None and not hosted:
            continue
        if _other_meeting_between(index, naming.sentence, event, naming.phrase.end, start + span.end):
            continue
        city = clause["city"] if clause is not None and _is_city(clause["city"]) else None
        _dated(index, event, span.date, span.end_date, city)
