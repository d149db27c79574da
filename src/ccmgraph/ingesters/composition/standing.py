"""The Co-Chairs and Co-Rapporteurs of an APMBC Standing Committee, on the committee's own page.

The Standing Committees of the APMBC's intersessional work programme (1999-2014) were led by
two Co-Chairs and two Co-Rapporteurs, States whose representatives the pages often name:
"Co-Chairs: Belgium and Zimbabwe / Rapporteurs: Norway and Thailand"; "Co-Chairs:Raja Reza
Zaid Shah, Malaysia / Karol Mistrík, Slovakia"; "The meeting was opened by its Co-Chairs,
Ambassador Carlo Trezza of Italy and Mr. Carlos Arroyave-Prera of Guatemala". After the role
word comes a list: States, or people each with their State ("X of Y", "X, Y"), joined by
commas, "and" or line breaks; the first thing that is neither ends it. The posts are the
committee's, so the page must tell which committee it is (composition.yml standing_name,
standing_overview); a page that does not is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ccmgraph.records import ActorRef, Mandate, MandateRole, PartialDate, Quote
from ccmgraph.ingesters.composition.holders import holders
from ccmgraph.ingesters.composition.lists import STATES_LIST, tail_list
from ccmgraph.ingesters.composition.words import is_theme, rx, words
from ccmgraph.ingesters.flat.states import StateSpan, only_states
from ccmgraph.text import dates as text_dates
from ccmgraph.vocabulary import bodies, honorific_pattern

def read_standing(text: str, convention: str, *, glued: bool = False) -> Iterator[Mandate]:
    """The Co-Chairs and Co-Rapporteurs a Standing Committee's page names, people and States
    (`glued`, for a page of another kind: also where the committee's name runs into the next
    heading, committee_theme, and the posts named in passing, "Belgium, Co-Chair of the Standing
    Committee on ...", which would take such pages for the committee's own in detection)."""
    if convention != "apmbc" or not is_standing_page(text):
        return
    theme = committee_theme(text, glued=glued)
    if theme is None:
        return
    text = _honorifics_apart(text)
    body = f"Standing Committee on {theme}"
    seen: set[tuple[str, str]] = set()

    def post(role: MandateRole, person: str | None, state: StateSpan | None, quote: Quote,
             start: PartialDate | None = None) -> Iterator[Mandate]:
        holder = ActorRef(state.written, "state") if state is not None else None
        if person and (role, person) not in seen:
            seen.add((role, person))
            yield Mandate(ActorRef(person, "person", party=state.written if state else None), role, quote,
                          convention, theme, start, body=body, on_behalf_of=holder)
        if state is not None and holder is not None and (role, state.iso3) not in seen:
            # a State the page names twice holds its post once
            seen.add((role, state.iso3))
            yield Mandate(holder, role, quote, convention, theme, start, body=body)

    for role, pattern in words()["standing_roles"].items():
        for label in re.finditer(f"(?:{pattern}){words()['standing_label_tail']}", text, re.IGNORECASE):
            for h in holders(text, _past_name(text, label.end()), _line(text, label.start())):
                yield from post(role, h.person, h.state, h.quote)
    for m in _before(glued).finditer(text):
        found = m.groupdict()
        role, states = (found["role"], found["states"]) if found["role"] else (found["role2"], found["states2"])
        before: MandateRole = "co-chair" if re.search("chair", role, re.IGNORECASE) else "co-rapporteur"
        quote = Quote(" ".join(m.group(0).split())[-200:], _line(text, m.start()))
        became = found.get("role2") and not re.match(r"\s*,", text[m.end("states2") :]) if found.get("states2") else False
        since = _became_on(text, m.start("states2")) if became else None
        for state in only_states(tail_list(states)) or []:
            yield from post(before, None, state, quote, since)


def _became_on(text: str, at: int) -> PartialDate | None:
    """The date the sentence opens with, at `at`, where a State "became" the post ("In December
    2004, Afghanistan became co-rapporteur ..."): the post's start."""
    if not re.search(r"(?:^|[.!?]\s+|\n)\s*$", text[max(0, at - 3) : at]) and at > 0:
        return None
    opening = rx("standing_became_on").match(text, at)
    if opening is None:
        return None
    when = opening["when"].strip()
    spans = text_dates.find_date_spans(when)
    if len(spans) == 1 and spans[0][2].year is not None:
        return spans[0][2]
    month = text_dates.month_year(when)  # "December 2004": a month and its year, no day
    return month if month is not None and len(when.split()) == 2 else None


def standing_convention(text: str, *, glued: bool = False) -> str | None:
    """"apmbc" for the page of one of the APMBC's Standing Committees, known by the subject the
    page gives it (bodies.yml: only the APMBC had Standing Committees with Co-Chairs and
    Co-Rapporteurs), else None: the body is the evidence, not a guess."""
    if not is_standing_page(text):
        return None
    theme = committee_theme(text, glued=glued)
    return "apmbc" if theme is not None and _fold(theme) in _subjects() else None


def is_standing_page(text: str) -> bool:
    """A page of an APMBC Standing Committee: it says so, or names its Co-Chairs and Co-Rapporteurs."""
    return bool(re.search(r"\bStanding\s+Committees?\b", text, re.IGNORECASE)
                or re.search(words()["standing_page_foreign"], text, re.IGNORECASE)
                or all(re.search(p, text, re.IGNORECASE) for p in words()["standing_pair"]))


@cache
def _glued_honorific() -> re.Pattern[str]:
    return re.compile(rf"(?<=[a-z])(?=(?:{honorific_pattern()})\s+[A-Z])")


def _honorifics_apart(text: str) -> str:
    """The text with an honorific the flattening glued to the State before it set apart
    ("Rapporteurs:NetherlandsMr. A. Verbeek"): a name's own capitals ("MacBride") stay."""
    return _glued_honorific().sub(" ", text)


@cache
def _before(in_passing: bool) -> re.Pattern[str]:
    """States before their role: as the role's subject, or (`in_passing`) in apposition to the
    committee's post."""
    names = ("standing_before", "standing_apposition") if in_passing else ("standing_before",)
    either = "|".join(f"(?:{words()[name]})" for name in names)
    return re.compile(either.replace("{states}", STATES_LIST))


def committee_theme(text: str, *, glued: bool = False) -> str | None:
    """The subject of the one Standing Committee the page is about, as written, else None;
    `glued`: a name the flattening ran into the next heading ("... the ConventionOpening of the
    Meeting") is cut back to the registry's subject. Only the reader of pages of other kinds
    (anywhere.py) asks for that: a page of the week's meetings is a meeting page, not a
    committee's, and its kind must not change for it."""
    named = {_known_subject(" ".join(m["theme"].split()).rstrip(","), glued) for m in re.finditer(words()["standing_name"], text)}
    named |= {str(e["theme"]) for e in words()["foreign_standing"] if re.search(e["pattern"], text, re.IGNORECASE)}
    if len(named) == 1:
        return named.pop()
    if named:
        return None
    heading = _subject_heading(text)
    if heading is not None:
        return heading
    for m in rx("standing_overview").finditer(text):
        if m["gso"]:
            gso = " ".join(m["gso"].split())
            return gso if re.search("operation", gso, re.IGNORECASE) else str(words()["standing_gso_theme"])
        subject = " ".join((m["related"] or m["subject"]).split())
        if is_theme(subject, "apmbc") and not re.search(r"\d", subject) \
                and subject.lower() not in words()["standing_not_subjects"]:
            return subject
    return _article_subject(text)


def _article_subject(text: str) -> str | None:
    """The committee of the one article whose status of implementation the page reports on."""
    articles = {int(m["n"]) for m in rx("standing_article").finditer(text)}
    themes = words()["standing_article_themes"]
    return str(themes[articles.pop()]) if len(articles) == 1 and next(iter(articles)) in themes else None


def _past_name(text: str, at: int) -> int:
    """Where the list starts when the role word is followed by "of the meeting" or by the name of
    a Standing Committee the registry knows ("Co-Chairs of the Standing Committee on X, Y and Z")."""
    of = re.compile(words()["standing_label_of"], re.IGNORECASE).match(text, at)
    if of is None:
        return at
    after = text[of.end() :]
    known = sorted((s for s in _subjects().values() if after.lower().startswith(s.lower())), key=len, reverse=True)
    rest = of.end() + len(known[0]) if known else of.end()
    tail = re.compile(words()["standing_label_tail"]).match(text, rest)
    return tail.end() if tail else rest


def _known_subject(theme: str, glued: bool = False) -> str:
    """The registry's subject a written name begins with, where a list ran into it
    ("Mine Clearance, Mine Risk Education and Mine Action Technologies, Cambodia and Japan") or
    the flattening glued the next heading to it."""
    for subject in sorted(_subjects().values(), key=len, reverse=True):
        rest = theme[len(subject) :]
        if glued and _fold(theme[: len(subject)]) == _fold(subject) and re.match(r"[A-Z]", rest):
            return theme[: len(subject)]  # a heading glued to the next ("... the ConventionOpening of the Meeting")
        if _fold(theme[: len(subject)]) == _fold(subject) and re.match(r",\s*\S", rest) \
                and only_states(tail_list(rest.lstrip(", "))) and tail_list(rest.lstrip(", ")) == rest.lstrip(", "):
            return theme[: len(subject)]
    return theme


@cache
def _subjects() -> dict[str, str]:
    """Folded subject -> subject, of the APMBC's Standing Committees (vocabulary/bodies.yml)."""
    return {_fold(subject): subject for body in bodies().values() if body.get("conventions") == ["apmbc"]
            for n in body.get("names", []) if n.startswith("Standing Committee")
            for subject in [re.sub(r"^Standing\s+Committee\s+on\s+(?:the\s+)?", "", n)]}


def _subject_heading(text: str) -> str | None:
    """A heading line that is, word for word, the subject of one of the APMBC's Standing
    Committees (vocabulary/bodies.yml: "Victim Assistance and Socio-Economic Reintegration")."""
    found = {_fold(line) for line in text.split("\n") if _fold(line) in _subjects()}
    return next(line.strip() for line in text.split("\n") if _fold(line) in found) if len(found) == 1 else None


def _fold(text: str) -> str:
    return " ".join(text.lower().replace(",", " ").split())


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
