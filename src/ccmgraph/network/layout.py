"""Where each actor stands and how it looks: one layout for the page, the pictures and GEXF.

Positions come from a fixed seed over sorted nodes, so the same network always gets the
same arrangement; colours and sizes say what an actor is and how active it was.
"""

from __future__ import annotations

import math
import re
from typing import Any

import networkx as nx

COLOURS = {"state": "#2b6cb0", "organisation": "#dd6b20", "person": "#2f855a", "actor": "#718096"}
KIND_NAMES = {"state": "States", "organisation": "Organisations", "person": "People", "actor": "Unresolved actors"}
LARGE = 500  # nodes in one connected group


def layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions in [0, 1]², the same for the same graph (fixed seed, sorted nodes).

    Each connected group is laid out alone and the groups are packed in rows, largest first,
    each in a box whose side grows with the square root of its size: small groups stay
    readable instead of being flung to the edges.
    """
    groups = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    placed: dict[str, tuple[float, float]] = {}
    row_width = max(3.0, math.sqrt(sum(math.sqrt(len(c)) ** 2 for c in groups)) * 1.3)
    x = y = row_height = 0.0
    for members in groups:
        side = math.sqrt(len(members))
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height + 0.6, 0.0
        for node, (px, py) in _spring(graph.subgraph(members)).items():
            placed[node] = (x + px * side, y + py * side)
        x, row_height = x + side + 0.6, max(row_height, side)
    if not placed:
        return {}
    xs, ys = [p[0] for p in placed.values()], [p[1] for p in placed.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    return {n: (round((p[0] - min(xs)) / span, 4), round((p[1] - min(ys)) / span, 4)) for n, p in placed.items()}


def _spring(group: nx.Graph) -> dict[str, tuple[float, float]]:
    """One connected group in [0, 1]²."""
    if group.number_of_nodes() == 1:
        return {next(iter(group)): (0.5, 0.5)}
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(group.nodes))
    ordered.add_edges_from(sorted((min(a, b), max(a, b), d) for a, b, d in group.edges(data=True)))
    if len(ordered) < LARGE:
        raw = nx.spring_layout(ordered, seed=20160303, k=1.6 / math.sqrt(len(ordered)), iterations=300)
    else:  # networkx's spring layout needs scipy from 500 nodes on; ForceAtlas2 needs only numpy
        raw = nx.forceatlas2_layout(ordered, seed=20160303, max_iter=150)
    points = {n: (float(p[0]), float(p[1])) for n, p in raw.items()}  # numpy scalars are not JSON
    xs, ys = [p[0] for p in points.values()], [p[1] for p in points.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {n: ((p[0] - min(xs)) / span_x, (p[1] - min(ys)) / span_y) for n, p in points.items()}


# What joins two actors, as kinds.py words it: "Victim Assistance (ccm 2016)", "CC 2016-03-03"
_THEMED = re.compile(r"^(?P<theme>.+) \((?P<convention>[a-z0-9-]+) (?P<year>\d{4})\)$")
_MEETING = re.compile(r"^CC (?P<year>\d{4})-\d{2}-\d{2}$")


def facets(via: str) -> list[dict[str, Any]]:
    """The convention, theme and year of each reason in an edge's `via`, for the page's filters
    and time slider and GEXF's time intervals; reasons without a year give none.

    >>> facets("Victim Assistance (ccm 2016); CC 2016-03-03; named together")
    [{'convention': 'ccm', 'theme': 'Victim Assistance', 'year': 2016}, {'convention': 'ccm', 'theme': None, 'year': 2016}]
    """
    found = []
    for reason in via.split("; "):
        themed, meeting = _THEMED.match(reason), _MEETING.match(reason)
        if themed:
            found.append({"convention": themed["convention"], "theme": themed["theme"], "year": int(themed["year"])})
        elif meeting:  # the Coordination Committee is the CCM's
            found.append({"convention": "ccm", "theme": None, "year": int(meeting["year"])})
    return found


def radius(weight: float, heaviest: float) -> float:
    """Circle radius in page units: area grows with weight, from 5 to 22."""
    return round(5 + 17 * math.sqrt(weight / heaviest), 2) if heaviest > 0 else 5.0


def legend(graph: nx.Graph) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for _n, kind in graph.nodes(data="kind"):
        counts[kind] = counts.get(kind, 0) + 1
    return [{"kind": k, "label": KIND_NAMES.get(k, k), "color": COLOURS.get(k, COLOURS["actor"]), "count": c}
            for k, c in sorted(counts.items(), key=lambda kc: list(COLOURS).index(kc[0]) if kc[0] in COLOURS else 99)]


def page_data(graph: nx.Graph) -> dict[str, Any]:
    """Everything the page draws, as JSON-ready data (positions included)."""
    pos = layout(graph)
    heaviest = max((w for _n, w in graph.nodes(data="weight")), default=0)
    widest = max((w for _a, _b, w in graph.edges(data="weight")), default=1)
    nodes = [{"id": n, "label": d["label"], "kind": d["kind"], "weight": d["weight"],
              "x": pos[n][0], "y": pos[n][1], "r": radius(d["weight"], heaviest),
              "color": COLOURS.get(d["kind"], COLOURS["actor"])} for n, d in sorted(graph.nodes(data=True))]
    edges = [{"source": a, "target": b, "weight": d["weight"], "via": d["via"], "facets": facets(d["via"]),
              "width": round(1 + 5 * d["weight"] / widest, 2)}
             for a, b, d in sorted((min(a, b), max(a, b), d) for a, b, d in graph.edges(data=True))]
    return {"title": graph.graph.get("title", "Network"), "filters": graph.graph.get("filters", ""),
            "node_weight": graph.graph.get("node_weight", "weight"),
            "edge_weight": graph.graph.get("edge_weight", "weight"),
            "nodes": nodes, "edges": edges, "legend": legend(graph)}
