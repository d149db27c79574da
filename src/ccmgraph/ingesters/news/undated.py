"""Treaty events a sentence states without their date: a fact with no date, never a guessed one
(a clause dated "since the beginning of the year" takes the year of writing, if known).

"Belize has ratified the Ottawa treaty", "Palau had signed the Convention before its entry into
force", "The 40 States which have ratified the Ottawa treaty are: Andorra, Austria, ... and
Zimbabwe". Only strict readings count (treaty.yml, `undated_*` and `list_*`): the State is the
subject of a past event verb (or a member of a list the verb heads), the convention is named
right after the verb (or called "the Convention" on a page of one convention), and nothing in
the clause dates, negates or wishes the event ("has yet to accede", "is expected to ratify",
"called on Chad to ratify": no past verb; "not yet ratified": a stop word). A clause that holds
a date is the dated reader's (treaty.py). A State's step that the same document also dates is
dropped later (ingesters/undated.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import cast

from ccmgraph.ingesters.news.dating import ArticleDate, date_spans
from ccmgraph.ingesters.news.items import Paragraph
from ccmgraph.ingesters.news.occasion import clause_month
from ccmgraph.ingesters.news.regions import label_count, label_step
from ccmgraph.ingesters.news.text import NUMBER, NUMBER_WORDS, FoundActor, Recogniser, Sentence, conventions, sentences
from ccmgraph.ingesters.news.treaty import event_words, foreign_subject, regex, treaty_words
from ccmgraph.records import ActorRef, PartialDate, TreatyEvent, TreatyEventKind, Warning_

#: The conventions a treaty event can be of.
CONVENTIONS = ("ccm", "apmbc", "ccw-p5")


@cache
def _verbs() -> list[tuple[TreatyEventKind, re.Pattern[str]]]:
    return [(kind, re.compile("".join(str(rx).split()), re.IGNORECASE)) for kind, rx in treaty_words()["undated_verbs"].items()]


def undated_events(sentence: Sentence, recognise: Recogniser, page_convention: str | None,
                   context: str | None = None, year: int | None = None,
                   article: ArticleDate | None = None) -> Iterator[TreatyEvent]:
    """The undated treaty events of one sentence: its lists of States, then its clauses. A clause
    that dates its step by the year of writing ("ratified the CCM earlier this year") gives that
    `year` (the article's), one that names a month alone ("signed the Convention in September")
    that month of the article's year where it is a past month near the `article`'s date (occasion.py)."""
    text = sentence.text
    if not any(rx.search(text) for _, rx in _verbs()) and not _NTH_CHEAP.search(text):
        return
    actors = [(a, b, ref) for a, b, ref in recognise(text) if ref.kind == "state"]
    named = [(a, b, c) for a, b, c in conventions(text) if c in CONVENTIONS]
    breaks = [b - sentence.start for b in sentence.para.starts if sentence.start < b < sentence.end]
    seen: set[tuple[str, str, str]] = set()
    clauses = list(_clauses(text, actors, named, page_convention, breaks, year, article))
    dated = {(ref.name, convention, kind): when for ref, convention, kind, when in clauses}
    for state, convention, kind in [*_listed(text, actors, named, breaks, page_convention),
                                    *_question_list(text, actors, named, page_convention, breaks),
                                    *((ref, c, k) for ref, c, k, _ in clauses),
                                    *_nth(text, actors, named, page_convention, breaks)]:
        if (state.name, convention, kind) not in seen:
            seen.add((state.name, convention, kind))
            when = dated.get((state.name, convention, kind))
            yield TreatyEvent(state, convention, kind, when, sentence.quote(), context)


def _kind_of(verb: str) -> TreatyEventKind | None:
    return next((kind for kind, rx in _verbs() if rx.search(verb)), None)


def _listed(text: str, actors: list[FoundActor], named: list[tuple[int, int, str]], breaks: list[int],
            page_convention: str | None = None) -> Iterator[tuple[ActorRef, str, TreatyEventKind]]:
    """"The 40 States which have ratified the Ottawa treaty are: A, B, ... and Z": each State of
    the list after the colon, while its items are States (separated by commas and "and", or one
    a line: "States that have ratified the CCM:" over "• Albania", "• Andorra"); the convention
    named in the lead (or the page's, where the lead calls it "the Convention", "la Convención"
    and the sentence names no treaty), the list running to the sentence's end."""
    for m in regex("list_lead").finditer(text):
        kind = _kind_of(m["verb"])
        about = {c for a, b, c in named if m.start("object") <= a and b <= m.end("object")} \
            or _generic(m["object"], text, named, page_convention)
        if kind is None or len(about) != 1 or regex("undated_stop").search(m["object"]) \
                or date_spans(m["object"], foreign=True):
            continue  # no one convention named, or "as of 31 March 1999": a dated list, not ours
        members = [(a, b, ref) for a, b, ref in actors if a >= m.end()]
        last = m.end()
        listed: list[ActorRef] = []
        for a, b, ref in members:
            gap = text[last:a]
            if listed and not _separated(gap, last, a, breaks) or not listed and gap.strip(" \"'“(•*–-"):
                break  # the list ends where an item is no State
            listed.append(ref)
            last = b
        if len(listed) >= 2 and re.fullmatch(r"\W*", text[last:]):
            convention = next(iter(about))
            yield from ((ref, convention, kind) for ref in listed)


def _generic(words: str, text: str, named: list[tuple[int, int, str]], page_convention: str | None) -> set[str]:
    """The page's convention where `words` are only its generic name ("the Convention", "la
    Convención", "the treaty") and the sentence names no treaty; else none."""
    if not regex("list_generic").fullmatch(words.strip()):
        return set()
    one = sentence_one(text, named, page_convention)
    return {one} if one is not None and not named else set()


def counted_list(previous: Sentence | None, sentence: Sentence, recognise: Recogniser,
                 page_convention: str | None, context: str | None = None) -> Iterator[TreatyEvent]:
    """"Seventeen had ratified as of 31 March 1999. In chronological order, they are: Mauritius,
    ..., and Niger.": each State of the list, when it counts as many as the sentence before says
    (of the convention that sentence names, else the page's)."""
    if previous is None:
        return
    they = regex("they_are").match(sentence.text)
    lead = _count_lead().search(previous.text.rstrip(" ."))
    if they is None or lead is None or regex("undated_stop").search(lead["object"]):
        return
    count, kind = written_number(lead["count"]), _kind_of(lead["verb"] if lead["verb"] != "acceded" else "acceded to")
    named = [(a, b, c) for a, b, c in conventions(previous.text) if c in CONVENTIONS]
    convention = sentence_one(previous.text, named, page_convention)
    text = sentence.text
    actors = [(a, b, ref) for a, b, ref in recognise(text) if ref.kind == "state"]
    listed, last = _run(text, actors, they.end())
    if kind is None or convention is None or count != len(listed) or not re.fullmatch(r"\W*", text[last:]):
        return
    yield from (TreatyEvent(ref, convention, kind, None, sentence.quote(), context) for ref in listed)


def counted_lists(sentence: Sentence, recognise: Recogniser, page_convention: str | None,
                  context: str | None = None, year: int | None = None) -> Iterator[TreatyEvent | Warning_]:
    """A count, then the list of the States it counts in the same sentence: "welcomed the seven
    countries that had consented to be bound by the Protocol since ...: Guatemala, ..., and
    Tunisia"; "forty have signed the Mine Ban Treaty (..., and another five since then--Zambia,
    ..., and Equatorial Guinea, which acceded)", where the step is the enclosing clause's and a
    trailing "which acceded" is the last State's own. A list of another length than its count
    gives nothing, with a warning; "have not ratified" is no lead. A lead that dates the step
    "since the beginning of the year" gives each State's step `year`, the year of writing."""
    text = sentence.text
    if ":" not in text and "-" not in text and "—" not in text:
        return
    actors = [(a, b, ref) for a, b, ref in recognise(text) if ref.kind == "state"]
    named = [(a, b, c) for a, b, c in conventions(text) if c in CONVENTIONS]
    for count, verb, own, at in _counted_leads(text):
        kind = next((k for _, _, k in event_words(verb)), None)
        listed, last = _run(text, actors, at)
        tail = regex("count_list_tail").match(text, last)
        if kind is None or len(listed) < 2 or tail is None:
            continue
        mine = [c for a, _, c in named if own[0] <= a < own[1]]
        convention = mine[0] if mine else sentence_one(text, named, page_convention)
        if convention is None:
            continue
        if count != len(listed):
            yield Warning_(f"{context}: {count} States counted and {len(listed)} listed; none kept", sentence.quote())
            continue
        last_kind = next((k for _, _, k in event_words(tail["verb"])), kind) if tail["verb"] else kind
        when = PartialDate(year) if year is not None and regex("this_year").search(text[own[0] : own[1]]) else None
        for index, ref in enumerate(listed):
            yield TreatyEvent(ref, convention, last_kind if index == len(listed) - 1 else kind,
                              when if index < len(listed) - 1 or last_kind == kind else None, sentence.quote(), context)


def _counted_leads(text: str) -> Iterator[tuple[int | None, str, tuple[int, int], int]]:
    """Each count lead of a sentence: its number, its step's verb, where its object stands (for
    the convention it names) and where its list starts."""
    for m in _count_rx("count_colon_lead").finditer(text):
        if not regex("undated_stop").search(m["object"]) and not date_spans(m["object"], foreign=True):
            yield written_number(m["count"]), m["verb"], (m.start("object"), m.end("object")), m.end()
    for m in _count_rx("count_another").finditer(text):
        clause = [c for c in regex("count_enclosing").finditer(text, 0, m.start())
                  if not re.search(r"[.;:]", text[c.end() : m.start()])]
        if clause and not regex("undated_stop").search(text[clause[-1].start() : m.start()]):
            c = clause[-1]
            yield written_number(m["count"]), c["verb"], (c.end(), m.start()), m.end()


def _run(text: str, actors: list[FoundActor], at: int) -> tuple[list[ActorRef], int]:
    """The States listed from `at` on, while each item is a State joined to the last by a comma
    or "and"; and where the list ends."""
    last, listed = at, list[ActorRef]()
    for a, b, ref in (f for f in actors if f[0] >= at):
        if listed and not regex("list_separator").fullmatch(text[last:a]) or not listed and text[last:a].strip():
            break
        listed.append(ref)
        last = b
    return listed, last


@cache
def _count_rx(name: str) -> re.Pattern[str]:
    return re.compile("".join(str(treaty_words()[name]).split()).replace("NUMBER", NUMBER), re.IGNORECASE)


@cache
def _count_lead() -> re.Pattern[str]:
    return re.compile("".join(str(treaty_words()["count_lead"]).split()).replace("NUMBER", NUMBER), re.IGNORECASE)


def written_number(words: str) -> int | None:
    """"seventeen", "forty-eight", "17": the number written."""
    if words.replace(",", "").isdigit():
        return int(words.replace(",", ""))
    parts = re.split(r"[\s-]+", words.lower())
    values = [NUMBER_WORDS.get(w) for w in parts if w != "and"]
    return sum(values) if values and all(v is not None for v in values) else None  # type: ignore[arg-type]


def _question_list(text: str, actors: list[FoundActor], named: list[tuple[int, int, str]],
                   page_convention: str | None, breaks: list[int]) -> Iterator[tuple[ActorRef, str, TreatyEventKind]]:
    """"Who has ratified?" over one State a line ("- Albania", "- The Holy See", "- Macedonia,
    FYR"): each State alone on its line, up to the first line that is no State alone; the
    convention the question names, else the page's where the sentence names no other."""
    for m in regex("list_question").finditer(text):
        kind = _kind_of(m["verb"])
        about = {c for a, b, c in named if m.start("object") <= a < m.end("object")} if m["object"] else set()
        convention = next(iter(about)) if len(about) == 1 else None
        if convention is None and not about and (not m["object"] or regex("generic_convention").search(m["object"])) \
                and page_convention in CONVENTIONS and all(c == page_convention for _, _, c in named):
            convention = page_convention
        if kind is None or convention is None:
            continue
        lines = [b for b in breaks if b >= m.end()]
        listed: list[ActorRef] = []
        for start, end in zip(lines, [*lines[1:], len(text)]):
            alone = [(a, b, ref) for a, b, ref in actors if start <= a and b <= end]
            if len(alone) != 1 or not regex("list_line_before").match(text[start : alone[0][0]]) \
                    or not regex("list_line_after").match(text[alone[0][1] : end]):
                break
            listed.append(alone[0][2])
        if len(listed) >= 2:
            yield from ((ref, convention, kind) for ref in listed)


def _separated(gap: str, start: int, end: int, breaks: list[int]) -> bool:
    """Whether two list items are apart: a comma or "and", or a new line (a bullet or none)."""
    return bool(regex("list_separator").fullmatch(gap)) \
        or (not gap.strip(" \t•*–-·") and any(start <= b <= end for b in breaks))


def _clauses(text: str, actors: list[FoundActor], named: list[tuple[int, int, str]],
             page_convention: str | None, breaks: list[int], year: int | None = None,
             article: ArticleDate | None = None,
             ) -> Iterator[tuple[ActorRef, str, TreatyEventKind, PartialDate | None]]:
    """"Belize and Moldova have ratified the CCM": the subject States of a past event verb, its
    object the convention; a clause with a date, a negation or a condition gives nothing; one
    dated "earlier this year" gives `year`, the year of writing (none if it is not known), one
    "in September" that month of the `article`'s year where it is past and near (occasion.py). A
    clause starts after a semicolon or colon, or on a new line (`breaks`: a heading joined to
    the sentence, "Municiones de racimo / España ratificó hoy la Convención")."""
    for kind, rx in _verbs():
        for m in rx.finditer(text):
            start = _clause_start(text, m.start(), [])
            line = _clause_start(text, m.start(), breaks)
            subjects = _subjects(text, actors, start, line, m.start())
            foreign = foreign_subject(text, line, m.start()) if not subjects else None
            subjects = subjects or ([foreign] if foreign is not None else [])
            if not subjects:
                continue
            convention = _object(text, m.end(), named, page_convention, m.group(0))
            if convention is None and re.fullmatch(r"acceded", m.group(0)):
                convention = sentence_one(text, named, page_convention)  # "Equatorial Guinea, which acceded)"
            if convention is None and regex("undated_signed_not").match(text, m.end()):
                convention = sentence_one(text, named, page_convention)  # "have signed but not yet ratified"
            which = _WHICH.search(text, start, m.start())
            if which is not None:  # "..., Sierra Leone, and Equatorial Guinea, which acceded": its own State only
                start, subjects = which.start(), subjects[-1:]
            clause = regex("undated_next_negated").sub("", text[start : _clause_end(text, m.end())])
            if convention is None or regex("undated_stop").search(clause) or date_spans(clause, foreign=True) \
                    or regex("not_the_subject").search(text[start : m.start()]):
                continue
            when = PartialDate(year) if year is not None and regex("this_year").search(clause) \
                else clause_month(clause, article)
            yield from ((ref, convention, kind, when) for ref in subjects)


#: A non-restrictive relative clause: it is of the one State right before it.
_WHICH = re.compile(r",\s*(?:which|who)\s+(?:(?:has|have|had|also|now|recently|just|formally|officially|already)\s+)*$")

#: The cheap test before the frame of "the 40th country to ratify" is looked for.
_NTH_CHEAP = re.compile(r"\b(?:to|à|en)\s+(?:ratif|acced|adh|sign|join|firmar)|(?:st|nd|rd|th)\s+(?:ratification|accession)", re.IGNORECASE)


def _nth(text: str, actors: list[FoundActor], named: list[tuple[int, int, str]], page_convention: str | None,
         breaks: list[int]) -> Iterator[tuple[ActorRef, str, TreatyEventKind]]:
    """"Burkina Faso became the 40th country to ratify the agreement", "le Burkina Faso devenait
    le quarantième pays à ratifier la Convention": the subject States of the frame take the step
    its infinitive names, of the convention named right after it (or "the agreement", "it" on a
    page of one convention). A clause with a full date is the dated reader's; a negation or a
    condition gives nothing."""
    if not _NTH_CHEAP.search(text):
        return
    for index, (a, b, ref) in enumerate(actors):
        m = regex("nth_frame").match(text[b:])
        if m is None:
            continue
        verb = m["verb"] or m["fr"] or m["es"] or m["noun"]
        kinds = treaty_words()["nth_nouns" if m["noun"] else "nth_kinds"]
        kind = next((k for k, rx in kinds.items() if re.match(str(rx), verb, re.IGNORECASE)), None)
        start = _clause_start(text, a, [])
        subjects = _chain(text, actors, actors[: index + 1], start, _clause_start(text, a, breaks))
        convention = _nth_object(text, b + m.end(), named, page_convention) if not m["noun"] \
            else sentence_one(text, named, page_convention)  # "X and Y provided the 29th and 30th ratifications"
        clause = text[start : _clause_end(text, b + m.end())]
        if kind is None or not subjects or convention is None or regex("undated_stop").search(clause) \
                or any(s.date.year is not None for s in date_spans(clause, foreign=True)):
            continue
        yield from ((each, convention, kind) for each in subjects)


def sentence_one(text: str, named: list[tuple[int, int, str]], page_convention: str | None) -> str | None:
    """The one convention a sentence names, else the page's where it names no treaty at all."""
    from ccmgraph.ingesters.news.nouns import other_treaty  # it reads this module's neighbours
    kinds = {c for _, _, c in named}
    if other_treaty(text, named) or len(kinds) > 1:
        return None
    return next(iter(kinds)) if kinds else page_convention if page_convention in CONVENTIONS else None


def _nth_object(text: str, end: int, named: list[tuple[int, int, str]], page_convention: str | None) -> str | None:
    """The convention right after the frame's infinitive: named, or the page's by its generic word."""
    lead = regex("undated_object").match(text[end:])
    at = end + lead.end() if lead else end
    right = next((c for a, _, c in named if a == at), None)
    if right is not None:
        return right
    if page_convention in CONVENTIONS and regex("nth_object").match(text[end:]) \
            and all(c == page_convention for _, _, c in named):
        return page_convention
    return None


def _subjects(text: str, actors: list[FoundActor], start: int, line: int, verb: int) -> list[ActorRef]:
    """The States right before the verb, one or several ("Burkina Faso and Moldova have"), with
    only auxiliaries between, and the clause's start (or its line's) or a conjunction before
    them; no condition in the clause before them ("if", "unless", "once")."""
    before = [(a, b, ref) for a, b, ref in actors if start <= a and b <= verb]
    if not before:
        return []
    if regex("undated_relative").fullmatch(text[before[-1][1] : verb]):
        return _chain(text, actors, before, start, line, relative=True)
    if not regex("undated_between").fullmatch(text[before[-1][1] : verb]):
        return []
    return _chain(text, actors, before, start, line)


def _chain(text: str, actors: list[FoundActor], before: list[FoundActor], start: int, line: int,
           relative: bool = False) -> list[ActorRef]:
    """The subject States ending with `before[-1]`, with the clause's start (or its line's), a
    conjunction, or a minister or government of theirs before them ("The Foreign Ministers of
    both Cyprus and St. Vincent and the Grenadines"); a relative clause ("welcomed Palau, which
    has ratified") states the step whatever the words before its States."""
    chain = [before[-1]]
    for a, b, ref in reversed(before[:-1]):
        if not regex("co_subject").fullmatch(text[b : chain[0][0]]):
            break
        chain.insert(0, (a, b, ref))
    lead = text[start : chain[0][0]]
    agent = regex("undated_agent").search(lead)
    if agent is not None:
        lead = lead[: agent.start()]
    first = start + len(lead)
    opens = regex("undated_before").search(lead) or line <= first and regex("undated_before").search(text[line:first])
    if not (opens or relative) or regex("undated_not_before").search(lead) or regex("place_before").search(lead):
        return []
    return [ref for _, _, ref in chain]


def _object(text: str, end: int, named: list[tuple[int, int, str]], page_convention: str | None,
            verb: str = "") -> str | None:
    """The convention named right after the verb, or "the Convention" where the page has one
    and the sentence names no other (or nothing at all after a deposit of "their instruments of
    ratification"); "signed the accord", "signed a declaration": none."""
    lead = regex("undated_object").match(text[end:])
    at = end + lead.end() if lead else end
    right = next(((b, c) for a, b, c in named if a == at), None)
    if right is not None:
        return None if regex("undated_after_object").match(text[right[0] :]) else right[1]
    to = re.match(r"\s+(?:to|of)\s+(?:the\s+)?", text[end:]) if regex("undated_instrument").search(verb) else None
    named_to = next((c for a, _, c in named if to is not None and a == end + to.end()), None)
    if named_to is not None:
        return named_to  # "deposited the instrument of accession to the Mine Ban Convention"
    if page_convention in CONVENTIONS and regex("undated_instrument").search(verb) \
            and regex("undated_instrument_end").match(text[end:]) and all(c == page_convention for _, _, c in named):
        return page_convention
    generic = regex("undated_generic").match(text[end:])
    if page_convention in CONVENTIONS and generic and all(c == page_convention for _, _, c in named) \
            and not regex("undated_after_object").match(text[end + generic.end() :]):
        return page_convention
    return None


def _clause_start(text: str, at: int, breaks: list[int]) -> int:
    cut = max(text.rfind(c, 0, at) for c in ";:")
    return max([cut + 1 if cut >= 0 else 0, *(b for b in breaks if b <= at)])


def _clause_end(text: str, at: int) -> int:
    """Where the verb's clause ends: a comma or semicolon, or the next event word ("had signed
    the Convention before its entry into force and will ... on 1 October 2016")."""
    cuts = [i for i in (text.find(c, at) for c in ";,") if i >= 0] + [a for a, _, _ in event_words(text) if a >= at]
    return min(cuts) if cuts else len(text)


def headed_list(paragraphs: Sequence[Paragraph], recognise: Recogniser,
                context: str | None = None, page_convention: str | None = None) -> Iterator[TreatyEvent]:
    """A heading "States that have ratified the Convention on Cluster Munitions:" (or a question
    ending its paragraph, "Who has ratified?") over one State a line ("• Albania", "- The Holy
    See"), each its own paragraph: each State of the run, up to the first line that is no State
    alone (the last may run on into the next line's prose: "- Zambia We urge ..."). A label
    alone heads such a run too ("States Parties:", "Signatories (2):", news/regions.py), as
    many States as its count says."""
    for index, para in enumerate(paragraphs):
        found = _heading(para, page_convention)
        if found is None:
            continue
        convention, kind = found
        run: list[TreatyEvent] = []
        for member in paragraphs[index + 1 :]:
            first = member.text[: member.starts[1]] if len(member.starts) > 1 else member.text
            alone = [(a, b, ref) for a, b, ref in recognise(first) if ref.kind == "state"]
            if len(alone) != 1 or not regex("list_line_before").match(first[: alone[0][0]]) \
                    or not regex("list_line_after").match(first[alone[0][1] :]):
                break
            run.append(TreatyEvent(alone[0][2], convention, kind, None, sentences(member)[0].quote(), context))
            if len(member.starts) > 1:
                break
        count = label_count(para.text)
        if count is None or count == len(run):
            yield from run


def _heading(para: Paragraph, page_convention: str | None) -> tuple[str, TreatyEventKind] | None:
    """The convention and step of a paragraph that heads a list of States, else None: a lead
    ("States that have ratified the CCM:"), a label alone ("States Parties", "Signatories (3)",
    news/regions.py) or a question ("Who has ratified?")."""
    if len(para.starts) == 1 and (labelled := label_step(para.text, page_convention)) is not None:
        return labelled[0], cast(TreatyEventKind, labelled[1])
    lead = regex("list_lead").match(para.text.strip())
    if lead is not None and lead.end() == len(para.text.strip()):
        kind = _kind_of(lead["verb"])
        about = {c for _, _, c in conventions(lead["object"]) if c in CONVENTIONS} \
            or _generic(lead["object"], para.text, [], page_convention)
        if kind is None or len(about) != 1 or regex("undated_stop").search(lead["object"]) \
                or date_spans(lead["object"], foreign=True):
            return None
        return next(iter(about)), kind
    last = para.text[para.starts[-1] :].rstrip()
    question = regex("list_question").search(last)
    if question is None or question.end() != len(last):
        return None
    kind = _kind_of(question["verb"])
    about = {c for _, _, c in conventions(question["object"] or "") if c in CONVENTIONS}
    if len(about) == 1:
        return (next(iter(about)), kind) if kind else None
    if about or question["object"] and not regex("generic_convention").search(question["object"]) \
            or page_convention not in CONVENTIONS:
        return None
    return (page_convention, kind) if kind else None
