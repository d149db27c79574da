"""The news readers' own data files (the YAML beside each module), each read once."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml


@cache
def table(name: str) -> dict[str, Any]:
    """The mapping of `name` (a file of this package, "posts.yml")."""
    with open(Path(__file__).with_name(name), encoding="utf-8") as fh:
        return dict(yaml.safe_load(fh))
