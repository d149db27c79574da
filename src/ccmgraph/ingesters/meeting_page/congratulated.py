"""A State congratulated or thanked for taking up a meeting's presidency holds it.

Messages to a meeting (the UN Secretary-General's, read out by an official) greet the State
that presides: "I congratulate the Netherlands for assuming the presidency of the meeting", "I
congratulate the Republic of Croatia on its assumption of the presidency of the first Review
Conference". The news reader ties a presidency to a holder named right before its post; here
the holder stands before "for"/"on" and the post after the verb, so it is read here. Only a
State written whole between verb and "for" is a holder (a person thanked so is the news
reader's); the meeting is the one named right after "presidency of", or "the meeting" / "the
Conference" when that noun fits the page's own meeting. Words in meeting_page.yml
`presidency_taken` and `presidency_own_noun`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ccmgraph.ingesters.meeting_page.data import rx, table
from ccmgraph.ingesters.news.events import Event, EventIndex
from ccmgraph.ingesters.news.items import Item
from ccmgraph.ingesters.news.text import Recogniser, Sentence, sentences
from ccmgraph.records import ActorRef, Mandate


def congratulated(index: EventIndex, item: Item, recognise: Recogniser, own: Event | None) -> Iterator[Mandate]:
    """The presidency of each State a sentence congratulates or thanks for taking it up."""
    for para in item.paragraphs:
        for sentence in sentences(para):
            for m in rx("presidency_taken").finditer(sentence.text):
                state = _one_state(m["who"], recognise)
                event = _meeting_at(index, sentence, sentence.start + m.end(), own)
                if state is None or event is None or not event.short_name or not event.convention:
                    continue
                event.report(item.index)
                yield Mandate(state, "president", sentence.quote(), event.convention, for_meeting=event.short_name,
                              context=item.key)


def _one_state(who: str, recognise: Recogniser) -> ActorRef | None:
    """The State the words are, whole (less an article): "the Netherlands", "the Republic of Croatia"."""
    found = recognise(who)
    if len(found) != 1 or found[0][2].kind != "state":
        return None
    a, b, ref = found[0]
    if who[:a].strip().lower() not in ("", "the") or who[b:].strip():
        return None
    return ActorRef(ref.name, "state")


def _meeting_at(index: EventIndex, sentence: Sentence, at: int, own: Event | None) -> Event | None:
    """The meeting named at paragraph offset `at`, or the page's own for a noun that fits it."""
    for naming in index.namings:
        if naming.sentence.para is sentence.para and naming.phrase.start == at:
            return naming.event
    noun = rx("presidency_own_noun").match(sentence.para.text[at : sentence.end])
    if own is None or noun is None or own.kind not in table()["own_nouns"][noun["noun"].lower()]:
        return None
    return own
