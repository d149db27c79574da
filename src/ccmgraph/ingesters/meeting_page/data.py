"""meeting_page.yml, read once, and its patterns compiled (blanks inside a pattern ignored)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from ccmgraph.ingesters.flat.vocab import load_yaml
from ccmgraph.resolve.people import split_honorific
from ccmgraph.vocabulary import canonical_honorific, honorific_pattern, titled_given_names, titles_before_names


@cache
def table() -> dict[str, Any]:
    return load_yaml(Path(__file__).with_name("meeting_page.yml"))


@cache
def rx(name: str) -> re.Pattern[str]:
    """A case-insensitive pattern of meeting_page.yml."""
    return re.compile("".join(str(table()[name]).split()), re.IGNORECASE)


def one_word(name: str) -> bool:
    """Whether a person's name, less honorifics and titles ("Minister Attached"), is one word: no
    one's. A royal named by one given name keeps the title ("HRH Princess Astrid"): two words."""
    rest = split_honorific(name)[1].split()
    if len(rest) == 2 and canonical_honorific(rest[0]) in titled_given_names():
        return False
    titles = "|".join(re.escape(t) for t in titles_before_names())
    bare = re.sub(honorific_pattern(), " ", name)
    bare = re.sub(rf"\b(?:{titles})\b", " ", bare) if titles else bare
    return len(bare.split()) < 2
