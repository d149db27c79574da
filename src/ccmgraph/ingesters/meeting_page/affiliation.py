"""Whom a person on a meeting page's list of speakers speaks for, where prose ties them to nobody.

Programmes and speakers' lists write a person and then, comma after comma, their post and
their State or organisation: "Statement by Ms. Christine Berli, ICRC", "Ms. Kerryn Clarke,
Programme Manager, COPE (Cooperative Orthotic and Prosthetic Enterprise), Lao PDR", "Tom
Markram, Director of the UN Office for Disarmament Affairs", "Jean Lint (Belgium)", "Mary Soliman, Acting Director, Geneva Branch, Office for
Disarmament Affairs" (a unit of the organisation is part of the post). The party
is the first State or organisation that fills a part on its own, stands after its post's "of",
or opens a part that is otherwise a post ("UN Secretary-General"); never one past the next
person or clause (meeting_page.yml `parts_end`), nor past a part that is neither post nor
party (the "Lao PDR" after an unknown "COPE" is where COPE works, not whom she speaks for).
"X on behalf of the ICBL" speaks for the ICBL; a programme entry that ends with the name has
its post before it ("Minister ... of the United Kingdom, H.E. Mr. X"), or its demonym ("a
Canadian parliamentarian, Ms. Y").
"""

from __future__ import annotations

import re

from ccmgraph.ingesters.meeting_page.data import rx, table
from ccmgraph.ingesters.news.people import post_right_before, with_head_posts
from ccmgraph.ingesters.news.text import Recogniser
from ccmgraph.records import ActorRef
from ccmgraph.resolve.registry import demonym_index, states
from ccmgraph.resolve.text import name_key
from ccmgraph.vocabulary import role_pattern


def affiliation(text: str, name: str, recognise: Recogniser) -> ActorRef | None:
    """The State or organisation the words after `name` in `text` give the person, if any."""
    at = text.find(name)
    if at < 0:
        return None
    rest = text[at + len(name):]
    found = with_head_posts(rest, recognise(rest))  # "X, High Representative for Disarmament Affairs": UNODA
    stops = [m.start() for m in rx("parts_end").finditer(rest)
             if not any(a <= m.start() < b for a, b, _ in found) and not _joins_posts(rest, m.start())]
    if stops:  # the next entry of the list, unless inside a name ("ICBL - CMC")
        rest = rest[: stops[0]]
        found = [f for f in found if f[1] <= len(rest)]
    if any(ref.kind == "person" for _, _, ref in found):
        rest = rest[: min(a for a, _, ref in found if ref.kind == "person")]
        found = [f for f in found if f[1] <= len(rest)]
    parties = [f for f in found if f[2].kind in ("state", "organisation")]
    if m := re.match(r"\s*\(([^()]{2,60})\)", rest):  # "Jean Lint (Belgium)"
        inside = [ref for a, b, ref in parties if rest[a:b].strip() == m.group(1).strip()]
        return ActorRef(inside[0].name, inside[0].kind) if inside else None
    if (behalf := rx("on_behalf").match(rest)) is not None:  # "Ms. X on behalf of the ICBL"
        named = [ref for a, _, ref in parties if a == behalf.end()]
        return ActorRef(named[0].name, named[0].kind) if named else None
    if not rest.strip(" ,."):  # the name ends its entry or clause: its post stands before it
        return _post_before(text[:at], recognise) or _demonym_before(text[:at])
    if not re.match(r"\s*,", rest) or post_right_before(text, at):
        return None  # in a run of "post, name, post, name" the post after a name may be the next one's
    offset = rest.index(",") + 1
    unit = False  # after a unit ("Geneva Branch"), only the organisation it is a unit of: a State is where it sits
    for part in rest[offset:].split(",")[: int(table()["affiliation_parts"])]:
        start, end = offset, offset + len(part)
        offset = end + 1
        for a, b, ref in parties:
            if start <= a and b <= end and _fills(rest[start:a], re.sub(r"\.\s*$", "", rest[b:end])):  # the sentence's end
                return ActorRef(ref.name, ref.kind) if not unit or ref.kind == "organisation" else None
        if rx("unit_part").match(part):
            unit = True
        elif not re.search(role_pattern(), part, re.IGNORECASE):
            return None  # a part neither post nor party ("COPE (...)"): what follows is no longer theirs
    return None


def _joins_posts(rest: str, at: int) -> bool:
    """Whether the "and" at `at` joins two posts of one person ("Director and Deputy to the UN
    High Representative ..."): the word after it is a post's, so no next entry begins there."""
    joined = rx("posts_joined").match(rest[at:])
    return joined is not None and re.match(role_pattern(), rest[at + joined.end():], re.IGNORECASE) is not None


def _post_before(before: str, recognise: Recogniser) -> ActorRef | None:
    """The party of a post written before the name that ends its entry: "Minister of State at the
    Foreign, Commonwealth and Development Office of the United Kingdom, H.E. Mr. X"."""
    entry = re.split(str(table()["entry_start"]), before)[-1]
    m = rx("post_of_before").search(entry)
    if m is None or not re.search(role_pattern(), entry[: m.start()], re.IGNORECASE):
        return None
    named = [ref for a, b, ref in with_head_posts(entry, recognise(entry)) if ref.kind in ("state", "organisation") and b == m.start("end")]
    return ActorRef(named[0].name, named[0].kind) if named else None


def _demonym_before(before: str) -> ActorRef | None:
    """The State of a post written with its demonym right before the name: "a Canadian
    parliamentarian, Ms. X", "the Swiss Ambassador, Mr. Y"."""
    m = rx("demonym_post").search(before)
    if m is None or not has_post_word(m["post"]):
        return None
    iso3 = demonym_index().get(name_key(m["demonym"]))
    entry = states().get(iso3 or "")
    return ActorRef(entry.name, "state") if entry else None


def has_post_word(text: str) -> bool:
    """Whether the text holds a word of a post: the vocabulary's role words or meeting_page.yml's."""
    words = "|".join(map(re.escape, table()["post_words"]))
    return re.search(rf"{role_pattern()}|\b(?:{words})\b", text, re.IGNORECASE) is not None


def _fills(before: str, after: str) -> bool:
    """Whether a party with these words around it in its part is the person's own."""
    if not rx("party_tail").match(after) and not _only_post(after):
        return False
    return not before.strip() or bool(rx("post_of").match(before.strip() + " "))


def _only_post(after: str) -> bool:
    """Words after an organisation that are the person's post in it ("UN Secretary-General")."""
    words = after.split()
    return 0 < len(words) <= 3 and bool(re.search(role_pattern(), after, re.IGNORECASE))
