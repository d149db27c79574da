"""The posts of an APMBC Standing Committee, on its page whatever kind the page was read as.

A Standing Committee's meeting page is also a meeting page ("1. Opening of the meeting / The
meeting was opened by its Co-Chairs, A of Italy and B of Zambia"), and a report of its meeting
reads like one: detection rightly takes them for meeting pages, and the meeting-page reader
gives the meeting, not its Co-Chairs and Co-Rapporteurs. So the Standing Committee reader of
this package (standing.py: role word, then a list of holders) runs on every accepted page of
another kind too, after its own reader, and adds what that reader did not give: the posts, and
the committee's own sitting where the page dates it and no meeting of that day was given; and,
on every kind, coordinators named by role word and list (coordinators.py), officers by post
and meeting (officers.py) and committees' members listed after the committee's name
(committee_lists.py).
Nothing comes from a page that is not a Standing Committee's (standing.py is_standing_page, its
committee known), nor without the convention the text or the committee gives.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from ccmgraph.document.read import Document
from ccmgraph.ingesters.composition.committee import committee_convention
from ccmgraph.ingesters.composition.committee_lists import read_committee_lists
from ccmgraph.ingesters.composition.coordinators import read_coordinator_lists
from ccmgraph.ingesters.composition.ingester import _text
from ccmgraph.ingesters.composition.officers import read_officers
from ccmgraph.ingesters.composition.sitting import standing_sitting
from ccmgraph.ingesters.composition.standing import is_standing_page, read_standing, standing_convention
from ccmgraph.ingesters.flat.about import convention_of
from ccmgraph.records import Mandate, Meeting, Record

#: Kinds whose own reader already runs the Standing Committee reader (the coordinators' lists of
#: coordinators.py run on every kind: counted in the composition sniff, they would take meeting
#: pages that name their coordinators so for composition pages).
OWN_READERS = frozenset({"composition"})


def standing_posts(doc: Document, kind: str, records: Sequence[Record]) -> Iterator[Record]:
    """The Standing Committee and coordinator posts (and sitting) `doc` names that `records` do
    not hold."""
    text = "\n".join(doc.lines)
    have = {post_of(r) for r in records if isinstance(r, Mandate)}
    own = kind in OWN_READERS
    yield from _new_posts(read_committee_lists(text), have)  # the committee's name gives the convention
    if "oordinator" not in text and "resident" not in text and not is_standing_page(text):
        return  # the cheapest test first: this runs on every document
    convention = convention_of(text) or committee_convention(text) or standing_convention(text, glued=True)
    if convention is None:
        return
    yield from _new_posts([*([] if own else read_standing(text, convention, glued=True)),
                           *read_coordinator_lists(text, convention), *read_officers(text, convention)], have)
    if convention != "apmbc" or own:
        return
    sitting = standing_sitting(_text(doc), convention, glued=True)
    if sitting is not None and not any(isinstance(r, Meeting) and r.date == sitting.date for r in records):
        yield sitting


def _new_posts(mandates: Iterable[Mandate], have: set[tuple[str, str, str, str | None]]) -> Iterator[Mandate]:
    """The mandates whose post the page has not given yet (for any meeting), each once."""
    for mandate in mandates:
        post = post_of(mandate)
        if post not in have and (*post[:3], None) not in have:
            have.add(post)
            yield mandate


def post_of(m: Mandate) -> tuple[str, str, str, str | None]:
    """A post as the page may name it twice: role, kind of holder, holder's last word, meeting."""
    words = m.holder.name.lower().split()
    return (m.role, m.holder.kind, words[-1] if m.holder.kind == "person" and words else " ".join(words),
            m.for_meeting)
