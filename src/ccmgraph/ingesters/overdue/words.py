"""The overdue-report reader's words (overdue.yml), loaded once for all its modules."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from ccmgraph.ingesters.flat.vocab import load_yaml


@cache
def words() -> dict[str, Any]:
    """overdue.yml as a mapping (the same object on every call: never change it)."""
    return load_yaml(Path(__file__).with_name("overdue.yml"))
