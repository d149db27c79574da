"""The convention a meeting page is about: the one its own words name once organisations'
names are set aside (the "International Campaign to Ban Landmines - Cluster Munition Coalition"
speaks at meetings of both conventions), else the one its bodies and calendar point to
(news/unnamed.py).
"""

from __future__ import annotations

import dataclasses

from ccmgraph.ingesters.news.ingester import page_convention
from ccmgraph.ingesters.news.items import Item
from ccmgraph.ingesters.news.unnamed import by_calendar, unnamed_convention
from ccmgraph.resolve.stage import without_organisations

__all__ = ["by_calendar", "meeting_page_convention", "unnamed_convention"]


def meeting_page_convention(items: list[Item]) -> str | None:
    """The convention the page's own words name once organisations' names are set aside, else
    the one its bodies and calendar point to, else None."""
    masked = [dataclasses.replace(item, title=without_organisations(item.title), paragraphs=[
        dataclasses.replace(p, text=without_organisations(p.text)) for p in item.paragraphs]) for item in items]
    text = "\n".join(t for item in masked for t in [item.title, *(p.text for p in item.paragraphs)])
    return page_convention(masked) or unnamed_convention(text)
