"""meeting_page.yml, read once, and its patterns compiled (blanks inside a pattern ignored)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from ccmgraph.ingesters.flat.vocab import load_yaml


@cache
def table() -> dict[str, Any]:
    return load_yaml(Path(__file__).with_name("meeting_page.yml"))


@cache
def rx(name: str) -> re.Pattern[str]:
    """A case-insensitive pattern of meeting_page.yml."""
    return re.compile("".join(str(table()[name]).split()), re.IGNORECASE)
