"""Filling an empty store in bulk (Store.loading): the same quads as one transaction per
graph, nothing lost from a store that already holds data, and a kill before the swap
leaves an empty store that the next writer tidies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import FIXTURES, MINUTES_2016_03_03, NEWS_2017, run_cli
from rdflib import Graph, Literal, URIRef

from ccmgraph.pipeline import ingest_paths
from ccmgraph.store.oxigraph import Store

DOCS = [MINUTES_2016_03_03, NEWS_2017, *sorted((FIXTURES / "minutes").glob("cc-minutes-20??-??-??.txt"))[:4]]
S, P = URIRef("http://x/s"), URIRef("http://x/p")


def _quads(path: Path) -> set[str]:
    """Every quad, the union in the default graph included, as text."""
    with Store(path, mode="read") as store:
        return {str(q) for q in store.oxigraph}


def _graph(*objects: str) -> Graph:
    graph = Graph()
    for o in objects:
        graph.add((S, P, Literal(o)))
    return graph


def test_bulk_load_gives_the_quads_of_one_transaction_per_document(tmp_path: Path) -> None:
    bulk, one_by_one = tmp_path / "bulk", tmp_path / "one"
    with Store(bulk) as store:
        outcomes = ingest_paths(store, DOCS, workers=1)
        assert all(o.accepted for o in outcomes)
    with Store(one_by_one) as store:
        for path in DOCS:
            ingest_paths(store, [path])
    assert (bulk / "oxigraph").is_symlink() and not (one_by_one / "oxigraph").is_symlink()
    assert _quads(bulk) == _quads(one_by_one)
    assert len(_quads(bulk)) > 5000
    assert sorted(p.name for p in bulk.iterdir() if p.name.startswith("oxigraph")) == [
        "oxigraph", os.readlink(bulk / "oxigraph")]  # the old database is gone


def test_a_store_with_data_keeps_it_and_is_written_in_transactions(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with Store(path) as store:
        ingest_paths(store, [NEWS_2017])
        before = store.graphs()
        ingest_paths(store, DOCS[2:], workers=1)
        assert set(before) < set(store.graphs())
    with Store(tmp_path / "all") as store:
        ingest_paths(store, [NEWS_2017, *DOCS[2:]], workers=1)
    assert _quads(path) == _quads(tmp_path / "all")


def test_a_graph_written_twice_in_one_load_keeps_the_union_exact(tmp_path: Path) -> None:
    g = URIRef("https://w3id.org/ccmgraph/id/document/twice")
    with Store(tmp_path / "s") as store:
        with store.loading():
            store.replace_graph(g, _graph("old", "kept"))
            store.replace_graph(URIRef("https://w3id.org/ccmgraph/id/document/other"), _graph("other"))
            store.replace_graph(g, _graph("kept", "new"))
        union = {str(t[0]) for t in store.select("SELECT ?o WHERE { ?s ?p ?o }")}  # type: ignore[union-attr]
    assert union == {'"kept"', '"new"', '"other"'}


def test_an_error_inside_a_load_leaves_the_store_empty_and_usable(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with Store(path) as store:
        try:
            with store.loading():
                store.replace_graph(URIRef("https://w3id.org/ccmgraph/id/document/a"), _graph("a"))
                raise KeyboardInterrupt
        except KeyboardInterrupt:
            pass
        assert len(store) == 0
        store.replace_graph(URIRef("https://w3id.org/ccmgraph/id/document/b"), _graph("b"))
    assert len(Store(path, mode="read")) == 1
    assert [p.name for p in path.iterdir() if p.name.startswith("oxigraph")] == ["oxigraph"]


def test_a_kill_before_the_swap_leaves_an_empty_store_the_next_writer_tidies(tmp_path: Path) -> None:
    store = tmp_path / "store"
    env = dict(os.environ, CCMGRAPH_STORE=str(store), CCMGRAPH_TEST_PAUSE="0.05", CCMGRAPH_WORKERS="1")
    proc = subprocess.Popen([sys.executable, "-m", "ccmgraph", "--quiet", "ingest", *map(str, DOCS)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not any(p.name.startswith("oxigraph-") for p in store.glob("*")) and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.3)  # inside the load: some documents staged, none visible
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert any(p.name.startswith("oxigraph-") for p in store.iterdir())  # the unfinished database
    with Store(store, mode="read") as reader:
        assert len(reader) == 0
    out = run_cli("query", "meeting_attendance", "--format", "csv", store=store)
    assert out.returncode == 0 and len(out.stdout.strip().splitlines()) == 1, out.stderr
    run_cli("--quiet", "ingest", *map(str, DOCS), store=store, check=True)
    leftovers = [p.name for p in store.iterdir() if p.name.startswith("oxigraph")]
    assert sorted(leftovers) == ["oxigraph", os.readlink(store / "oxigraph")]
    run_cli("--quiet", "ingest", *map(str, DOCS), store=tmp_path / "clean", check=True)
    assert _quads(store) == _quads(tmp_path / "clean")
