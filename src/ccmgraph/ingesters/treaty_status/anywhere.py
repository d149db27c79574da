"""Treaty events on a page whatever kind it was read as, each once.

A legal database's record or a depositary's notice ("Instrument of ratification deposited by
Switzerland on 17 July 2012") may sit on a page detection rightly takes for news; and a page
detection takes for a status statement (a profile, a release on one State's accession) may
report in prose what only the news reader reads ("will come into force for South Sudan on 1
February 2024", "On Friday 12 June, Jamaica and Nigeria became the 97th and 98th signatories").
So, after the page's own reader: formal notices on a page of any other kind; the news reader's
treaty events on a status page of fewer than MIN_ROWS States (a table's rows are the table
reader's), and the special envoys its prose names in passing (a country profile's "met with
Special Envoy on the Universalization Prince Mired"). Only what the page's own reader did not give is added: one State, convention,
step and date once.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Sequence

from ccmgraph.document.read import Document
from ccmgraph.ingesters.flat.about import convention_of
from ccmgraph.ingesters.news.appositions import AppositionReader
from ccmgraph.ingesters.news.dating import article_date, item_date
from ccmgraph.ingesters.news.events import EventIndex
from ccmgraph.ingesters.news.ingester import page_convention
from ccmgraph.ingesters.news.items import Item, split_items, whole_page
from ccmgraph.ingesters.news.signatories import signatory_events
from ccmgraph.ingesters.news.text import default_recogniser, sentences
from ccmgraph.ingesters.news.treaty import item_treaty_events
from ccmgraph.ingesters.treaty_status.ingester import MIN_ROWS, prose_events, status_text
from ccmgraph.ingesters.treaty_status.prose import notices
from ccmgraph.ingesters.treaty_status.sections import Sections
from ccmgraph.ingesters.treaty_status.words import words
from ccmgraph.records import Mandate, Quote, Record, TreatyEvent
from ccmgraph.ingesters.undated import state_code

#: Kinds whose own reader reads formal notices already.
READS_NOTICES = frozenset({"treaty-status", "overdue-reports"})
#: Kinds whose pages get the news reader's special envoys when they state few States' steps.
STATUS_KINDS = frozenset({"treaty-status"})
#: Kinds whose pages get the news reader's treaty events when they state few States' steps: a
#: status page's prose, and a committee's or composition page's ("the Convention has entered
#: into force in Algeria on April 9, 2002", "welcomed Timor-Leste ... as the States that have
#: most recently acceded"), whose own reader reads no step.
PROSE_KINDS = frozenset({"treaty-status", "composition"})

#: The cheap test before a status page's prose is read for signatories.
SIGNATORY_WORDS = re.compile(r"[Ss]ignator|signed\s+but")
#: The cheap test before a status page's prose is read for special envoys.
ENVOY_WORDS = re.compile(r"\b[Ee]nvoy|\b[Ee]nvoy[ée]|\b[Ee]nviad[oa]")

Key = tuple[str, str, str, str]


def treaty_events_anywhere(doc: Document, kind: str, records: Sequence[Record]) -> Iterator[Record]:
    """The treaty events `doc` states that `records` (its own reader's) do not hold."""
    given = [r for r in records if isinstance(r, TreatyEvent)]
    have = {_key(r) for r in given}
    if kind not in READS_NOTICES and re.search(words()["anywhere_notice_words"], doc.text):
        yield from _new(_notice_events(doc), have)
    if kind in PROSE_KINDS and len({state_code(r.state.name) for r in given}) < MIN_ROWS:
        items = _items(doc)
        yield from _new(_news_events(doc, items), have)
        if kind in STATUS_KINDS and ENVOY_WORDS.search(doc.text):
            yield from _envoys(doc, items, records)
    elif kind in STATUS_KINDS and SIGNATORY_WORDS.search(doc.text):
        yield from _new(_signatories(doc, _items(doc)), have)


def _new(events: Iterable[TreatyEvent], have: set[Key]) -> Iterator[TreatyEvent]:
    """The events not given yet, nor given more or less precisely ("1997-12" beside "1997-12-04");
    an undated one (day "") is the same as an undated one only: a dated twin drops it later
    (ingesters/undated.py), and it never hides a dated one."""
    for event in events:
        state, convention, step, day = _key(event)
        if not any(k[:3] == (state, convention, step) and (k[3] == day if "" in (day, k[3])
                   else k[3].startswith(day) or day.startswith(k[3])) for k in have):
            have.add((state, convention, step, day))
            yield event


def _notice_events(doc: Document) -> Iterator[TreatyEvent]:
    """The steps the page's formal notices state, each of the convention its passage is about."""
    text = status_text(doc)
    convention = convention_of(text)
    if convention is not None:
        yield from prose_events(doc, text, convention, notices)


def _items(doc: Document) -> list[Item]:
    """The page's prose as the news reader splits it: titled items, else one article."""
    items = split_items(doc.lines)
    if not items and (article := whole_page(doc.lines, doc.name)) is not None:
        items = [article]
    return items


def _news_events(doc: Document, items: list[Item]) -> Iterator[TreatyEvent]:
    """The treaty events the news reader finds in the page's prose, item by item (reported in
    the page itself: a status page has no news items to tie them to). On a page of several
    conventions an event whose convention is not that of its passage (sections.py, as the status
    reader takes it: "Cluster Munition Ban Policy ... The convention entered into force for Cape
    Verde") is left out: the news reader would take the page's."""
    convention = page_convention(items)
    dated = article_date(doc.lines) if len(items) == 1 else None
    text = status_text(doc)
    sections = Sections(text, convention_of(text) or convention or "")
    for item in items:
        for event in item_treaty_events(item, default_recogniser, convention, item_date(item) or dated):
            if not isinstance(event, TreatyEvent):
                continue  # a warning: the status reader keeps facts only
            if sections.several and event.convention != sections.of_sentence(text, _position(text, sections, event.quote)):
                continue
            yield dataclasses.replace(event, context=None)


def _signatories(doc: Document, items: list[Item]) -> Iterator[TreatyEvent]:
    """The signatures a status page's prose states by calling States signatories ("Four
    signatory states have ratified the treaty since ...: Ukraine (December 2005), ..."), which
    its table reader, reading each State's dated steps, does not give."""
    convention = page_convention(items)
    for item in items:
        for para in item.paragraphs:
            for sentence in sentences(para):
                for event in signatory_events(sentence, default_recogniser, convention):
                    yield event


def _position(text: str, sections: Sections, quote: Quote) -> int:
    """Where a quote's sentence starts in `text`: its first words, on its line or after it."""
    start = sections.starts[quote.line - 1] if 0 < quote.line <= len(sections.starts) else 0
    first = re.compile(r"\s+".join(map(re.escape, quote.text.split()[:6])))
    found = first.search(text, start)
    return found.start() if found else start


def _envoys(doc: Document, items: list[Item], records: Sequence[Record]) -> Iterator[Mandate]:
    """The special envoys a status page's prose names in passing ("met with Special Envoy on the
    Universalization Prince Mired"), the posts of no meeting that the page's records lack."""
    convention = page_convention(items)
    reader = AppositionReader(default_recogniser, EventIndex(items, default_recogniser, convention, doc.lines))
    held = {(m.role, m.holder.name, m.convention) for m in records if isinstance(m, Mandate)}
    for item in items:
        for found in reader.read(item, convention):
            if isinstance(found, Mandate) and found.role == "other" and found.for_meeting is None \
                    and (found.role, found.holder.name, found.convention) not in held:
                held.add((found.role, found.holder.name, found.convention))
                yield dataclasses.replace(found, context=None)


def _key(event: TreatyEvent) -> Key:
    return (state_code(event.state.name), event.convention, event.event, event.date.iso() if event.date else "")
