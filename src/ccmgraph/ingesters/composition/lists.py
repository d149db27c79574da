"""Lists of States as sentences write them ("Austria and Panama", "Chile, Japan and the Philippines")."""

from __future__ import annotations

import re

from ccmgraph.ingesters.flat.states import only_states

#: A run of capitalised names joined by commas or "and" (", and": "Slovakia, and France"): where a
#: list of States may stand.
STATES_LIST = r"[A-Z][\w'’&.()\- ]*?(?:(?:,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?)[A-Z][\w'’&.()\- ]*?)*"


def tail_list(written: str) -> str:
    """The list of States at the end of a run: its longest tail that is States only
    ("Work Plan by Austria and Panama" -> "Austria and Panama"; "On 9 June 2017, Australia and
    Iraq" -> "Australia and Iraq"; "The President appointed Australia and Chile" -> "Australia and
    Chile")."""
    cuts = [0, *(m.start() for m in re.finditer(r"(?<=\s)(?=\S)", written))]
    for cut in cuts:
        if only_states(written[cut:]):
            return written[cut:]
    return written
