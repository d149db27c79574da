"""Write a network as an offline HTML page, a PNG or SVG picture, GraphML or GEXF.

The layout is computed once, in Python, with a fixed seed: the page, the pictures and the
Gephi file show the same arrangement, and writing the same network twice gives the same
bytes. Colour says what an actor is, size how active it was (the graph's `node_weight`),
line width how often two actors were joined (`edge_weight`); the legend says so.
"""

from __future__ import annotations

import html
import json
from importlib import resources
from pathlib import Path

import networkx as nx

from ccmgraph.errors import UsageError
from ccmgraph.network.image import draw
from ccmgraph.network.layout import page_data

FORMATS = ("html", "png", "svg", "graphml", "gexf")


def _template(name: str) -> str:
    return resources.files("ccmgraph").joinpath(f"templates/{name}").read_text(encoding="utf-8")


def to_html(graph: nx.Graph) -> str:
    """A self-contained page: data, style and script inline (sigma.js and graphology bundled,
    templates/README.md), nothing fetched from the network."""
    data = json.dumps(page_data(graph), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    title = html.escape(f"{graph.graph.get('title', 'Network')} — {graph.graph.get('filters', '')}")
    page = _template("network.html").replace("__TITLE__", title)
    for marker, text in (("__NETWORK_LIBS__", _template("network-libs.min.js")),
                         ("__NETWORK_JS__", _template("network.js")), ("__CCMGRAPH_DATA__", data)):
        page = page.replace(marker, text.replace("</", "<\\/"))
    return page


def write(graph: nx.Graph, path: Path, fmt: str | None = None) -> Path:
    """Write `graph` to `path` in the format its suffix names (or `fmt`)."""
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise UsageError(f"{path.name}: cannot write a network as {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "html":
        path.write_text(to_html(graph), encoding="utf-8")
    elif fmt in ("png", "svg"):
        draw(graph, path, fmt)
    elif fmt == "graphml":
        nx.write_graphml(_plain(graph), path)
    else:
        nx.write_gexf(_with_viz(graph), path)
    return path


def _plain(graph: nx.Graph) -> nx.Graph:
    """A copy whose graph-level attributes are strings (GraphML has no None or lists)."""
    copy = graph.copy()
    copy.graph = {k: str(v) for k, v in graph.graph.items()}
    return copy


def _with_viz(graph: nx.Graph) -> nx.Graph:
    """GEXF with Gephi's viz attributes (the same colours, sizes and positions as the page) and
    time intervals: each edge lives in the years of the mandates or meetings that join the
    pair, each actor in the years of its edges, so Gephi's timeline plays them year by year."""
    copy = _plain(graph)
    data = page_data(graph)
    years: dict[str, set[int]] = {}
    for edge in data["edges"]:
        spans = sorted({f["year"] for f in edge["facets"]})
        if spans:
            copy.edges[edge["source"], edge["target"]]["spells"] = [(f"{y}-01-01", f"{y}-12-31") for y in spans]
            for end in (edge["source"], edge["target"]):
                years.setdefault(end, set()).update(spans)
    for node, active in years.items():
        copy.nodes[node]["spells"] = [(f"{y}-01-01", f"{y}-12-31") for y in sorted(active)]
    for node in data["nodes"]:
        colour = node["color"].lstrip("#")
        r, g, b = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
        copy.nodes[node["id"]]["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": node["r"],
                                         "position": {"x": node["x"] * 1000, "y": node["y"] * -700, "z": 0.0}}
    return copy
