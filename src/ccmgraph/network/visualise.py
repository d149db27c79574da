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


def to_html(graph: nx.Graph) -> str:
    """A self-contained page: data, style and script inline, nothing fetched from the network."""
    template = resources.files("ccmgraph").joinpath("templates/network.html").read_text(encoding="utf-8")
    data = json.dumps(page_data(graph), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data = data.replace("</", "<\\/")
    title = html.escape(f"{graph.graph.get('title', 'Network')} — {graph.graph.get('filters', '')}")
    return template.replace("__TITLE__", title).replace("__CCMGRAPH_DATA__", data)


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
    """GEXF with Gephi's viz attributes: the same colours, sizes and positions as the page."""
    copy = _plain(graph)
    for node in page_data(graph)["nodes"]:
        colour = node["color"].lstrip("#")
        r, g, b = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
        copy.nodes[node["id"]]["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": node["r"],
                                         "position": {"x": node["x"] * 1000, "y": node["y"] * -700, "z": 0.0}}
    return copy
