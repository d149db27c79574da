"""Whether one who "will preside over" a meeting is its President-designate or its President.

The future verb says the meeting is still to come, so its holder is designated, not presiding
("Ambassador Edvardas Borisovas of Lithuania, who will preside over the Second Conference, will
open the Meeting of Experts"). Unless the same paragraph says the presidency is held now or the
meeting under way: after a handover the holder presides over the meeting it leads to already,
and one who "will preside over the work" of a conference "being held" today is its President.
The news and meeting-page readers ask this one question the same way.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ccmgraph.ingesters.flat.vocab import load_yaml


@cache
def _rx(name: str) -> re.Pattern[str]:
    return re.compile(str(load_yaml(Path(__file__).with_name("presiding.yml"))[name]), re.I | re.X)


def designated_by_future(verb: str, paragraph: str) -> bool:
    """True when `verb` (the words of presiding) is in the future and `paragraph` does not say
    the presidency is held already or the meeting under way."""
    return bool(_rx("future").search(verb)) and not _rx("now").search(paragraph)
