"""Networks built from the graph, checked against the named queries they summarise."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import pytest

from ccmgraph import KnowledgeGraph, QueryError

ID = "https://w3id.org/ccmgraph/id/"


def _year_span(row: dict) -> range:
    start = int(str(row["start"])[:4])
    end = int(str(row["end"])[:4]) if row["end"] is not None else start
    return range(start, end + 1)


def test_coordinator_network_joins_exactly_the_co_coordinators(kg: KnowledgeGraph) -> None:
    """Recomputed independently from the `coordinators` contract query."""
    groups: dict[tuple, set[str]] = defaultdict(set)
    for row in kg.query("coordinators", convention="ccm"):
        if row["theme_label"] and row["start"] is not None:
            for year in _year_span(row):
                groups[(row["theme_label"], year)].add(str(row["party"]))
    expected = {frozenset(p) for members in groups.values() for p in combinations(sorted(members), 2)}
    graph = kg.network("coordinators", convention="ccm")
    states = {frozenset((a, b)) for a, b, via in graph.edges(data="via") if "represented" not in via}
    assert states == expected and len(expected) >= 8
    assert graph.edges[f"{ID}state/ECU", f"{ID}state/ZMB"]["via"].startswith("Universalization (ccm 2016)")
    people = [n for n, kind in graph.nodes(data="kind") if kind == "person"]
    assert people and all(any(graph.nodes[m]["kind"] == "state" for m in graph[p]) for p in people)


def test_a_coordinator_without_a_theme_is_listed_and_joins_no_one(kg: KnowledgeGraph) -> None:
    """"CCM Coordinators for 2016 from Australia and Ecuador": posts without a theme, which the
    mandates query lists with an empty theme and the network does not join into one theme."""
    rows = [r for r in kg.query("mandates", convention="ccm", role="coordinator")
            if str(r["source"]).endswith("ccm-coordinators-no-theme-2016.txt")]
    assert {(str(r["holder"]), r["theme_label"]) for r in rows} == {(f"{ID}state/AUS", None), (f"{ID}state/ECU", None)}
    graph = kg.network("coordinators", convention="ccm")
    assert f"{ID}state/AUS" in graph and f"{ID}state/ECU" in graph  # by their themed posts
    assert not graph.has_edge(f"{ID}state/AUS", f"{ID}state/ECU")


def test_filters_by_convention_theme_and_period(kg: KnowledgeGraph) -> None:
    whole = kg.network("coordinators")
    theme = kg.network("coordinators", theme="Victim Assistance")
    assert set(theme) < set(whole)
    assert {whole.nodes[n]["label"] for n in theme if theme.nodes[n]["kind"] == "state"} >= {"Australia", "Chile", "Italy"}
    assert all("Victim Assistance" in via or "represented" in via for _a, _b, via in theme.edges(data="via"))
    later = kg.network("coordinators", start=2017, end=2017)
    assert all("2016)" not in via for _a, _b, via in later.edges(data="via"))
    assert kg.network("coordinators", start=1990, end=1991).number_of_nodes() == 0
    ccw = kg.network("coordinators", convention="ccw-p5")
    assert not any(n in ccw for n in (f"{ID}state/ECU", f"{ID}state/ZMB"))
    with pytest.raises(QueryError):
        kg.network("coordinators", start=2018, end=2016)
    with pytest.raises(QueryError):
        kg.network("coordinators", convention="ccm; DROP ALL")
    with pytest.raises(QueryError):
        kg.network("friendships")


def test_attendance_network_counts_meetings_sat_together(kg: KnowledgeGraph) -> None:
    present: dict[str, set[str]] = defaultdict(set)
    for row in kg.query("meeting_attendance"):
        if row["status"] == "present" and "/meeting/cc/" in str(row["meeting"]):
            present[str(row["party"])].add(str(row["meeting"]))
    graph = kg.network("attendance")
    assert len({m for ms in present.values() for m in ms}) >= 4
    for a, b, weight in graph.edges(data="weight"):
        assert weight == len(present[a] & present[b])
    for node, weight in graph.nodes(data="weight"):
        assert weight == len(present[node])
    assert max(w for _a, _b, w in graph.edges(data="weight")) >= 3
    only_2016 = kg.network("attendance", start="2016-01-01", end="2016-12-31")
    assert max(w for _a, _b, w in only_2016.edges(data="weight")) == 1
    people = kg.network("delegates")
    assert all(kind == "person" for _n, kind in people.nodes(data="kind")) and people.number_of_edges() > 0


def test_organisation_state_network_is_bipartite(kg: KnowledgeGraph) -> None:
    graph = kg.network("org-state")
    kinds = dict(graph.nodes(data="kind"))
    assert all({kinds[a], kinds[b]} == {"organisation", "state"} for a, b in graph.edges)
    via = graph.edges[f"{ID}org/ccm-isu", f"{ID}state/DEU"]["via"]
    assert "contributed to" in via


def test_traversal_helpers(kg: KnowledgeGraph) -> None:
    hops = kg.shortest_path("Hugh Watson", "Iraq", via="mandates")
    assert [(h["from_label"], h["to_label"]) for h in hops] == [("Hugh Watson", "Australia"), ("Australia", "Iraq")]
    assert "International Cooperation and Assistance" in hops[1]["via"]
    assert kg.shortest_path("Zambia", "Zambia") == []
    through_meetings = kg.shortest_path("AUS", "Austria", via="meetings")
    assert len(through_meetings) == 1 and through_meetings[0]["via"].startswith("CC ")
    ego = kg.ego_network("Zambia")
    assert f"{ID}state/ECU" in ego and all(ego.has_edge(f"{ID}state/ZMB", n) for n in ego if n != f"{ID}state/ZMB")
    ranking = kg.centrality("attendance", "strength", top=None)
    strengths = [r["score"] for r in ranking]
    assert strengths == sorted(strengths, reverse=True) and len(ranking) == kg.network("attendance").number_of_nodes()
    graph = kg.network("attendance")
    assert ranking[0]["score"] == max(s for _n, s in graph.degree(weight="weight"))
    assert {r["label"] for r in ranking[:2]} <= {graph.nodes[n]["label"] for n in graph}
    for measure in ("degree", "betweenness", "closeness", "eigenvector"):
        assert len(kg.centrality("coordinators", measure, top=3)) == 3
    with pytest.raises(QueryError):
        kg.centrality("coordinators", "popularity")
    with pytest.raises(QueryError, match="no actor"):
        kg.ego_network("Atlantis")
