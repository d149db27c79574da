"""Network files: an offline page that draws in a real browser, pictures, GraphML and GEXF."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


def test_gexf_has_time_intervals_for_gephis_timeline(coordinators: nx.Graph, tmp_path: Path) -> None:
    root = ET.parse(write(coordinators, tmp_path / "t.gexf")).getroot()
    ns = {"g": root.tag.split("}")[0].strip("{")}
    element = root.find("g:graph", ns)
    assert element is not None and element.get("mode") == "dynamic" and element.get("timeformat") == "date"
    spells = {frozenset((e.get("source"), e.get("target"))): sorted(s.get("start") for s in e.iter(f"{{{ns['g']}}}spell"))
              for e in root.iter(f"{{{ns['g']}}}edge")}
    years = {frozenset((a, b)): sorted(f"{y}-01-01" for y in set(re.findall(r"\b(20\d\d)\)", d["via"])))
             for a, b, d in coordinators.edges(data=True)}
    assert {k: v for k, v in spells.items() if v} == {k: v for k, v in years.items() if v} != {}


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


NEEDS_CHROMIUM = pytest.mark.skipif(chromium() is None and not os.environ.get("CI"),
                                    reason="chromium is not installed (apt-get install chromium); CI installs it and never skips")
SHOWN = "window.ccmgraphNetwork.shown()"
# each displayed label as a box in viewport pixels (sigma draws it right of its node, labelSize 14)
LABEL_BOXES = """(() => { const r = window.ccmgraphNetwork.renderer, g = r.getGraph();
  const ctx = document.createElement('canvas').getContext('2d'); ctx.font = '14px Arial';
  const circle = n => { const d = r.getNodeDisplayData(n), p = r.framedGraphToViewport(d), s = r.scaleSize(d.size);
                       return [n, p.x - s, p.y - s, p.x + s, p.y + s]; };
  return {labels: Array.from(r.getNodeDisplayedLabels()).filter(n => r.getNodeDisplayData(n).label).map(n => {
    const d = r.getNodeDisplayData(n), p = r.framedGraphToViewport(d);
    const size = r.scaleSize(d.size);
    return [n, p.x + size + 3, p.y - 7, p.x + size + 3 + ctx.measureText(d.label).width, p.y + 7];
  }), circles: g.nodes().filter(n => !r.getNodeDisplayData(n).hidden).map(circle)}; })()"""


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from surface.cdp import Browser

    page = Browser(1200, 800)
    yield page
    page.close()


def _open(browser: Any, path: Path) -> None:
    browser.goto(path.resolve().as_uri())
    browser.wait_for("!!(document.getElementById('ccm-drawn') || document.getElementById('ccm-error'))", 60)
    error = browser.evaluate("document.getElementById('ccm-error') && document.getElementById('ccm-error').textContent")
    assert not error, error


def _overlaps(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@NEEDS_CHROMIUM
@pytest.mark.parametrize("kind", ["coordinators", "attendance", "delegates", "org-state"])
def test_sigma_draws_every_node_beside_the_panel(kind: str, kg: KnowledgeGraph, browser: Any, tmp_path: Path) -> None:
    graph = kg.network(kind)
    _open(browser, write(graph, tmp_path / f"{kind}.html"))
    marker = browser.evaluate("[...['data-nodes', 'data-edges', 'data-ms']].map(a => document.getElementById('ccm-drawn').getAttribute(a))")
    assert (int(marker[0]), int(marker[1])) == (graph.number_of_nodes(), graph.number_of_edges())
    browser.evaluate("window.ccmgraphNetwork.renderer.getCamera().setState({x: 0.5, y: 0.5, ratio: 1, angle: 0});"
                     "new Promise(done => setTimeout(() => done(true), 400))")  # the labels follow the camera
    panel = browser.evaluate("(b => [b.left, b.top, b.right, b.bottom])(document.getElementById('panel').getBoundingClientRect())")
    area = browser.evaluate("(b => [b.left, b.top, b.right, b.bottom])(document.getElementById('graph').getBoundingClientRect())")
    assert not _overlaps(panel, area)
    points = browser.evaluate("(() => { const r = window.ccmgraphNetwork.renderer, g = r.getGraph();"
                              " return g.nodes().map(n => { const p = r.graphToViewport(g.getNodeAttributes(n)); return [p.x, p.y]; }); })()")
    width, height = area[2] - area[0], area[3] - area[1]
    assert len(points) == graph.number_of_nodes()
    assert all(0 <= x <= width and 0 <= y <= height for x, y in points)  # fit to view: nothing cut off
    drawn = browser.evaluate(LABEL_BOXES)
    boxes = drawn["labels"]
    assert boxes, "no labels shown"
    clashes = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if _overlaps(a[1:], b[1:])]
    assert not clashes, f"{len(clashes)} labels overlap"
    covered = [(a[0], c[0]) for a in boxes for c in drawn["circles"] if a[0] != c[0] and _overlaps(a[1:], c[1:])]
    assert not covered, f"{len(covered)} labels cover another actor"
    print(f"{kind}: {graph.number_of_nodes()} nodes, {len(boxes)} labels shown without overlap, drawn in {marker[2]} ms")


@NEEDS_CHROMIUM
def test_filters_and_the_time_slider_show_what_the_data_says(kg: KnowledgeGraph, browser: Any, tmp_path: Path) -> None:
    from ccmgraph.network.layout import page_data

    graph = kg.network("coordinators")
    data = page_data(graph)
    _open(browser, write(graph, tmp_path / "c.html"))
    index = {f"e{i}": e for i, e in enumerate(data["edges"])}

    def expected(test: Any) -> set[str]:
        return {k for k, e in index.items() if any(test(f) for f in e["facets"])}

    browser.evaluate("document.getElementById('f-theme').value = 'Victim Assistance';"
                     "document.getElementById('f-theme').dispatchEvent(new Event('change'))")
    shown = browser.evaluate(SHOWN)
    assert set(shown["edges"]) == expected(lambda f: f["theme"] == "Victim Assistance") != set()
    assert len(shown["nodes"]) < graph.number_of_nodes()
    browser.evaluate("document.getElementById('f-theme').value = '';"
                     "document.getElementById('f-theme').dispatchEvent(new Event('change'))")
    years = sorted({f["year"] for e in data["edges"] for f in e["facets"]})
    assert len(years) >= 2
    for year in years:
        browser.evaluate(f"window.ccmgraphNetwork.setYear({year})")
        assert set(browser.evaluate(SHOWN)["edges"]) == expected(lambda f, y=year: f["year"] == y)
        assert browser.evaluate("document.getElementById('year-label').textContent") == str(year)
    browser.evaluate(f"window.ccmgraphNetwork.setYear({years[0] - 1})")
    assert len(browser.evaluate(SHOWN)["edges"]) == graph.number_of_edges()
    browser.evaluate("document.getElementById('f-kind').value = 'person';"
                     "document.getElementById('f-kind').dispatchEvent(new Event('change'))")
    people = {n for n, kind in graph.nodes(data="kind") if kind == "person"}
    assert set(browser.evaluate(SHOWN)["nodes"]) == people
    browser.evaluate("document.getElementById('play').click()")
    assert browser.wait_for("document.getElementById('year-label').textContent", 5) == str(years[0])


@NEEDS_CHROMIUM
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
