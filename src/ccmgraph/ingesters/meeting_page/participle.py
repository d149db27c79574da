"""A numbered meeting dated by the participle set off right after its name.

Reports take up an earlier meeting in passing, as the subject of another verb: "La première
Conférence d'examen de la Convention, tenue à Dubrovnik (Croatie) du 7 au 11 septembre 2015, a
décidé que ...", "the First Review Conference, held in Dubrovnik, Croatia, from 7 to 11
September 2015, decided ...". No verb of being held follows the name (own.py `said_of` finds
none), and the participle is no relative clause (own.py `resumed`), yet the apposition is the
meeting's own: its place and days are the meeting's. The apposition must open with a comma right
after the name (or the convention's name after it), hold only a place and the days, and close
after them; no other meeting may be named in it. Its words are meeting_page.yml
`participle_held` and `participle_close`.
"""

from __future__ import annotations

from ccmgraph.ingesters.flat.cities import english_city
from ccmgraph.ingesters.meeting_page.after_names import after_undated_names
from ccmgraph.ingesters.meeting_page.data import rx
from ccmgraph.ingesters.meeting_page.own import _first_dates, _is_city, _other_meeting_between
from ccmgraph.ingesters.news.events import EventIndex


def participles(index: EventIndex) -> None:
    """Date and place each undated numbered meeting its name's participle apposition dates."""
    for naming, text, start, stop in after_undated_names(index, "participle_tail"):
        event = naming.event
        lead = rx("participle_held").match(text, start, stop)
        if lead is None:
            continue
        rest = text[lead.end() : stop]
        span = _first_dates(rest)
        if span is None or span.date.year is None or span.date.month is None:
            continue
        place = rx("resumed_place").fullmatch(rest[: span.start])
        if place is None or not rx("participle_close").match(rest[span.end :]):
            continue
        if span.end_date is not None and span.end_date < span.date:
            continue
        if _other_meeting_between(index, naming.sentence, event, naming.phrase.end, lead.end() + span.end):
            continue
        city = place["city"] if place["city"] and _is_city(place["city"]) else None
        end = span.end_date or (span.date if span.date.complete else None)
        event.date, event.end_date = span.date, end
        event.city = event.city or (english_city(city) if city else None)
        event.report(naming.item)
