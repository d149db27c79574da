"""A committee's members and elections, as news reports them (the page names one APMBC committee).

"Algeria has been elected as a member of the Committee on Victim Assistance for a two-year term
(2021-2022)"; "The Committee, whose members are Algeria, Ecuador, Thailand and Sweden, ...";
"L'Algérie a été élue à l'unanimité en tant que membre du Comité sur l'assistance aux victimes
... (2021-2022)". The members' list must be States only, at least two, in a sentence about that
committee and no other body; an election gives its term (or the chair's year) where the sentence
writes one. A page naming two committees, or none, gives nothing: whose seats would they be?
Unless its headline and lead are about one of them (committee_names.py subject_committee).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccmgraph.records import ActorRef, Mandate, PartialDate, Quote
from ccmgraph.ingesters.composition.committee_names import subject_committee
from ccmgraph.ingesters.composition.foreign import foreign_state_spans
from ccmgraph.ingesters.composition.words import rx, words
from ccmgraph.ingesters.flat.states import StateSpan
from ccmgraph.vocabulary import bodies

#: The fewest States a members' list must name to be read as one.
MIN_MEMBERS = 2


def read_elected(text: str, convention: str) -> Iterator[Mandate]:
    subject = subject_committee(text)
    body = _one_committee(text) or (subject[0] if subject else None)
    if convention != "apmbc" or body is None:
        return
    theme = re.sub(r"^Committee\s+on\s+(?:the\s+)?", "", body)
    for m in rx("committee_listing").finditer(text):
        sentence = text[_sentence_start(text, m.start()) : m.start()]
        if not rx("committee_word").search(sentence) or _other_body(sentence, body):
            continue
        quote = Quote(" ".join(text[m.start() : m.end() + 200].split())[:300], _line(text, m.start()))
        for state in _listed(text, m.end()):
            yield Mandate(ActorRef(state.written, "state"), "committee-member", quote, convention, theme, body=body)
    for m in rx("committee_elected").finditer(text):
        # the State is the last name before the verb ("GENEVA - Algeria has been elected"; "L'Algérie a été élue")
        written = re.sub(r"(?:^|(?<=\s))(?:L['’]|(?:La|Le|Les|El|Los|Las|The)\s+)", "", m["state"])
        states = foreign_state_spans(written)
        if not states or written[states[-1].end :].strip() or not _names_committee(m["rest"], body):
            continue
        period = rx("committee_elected_period").search(m["rest"])
        start = end = None
        if period is not None:
            start = PartialDate(int(period["a"] or period["y"]))
            end = PartialDate(int(period["b"] or period["y"]))
        chair = rx("committee_elected_chair").search(m["post"]) is not None
        quote = Quote(" ".join(m.group(0).split())[:300], _line(text, m.start()))
        yield Mandate(ActorRef(states[-1].written, "state"), "committee-chair" if chair else "committee-member", quote,
                      convention, theme, start, end, body=body)
        before = rx("committee_chair_predecessor").search(m["rest"]) if chair else None
        replaced = foreign_state_spans(m["rest"][before.end() :]) if before else []
        if replaced and replaced[0].start == 0:  # "... pour l'année 2024 en remplacement de la Thaïlande"
            yield Mandate(ActorRef(replaced[0].written, "state"), "committee-chair", quote, convention, theme, body=body)


def _committees(text: str) -> set[str]:
    """The APMBC committees `text` names, by their English body names."""
    names = {n for key, b in bodies().items() if key == "apmbc-committees" for n in b.get("names", [])}
    found = {n for n in names if re.search(rf"\b{re.escape(n)}\b", text, re.IGNORECASE)}
    for entry in [*words()["foreign_committees"], *words()["committee_variants"]]:
        if re.search(entry["pattern"], text, re.IGNORECASE):
            found.add(str(entry["body"]))
    return found


def _one_committee(text: str) -> str | None:
    found = _committees(text)
    return found.pop() if len(found) == 1 else None


def _names_committee(text: str, body: str) -> bool:
    return _committees(text) == {body}


def _other_body(sentence: str, body: str) -> bool:
    """Whether the sentence names a body other than the committee (the Coordinating Committee)."""
    others = {n for b in bodies().values() for n in b.get("names", []) if n != body and n != "ISU"}
    return any(re.search(rf"\b{re.escape(n)}\b", sentence, re.IGNORECASE) for n in others) \
        or bool(re.search(r"comit[ée]\s+de\s+coo", sentence, re.IGNORECASE)) or _committees(sentence) - {body} != set()


def _listed(text: str, at: int) -> list[StateSpan]:
    """The States listed from `at` on, while only glue stands between them."""
    window = text[at : at + 400]
    out: list[StateSpan] = []
    lead = rx("committee_listing_lead").match(window)
    pos = lead.end() if lead else 0
    glue = re.compile(words()["member_list_glue"], re.IGNORECASE)
    for state in foreign_state_spans(window):
        if state.start < pos:
            continue
        if not glue.match(window[pos : state.start]) or "\n" in window[pos : state.start]:
            break
        out.append(state)
        pos = state.end
    return out if len(out) >= MIN_MEMBERS else []


def _sentence_start(text: str, at: int) -> int:
    found = [m.end() for m in re.finditer(r"[.!?]\s|\n", text[:at])]
    return found[-1] if found else 0


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
