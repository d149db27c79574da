"""Folding names so that case, diacritics, apostrophes and dashes never make a new entity.

A name and a passage are cut into the same word keys ("Côte d’Ivoire" -> cote d ivoire,
"St." -> saint, "&" -> and), so a whole name looked up in a table and a name found inside a
passage agree by construction. `fold_text` maps one character to one character, so offsets
in the folded passage are offsets in the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from unidecode import unidecode

# A word keeps its inner marks ("d'ivoire", "u.s"), not a possessive's: "Montenegro's ratification"
# names Montenegro (its "s" is a word of its own, so a name written with one keys alike).
# French elides "le", "la" and "de" before a vowel: "l'Afghanistan", "d’Allemagne" are the article
# and the name, two words ("Côte d'Ivoire" keys as cote d ivoire, in a name and a passage alike).
_WORD = re.compile(r"(?<![a-z0-9])[ld]'(?=[a-z])|[a-z0-9]+(?:(?:['`](?!s\b)|\.)[a-z0-9]+)*|&")
_GAP = re.compile(r"[\s\-.'`]*")  # what may stand between two words of one name
_CANON = {"&": "and", "st": "saint"}


_MARKS = str.maketrans("", "", "'`.")


def _word_key(word: str) -> str:
    bare = word.translate(_MARKS)
    return _CANON.get(bare, bare)


@lru_cache(maxsize=1 << 16)  # pure, and asked about the same few hundred names all day
def name_key(name: str) -> str:
    """The lookup key of a name: ASCII, lower case, no leading "the", words joined by one space.

    >>> name_key("  The Côte d’Ivoire ")
    'cote d ivoire'
    >>> name_key("Bosnia & Herzegovina") == name_key("bosnia and herzegovina")
    True
    >>> name_key("St. Kitts and Nevis")
    'saint kitts and nevis'
    """
    words = [_word_key(m.group(0)) for m in _WORD.finditer(unidecode(name).lower())]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@cache
def _fold_char(char: str) -> str:
    ascii_char = unidecode(char).lower()
    if len(ascii_char) == 1:
        return ascii_char
    lower = char.lower()
    return lower if len(lower) == 1 else char


def fold_text(text: str) -> str:
    """Lower-case ASCII copy of `text` with exactly the same length (offsets carry over).

    >>> fold_text("Côte d’Ivoire – CCM")
    "cote d'ivoire - ccm"
    """
    if text.isascii():  # most passages: folding is lower-casing
        return text.lower()
    return "".join(_fold_char(c) for c in text)


def words(text: str) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, key, joins the previous word) for each word of a passage.

    A word joins the previous one when only spaces, line breaks, hyphens, dots or
    apostrophes stand between them, so "Bosnia &\\nHerzegovina" is one run of three words.

    >>> [(key, joined) for _, _, key, joined in words("Chile, Bosnia &\\nHerzegovina")]
    [('chile', False), ('bosnia', False), ('and', True), ('herzegovina', True)]
    >>> [key for _, _, key, _ in words("Montenegro’s ratification, Côte d’Ivoire")]
    ['montenegro', 's', 'ratification', 'cote', 'd', 'ivoire']
    """
    folded = fold_text(text)
    previous_end = -1
    for match in _WORD.finditer(folded):
        joined = previous_end >= 0 and _GAP.fullmatch(folded, previous_end, match.start()) is not None
        yield match.start(), match.end(), _word_key(match.group(0)), joined
        previous_end = match.end()
