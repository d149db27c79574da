"""Directors of an Implementation Support Unit a news item names, with the start and end of the term.

"the ISU Director, Ms Sheila N. Mweemba"; "the tenure of Ms X as CCM ISU Director will end on
30 April 2023"; "Ms Y will replace Ms X as CCM ISU Director, starting 1 May 2023" (the post is
Y's, not X's); "Ms X has served as the first Director of the Implementation Support Unit ...
since May 2015". The holder is a person named right next to the role words, never a State or
an organisation; a date is the term's only when a start or end word leads to it. One Mandate per
person and item, its dates gathered from every sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ccmgraph.records import ActorRef, Mandate, PartialDate, Quote, Warning_
from ccmgraph.ingesters.news.dating import date_spans
from ccmgraph.ingesters.news.items import Item
from ccmgraph.ingesters.news.people import bare_names
from ccmgraph.ingesters.news.presidents import rx
from ccmgraph.ingesters.news.text import FoundActor, Recogniser, Sentence, conventions, sentences
from ccmgraph.ingesters.news.unstated import no_convention

MAX_GAP_WORDS = 8  # between the role words and a date of the term


@dataclass
class _Term:
    holder: ActorRef
    quote: Quote
    start: PartialDate | None = None
    end: PartialDate | None = None
    convention: str | None = None  # the one a sentence naming the post names ("CCM ISU Director")


def _surname(ref: ActorRef) -> str:
    return ref.name.split()[-1].lower()


class DirectorReader:
    """Yields one isu-director Mandate per person an item names in the post."""

    def __init__(self, recognise: Recogniser) -> None:
        self.recognise = recognise

    def read(self, item: Item, convention: str | None) -> Iterator[Mandate | Warning_]:
        """The item's directors, of the convention their sentence names, else the page's one."""
        terms: dict[str, _Term] = {}
        for para in item.paragraphs:
            for sentence in sentences(para):
                named = [c for _, _, c in conventions(sentence.text) if c in ("ccm", "apmbc", "ccw-p5")]
                for holder, start, end in self._sentence(sentence):
                    term = terms.setdefault(_surname(holder), _Term(holder, sentence.quote()))
                    if len(holder.name) > len(term.holder.name):
                        term.holder = holder
                    term.start, term.end = term.start or start, term.end or end
                    term.convention = term.convention or (named[0] if len(set(named)) == 1 else None)
        for term in terms.values():
            of = term.convention or convention
            if of is None:
                yield no_convention(f"the ISU Director {term.holder.name!r}", term.quote)
                continue
            yield Mandate(term.holder, "isu-director", term.quote, of, start=term.start, end=term.end,
                          context=item.key)

    def _sentence(self, sentence: Sentence) -> Iterator[tuple[ActorRef, PartialDate | None, PartialDate | None]]:
        text = sentence.text
        posts = list(rx("director").finditer(text))
        if not posts:
            return
        found = self.recognise(text)
        people = [f for f in found if f[2].kind == "person"]
        # a name without an honorific, set off right before the post: "said Kerry Brinkert, the Director of ..."
        people = sorted([*people, *bare_names(text, [(a, b) for a, b, _ in found])], key=lambda f: f[0])
        for m in posts:
            holder = self._after(text, m.end(), people) or self._before(text, m.start(), people)
            if holder is not None:
                yield holder, self._date(text, m.end(), "starts"), self._date(text, m.end(), "ends")

    @staticmethod
    def _after(text: str, at: int, people: list[FoundActor]) -> ActorRef | None:
        lead = rx("director_after").match(text[at:])
        return next((ref for a, _, ref in people if lead and a == at + lead.end()), None)

    @staticmethod
    def _before(text: str, at: int, people: list[FoundActor]) -> ActorRef | None:
        lead = rx("director_before").search(text[:at])
        if lead is None:
            return None
        before = [(i, f) for i, f in enumerate(people) if f[1] == lead.start()]
        if not before:
            return None
        index, (a, _, ref) = before[0]
        if rx("replaces").search(text[:a]):  # "Y will replace X as ...": the post is Y's
            earlier = people[index - 1] if index else None
            return earlier[2] if earlier else None
        return ref

    @staticmethod
    def _date(text: str, at: int, words: str) -> PartialDate | None:
        for span in date_spans(text):
            if span.start < at or span.end_date is not None:
                continue
            gap = text[at : span.start]
            if len(gap.split()) <= MAX_GAP_WORDS and rx(words).search(gap):
                return span.date if span.date.year is not None else None
        return None
