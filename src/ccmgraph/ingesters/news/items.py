"""Split a news page into items: a title, an optional dateline, then body paragraphs.

News pages carry no markup once read as text, so the shape is inferred line by line:
a title is a short line without final punctuation; a dateline is a short line that ends
in a date ("Geneva, 4-6 September 2017", "Posted on 27 May 2014"); anything else is body.
Between two bodies there may be several short lines (an image caption, a page heading,
the next title): the one that shares most words with the body that follows is the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ccmgraph.records import PartialDate
from ccmgraph.text.dates import find_date_spans

_BULLET = re.compile(r"^\s*(?:[•·▪◦*‣-]|\d{1,2}[.)])\s+")
_FINAL_PUNCT = (".", ",", ";", ":")
_CAPTION_WORDS = frozenset("pic picture photo photograph image web credit jpg png banner".split())
_STOP = frozenset("the and for with from that this its their on of in at to by a an as is are was were".split())
_DATELINE_LABEL = re.compile(r"^(?:(?:posted|published|updated|date)(?:\s+on)?\s*:?\s*)", re.IGNORECASE)
_PLACE = re.compile(r"^(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?)\s*,?\s*$")
_INLINE_DATELINE_END = re.compile(r"^\s*[:–—-]\s+")
MAX_TITLE_WORDS = 15
MAX_TITLE_CHARS = 120


@dataclass(frozen=True)
class Paragraph:
    """Body text with its lines joined by single spaces, and where each line starts."""

    text: str
    line: int  # 1-based line of the first character
    starts: tuple[int, ...] = (0,)  # offsets in `text` where each source line begins

    def line_at(self, offset: int) -> int:
        """The 1-based document line holding character `offset` of the joined text."""
        index = sum(1 for start in self.starts if start <= offset) - 1
        return self.line + max(index, 0)


@dataclass(frozen=True)
class Dateline:
    """Where and when an item is set: "Geneva, 4-6 September 2017"."""

    text: str
    line: int
    date: PartialDate
    end: PartialDate | None = None
    place: str | None = None


@dataclass
class Item:
    """One news item: its title line, dateline if any, and body paragraphs."""

    index: int  # 1-based position on the page
    title: str
    line: int
    dateline: Dateline | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"news-{self.index}"

    def text(self) -> str:
        return "\n".join([self.title, *(p.text for p in self.paragraphs)])


@dataclass(frozen=True)
class _Unit:
    kind: str  # "title" (short line), "dateline" or "body"
    para: Paragraph
    dateline: Dateline | None = None


def read_dateline(text: str, line: int) -> Dateline | None:
    """A short line that ends in a date, optionally after a place or a "Posted on" label."""
    stripped = text.strip()
    if not stripped or len(stripped.split()) > 10:
        return None
    spans = _spans(stripped)
    if not spans:
        return None
    offset, stop, start, end = spans[-1]
    head = _DATELINE_LABEL.sub("", stripped[:offset]).strip()
    if stripped[stop:].strip(" .:–—-") or (head and not _PLACE.match(head)):
        return None
    return Dateline(stripped, line, start, end, head.rstrip(", ") or None)


def inline_dateline(para: Paragraph) -> Dateline | None:
    """A dateline written at the start of the first paragraph: "Bangkok 16-17 March 2017: The ..."."""
    spans = _spans(para.text[:80])
    if not spans:
        return None
    offset, stop, start, end = spans[0]
    head = para.text[:offset].strip()
    if not _INLINE_DATELINE_END.match(para.text[stop:]) or (head and not _PLACE.match(head)):
        return None
    return Dateline(para.text[:stop], para.line, start, end, head.rstrip(", ") or None)


def _spans(text: str) -> list[tuple[int, int, PartialDate, PartialDate | None]]:
    try:
        return find_date_spans(text)
    except ValueError:  # an impossible date is not a dateline; the fact readers report it
        return []


def _is_title_line(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and len(text) <= MAX_TITLE_CHARS
        and not text.endswith(_FINAL_PUNCT)
        and not _BULLET.match(text)
        and (text[0].isupper() or text[0].isdigit())
    )


def _units(lines: list[str]) -> list[_Unit]:
    """Group lines into paragraphs (blank lines and bullets separate) and classify each."""
    units: list[_Unit] = []
    block: list[tuple[int, str]] = []

    def flush() -> None:
        if not block:
            return
        first = block[0]
        if len(block) == 1:
            dateline = read_dateline(first[1], first[0])
            if dateline:
                units.append(_Unit("dateline", Paragraph(first[1].strip(), first[0]), dateline))
            else:
                kind = "title" if _is_title_line(first[1].strip()) else "body"
                units.append(_Unit(kind, Paragraph(first[1].strip(), first[0])))
        else:
            text, starts = "", []
            for _, raw in block:
                starts.append(len(text) + (1 if text else 0))
                text = f"{text} {raw.strip()}" if text else raw.strip()
            units.append(_Unit("body", Paragraph(text, first[0], tuple(starts))))
        block.clear()

    for number, raw in enumerate(lines, start=1):
        stripped = raw.strip()
        if not stripped:
            flush()
            continue
        if block and (_BULLET.match(stripped) or read_dateline(stripped, number) or read_dateline(block[-1][1], 0)):
            flush()
        block.append((number, raw))
    flush()
    return units


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in _STOP}


def _title_score(candidate: str, following: str) -> float:
    words = _words(candidate)
    overlap = len(words & _words(following))
    caption = len(words & _CAPTION_WORDS)
    return overlap - 2 * caption + 0.05 * len(candidate.split())


def split_items(lines: list[str]) -> list[Item]:
    """The items of a page, in order; text before the first title belongs to no item."""
    units = _units(lines)
    items: list[Item] = []
    run: list[_Unit] = []
    for position, unit in enumerate(units):
        if unit.kind != "body":
            run.append(unit)
            continue
        titles = [u for u in run if u.kind == "title"]
        datelines = [u.dateline for u in run if u.dateline]
        if titles:
            following = " ".join(u.para.text for u in units[position : position + 2] if u.kind == "body")
            best = max(titles, key=lambda u: _title_score(u.para.text, following))
            item = Item(len(items) + 1, best.para.text, best.para.line, datelines[0] if datelines else None)
            items.append(item)
        elif items and datelines and items[-1].dateline is None:
            items[-1].dateline = datelines[0]
        if items:
            if not items[-1].paragraphs and items[-1].dateline is None:
                items[-1].dateline = inline_dateline(unit.para)
            items[-1].paragraphs.append(unit.para)
        run = []
    return items


def whole_page(lines: list[str], name: str) -> Item | None:
    """The whole page as one item: blank-line separated paragraphs, the first as title when it is
    a short line (else the file's name, so that no quote repeats the first sentence)."""
    paragraphs: list[Paragraph] = []
    block: list[tuple[int, str]] = []
    for number, raw in enumerate([*lines, ""], start=1):
        if raw.strip():
            block.append((number, raw.strip()))
            continue
        if block:
            text, starts = "", []
            for _, line in block:
                starts.append(len(text) + (1 if text else 0))
                text = f"{text} {line}" if text else line
            paragraphs.append(Paragraph(text, block[0][0], tuple(starts)))
            block = []
    if not paragraphs:
        return None
    first = paragraphs[0]
    if len(first.text.split()) <= MAX_TITLE_WORDS and len(paragraphs) > 1:
        return Item(1, first.text, first.line, None, paragraphs[1:])
    return Item(1, name, first.line, None, paragraphs)
