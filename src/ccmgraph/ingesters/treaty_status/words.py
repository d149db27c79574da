"""treaty_status.yml, compiled once."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from ccmgraph.ingesters.flat.vocab import load_yaml
from ccmgraph.records import PartialDate


@cache
def words() -> dict[str, Any]:
    return load_yaml(Path(__file__).with_name("treaty_status.yml"))


@cache
def compiled(section: str) -> dict[str, re.Pattern[str]]:
    """A mapping section of the file (name -> pattern), compiled case-insensitively."""
    return {str(k): re.compile(v, re.IGNORECASE) for k, v in words()[section].items()}


def signature_closed(convention: str) -> PartialDate | None:
    """The day `convention` closed for signature (its entry into force), or None if it had none."""
    day = words()["signature_closed"].get(convention)
    return None if day is None else PartialDate(day.year, day.month, day.day)


def instrument_of(text: str) -> str | None:
    """The kind of step a legend's or heading's words name; several at once -> consent to be bound.

    >>> instrument_of("Accession"), instrument_of("Ratification, Acceptance, Approval or Notification")
    ('accession', 'consent_to_be_bound')
    """
    named = [kind for kind, rx in compiled("instruments").items() if rx.search(text)]
    if len(named) > 1 and "provisional" not in named:
        return str(words()["several_instruments"])
    return named[0] if named else None
