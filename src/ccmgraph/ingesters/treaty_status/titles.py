"""A State's instrument that a gazette publishes whole, its title naming the step and the State.

"Instrumento de Aceptación de España del Protocolo sobre los Restos Explosivos de Guerra ...":
an official gazette prints the instrument a head of State executed so that, once deposited, the
State becomes party. The title says which step (ratification, accession, acceptance, approval)
and which State; the dates it holds are the instrument's execution ("Dado en Madrid, a 25 de
enero de 2007") and the treaty's adoption ("hecho en Ginebra el 28 de noviembre de 2003"),
never the deposit. So the step is stated without its date; a notice that dates it (a legal
database's "Vigencia desde ...", prose.notices) is read by the notices instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ccmgraph.ingesters.treaty_status.prose import slot_state, state_slot
from ccmgraph.ingesters.treaty_status.words import words

#: How many of the first non-blank lines a title may stand in (a gazette's page header first).
TITLE_LINES = 8


@dataclass(frozen=True)
class Titled:
    """A step an instrument's title states: State (as written), step, where it was read."""

    state: str
    event: str
    start: int
    end: int


@cache
def _patterns() -> list[re.Pattern[str]]:
    instruments = "|".join(f"(?P<i_{k}>{v})" for k, v in words()["notice_instruments"].items()
                           if k in words()["titled_steps"])
    return [re.compile(raw.replace("{state}", state_slot()).replace("{instrument}", f"(?i:{instruments})"))
            for raw in words()["instrument_titles"]]


def titled_instruments(text: str) -> Iterator[Titled]:
    """The steps the titles of instruments printed in `text` state, undated, each once.

    >>> [(t.state, t.event) for t in titled_instruments("Instrumento de Adhesión de Chile a la Convención ...")]
    [('Chile', 'accession')]
    >>> list(titled_instruments("El instrumento de adhesión de Chile a la Convención fue depositado."))
    []
    """
    heads = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text)][:TITLE_LINES]
    seen: set[tuple[str, str]] = set()
    for line in heads:
        for rx in _patterns():
            m = rx.match(line.group(0).lstrip())
            if m is None:
                continue
            state = slot_state(m["state"])
            event = next((k[2:] for k, v in m.groupdict().items() if k.startswith("i_") and v), None)
            if state and event and (state, event) not in seen:
                seen.add((state, event))
                yield Titled(state, event, line.start(), line.end())
