"""A list of States that the end of the text cuts off mid-name ("... Austria, Belgium, Bul").

An excerpt (a search snippet, a page saved short) may stop inside a list's last item. Read as
it stands, that item spoils the whole list for the readers that take States only, or resolves
to a wrong State ("Guinea-Bis" -> Guinea). Only the pipeline knows where the text ends, so the
item is cut off there, once, before any reader, with a warning. It is cut when: the text ends
in it with no closing punctuation; a separator ("," "and" "et" "y") and a State stand right
before it; it is not a full registered State name (English, or French and Spanish with an
article, state_articles.csv) but the start of one. Anything else stays as written.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from ccmgraph.document.read import Document
from ccmgraph.ingesters.composition.foreign import foreign_state_spans
from ccmgraph.records import Quote, Warning_
from ccmgraph.resolve.actors import lookup_foreign_state, lookup_state
from ccmgraph.resolve.registry import foreign_state_index, state_index, without_article
from ccmgraph.resolve.text import name_key

_SEPARATOR = re.compile(r",\s*(?:(?:and|et|y)\s+)?|\s+(?:and|et|y)\s+")
_MOST_ITEMS = 3  # separators tried back from the end ("Bosnia and Herz" holds one itself)


@cache
def _keys() -> list[str]:
    """Every registered State name's key, English and foreign, sorted for prefix search."""
    return sorted({*state_index(), *foreign_state_index()})


def _starts_a_name(key: str) -> bool:
    """Whether `key` is the start of a registered State name, and not a whole one."""
    keys = _keys()
    at = bisect.bisect_left(keys, key)
    return at < len(keys) and keys[at] != key and keys[at].startswith(key)


def cut_item(text: str) -> tuple[int, str] | None:
    """Where the cut-off last item of a list of States ending `text` starts (its separator
    included), and the item; None when the text does not end inside such a list.

    >>> cut_item("Signed by Austria, Belgium, Bul")
    (26, 'Bul')
    >>> cut_item("Signed by Austria, Belgium, Bulgaria"), cut_item("Signed by Austria, Belgium, Bul.")
    (None, None)
    """
    body = text.rstrip()
    if not body or not body[-1].isalpha():
        return None
    line_start = body.rfind("\n") + 1
    separators = list(_SEPARATOR.finditer(body, line_start))[-_MOST_ITEMS:]
    for sep in reversed(separators):
        item = body[sep.end() :]
        if lookup_state(item) or lookup_foreign_state(item):
            return None  # the list ends in a whole name
        bare = without_article(item) or item
        if (bare == item and not bare[:1].isupper()) or not _starts_a_name(name_key(bare)):
            continue
        before = body[line_start : sep.start()]
        spans = foreign_state_spans(before[-160:])
        if spans and spans[-1].end == len(before[-160:]):
            return sep.start(), item
    return None


def without_cut_item(doc: Document) -> tuple[Document, list[Warning_]]:
    """The document with the cut-off last item of a list of States dropped, and a warning saying
    so; the document as it is when its text ends otherwise."""
    cut = cut_item(doc.text)
    if cut is None:
        return doc, []
    at, item = cut
    line = doc.text.count("\n", 0, at) + 1
    passage = doc.text[doc.text.rfind("\n", 0, at) + 1 :].strip()
    pages, dropped = doc.pages, len(doc.text.rstrip()) - at
    if pages and pages[-1].rstrip().endswith(item):  # a PDF's pages make the same lines as its text
        last = pages[-1].rstrip()
        pages = (*pages[:-1], last[: len(last) - dropped])
    warning = Warning_(f"left out {item!r}: the text ends inside it, the cut-off last item of a list of States",
                       Quote(passage[-400:], line))
    return replace(doc, text=doc.text[:at], pages=pages), [warning]
