"""Posts named in sentences, on pages of every kind the news reader does not read.

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
from ccmgraph.ingesters.news.text import default_recogniser
from ccmgraph.records import Mandate, Record

#: Kinds whose own reader reads sentences for posts already (news.ingester.read_page) or that
#: have readers of their own for people and posts (minutes).
READ_ALREADY = frozenset({"presidency-news", "news", "meeting-page", "cc-minutes"})
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
    for record in read_page([item], default_recogniser, doc.name, about=_one_convention, lines=doc.lines):
        if not isinstance(record, Mandate) or post_of(record)[:3] in held:
            continue
        held.add(post_of(record)[:3])
        yield dataclasses.replace(record, context=None)  # reported in the document: no news item is written


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
