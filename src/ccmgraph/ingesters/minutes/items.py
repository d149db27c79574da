"""Numbered agenda items of minutes, and the coordinators each coordinators' report names.

Numbers and titles may share a line ("3.1 Universalization (Japan and Lebanon)") or not
("4.1" then "6MSP Logo"). A number counts as a heading only when it continues the sequence
(the next top-level number, or a sub-number of the current one), so that a line of prose
that happens to start with a figure is not taken for an item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ccmgraph.text.dates import find_dates
from ccmgraph.text.names import split_names
from ccmgraph.ingesters.minutes.lexicon import Lexicon
from ccmgraph.ingesters.minutes.text import Passage, Sentence, is_footer, patterns, rx

_NUMBER = re.compile(
    rf"^\s*{patterns()['item_prefix']}(?P<num>\d{{1,2}}(?:\.\d{{1,2}})*)(?:[.:]|(?=\s)|$)\s*(?P<title>[A-Z“\"'(].{{0,140}})?$"
)
_ROMAN = re.compile(
    rf"^\s*{patterns()['item_prefix']}(?P<roman>[IVXL]{{1,6}})(?P<sub>(?:\.\d{{1,2}})*)[.:)]\s*(?P<title>[A-Z“\"'(].{{0,140}})?$"
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_LETTER = re.compile(r"^\s*\(?(?P<num>[a-h])[.)]\s*(?P<title>[A-Z].{0,100})?$")
_TITLED = re.compile(r"^(?P<theme>.+?)\s*\((?P<names>[^()]+)\)\s*$")


@dataclass
class Item:
    """One agenda item: number, title, and the lines its text spans."""

    number: str
    title: str
    line: int  # line of the number
    title_line: int
    last: int = 0
    body: Passage | None = None
    theme: str | None = None
    coordinators: list[tuple[str, str, str]] = field(default_factory=list)  # written, kind, key
    coordinator_quote: Sentence | None = None
    run_in: bool = False  # the text runs on after the title on the title's own line

    @property
    def key(self) -> str:
        return f"item-{self.number}"

    @property
    def parent(self) -> str | None:
        return f"item-{self.number.rsplit('.', 1)[0]}" if "." in self.number else None

    def text(self) -> str:
        return self.body.text if self.body else ""


RUN_IN_WORDS = 14  # words a title run in with its text may have
_CONNECTORS = frozenset("of the and on by from for to in at with a an".split())
_SENTENCE_OPENERS = frozenset("The This These It He She They We A An There Following After".split())


def _title_ok(title: str) -> bool:
    return len(title.split()) <= 18 and not title.rstrip().endswith((",", ";"))


def _next_title(lines: list[str], index: int) -> tuple[str, int] | None:
    for j in range(index + 1, min(index + 4, len(lines))):
        text = lines[j].strip()
        if not text or is_footer(text):
            continue
        if not (text[0].isupper() or text[0].isdigit()):
            return None
        if text.endswith(".") or not _title_ok(text):  # a title has no full stop: its text runs on after it
            return _run_in(text, j + 1) or ((text, j + 1) if _title_ok(text) else None)
        return text, j + 1
    return None


def _run_in(text: str, line: int) -> tuple[str, int] | None:
    """The title that opens a line its item's text runs on in ("Approval of the Minutes of
    24 February 2017 The Committee approved ..."): the leading capitalised words, up to a comma
    or to a word that opens the sentence after it; None when no short title stands there."""
    taken: list[str] = []
    for word in text.split():
        bare = word.strip("()")
        if taken and bare in _SENTENCE_OPENERS:
            break
        if not bare or not (bare[0].isupper() or bare[0].isdigit() or bare.lower() in _CONNECTORS):
            break
        taken.append(word)
        if word.endswith(","):
            break
    while taken and taken[-1].strip(",").lower() in _CONNECTORS:
        taken.pop()
    title = " ".join(taken).rstrip(",")
    if not taken or len(taken) > RUN_IN_WORDS or len(taken) == len(text.split()):
        return None
    return title, -line  # a negative line: the item's text begins on the title's own line


def _roman(numeral: str) -> int | None:
    """The value of an upper-case Roman numeral ("IV" -> 4), None when it is not well formed."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    canonical = {1: "I", 4: "IV", 5: "V", 9: "IX", 10: "X", 40: "XL", 50: "L"}
    written = ""
    rest = total
    for value in sorted(canonical, reverse=True):
        while rest >= value:
            written, rest = written + canonical[value], rest - value
    return total if written == numeral else None


def item_number(line: str) -> tuple[str, str | None] | None:
    """(number, title on the line) of a line that opens with an item number, Roman ones in
    Arabic figures ("IV. Next meeting" -> ("4", "Next meeting")); None otherwise."""
    m = _NUMBER.match(line)
    if m and not any(offset == 0 for offset, _, _ in find_dates(line.strip())):  # "3 March 2016" is a date
        return m["num"], m["title"]
    m = _ROMAN.match(line)
    value = _roman(m["roman"]) if m else None
    return (f"{value}{m['sub']}", m["title"]) if m and value else None


def _continues(number: str, top: int | None, sub: list[int]) -> bool:
    parts = [int(p) for p in number.split(".")]
    if len(parts) == 1:
        return top is None or top < parts[0] <= top + 2
    return len(parts) == 2 and parts[0] == top and (not sub or parts[1] > sub[-1])


def _letter_base(previous: str, letter: str) -> str | None:
    """The number a lettered sub-item belongs to: a sub-item ("4.1" -> "4.1.a"), or a top-level
    item whose letters start at "a" ("3" then "a)" -> "3.a", "3.a" then "b)" -> "3.b")."""
    parts = previous.split(".")
    if len(parts) == 1:
        return previous if letter == "a" else None
    if parts[-1].isalpha():
        return ".".join(parts[:-1]) if ord(letter) == ord(parts[-1]) + 1 else None
    return previous if len(parts) == 2 else None


def read_items(lines: list[str], start: int, top: int | None) -> list[Item]:
    """Agenda items from 0-based line `start` on; `top` is the number already used (attendance)."""
    items: list[Item] = []
    sub: list[int] = []
    for index in range(start, len(lines)):
        line = lines[index]
        m = item_number(line)
        head: tuple[str, str, int] | None = None
        if m and _continues(m[0], top, sub):
            title = (m[1], index + 1) if m[1] and _title_ok(m[1]) else None
            title = title or (None if m[1] else _next_title(lines, index))
            if title:
                head = (m[0], title[0].strip(), title[1])
        elif (lm := _LETTER.match(line)) and items and (base := _letter_base(items[-1].number, lm["num"])):
            title = (lm["title"], index + 1) if lm["title"] else _next_title(lines, index)
            if title and _title_ok(title[0]) and not title[0].rstrip().endswith("."):
                head = (f"{base}.{lm['num']}", title[0].strip(), title[1])
        if head is None:
            continue
        parts = head[0].split(".")
        if parts[-1].isdigit():
            if len(parts) == 1:
                top, sub = int(parts[0]), []
            else:
                sub.append(int(parts[1]))
        run_in = head[2] < 0
        items.append(Item(head[0], head[1], index + 1, abs(head[2]), run_in=run_in))
    for item, following in zip(items, items[1:] + [None]):
        item.last = following.line - 1 if following else len(lines)
        item.body = Passage(lines, item.title_line + (0 if item.run_in else 1), item.last)
    return items


def find_coordinators(items: list[Item], lexicon: Lexicon) -> None:
    """Fill theme and coordinators: from "Theme (A and B)" titles, else from the body of items
    under a coordinators' heading ("The Coordinator on Reporting, Costa Rica, informed")."""
    titles = {i.key: i.title for i in items}
    for item in items:
        m = _TITLED.match(item.title)
        if m:
            names = split_names(m["names"], lexicon.known)
            if names and all(lexicon.known(n) for n in names):
                item.theme = m["theme"].strip()
                item.coordinators = [_ident(n, lexicon) for n in names]
                continue
        parent_title = titles.get(item.parent or "", "")
        if item.body and re.search(patterns()["coordinators_parent"], parent_title, re.IGNORECASE):
            _body_coordinators(item, lexicon)


def _body_coordinators(item: Item, lexicon: Lexicon) -> None:
    assert item.body is not None
    wanted = set(_words(item.title))
    for sentence in item.body.sentences():
        for m in rx("body_coordinator", 0).finditer(sentence.text):
            names = split_names(m["names"], lexicon.known)
            theme_words = set(_words(m["theme"]))
            if not names or not all(lexicon.known(n) for n in names) or not wanted:
                continue
            if len(wanted & theme_words) / len(wanted) >= 0.5:
                item.theme = item.title
                item.coordinators = [_ident(n, lexicon) for n in names]
                item.coordinator_quote = sentence
                return


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", text.lower()) if w not in {"the", "and", "of", "on", "for"}]


def _ident(name: str, lexicon: Lexicon) -> tuple[str, str, str]:
    kind, key = lexicon.identify(name) or ("unknown", name)
    return lexicon.canonical_name(name), kind, key
