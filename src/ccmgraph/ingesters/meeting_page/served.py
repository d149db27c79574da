"""Committee seats a State's record lists in prose, each with its years.

A statement or news item on a State's part in a convention lists the committees it has sat on:
"Colombia ha venido participando en distintos escenarios ... como han sido el Comité de
Asistencia a Víctimas entre 2016 y 2017; el Comité sobre la implementación del artículo 5º ...
entre el 2018 y el 2019; y el Comité de Fortalecimiento de la Cooperación y la Asistencia entre
2020 y 2021". The composition readers take committees' lists of members; here one State is
the subject of a verb of sitting (meeting_page.yml `served_verb`) and each committee after it
in the sentence (its names in every language: composition/committee_names.py) is a seat if its
years follow its name and the words describing it (`served_years`), before the next committee.
A committee with no years of its own is left out: this reader writes no undated seat; nor is
taking part in a committee's meeting a seat ("la reunión del Comité", `served_meeting_of`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ccmgraph.ingesters.composition.committee_names import may_name_committee, named_committees
from ccmgraph.ingesters.meeting_page.data import rx
from ccmgraph.ingesters.news.items import Item
from ccmgraph.ingesters.news.text import Recogniser, sentences
from ccmgraph.records import ActorRef, Mandate, PartialDate


def served_committees(item: Item, recognise: Recogniser) -> Iterator[Mandate]:
    """Each committee seat, with its years, of the State a sentence says has sat on them."""
    for para in item.paragraphs:
        if not may_name_committee(para.text):
            continue  # the cheapest test first
        for sentence in sentences(para):
            text = sentence.text
            subject = next(((b, ref) for _, b, ref in recognise(text)
                            if ref.kind == "state" and rx("served_verb").match(text[b:])), None)
            if subject is None:
                continue
            named = [(at, body) for at, body in named_committees(text) if at > subject[0]]
            for index, (at, (body, convention)) in enumerate(named):
                stop = named[index + 1][0] if index + 1 < len(named) else len(text)
                years = rx("served_years").match(text[at:stop])  # a committee's name holds no year
                if years is None or rx("served_meeting_of").search(text[subject[0] : at]):
                    continue
                start, end = int(years["a"] or years["c"]), int(years["b"] or years["d"])
                if end < start:
                    continue
                theme = re.sub(r"^Committee\s+on\s+(?:the\s+)?", "", body)
                yield Mandate(ActorRef(subject[1].name, "state"), "committee-member", sentence.quote(), convention,
                              theme, start=PartialDate(start), end=PartialDate(end), context=item.key, body=body)
