"""Network files: an offline page that draws in a real browser, pictures, GraphML and GEXF."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from surface.browser import chromium, dump_dom
from ccmgraph import KnowledgeGraph
from ccmgraph.errors import UsageError
from ccmgraph.network.visualise import write
from conftest import run_cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coordinators(kg: KnowledgeGraph) -> nx.Graph:
    return kg.network("coordinators")


def test_every_format_is_written_twice_the_same(coordinators: nx.Graph, tmp_path: Path) -> None:
    for fmt in ("html", "png", "svg", "graphml", "gexf"):
        first, second = write(coordinators, tmp_path / f"a.{fmt}"), write(coordinators, tmp_path / f"b.{fmt}")
        assert first.read_bytes() == second.read_bytes(), fmt
    assert (tmp_path / "a.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(UsageError):
        write(coordinators, tmp_path / "a.pdf")


def test_gephi_files_hold_the_same_network(coordinators: nx.Graph, tmp_path: Path) -> None:
    graphml = nx.read_graphml(write(coordinators, tmp_path / "n.graphml"))
    gexf = nx.read_gexf(write(coordinators, tmp_path / "n.gexf"))
    for back in (graphml, gexf):
        assert set(back.nodes) == set(coordinators.nodes)
        assert {frozenset(e) for e in back.edges} == {frozenset(e) for e in coordinators.edges}
    node = "https://w3id.org/ccmgraph/id/state/AUS"
    assert graphml.nodes[node]["label"] == "Australia" and graphml.nodes[node]["kind"] == "state"
    assert int(graphml.nodes[node]["weight"]) == coordinators.nodes[node]["weight"]
    assert gexf.nodes[node]["viz"]["color"]["b"] > gexf.nodes[node]["viz"]["color"]["r"]  # States are blue


def test_svg_has_labels_legend_and_sizes_by_weight(coordinators: nx.Graph, tmp_path: Path) -> None:
    svg = write(coordinators, tmp_path / "n.svg").read_text(encoding="utf-8")
    ET.fromstring(svg)
    assert "Australia" in svg and "States (" in svg and "People (" in svg
    assert coordinators.graph["node_weight"][:20] in svg


def test_page_is_self_contained(coordinators: nx.Graph, tmp_path: Path) -> None:
    page = write(coordinators, tmp_path / "n.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", page)
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "Australia" in page and "mandate-years held" in page


@pytest.mark.skipif(chromium() is None and not os.environ.get("CI"),
                    reason="chromium is not installed (apt-get install chromium); CI installs it and never skips")
def test_chromium_draws_every_node_without_script_errors(kg: KnowledgeGraph, tmp_path: Path) -> None:
    for kind in ("coordinators", "attendance", "org-state"):
        graph = kg.network(kind)
        dom, seconds = dump_dom(write(graph, tmp_path / f"{kind}.html"))
        assert 'id="ccm-error"' not in dom, dom[dom.find("ccm-error") - 200:][:400]
        marker = re.search(r'id="ccm-drawn"[^>]*data-nodes="(\d+)" data-edges="(\d+)" data-ms="([\d.]+)"', dom)
        assert marker, "the page did not finish drawing"
        assert (int(marker.group(1)), int(marker.group(2))) == (graph.number_of_nodes(), graph.number_of_edges())
        assert dom.count("<circle") == graph.number_of_nodes()
        print(f"{kind}: {graph.number_of_nodes()} nodes drawn in {marker.group(3)} ms; chromium run {seconds:.2f} s")


@pytest.mark.skipif(chromium() is None and not os.environ.get("CI"),
                    reason="chromium is not installed (apt-get install chromium); CI installs it and never skips")
def test_chromium_reports_a_script_error(coordinators: nx.Graph, tmp_path: Path) -> None:
    """The error marker is real: a page whose data cannot be read shows it and draws nothing."""
    page = write(coordinators, tmp_path / "n.html")
    broken = re.sub(r'(<script id="ccm-data" type="application/json">).*?(</script>)', r"\1{not json\2",
                    page.read_text(encoding="utf-8"), flags=re.S)
    page.write_text(broken, encoding="utf-8")
    dom, _ = dump_dom(page)
    assert 'id="ccm-error"' in dom and 'id="ccm-drawn"' not in dom


def test_cli_writes_networks(rich_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "attendance.gexf"
    result = run_cli("network", "--kind", "attendance", "--start", "2016", "-o", str(out), store=rich_store)
    assert result.returncode == 0, result.stderr
    assert nx.read_gexf(out).number_of_nodes() > 5
    bad = run_cli("network", "--kind", "attendance", "-o", str(tmp_path / "x.doc"), store=rich_store)
    assert bad.returncode == 2 and "x.doc" in bad.stderr and "Traceback" not in bad.stderr


def test_a_large_connected_group_is_laid_out_without_scipy(tmp_path: Path) -> None:
    """From 500 nodes in one group networkx's spring layout needs scipy; the fallback must not."""
    from ccmgraph.network.layout import LARGE, page_data

    ring = nx.cycle_graph(LARGE + 20)
    graph = nx.Graph(title="ring", node_weight="w", edge_weight="w", filters="")
    for n in ring:
        graph.add_node(f"n{n:04d}", label=f"Actor {n}", kind="state", weight=1)
    for a, b in ring.edges:
        graph.add_edge(f"n{a:04d}", f"n{b:04d}", weight=1, via="test")
    nodes = page_data(graph)["nodes"]
    assert len(nodes) == LARGE + 20
    assert all(isinstance(n["x"], float) and 0.0 <= n["x"] <= 1.0 and 0.0 <= n["y"] <= 1.0 for n in nodes)
    assert len({(n["x"], n["y"]) for n in nodes}) > LARGE  # spread out, not piled on one point
