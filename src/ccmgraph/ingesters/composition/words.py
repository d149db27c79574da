"""composition.yml and the themes of ingest/reference/themes.csv, loaded once."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from ccmgraph.ingesters.flat.vocab import load_yaml
from ccmgraph.resolve.registry import read_table

_STOP = frozenset("and of the on for in to a an convention".split())


@cache
def words() -> dict[str, Any]:
    return load_yaml(Path(__file__).with_name("composition.yml"))


def rx(name: str, flags: int = re.IGNORECASE | re.MULTILINE) -> re.Pattern[str]:
    return _compiled(name, flags)


@cache
def _compiled(name: str, flags: int) -> re.Pattern[str]:
    return re.compile(words()[name], flags)


def _bag(text: str) -> frozenset[str]:
    tokens = re.findall(r"[a-z0-9]+", text.lower())
    return frozenset(t[:-1] if len(t) > 3 and t.endswith("s") else t for t in tokens if t not in _STOP)


@cache
def _themes() -> dict[str, list[frozenset[str]]]:
    """Per convention, the word bags of every theme label and alternative label."""
    out: dict[str, list[frozenset[str]]] = {}
    for row in read_table("themes.csv", ("convention", "key", "label", "alt_labels")):
        labels = [row["label"], *filter(None, row["alt_labels"].split(";"))]
        out.setdefault(row["convention"], []).extend(_bag(label) for label in labels)
    return out


def is_theme(label: str, convention: str) -> bool:
    """Whether a row label names one of the convention's themes (words of one within the other).

    >>> is_theme("Clearance and risk reduction education", "ccm"), is_theme("Representatives", "ccm")
    (True, False)
    """
    bag = _bag(label)
    return bool(bag) and any(t and (t <= bag or bag <= t) for t in _themes().get(convention, []))
