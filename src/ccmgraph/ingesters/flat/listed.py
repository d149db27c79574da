"""Meetings named by a list of ordinals before one plural name.

"the decisions of the Seventh and Twelfth Meetings of the States Parties" names two Meetings
of States Parties; the vocabulary's names are singular, so neither is found by
`meeting_mentions`. Each ordinal of the list is one meeting of the kind the plural name is of
(flat.yml `listed_heads`). The list names the meetings and nothing more: a date or place after
the plural name may be any one's, so no reader dates them by it.
"""

from __future__ import annotations

import re
from functools import cache

from ccmgraph.ingesters.flat.vocab import vocab
from ccmgraph.vocabulary import MeetingMention, ordinal, ordinal_pattern


@cache
def _pattern() -> re.Pattern[str]:
    ords = ordinal_pattern()
    joins = "|".join(re.escape(str(w)) for w in vocab()["listed_and"])
    heads = "|".join(f"(?P<{kind.replace('-', '_')}{i}>{head})" for kind, forms in vocab()["listed_heads"].items()
                     for i, head in enumerate(forms))
    return re.compile(rf"(?<![\w-])(?P<list>{ords}(?:\s*,\s*{ords})*\s*,?\s+(?:{joins})\s+{ords})\s+(?:{heads})(?![\w-])",
                      re.IGNORECASE)


@cache
def _cue() -> re.Pattern[str]:
    return re.compile(str(vocab()["listed_cue"]))


def listed_meetings(text: str) -> list[MeetingMention]:
    """One mention per ordinal of each list, spanning that ordinal (the last spans the name too).

    >>> [(m.kind, m.number, m.text) for m in listed_meetings("the Seventh and Twelfth Meetings of the States Parties")]
    [('msp', 7, 'Seventh'), ('msp', 12, 'Twelfth Meetings of the States Parties')]
    >>> [(m.kind, m.number) for m in listed_meetings("las Séptima y Duodécima Reuniones de los Estados Partes")]
    [('msp', 7), ('msp', 12)]
    >>> listed_meetings("the Seventh Meeting and the Meetings of the States Parties")
    []
    """
    found: list[MeetingMention] = []
    if not _cue().search(text):
        return found
    for m in _pattern().finditer(text):
        head = next(k for k, v in m.groupdict().items() if v and k != "list")
        kind = re.sub(r"\d+$", "", head).replace("_", "-")
        words = list(re.finditer(ordinal_pattern(), m["list"], re.IGNORECASE))
        for i, word in enumerate(words):
            number = ordinal(word.group(0))
            if number is None:
                continue
            start = m.start("list") + word.start()
            end = m.end() if i == len(words) - 1 else m.start("list") + word.end()
            found.append(MeetingMention(kind, None, number, start, end, " ".join(text[start:end].split())))
    return found
