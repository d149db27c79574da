"""Traversal over actor networks: ego networks, shortest paths with their reasons, centrality.

Actors are named the way researchers name them: an IRI, an ISO 3166 alpha-3 code, or a label
("Zambia", "Hugh Watson", case-insensitive).
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from ccmgraph import iris
from ccmgraph.errors import QueryError
from ccmgraph.network.graph import add_actor, join

MEASURES = ("degree", "strength", "betweenness", "closeness", "eigenvector")


def find_actor(graph: nx.Graph, actor: str) -> str:
    """The node key for an IRI, ISO3 code or label; a QueryError names the network if absent."""
    text = str(actor).strip()
    candidates = [text]
    if len(text) == 3 and text.isalpha():
        candidates.append(str(iris.state(text)))
    for key in candidates:
        if key in graph:
            return key
    wanted = text.casefold()
    matches = sorted(n for n, label in graph.nodes(data="label") if str(label).casefold() == wanted)
    if not matches:
        raise QueryError(f"no actor {actor!r} in the {graph.graph.get('kind', '')} network "
                         f"({graph.graph.get('filters', 'no filters')})")
    return str(matches[0])


def ego(graph: nx.Graph, actor: str, radius: int = 1) -> nx.Graph:
    """The actor, everyone within `radius` steps, and the edges among them."""
    sub = nx.ego_graph(graph, find_actor(graph, actor), radius=radius)
    return sub.copy()


def shortest_path(graph: nx.Graph, source: str, target: str) -> list[dict[str, Any]]:
    """The fewest hops from one actor to another; each hop says what joins the pair.

    An empty list when they are the same actor; a QueryError when nothing links them.
    """
    a, b = find_actor(graph, source), find_actor(graph, target)
    try:
        nodes = nx.shortest_path(graph, a, b)
    except nx.NetworkXNoPath:
        raise QueryError(f"{graph.nodes[a]['label']} and {graph.nodes[b]['label']} are not linked "
                         f"in the {graph.graph.get('kind', '')} network") from None
    return [{"from": x, "from_label": graph.nodes[x]["label"], "to": y, "to_label": graph.nodes[y]["label"],
             "via": graph.edges[x, y]["via"]} for x, y in zip(nodes, nodes[1:])]


def centrality(graph: nx.Graph, measure: str = "degree", top: int | None = 10) -> list[dict[str, Any]]:
    """Actors ranked by a centrality measure (ties broken by label, so rankings are stable).

    `strength` is the weighted degree; the others are networkx's measures, with edge weights
    read as closeness (more meetings or mandates together = nearer) where a distance is needed.
    """
    if measure not in MEASURES:
        raise QueryError(f"no centrality measure {measure!r}; measures: {', '.join(MEASURES)}")
    if graph.number_of_nodes() == 0:
        return []
    nx.set_edge_attributes(graph, {(a, b): 1.0 / d["weight"] for a, b, d in graph.edges(data=True)}, "_distance")
    try:
        scores = _scores(graph, measure)
    finally:
        for _a, _b, data in graph.edges(data=True):
            data.pop("_distance", None)
    ranked = sorted(graph, key=lambda n: (-round(scores[n], 12), graph.nodes[n]["label"], n))
    return [{"actor": n, "label": graph.nodes[n]["label"], "kind": graph.nodes[n]["kind"],
             "score": round(float(scores[n]), 6)} for n in ranked[:top]]


def _scores(graph: nx.Graph, measure: str) -> dict[str, float]:
    if measure == "degree":
        return dict(nx.degree_centrality(graph))
    if measure == "strength":
        return {n: float(s) for n, s in graph.degree(weight="weight")}
    if measure == "betweenness":
        return dict(nx.betweenness_centrality(graph, weight="_distance"))
    if measure == "closeness":
        return dict(nx.closeness_centrality(graph, distance="_distance"))
    if graph.number_of_edges() == 0:
        return {n: 0.0 for n in graph}
    try:
        return dict(nx.eigenvector_centrality(graph, weight="weight", max_iter=2000, tol=1e-8))
    except nx.PowerIterationFailedConvergence:
        raise QueryError("eigenvector centrality did not converge on this network; try degree or strength") from None


def joined(graphs: list[nx.Graph]) -> nx.Graph:
    """Several networks over the same actors as one: weights add up, reasons are kept."""
    merged = nx.Graph(kind="+".join(str(g.graph.get("kind", "")) for g in graphs),
                      filters=graphs[0].graph.get("filters", "") if graphs else "")
    for graph in graphs:
        for node, data in graph.nodes(data=True):
            add_actor(merged, node, data["label"], data["kind"])
        for a, b, data in graph.edges(data=True):
            join(merged, a, b, data["via"], data["weight"])
    return merged
