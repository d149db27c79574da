"""A meeting placed by the message read out to it "today".

UN press releases carry the Secretary-General's message to a meeting with where it was read:
"Following is ... message to the first Review Conference of the Convention on Cluster Munitions,
delivered by X, Director ..., in Dubrovnik, Croatia, today". A message delivered to a meeting
is delivered where the meeting sits, so the city is the meeting's. The delivering official's
post may hold commas, which the clause readers of flat/ stop at; the message before the name
and "today" after the city tie them here. Only a city the conventions have met in is taken
(flat/cities.py `known_city`). Words in meeting_page.yml `message_before`, `message_after`.
"""

from __future__ import annotations

from ccmgraph.ingesters.flat.cities import known_city
from ccmgraph.ingesters.meeting_page.data import rx
from ccmgraph.ingesters.news.events import EventIndex


def message_cities(index: EventIndex) -> None:
    """Place each unplaced numbered meeting a message is delivered to in a city today."""
    for naming in index.namings:
        event = naming.event
        if event.number is None or event.city is not None:
            continue
        text = naming.sentence.para.text
        if rx("message_before").search(text[naming.sentence.start : naming.phrase.start]) is None:
            continue
        m = rx("message_after").match(text[naming.phrase.end : naming.sentence.end])
        city = known_city(m["city"]) if m else None
        if city is not None:
            event.city = city
            event.report(naming.item)
