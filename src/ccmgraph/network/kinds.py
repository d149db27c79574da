"""One builder per network kind: named-query rows projected onto actors.

- coordinators: States (and other holders) joined when they coordinated the same theme of the
  same convention in the same year; the people who represented a coordinating State at the
  Coordination Committee in a year of its mandate are joined to that State.
- attendance: parties joined by the Coordination Committee meetings they sat in together.
- delegates: the same, between the people present.
- org-state: organisations and States joined by meetings, contributions and joint mentions.

>>> from ccmgraph import KnowledgeGraph
>>> kg = KnowledgeGraph(None); _ = kg.build()
>>> g = network(kg.query, "coordinators", theme="universalization")
>>> sorted(g.nodes[n]["label"] for n in g if g.nodes[n]["kind"] == "state")
['Ecuador', 'Zambia']
>>> g.edges["https://w3id.org/ccmgraph/id/state/ECU", "https://w3id.org/ccmgraph/id/state/ZMB"]["via"]
'Universalization (ccm 2016)'
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from itertools import combinations

import networkx as nx

from ccmgraph.errors import QueryError
from ccmgraph.network.graph import Filters, Select, add_actor, join


def coordinators(select: Select, filters: Filters) -> nx.Graph:
    graph = nx.Graph(node_weight="mandate-years held (people: meetings attended for a coordinator)",
                     edge_weight="years coordinated together (people: meetings attended)",
                     title="Coordinator network")
    groups: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    holder_years: set[tuple[str, int]] = set()
    for row in select("network_coordinators", **filters.params()):
        key = add_actor(graph, row["holder"], row["holder_label"], row["holder_kind"])
        for year in _years(row["start_year"], row["end_year"], filters):
            if (row["mandate"], year) not in graph.nodes[key].setdefault("_seen", set()):
                graph.nodes[key]["_seen"].add((row["mandate"], year))
                graph.nodes[key]["weight"] += 1
            groups[(row["convention"], row["theme_label"], year)].add(key)
            holder_years.add((key, year))
    for (convention, theme, year), holders in sorted(groups.items()):
        for a, b in combinations(sorted(holders), 2):
            join(graph, a, b, f"{theme} ({convention} {year})")
    for node in graph:
        graph.nodes[node].pop("_seen", None)
    _represented(select, filters, graph, holder_years)
    return graph


def _years(start: int | None, end: int | None, filters: Filters) -> range:
    first, last = int(start or 0), int(end or start or 0)
    return range(max(first, filters.start or first), min(last, filters.end or last) + 1)


def _represented(select: Select, filters: Filters, graph: nx.Graph, holder_years: set[tuple[str, int]]) -> None:
    """Join each person to the coordinating State they represented at a meeting of its mandate years."""
    seen: set[tuple[str, str]] = set()
    for row in select("network_attendance", **filters.params(theme=False)):
        party, person = str(row["party"]), row["person"]
        if person is None or (party, int(row["year"])) not in holder_years or (str(person), str(row["meeting"])) in seen:
            continue
        seen.add((str(person), str(row["meeting"])))
        key = add_actor(graph, person, row["person_name"], "person", party=str(row["party_label"]))
        graph.nodes[key]["weight"] += 1
        join(graph, key, party, "represented at the Coordination Committee")


def attendance(select: Select, filters: Filters) -> nx.Graph:
    return _sat_together(select, filters, people=False)


def delegates(select: Select, filters: Filters) -> nx.Graph:
    return _sat_together(select, filters, people=True)


def _sat_together(select: Select, filters: Filters, *, people: bool) -> nx.Graph:
    who = "people" if people else "parties"
    graph = nx.Graph(node_weight="Coordination Committee meetings attended",
                     edge_weight="meetings attended together",
                     title=f"Coordination Committee attendance ({who})")
    present: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, str] = {}
    for row in select("network_attendance", **filters.params()):
        if people:
            if row["person"] is None:
                continue
            key = add_actor(graph, row["person"], row["person_name"], "person", party=str(row["party_label"]))
        else:
            key = add_actor(graph, row["party"], row["party_label"], row["party_kind"])
        meeting = str(row["meeting"])
        present[meeting].add(key)
        dates[meeting] = str(row["meeting_date"])
    for meeting, keys in sorted(present.items()):
        for key in keys:
            graph.nodes[key]["weight"] += 1
        for a, b in combinations(sorted(keys), 2):
            join(graph, a, b, f"CC {dates[meeting]}")
    return graph


def org_state(select: Select, filters: Filters) -> nx.Graph:
    graph = nx.Graph(node_weight="links to the other side (weighted)",
                     edge_weight="meetings, contributions and joint mentions",
                     title="Organisations and States")
    for row in select("network_org_state", **filters.params()):
        org = add_actor(graph, row["organisation"], row["organisation_label"], "organisation")
        state = add_actor(graph, row["state"], row["state_label"], "state")
        join(graph, org, state, str(row["relation"]))
        graph.nodes[org]["weight"] += 1
        graph.nodes[state]["weight"] += 1
    return graph


KINDS: dict[str, Callable[[Select, Filters], nx.Graph]] = {
    "coordinators": coordinators,
    "attendance": attendance,
    "delegates": delegates,
    "org-state": org_state,
}


def network(select: Select, kind: str, convention: str | None = None, theme: str | None = None,
            start: int | str | dt.date | None = None, end: int | str | dt.date | None = None) -> nx.Graph:
    """Build the network `kind` (see `KINDS`) over the rows `select(query_name, **params)` returns."""
    if kind not in KINDS:
        raise QueryError(f"no network kind {kind!r}; kinds: {', '.join(sorted(KINDS))}")
    filters = Filters.of(convention, theme, start, end)
    graph = KINDS[kind](select, filters)
    graph.graph.update(kind=kind, filters=filters.describe())
    return graph
