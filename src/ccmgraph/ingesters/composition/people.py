"""The people a Standing Committee's page names with their State or organisation.

Such a page reports its own sitting (sitting.py) and says who spoke there: "Ambassador X of
Romania", "Mr. Y, Director of UNMAS", "Statement by Ms. Z of Canada". Each person the line's own
words tie to a party (the news readers' ties, news/people.py) is named in that sitting, with that
party; a person no words tie to a party is left out, as is every person of a page with no sitting
(a mention belongs to a meeting).
"""

from __future__ import annotations

from collections.abc import Iterator

from ccmgraph.ingesters.news.people import ties
from ccmgraph.ingesters.news.text import default_recogniser
from ccmgraph.records import Meeting, Mention, Quote

#: Longest line read for people: a paragraph longer than this is prose of many clauses, where a
#: tie across them is less sure.
MAX_LINE = 600


def sitting_people(text: str, sitting: Meeting, convention: str) -> Iterator[Mention]:
    """Each person a line of `text` ties to a State or organisation, once, as named in `sitting`."""
    seen: set[str] = set()
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip() or len(line) > MAX_LINE:
            continue
        for tie in ties(line, default_recogniser(line), convention):
            name = tie.person.name
            if len(name.split()) < 2 or name in seen:
                continue  # one word is no one's full name
            seen.add(name)
            yield Mention(sitting.key, name, "person", Quote(line.strip(), number), party=tie.party)
