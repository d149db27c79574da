"""One State's overdue report in the Monitor's translations (Portuguese, Spanish, French).

"O Relatório de transparência inicial ... de Cabo Verde vencia o prazo a 30 de Abril de 2002,
mas em Julho de 2002 ainda não tinha sido entregue": the English clause reader (single.py)
knows none of these words. The forms are data (overdue.yml `other_languages`), each saying
both the due date and that the report has not been given; the State stands in a slot, so
its name may be written in any language of the name tables. Which report the words must say.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Literal

from ccmgraph.ingesters.flat.dates import find_dates
from ccmgraph.ingesters.overdue.words import words
from ccmgraph.ingesters.overdue.single import SingleReport
from ccmgraph.ingesters.treaty_status.prose import date_slot, slot_state, state_slot
from ccmgraph.records import PartialDate, Quote


@cache
def _patterns() -> tuple[list[re.Pattern[str]], re.Pattern[str], re.Pattern[str]]:
    data = words()
    forms = [re.compile(raw.replace("{state}", state_slot()).replace("{due}", date_slot("due")).replace("{as_of}", _AS_OF))
             for raw in data["other_languages"]]
    return forms, re.compile(data["other_initial"], re.I), re.compile(data["other_annual"], re.I)


#: The date a sentence speaks for: a day or only a month ("em Julho de 2002").
_AS_OF = r"(?P<as_of>(?:[0-3]?\d\s+(?:de\s+)?)?[A-Za-zçéû]+\s+(?:de\s+)?\d{4})"


def _date(written: str | None) -> PartialDate | None:
    """The date a slot holds; "Julho de 2002" read as the month it names."""
    dates = find_dates(re.sub(r"^([A-Za-zçéû]+)\s+de\s+(?=\d{4})", r"\1 ", (written or "").strip()))
    return dates[0].date if dates else None


def _which(what: str, initial: re.Pattern[str], annual: re.Pattern[str]) -> Literal["initial", "annual"] | None:
    """The report the words name, when they name exactly one kind."""
    if initial.search(what) and not annual.search(what):
        return "initial"
    if annual.search(what) and not initial.search(what):
        return "annual"
    return None


def foreign_reports(text: str) -> Iterator[SingleReport]:
    """Each clause of `text` in another language that says one State's report is overdue."""
    forms, initial, annual = _patterns()
    for rx in forms:
        for m in rx.finditer(text):
            state, due, report = slot_state(m["state"]), _date(m["due"]), _which(m["what"], initial, annual)
            if state is None or due is None or not due.complete or report is None:
                continue
            as_of = _date(m.groupdict().get("as_of"))
            line = text.count("\n", 0, m.start()) + 1
            yield SingleReport(state, report, due, as_of, Quote(" ".join(m.group(0).split())[:400], line))


__all__ = ["foreign_reports"]
