"""The words of flat.yml, loaded once."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

_FILE = Path(__file__).with_name("flat.yml")


@cache
def vocab() -> dict[str, Any]:
    data = yaml.safe_load(_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{_FILE}: a mapping expected"
    return data


def load_yaml(path: Path) -> dict[str, Any]:
    """A reader's own data file beside its module (a mapping)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a mapping expected")
    return data
