"""Meetings numbered beyond what their convention has held, or of no convention: left out.

A page that names no convention, or names two, can give a meeting the wrong one; where the
number then exceeds every meeting that convention has held (vocabulary/held.yml), the fact is
certainly wrong. The meeting and every record tied to it (by key or by short name) are dropped,
with one warning, so that the graph never holds a "CCM 16MSP". So is a numbered meeting that
neither its record, its name nor its document gives a convention (resolve.meetings.unplaced):
"the 11MSP" of a page that names no convention is no one meeting.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
import yaml

from ccmgraph import records as r
from ccmgraph.paths import vocabulary_dir
from ccmgraph.resolve.meetings import unplaced

_KEY = re.compile(r"^(?P<kind>[a-z-]+)/(?P<convention>ccm|apmbc|ccw-p5)-(?P<number>\d+)[a-z]*$")
_SHORT = re.compile(r"^(?P<number>\d+)(?P<suffix>MSP|RC|CONF)$")
_SHORT_KIND = {"MSP": "msp", "RC": "revcon", "CONF": "hcp-conference"}
#: The fields by which a record names the meeting it belongs to (a Meeting record's `key`).
_MEETING_FIELDS = ("meeting", "at_meeting", "due_meeting", "scheduled_at", "context")


@cache
def _held() -> tuple[dict[str, dict[str, int]], int]:
    data = yaml.safe_load((vocabulary_dir() / "held.yml").read_text(encoding="utf-8"))
    return {str(c): {str(k): int(n) for k, n in kinds.items()} for c, kinds in data["held"].items()}, int(data["margin"])


def impossible(kind: str, convention: str | None, number: int | None) -> bool:
    """Whether `convention` cannot have held a meeting of `kind` numbered `number`.

    >>> impossible("msp", "ccm", 16), impossible("msp", "apmbc", 16), impossible("msp", None, 99)
    (True, False, False)
    """
    held, margin = _held()
    top = held.get(convention or "", {}).get(kind)
    return top is not None and number is not None and number > top + margin


def _of_identity(identity: str | None) -> bool:
    m = _KEY.match(identity or "")
    return m is not None and impossible(m["kind"], m["convention"], int(m["number"]))


def _of_short_name(short_name: str | None, convention: str | None) -> bool:
    m = _SHORT.match(short_name or "")
    return m is not None and impossible(_SHORT_KIND[m["suffix"]], convention, int(m["number"]))


def drop_impossible(records: list[r.Record], convention: str | None = None) -> list[r.Record]:
    """The records less the meetings no convention's calendar allows, or of no convention
    (`convention` is the document's), and what hangs on them."""
    dropped = {rec.key: rec for rec in records if isinstance(rec, r.Meeting) and _of_identity(rec.identity)}
    unknown = {rec.key: rec for rec in records if isinstance(rec, r.Meeting) and rec.key not in dropped
               and unplaced(rec.kind, rec.convention, short_name=rec.short_name, title=rec.title,
                            document_convention=convention)}
    placed = {rec.short_name for rec in records if isinstance(rec, r.Meeting) and rec.key not in unknown}
    guessed = {rec.short_name for rec in unknown.values() if rec.short_name and rec.short_name not in placed}
    if not dropped and not unknown and not any(isinstance(rec, r.Mandate) and _of_short_name(rec.for_meeting, rec.convention)
                                               for rec in records):
        return records
    dropped.update(unknown)
    kept: list[r.Record] = []
    for rec in records:
        if isinstance(rec, r.Meeting) and rec.key in dropped:
            continue
        if isinstance(rec, r.Mandate) and (_of_short_name(rec.for_meeting, rec.convention) or rec.for_meeting in guessed):
            continue
        if any(getattr(rec, f.name) in dropped for f in dataclasses.fields(rec) if f.name in _MEETING_FIELDS):
            continue
        kept.append(rec)
    for meeting in dropped.values():
        if meeting.key in unknown:
            kept.append(r.Warning_(f"left out {meeting.short_name or meeting.title or meeting.kind!r}: the text names no "
                                   "convention for it, and none is guessed", meeting.quote))
            continue
        kept.append(r.Warning_(f"left out {meeting.identity}: the {meeting.convention or 'convention'} had not held "
                               f"a meeting of that number; the text's convention is likely another", meeting.quote))
    return kept
