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

#: Words a heading must keep of a Standing Committee's subject to name it ("Victim Assistance").
MIN_HEADING_WORDS = 2


def read_standing(text: str, convention: str, *, glued: bool = False) -> Iterator[Mandate]:
    """The Co-Chairs and Co-Rapporteurs a Standing Committee's page names, people and States
    (`glued`, for a page of another kind: also where the committee's name runs into the next
    heading, committee_theme, and the posts named in passing, "Belgium, Co-Chair of the Standing
    Committee on ...", which would take such pages for the committee's own in detection)."""
    if convention != "apmbc" or not is_standing_page(text):
        return
    theme = committee_theme(text, glued=glued)
    if theme is None:
        yield from read_standing_lists(_honorifics_apart(text), convention, in_passing=glued)
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


def read_standing_lists(text: str, convention: str, *, in_passing: bool = False) -> Iterator[Mandate]:
    """The Co-Chairs and Co-Rapporteurs of several Standing Committees on one page: each
    committee's name, then its posts ("Standing Committee on Stockpile Destruction: Co-Chairs:
    Guatemala and Italy"), one committee to a line, a block or a table row; in prose, States
    before the post and the committee after it ("Mexico and the Netherlands served as co-chairs
    of the Standing Committee on ..."); and the Co-Chairs of all of them at once, no committee
    told ("the co-chairs of the four Standing Committees ..., namely, A, B, ... and H"). The
    committee must be one the registry knows (bodies.yml); the period is the intersessional
    year the page gives (_page_periods), else none. Only `in_passing` (a page of another kind,
    anywhere.py) are the prose, the posts all at once and a role word in a committee's running
    text read: they would take a report or a day's summary for a composition page."""
    periods = _page_periods(text)
    seen: set[tuple[str, str, str | None]] = set()

    def post(role: MandateRole, theme: str | None, person: str | None, state: StateSpan | None,
             quote: Quote, at: int) -> Iterator[Mandate]:
        start, end = _period_at(periods, at)
        body = f"Standing Committee on {theme}" if theme else None
        holder = ActorRef(state.written, "state") if state is not None else None
        if person and (role, person, theme) not in seen:
            seen.add((role, person, theme))
            yield Mandate(ActorRef(person, "person", party=state.written if state else None), role, quote,
                          convention, theme, start, end, body=body, on_behalf_of=holder)
        if state is not None and holder is not None and (role, state.iso3, theme) not in seen:
            seen.add((role, state.iso3, theme))
            yield Mandate(holder, role, quote, convention, theme, start, end, body=body)

    sections = _committee_sections(text)
    for role, pattern in words()["standing_roles"].items():
        for label in re.finditer(f"(?:{pattern}){words()['standing_label_tail']}", text, re.IGNORECASE):
            named = _named_after(text, label.end())
            theme: str | None
            if named is not None:
                theme, at = named
            else:
                theme, at = _section_of(sections, label.start()), _past_name(text, label.end())
                if not in_passing and not _set_out(text, sections, label.start()):
                    continue
            if theme is None:
                continue
            cut = next((s for s, _, _ in sections if s > at), len(text))  # the list ends where the next committee begins
            for h in holders(text[:cut], at, _line(text, label.start())):
                yield from post(role, theme, h.person, h.state, h.quote, label.start())
    if not in_passing:
        return
    for m in _before(False).finditer(text):
        named = _named_after(text, m.end(), of=True)
        if named is None or not m["role"]:
            continue
        held: MandateRole = "co-chair" if re.search("chair", m["role"], re.IGNORECASE) else "co-rapporteur"
        quote = Quote(" ".join(m.group(0).split())[-200:], _line(text, m.start()))
        for state in only_states(tail_list(m["states"])) or []:
            yield from post(held, named[0], None, state, quote, m.start())
    for m in rx("standing_all_chairs").finditer(text):
        clause = re.split(r"[.;\n]", m["rest"], maxsplit=1)[0].strip(" ,")
        quote = Quote(" ".join(m.group(0).split())[:300], _line(text, m.start()))
        for state in only_states(clause) or []:
            yield from post("co-chair", None, None, state, quote, m.start())


def _committee_sections(text: str) -> list[tuple[int, int, str]]:
    """Where each Standing Committee the registry knows heads its posts: (start, end of the name,
    subject). The name must open its line (a heading, "Standing Committee on X: Co-Chairs: ...",
    a table row): committees named in a sentence ("The Standing Committee on A and the Standing
    Committee on B met") head nothing."""
    found = []
    for m in re.finditer(words()["standing_name"], text):
        subject = _known_prefix(m["theme"])
        if subject is not None and re.search(r"(?:^|\n)[ \t*•·-]*(?:(?:\d{1,2}|[IVX]{1,4}|[a-h])[.)][ \t]*)?$",
                                             text[max(0, m.start() - 12) : m.start()]):
            found.append((m.start(), m.start("theme") + len(subject), subject))
    for line in re.finditer(r"^[ \t]*(?P<subject>[^|\n]{6,120}?)[ \t]*\|", text, re.MULTILINE):  # a table row
        subject = _subjects().get(_fold(line["subject"]))
        if subject is not None:
            found.append((line.start("subject"), line.end("subject"), subject))
    return sorted(found)


def _set_out(text: str, sections: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the role word at `at` opens a line or follows its committee's name with nothing
    but punctuation (and a bracket, its dates) between: a list's layout, not a sentence."""
    if re.search(r"(?:^|\n)[ \t*•·-]*$", text[max(0, at - 40) : at]):
        return True
    ends = [end for _, end, _ in sections if end <= at]
    return bool(ends) and re.fullmatch(r"[\s:.,;|–—-]*(?:\([^()\n]{0,40}\))?[\s:.,;|–—-]*", text[ends[-1] : at]) is not None


def _known_prefix(written: str) -> str | None:
    """The registry's subject `written` begins with, word for word (the longest)."""
    folded = _fold(written)
    for key in sorted(_subjects(), key=len, reverse=True):
        if folded.startswith(key) and not folded[len(key) : len(key) + 1].isalnum():
            return _subjects()[key]
    return None


def _section_of(sections: list[tuple[int, int, str]], at: int) -> str | None:
    """The committee whose name comes last before `at`."""
    before = [subject for start, end, subject in sections if end <= at]
    return before[-1] if before else None


def _named_after(text: str, at: int, *, of: bool = False) -> tuple[str, int] | None:
    """The committee named right after a role word ("Co-Chairs of the Standing Committee on X"),
    and where what follows the name begins; `of`: the role word has ended already."""
    lead = r"\s+of\s+the\s+" if of else words()["standing_label_of"]
    m = re.compile(lead + (r"Standing\s+Committee\s+on\s+(?:the\s+)?" if of else ""), re.IGNORECASE).match(text, at)
    if m is None or (not of and not re.search(r"Standing", m.group(0))):
        return None
    subject = _known_prefix(text[m.end() : m.end() + 160])
    if subject is None:
        return None
    end = m.end() + len(subject)
    tail = re.compile(words()["standing_label_tail"]).match(text, end)
    return subject, tail.end() if tail else end


def _page_periods(text: str) -> list[tuple[int, PartialDate, PartialDate]]:
    """The intersessional years the page gives its posts: a year and the next ("2003-2004",
    "2003–04") in a heading line or beside the posts or the Standing Committees; earliest first."""
    out = []
    for m in rx("standing_year_range").finditer(text):
        a = int(m["a"])
        b = int(m["b"]) if len(m["b"]) == 4 else a // 100 * 100 + int(m["b"])
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        near = text[max(0, m.start() - 80) : m.end() + 80]
        if b == a + 1 and (len(line.strip()) <= 80 or rx("standing_period_near").search(near)):
            out.append((m.start(), PartialDate(a), PartialDate(b)))
    return out


def _period_at(periods: list[tuple[int, PartialDate, PartialDate]], at: int) -> tuple[PartialDate | None, PartialDate | None]:
    """The page's one period, else the last one given before `at`, else none."""
    if len({(p[1], p[2]) for p in periods}) == 1:
        return periods[0][1], periods[0][2]
    before = [p for p in periods if p[0] <= at]
    return (before[-1][1], before[-1][2]) if before else (None, None)


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
    """A page of an APMBC Standing Committee: it says so, or names its Co-Chairs and Co-Rapporteurs
    (or the one Rapporteur supporting them)."""
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
    Committees (vocabulary/bodies.yml: "Victim Assistance and Socio-Economic Reintegration"),
    else one that is the leading words of one subject alone, as the site's headings shorten it
    ("Victim Assistance"; "General Status: Summary and Statements", the words before a colon):
    that subject, as the registry writes it."""
    lines = text.split("\n")
    found = {_fold(line) for line in lines if _fold(line) in _subjects()}
    if found:
        return next(line.strip() for line in lines if _fold(line) in found) if len(found) == 1 else None
    short = {subject for line in lines if (subject := _shortened(line)) is not None}
    return short.pop() if len(short) == 1 else None


def _shortened(line: str) -> str | None:
    """The one subject a heading line gives by its leading words (at least MIN_HEADING_WORDS)."""
    heading = rx("standing_short_heading").fullmatch(line.strip())
    if heading is None:
        return None
    words_ = _fold(heading["subject"]).split()
    if len(words_) < MIN_HEADING_WORDS:
        return None
    subjects = {subject for key, subject in _subjects().items() if key.split()[: len(words_)] == words_}
    return subjects.pop() if len(subjects) == 1 else None


def _fold(text: str) -> str:
    return " ".join(text.lower().replace(",", " ").split())


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
