"""Actor networks as networkx graphs, built from the named queries `queries/network_*.rq`.

The SPARQL files select the facts (mandates, attendance, links); this module only projects
them onto actors, so every edge can be traced back to rows a researcher can run themselves.
Node keys are IRI strings (GraphML and GEXF need string ids); every node carries `label`,
`kind` (state, organisation, person, actor) and `weight` (what it means is in the graph's
`node_weight` attribute); every edge carries `weight` and `via` (what joins the two).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from ccmgraph.errors import QueryError
from ccmgraph.query.results import Rows

Select = Callable[..., Rows]


@dataclass(frozen=True)
class Filters:
    """Which part of the graph a network covers: a convention, a theme, a period of years."""

    convention: str | None = None
    theme: str | None = None
    start: int | None = None
    end: int | None = None

    @classmethod
    def of(cls, convention: str | None = None, theme: str | None = None,
           start: int | str | dt.date | None = None, end: int | str | dt.date | None = None) -> Filters:
        first, last = _year(start, "start"), _year(end, "end")
        if first is not None and last is not None and first > last:
            raise QueryError(f"period start {first} is after its end {last}")
        slug = theme.strip().lower().replace(" ", "-") if theme else None
        return cls(convention or None, slug or None, first, last)

    def params(self, *, theme: bool = True) -> dict[str, Any]:
        values = {"convention": self.convention, "theme": self.theme if theme else None,
                  "start": self.start, "end": self.end}
        return {k: v for k, v in values.items() if v is not None}

    def describe(self) -> str:
        parts = [self.convention.upper() if self.convention else "all conventions"]
        if self.theme:
            parts.append(self.theme.replace("-", " "))
        if self.start or self.end:
            parts.append(f"{self.start or '…'}–{self.end or '…'}")
        return ", ".join(parts)


def _year(value: int | str | dt.date | None, name: str) -> int | None:
    """A year from 2016, "2016", "2016-03-03" or a date: periods are counted in whole years."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.year
    text = str(value).strip()
    if len(text) >= 4 and text[:4].isdigit() and (len(text) == 4 or text[4] == "-"):
        return int(text[:4])
    raise QueryError(f"{name} {value!r} is not a year or an ISO date")


def add_actor(graph: nx.Graph, iri: Any, label: Any, kind: Any, **extra: Any) -> str:
    """Add (or find) an actor node keyed by its IRI string; labels fall back to the IRI's tail."""
    key = str(iri)
    if key not in graph:
        graph.add_node(key, label=str(label or key.rsplit("/", 1)[-1]), kind=str(kind or "actor"),
                       weight=0, **extra)
    return key


def join(graph: nx.Graph, a: str, b: str, via: str, count: int = 1) -> None:
    """Strengthen the edge a-b by `count`, remembering each distinct reason in `via`."""
    if a == b:
        return
    if graph.has_edge(a, b):
        data = graph.edges[a, b]
        data["weight"] += count
        reasons = data["via"].split("; ")
        if via not in reasons:
            data["via"] = "; ".join(sorted([*reasons, via]))
    else:
        graph.add_edge(a, b, weight=count, via=via)


__all__ = ["Filters", "Select", "add_actor", "join"]
