"""Finding every State and organisation named in a passage, fast enough for a long document.

The passage is cut into word keys once (resolve_text.words); at each word only the forms
that begin with that word are tried, longest first, so "Bosnia and Herzegovina" is one
State and "Democratic People's Republic of Korea" is not read as "Republic of Korea".
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ccmgraph.resolve.registry import demonym_forms, organisation_aliases, state_forms, state_index
from ccmgraph.resolve.text import name_key, words
from ccmgraph.vocabulary import honorific_pattern

# Nouns after which a demonym names a State's delegation ("the Dutch presidency").
DELEGATION_NOUNS = frozenset(
    "presidency president delegation delegations delegate delegates government authorities proposal "
    "proposed mission embassy embassies ambassador minister ministry representative representatives "
    "statement coordinator coordinators capital side".split()
)

@cache
def _after_honorific() -> re.Pattern[str]:
    return re.compile(rf"\b{honorific_pattern()}\s+$")


Form = tuple[str, str, bool | None]  # kind, iso3 or org key, must be in capitals (None: may be lower-case)


@cache
def _tables() -> tuple[dict[str, Form], dict[str, str], dict[str, int]]:
    """Forms by key, demonyms by key, and the most words any form starting with a word has."""
    forms: dict[str, Form] = {}
    for written, iso3 in state_forms():
        key = name_key(written)
        if state_index().get(key) == iso3:  # a form the registry writes lower-case may be so written
            lower = written[0].islower() and not re.match(r"the\s", written)  # ("ex-République ...")
            forms[key] = ("state", iso3, None if lower else written.isupper())
    for org_key, written_forms in organisation_aliases().items():
        for written in written_forms:
            forms[name_key(written)] = ("organisation", org_key, written.isupper())
    demonyms = {name_key(w): iso3 for w, iso3 in demonym_forms()}
    longest: dict[str, int] = {}
    for key in [*forms, *demonyms]:
        first, n = key.split(" ")[0], key.count(" ") + 1
        longest[first] = max(longest.get(first, 0), n)
    return forms, demonyms, longest


def find_actor_names(text: str) -> list[tuple[int, str, str, str]]:
    """Every State and organisation named in `text`: (offset, text, kind, iso3 or org key).

    Longest form wins and matches never overlap. A name must start with a capital ("Chad",
    not "chad"), an abbreviation must be in capitals ("CMC"), a demonym counts only before
    a delegation noun ("the Croatian delegation"), and a State name right after an
    honorific is a first name ("Mr. Jordan Smith").

    >>> [(w, k) for _, w, _, k in find_actor_names("Bosnia &\\nHerzegovina and the Dutch presidency")]
    [('Bosnia &\\nHerzegovina', 'BIH'), ('Dutch', 'NLD')]
    """
    return list(_scan(text))


@lru_cache(maxsize=4096)
def _scan(text: str) -> tuple[tuple[int, str, str, str], ...]:
    """find_actor_names, remembered: the extractors of one document ask about the same
    passages several times (speakers, actors, mentions), five times over on average."""
    _, _, longest = _tables()
    cut = list(words(text))
    found: list[tuple[int, str, str, str]] = []
    i = 0
    while i < len(cut):
        size = 0
        for n in range(min(longest.get(cut[i][2], 0), len(cut) - i), 0, -1):
            if all(cut[j][3] for j in range(i + 1, i + n)) and (hit := _hit(text, cut, i, n)):
                found.append(hit)
                size = n
                break
        i += size or 1
    return tuple(found)


def _hit(text: str, cut: list[tuple[int, int, str, bool]], i: int, n: int) -> tuple[int, str, str, str] | None:
    forms, demonyms, _ = _tables()
    start, end = cut[i][0], cut[i + n - 1][1]
    written = text[start:end]
    key = " ".join(word[2] for word in cut[i : i + n])
    if key in forms:
        kind, ident, capitals = forms[key]
    elif key in demonyms and i + n < len(cut) and cut[i + n][3] and cut[i + n][2] in DELEGATION_NOUNS:
        kind, ident, capitals = "state", demonyms[key], False
    else:
        return None
    if (capitals is not None and not written[0].isupper()) or (capitals and not written.isupper()):
        return None
    if kind == "state" and _after_honorific().search(text[max(0, start - 16) : start]):
        return None
    return start, written, kind, ident


def forget_passages() -> None:
    """Start a new document with no remembered passages (so no document is read faster
    because another one said the same thing, e.g. in the bench)."""
    _scan.cache_clear()


def clear_cache() -> None:
    _tables.cache_clear()
    _scan.cache_clear()
