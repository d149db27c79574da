"""Posts (and, on composition pages, dated meetings) named in sentences, on pages of every
kind the news reader does not read; on composition pages, the people they tie to a party too.

A committee's news ("L'Algérie a été élue à la présidence du Comité ... le président de la 21e
assemblée des Etats parties, l'Allemand Tomas Gobel"), a treaty profile ("informed the Mine Ban
Treaty envoy, Princess Astrid of Belgium") or a status page's notes name posts in the sentences
the news reader reads (presidents.py, chairs.py, terms.py, appositions.py, directors.py); detection
rightly takes such pages for composition pages or status tables, whose readers read tables. So
the news reader runs on them too, after their own reader (ingesters.every_kind), as one item,
and only its posts are kept: those whose holder the page's own records do not already hold in
that role (the table's words say more there). Meeting pages and news already run it
(read_page); minutes have their own readers of people and posts, and are left alone.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence

from ccmgraph.document.read import Document
from ccmgraph.ingesters.composition.anywhere import post_of
from ccmgraph.ingesters.meeting_page.convention import meeting_page_convention
from ccmgraph.ingesters.news.text import conventions
from ccmgraph.ingesters.news.ingester import read_page
from ccmgraph.ingesters.news.items import Item, Paragraph, whole_page
from ccmgraph.ingesters.news.meetings import CONVENTION_MEETINGS
from ccmgraph.ingesters.news.text import default_recogniser
from ccmgraph.records import Mandate, Meeting, Mention, NewsItem, Record

#: Kinds whose own reader reads sentences for posts already (news.ingester.read_page) or that
#: have readers of their own for people and posts (minutes).
READ_ALREADY = frozenset({"presidency-news", "news", "meeting-page", "cc-minutes"})
#: Kinds whose sentences also report meetings their own reader does not read: the dated events
#: of a coordinators' log (workshops, side events) are kept with the posts.
MEETINGS_TOO = frozenset({"composition"})
#: The key of the page as one item, in which such a page's people are named (a person the page's
#: words tie to a State or organisation: "Ambassador X of France commenced the meeting").
PAGE_ITEM = "aside-page"
_CONVENTIONS = ("ccm", "apmbc", "ccw-p5")
#: The cheapest test first (this runs on every document): a word of some post the news readers read.
_POST_WORD = re.compile(r"[Pp]r[eé]sid|[Cc]hair|[Ee]nv(?:oy|oyé|iad)|[Dd]irect|[Cc]oordin|[Cc]oordon|[Vv]ice")


def sentence_posts(doc: Document, kind: str, records: Sequence[Record]) -> Iterator[Record]:
    """The posts the sentences of `doc` name that the records of its own kind's reader do not."""
    if kind in READ_ALREADY or not _POST_WORD.search(doc.text):
        return
    item = _as_item(doc)
    if item is None:
        return
    held = {post_of(r)[:3] for r in records if isinstance(r, Mandate)}
    known = {_meeting_key(r) for r in records if isinstance(r, Meeting)}
    named = {r.name for r in records if isinstance(r, Mention) and r.kind == "person"}
    page: NewsItem | None = None
    known_items: set[str] = set()
    one = _one_convention([item]) is not None  # a page of two conventions: whose body "the ISU" is, unknown
    for record in read_page([item], default_recogniser, doc.name, about=_one_convention, lines=doc.lines):
        if isinstance(record, NewsItem):
            page = dataclasses.replace(record, key=PAGE_ITEM)
        if isinstance(record, Mention) and kind in MEETINGS_TOO and one and record.kind == "person" \
                and record.party is not None and record.name not in named and page is not None:
            if page.key not in known_items:
                known_items.add(page.key)
                yield page  # what the page's people are named in: the page as one item
            named.add(record.name)
            yield dataclasses.replace(record, context=PAGE_ITEM)
        if isinstance(record, Meeting) and kind in MEETINGS_TOO and _dated_of_a_convention(record) \
                and _meeting_key(record) not in known:
            known.add(_meeting_key(record))
            yield dataclasses.replace(record, key=f"aside-{len(known)}")  # its own key: the page's keys are its reader's
        if not isinstance(record, Mandate) or post_of(record)[:3] in held:
            continue
        held.add(post_of(record)[:3])
        yield dataclasses.replace(record, context=None)  # reported in the document: no news item is written


def _dated_of_a_convention(meeting: Meeting) -> bool:
    """A meeting the sentences date fully enough to be one (a year at least) and place in a
    convention of the graph, of a kind beyond the convention's own calendar: a coordinators'
    log's workshop "that took place in Manila on 18-19 June 2019". One named in passing, undated,
    is left out, as the news reader leaves it; the convention's own meetings (its MSPs, its
    intersessionals) are the page's own reader's, which dates them from its table."""
    return meeting.convention in _CONVENTIONS and meeting.date is not None and meeting.date.year is not None \
        and meeting.kind not in CONVENTION_MEETINGS and meeting.short_name is None


def _meeting_key(meeting: Meeting) -> tuple[str | None, ...]:
    """One meeting as the page's readers both may give it: by its number, else its first day."""
    day = meeting.date.iso() if meeting.date else None
    return (meeting.convention, meeting.kind, meeting.short_name or day)


def _one_convention(items: list[Item]) -> str | None:
    """The page's convention as a meeting page's is read, but only where its words name one
    convention at most: on a page of another kind that names two, a post whose own sentence
    names neither is that kind's reader's to place, and it leaves such posts out."""
    named = {short for item in items for text in (item.title, *(p.text for p in item.paragraphs))
             for _, _, short in conventions(text) if short in _CONVENTIONS}
    return meeting_page_convention(items) if len(named) <= 1 else None


def _as_item(doc: Document) -> Item | None:
    """The page as one item, its title line read as a sentence too (as a meeting page's is)."""
    item = whole_page(doc.lines, doc.name)
    if item is None or item.title == doc.name:
        return item
    return Item(item.index, doc.name, item.line, item.dateline, [Paragraph(item.title, item.line, (0,)), *item.paragraphs])
