"""The meetings a status page or an overdue list names in its prose, with their own dates.

"Attended Third Meeting of States Parties in Oslo, Norway in September 2012 and intersessional
meetings in Geneva in April 2013": country profiles and statements say which meetings a State
attended, and lists of overdue reports which meeting they were drawn up for. Reading a meeting
and the dates that are its own is the news reader's work (ingesters/news/events.py); this
asks it about the page's prose and keeps what it could key, never a meeting that would end
before it starts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ccmgraph.document.read import Document
from ccmgraph.ingesters.news.events import EventIndex
from ccmgraph.ingesters.news.ingester import page_convention
from ccmgraph.ingesters.news.items import split_items, whole_page
from ccmgraph.ingesters.news.meetings import CONVENTION_MEETINGS
from ccmgraph.ingesters.news.text import default_recogniser
from ccmgraph.ingesters.treaty_status.sections import Sections
from ccmgraph.records import Meeting


def page_meetings(doc: Document, convention: str) -> Iterator[Meeting]:
    """The meetings the page's prose names, each once, with the dates the text gives for it."""
    items = split_items(doc.lines)
    if not items and (whole := whole_page(doc.lines, doc.name)) is not None:
        items = [whole]
    if not items:
        return
    index = EventIndex(items, default_recogniser, page_convention(items) or convention)
    index.assign_keys()
    sections = Sections("\n".join(doc.lines), convention)
    for event in index.events:
        if event.key is None or event.kind not in CONVENTION_MEETINGS:  # a regional seminar is no meeting of it
            continue
        if event.date and event.end_date and event.date.year and event.end_date.year and event.end_date < event.date:
            continue
        record = event.record()
        # on a page about several conventions, a meeting is of the one its passage is about
        yield replace(record, convention=sections.at_line(record.quote.line)) if sections.several else record


__all__ = ["page_meetings"]
