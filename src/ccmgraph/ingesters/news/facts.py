"""What a news item reports besides meetings: statements, votes, fulfilled obligations, launches.

Each reader looks at one sentence and returns a record whose meeting reference is still an
`Event` (keys are given once the whole page is read); `Pending` carries both.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ccmgraph.records import ActorRef, ObligationFulfilment, PartialDate, Publication, Statement, Vote, Warning_
from ccmgraph.text.dates import find_date_spans
from ccmgraph.ingesters.news.events import Event, EventIndex
from ccmgraph.ingesters.news.items import Item, Paragraph
from ccmgraph.ingesters.news.meetings import find_phrases
from ccmgraph.ingesters.news.unstated import no_convention
from ccmgraph.ingesters.news.text import NUMBER, Recogniser, Sentence, conventions, dedupe, parse_number, sentences

_STATEMENT = re.compile(
    r"\b(?:states?|stated)\s+the\s+following|\bwould\s+like\s+to\s+state|\bmade\s+the\s+following\s+statement"
    r"|\b(?:delivered|made|issued|gave|released)\s+(?:a|the|his|her|its|their)\s+(?:\w+\s+)?statement"
    r"|\b(?:is|are|was|were)\s+pleased\s+to\s+(?:announce|observe|inform|note|welcome)"
)
_COMPLETED = re.compile(r"\b(?:fulfil+ment|fulfil+ed|fulfil+ing|complet(?:ed|ion|es))\b", re.IGNORECASE)
_REPORTING = re.compile(r"\b(?:declared|declares|announced|announces|informed|informs|reported|reports|confirmed"
                        r"|has|had|have)\b")
_ARTICLE = re.compile(r"\b[Aa]rticles?\s+(\d{1,2})\b")
_OBLIGATIONS = [("clearance", re.compile(r"\bclearance\b|\bcleared\b", re.I)),
                ("stockpile-destruction", re.compile(r"\bstockpiles?\b", re.I))]
# Which article sets which obligation, per convention (CCM Art. 3/4; APMBC Art. 4/5).
ARTICLE_OF = {("ccm", "clearance"): "4", ("ccm", "stockpile-destruction"): "3",
              ("apmbc", "clearance"): "5", ("apmbc", "stockpile-destruction"): "4"}
_LAUNCH = re.compile(r"\b(?:launched|launches|presented|released|unveiled)\b")
_WORK = re.compile(r"^\s*(?:(?:the|a|an|its|their)\s+)?(?:new\s+)?(?:publication|guide|guidance\s+document|report"
                   r"|booklet|study|handbook|brochure|toolkit)?,?\s*(?:(?:entitled|titled|called)\s+)?")
_QUOTED = re.compile(r"[\"“‘]([^\"”’]{3,150})[\"”’]")
_CONNECTOR = r"(?:on|an|a|the|to|of|and|for|in|with|by|at|&)"
_TITLE_RUN = re.compile(rf"[A-Z][\w'’-]*(?:\s+(?:{_CONNECTOR}|[A-Z][\w'’-]*))*")
_BODY = re.compile(r"(?:the\s+)?(?P<body>(?:[A-Z][\w-]*\s+){1,4}(?:Committee|Unit|Group))\s+of\s+the\s+"
                   r"(?P<conv>CCM|APMBC|CCW)\b|\b(?P<conv2>CCM|APMBC|CCW)\s+(?P<body2>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*"
                   r"\s+(?:Committee|Unit|Group))")
_COUNTS = [
    ("in_favour", re.compile(rf"(?P<n>{NUMBER})\s+(?:votes?\s+)?in\s+favou?r|in\s+favou?r\s*:\s*(?P<m>{NUMBER})", re.I)),
    ("against", re.compile(rf"(?P<n>{NUMBER}|none|no)\s+(?:votes?\s+)?against|against\s*:\s*(?P<m>{NUMBER})", re.I)),
    ("abstentions", re.compile(rf"(?P<n>{NUMBER}|no)\s+(?:abstentions?|(?:States\s+)?abstain(?:ed|ing)?)"
                               rf"|abstentions?\s*:\s*(?P<m>{NUMBER})", re.I)),
]
_VOTE_OF = re.compile(rf"vote\s+of\s+(?P<a>{NUMBER})\s+to\s+(?P<b>{NUMBER}|none)(?:,?\s+with\s+(?P<c>{NUMBER})\s+abstentions?)?", re.I)


_AT = re.compile(r"\b(?:at|during|in\s+the\s+margins?\s+of)\s+(?:the\s+|a\s+|an\s+)?$")


@dataclass
class Pending:
    """A fact record and the event it happened at, keyed once the page is read."""

    record: Statement | Vote | ObligationFulfilment | Publication
    event: Event | None = None


def page_presidency(items: list[Item], recognise: Recogniser) -> ActorRef | None:
    """The State the page says holds the Presidency ("Germany in its capacity as the current Presidency")."""
    votes: Counter[ActorRef] = Counter()
    for item in items:
        for para in item.paragraphs:
            for m in re.finditer(r"\bPresidency\b", para.text):
                window_start = max(0, m.start() - 60)
                near = [(abs(a - m.start()), ref) for a, _, ref in recognise(para.text[window_start : m.end() + 60])
                        if ref.kind == "state"]
                if near:
                    votes[min(near, key=lambda x: x[0])[1]] += 1
    return votes.most_common(1)[0][0] if votes else None


def _date(sentence: Sentence, before: int | None = None) -> PartialDate | None:
    """The first date of the sentence (of its part before `before`, when given)."""
    try:
        spans = find_date_spans(sentence.text[:before])
    except ValueError:
        return None
    return spans[0][2] if spans else None


_NO_SENTENCE = Sentence(Paragraph("", 0), 0, 0)  # "no sentence names the meeting": only the title may


class FactReader:
    """Reads the facts of each item; remembers who presides what so "the President" can be named."""

    def __init__(self, index: EventIndex, recognise: Recogniser, presidency: ActorRef | None) -> None:
        self.index = index
        self.recognise = recognise
        self.presidency = presidency
        self.titles: set[str] = set()
        self.fulfilments: set[tuple[str, str, str]] = set()
        self.warnings: list[Warning_] = []  # facts left out, one line each

    def read(self, item: Item) -> list[Pending]:
        found: list[Pending] = []
        stated: set[tuple[ActorRef, ...]] = set()
        for para in item.paragraphs:
            for sentence in sentences(para):
                for pending in (self.statement(item, sentence), self.vote(item, sentence),
                                self.fulfilment(item, sentence), *self.publications(item, sentence)):
                    if pending is None:
                        continue
                    if isinstance(pending.record, Statement):
                        if pending.record.actors in stated:
                            continue
                        stated.add(pending.record.actors)
                    if pending.event is not None:
                        pending.event.report(item.index)
                    found.append(pending)
        return found

    def _actors(self, item: Item, text: str) -> tuple[ActorRef, ...]:
        """Who a subject phrase names; "the President" and "the Presidency" are read from the page."""
        found = self.recognise(text)
        actors = [ref for _, _, ref in found]
        for m in _BODY.finditer(text):
            if any(start < m.end() and m.start() < end for start, end, _ in found):
                continue  # the registry already knows this body by the name written here
            body, conv = (m["body"], m["conv"]) if m["body"] else (m["body2"], m["conv2"])
            actors.append(ActorRef(f"{conv} {' '.join(body.split())}", "organisation"))
        if not any(a.kind == "person" for a in actors) and re.search(r"\bPresident\b", text):
            chair = self._chair_named(item, text)
            if chair is not None:
                return (chair,)
        if not any(a.kind == "state" for a in actors) and re.search(r"\bPresidency\b", text) and self.presidency:
            actors.append(self.presidency)
        return dedupe(actors)

    def _chair_named(self, item: Item, text: str) -> ActorRef | None:
        named = [e for e in self.index.events if e.short_name and e.short_name in text and e.chair]
        if not named:
            named = [e for e in self.index.events if e.chair and e.item <= item.index and e.kind == "msp"]
        return named[-1].chair if named else None

    def _event(self, sentence: Sentence, item: Item, prefer: str | None = None) -> Event | None:
        """The meeting a fact happened at: named in its sentence, else after "at" in the item title."""
        events = self.index.at(sentence) if sentence is not _NO_SENTENCE else []
        if prefer:
            events = [e for e in events if e.kind == prefer] or events
        if not events and (m := re.search(r"\b(?:at|during)\s+(.+)$", item.title)):
            kinds = {(p.kind, p.short_name) for p in find_phrases(m.group(1))}
            events = [e for e in self.index.events if e.item <= item.index and (e.kind, e.short_name) in kinds]
        return events[0] if events else None

    def statement(self, item: Item, sentence: Sentence) -> Pending | None:
        m = _STATEMENT.search(sentence.text)
        if not m:
            return None
        actors = self._actors(item, sentence.text[: m.start()])
        if not actors:
            return None
        date = _date(sentence, before=m.start())
        about = re.match(r"\s+(?:on|about|regarding)\s+([^,.;:]+)", sentence.text[m.end() :])
        record = Statement(actors, sentence.quote(), title=item.title, about=about.group(1).strip() if about else None,
                           date=date, context=item.key)
        held_at = [n.event for n in self.index.namings if n.sentence == sentence
                   and _AT.search(sentence.para.text[max(0, n.phrase.start - 20) : n.phrase.start])]
        return Pending(record, held_at[0] if held_at else self._event(_NO_SENTENCE, item))

    def vote(self, item: Item, sentence: Sentence) -> Pending | None:
        if not re.search(r"\bvot(?:e|es|ed|ing)\b|\badopted\b", sentence.text, re.I):
            return None
        counts: dict[str, int | None] = {}
        for name, pattern in _COUNTS:
            m = pattern.search(sentence.text)
            if m:
                written = (m["n"] or m["m"] or "").lower()
                counts[name] = 0 if written in ("none", "no") else parse_number(written)
        if (m := _VOTE_OF.search(sentence.text)) and "in_favour" not in counts:
            counts = {"in_favour": parse_number(m["a"]), "against": 0 if m["b"] == "none" else parse_number(m["b"]),
                      "abstentions": parse_number(m["c"]) if m["c"] else None}
        if counts.get("in_favour") is None:
            return None
        event = self._event(sentence, item, prefer="unga") or next(
            (e for e in self.index.events if e.item == item.index and e.kind == "unga"), None)
        record = Vote(self._resolution_title(item), sentence.quote(), counts.get("in_favour"),
                      counts.get("against"), counts.get("abstentions"), _date(sentence), context=item.key)
        return Pending(record, event)

    @staticmethod
    def _resolution_title(item: Item) -> str:
        text = " ".join(p.text for p in item.paragraphs)
        m = re.search(r"resolution[^\"“]{0,20}[\"“]([^\"”]{5,150})[\"”]", text, re.I)
        if m:
            return m.group(1).strip()
        m = re.search(r"resolution\s+([A-Z]?[\d.]+/?[\d.]*)", text, re.I)
        return f"Resolution {m.group(1)}" if m else item.title

    def fulfilment(self, item: Item, sentence: Sentence) -> Pending | None:
        text = sentence.text
        done = _COMPLETED.search(text)
        if not done or not re.search(r"obligation|[Aa]rticle|clearance|stockpile", text):
            return None
        verbs = [m for m in _REPORTING.finditer(text, 0, done.start())]
        if not verbs:
            return None
        states = [(a, ref) for a, _, ref in self.recognise(text[: verbs[-1].start()]) if ref.kind == "state"]
        if not states:
            return None
        party = states[-1][1]
        if party == self.presidency and len(states) == 1 and re.search(r"\bpleased\b", text[: verbs[-1].start()]):
            return None
        named = [c for _, _, c in conventions(text) if c in ("ccm", "apmbc")]
        convention = named[0] if named else self.index.convention
        if convention is None:
            self.warnings.append(no_convention(f"{party.name}'s fulfilment of an obligation", sentence.quote()))
            return None
        obligation = next((name for name, rx in _OBLIGATIONS if rx.search(text)), None)
        article = _ARTICLE.search(text)
        number = article.group(1) if article else ARTICLE_OF.get((convention, obligation or ""))
        if number is None:
            return None
        if (party.name, convention, number) in self.fulfilments:
            return None
        self.fulfilments.add((party.name, convention, number))
        record = ObligationFulfilment(party, convention, number, sentence.quote(), obligation, _date(sentence),
                                      context=item.key)
        return Pending(record, None)

    def publications(self, item: Item, sentence: Sentence) -> list[Pending]:
        m = _LAUNCH.search(sentence.text)
        if not m:
            return []
        title = _work_title(sentence.text[m.end() :])
        if not title or title in self.titles or _a_meeting_name(title):
            return []
        subject = sentence.text[: m.start()]
        if ", which" in subject:
            subject = subject[: subject.rindex(", which")]
            subject = subject[max(subject.rfind(" with "), 0) :]
        actors = self._actors(item, subject)
        if not actors:
            return []
        self.titles.add(title)
        event = self._event(sentence, item, prefer="side-event")
        date = _date(sentence) or (event.date if event else None)
        record = Publication(title, sentence.quote(), actors, date=date, context=item.key)
        return [Pending(record, event)]


def _a_meeting_name(title: str) -> bool:
    """Whether a launched work's "title" is a meeting's name and nothing else ("Ireland presented
    the UN General Assembly procedural resolution"): the work is the meeting's, not so titled."""
    return any(p.start == 0 and p.end == len(title) for p in find_phrases(title))


def _work_title(after: str) -> str | None:
    """The title of a launched work: quoted, or the capitalised run after "the publication"."""
    lead = _WORK.match(after)
    rest = after[lead.end() if lead else 0 :]
    quoted = _QUOTED.match(rest)
    if quoted:
        return quoted.group(1).strip(" ,")
    run = _TITLE_RUN.match(rest)
    if not run:
        return None
    words = run.group(0).split()
    while words and re.fullmatch(_CONNECTOR, words[-1]):
        words.pop()
    return " ".join(words) if len(words) >= 2 else None
