"""PNG and SVG pictures of a network with matplotlib, same layout and colours as the page.

Pictures are reproducible: no timestamps in the metadata and a fixed SVG id salt.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from ccmgraph.network.layout import page_data

MAX_LABELS = 45


def draw(graph: nx.Graph, path: Path, fmt: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D


    data = page_data(graph)
    matplotlib.rcParams["svg.hashsalt"] = "ccmgraph"
    fig, ax = plt.subplots(figsize=(12, 8.4), dpi=110)
    pos = {n["id"]: (n["x"], 1 - n["y"]) for n in data["nodes"]}
    for edge in data["edges"]:
        (x1, y1), (x2, y2) = pos[edge["source"]], pos[edge["target"]]
        ax.plot([x1, x2], [y1, y2], color="#a0aec0", alpha=0.6, linewidth=edge["width"] * 0.8, zorder=1)
    nodes = data["nodes"]
    ax.scatter([pos[n["id"]][0] for n in nodes], [pos[n["id"]][1] for n in nodes],
               s=[(n["r"] * 1.6) ** 2 for n in nodes], c=[n["color"] for n in nodes],
               edgecolors="white", linewidths=1.2, zorder=2)
    labelled = sorted(nodes, key=lambda n: (-n["weight"], n["label"]))[:MAX_LABELS]
    for n in labelled:
        x, y = pos[n["id"]]
        ax.annotate(n["label"], (x, y), xytext=(n["r"] * 0.9 + 2, 2), textcoords="offset points",
                    fontsize=8, zorder=3)
    handles = [Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor=item["color"],
                      markeredgecolor="white", label=f"{item['label']} ({item['count']})") for item in data["legend"]]
    handles += [Line2D([], [], linestyle="", label=f"size: {data['node_weight']}"),
                Line2D([], [], color="#a0aec0", linewidth=3, label=f"line: {data['edge_weight']}")]
    ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=True, bbox_to_anchor=(0, -0.14), ncol=3)
    ax.set_title(f"{data['title']} — {data['filters']}", fontsize=12)
    ax.set_axis_off()
    ax.margins(0.08)
    fig.tight_layout()
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    fig.savefig(path, format=fmt, metadata=metadata, bbox_inches="tight")
    plt.close(fig)
