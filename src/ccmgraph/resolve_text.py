"""Folding names so that case, diacritics, apostrophes and dashes never make a new entity.

Two foldings: `name_key` for looking a whole name up in a table (lossy, any length), and
`fold_text` for scanning a passage with one regex (one character in, one character out, so
offsets in the folded text are offsets in the original).
"""

from __future__ import annotations

import re
from functools import cache

from unidecode import unidecode

# Tokens written in more than one way inside names ("St. Lucia", "Bosnia & Herzegovina").
_TOKEN_PATTERNS = {"saint": r"(?:saint|st\.?)", "and": "(?:and|&)"}
_TOKEN_CANON = {"st": "saint"}
_GAP = r"[\s\-]+"


def name_key(name: str) -> str:
    """The lookup key of a name: ASCII, lower case, no leading "the", words joined by one space.

    >>> name_key("  The Côte d’Ivoire ")
    'cote divoire'
    >>> name_key("Bosnia & Herzegovina") == name_key("bosnia and herzegovina")
    True
    >>> name_key("St. Kitts and Nevis")
    'saint kitts and nevis'
    """
    text = unidecode(name).lower().replace("&", " and ")
    text = re.sub(r"['`.]", "", text)
    words = re.findall(r"[a-z0-9]+", text)
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(_TOKEN_CANON.get(w, w) for w in words)


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
    return "".join(_fold_char(c) for c in text)


def alias_pattern(alias: str) -> str:
    """A regex (for folded text) matching `alias` across line breaks, hyphens and "&"/"and".

    >>> bool(re.fullmatch(alias_pattern("Bosnia and Herzegovina"), fold_text("Bosnia &\\nHerzegovina")))
    True
    >>> bool(re.fullmatch(alias_pattern("Norwegian People's Aid"), "norwegian peoples aid"))
    True
    """
    parts: list[str] = []
    for token in re.findall(r"[a-z0-9]+|[^a-z0-9]", fold_text(alias.strip().replace("&", " and "))):
        if token.isalnum():
            parts.append(_TOKEN_PATTERNS.get(_TOKEN_CANON.get(token, token), token))
        elif token in "'.":
            parts.append(re.escape(token) + "?")
        elif token.isspace() or token == "-":
            if not parts or parts[-1] != _GAP:
                parts.append(_GAP)
        else:
            parts.append(r"\s*" + re.escape(token) + r"\s*")
    pattern = "".join(parts)
    # "&" stands for "and" with or without spaces around it.
    return pattern.replace(_GAP + _TOKEN_PATTERNS["and"] + _GAP, r"(?:[\s\-]+and[\s\-]+|\s*&\s*)")
