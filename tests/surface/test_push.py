"""Remote stores: push every named graph to a real Oxigraph server, then query it there."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import run_cli

from ccmgraph import KnowledgeGraph
from ccmgraph.export.push import push
from ccmgraph.store.oxigraph import Store

pytestmark = pytest.mark.slow


def _oxigraph() -> str | None:
    local = Path(sys.executable).parent / "oxigraph"
    return str(local) if local.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def _oxigraph_server(folder: Path, *options: str) -> Iterator[str]:
    """A real `oxigraph serve` on a free loopback port; its query URL (stopped on exit)."""
    binary = _oxigraph()  # the test extras (README's test command) install it
    assert binary is not None, "the oxigraph server is not installed: pip install -e '.[test]'"
    port = _free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}", *options],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("oxigraph serve did not start")
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The union default graph makes it answer like the embedded store (README says how
    Fuseki and GraphDB do the same)."""
    with _oxigraph_server(tmp_path_factory.mktemp("oxigraph"), "--union-default-graph") as url:
        yield url


def test_push_refuses_a_store_that_does_not_read_the_union(built_store: Path, tmp_path: Path) -> None:
    with _oxigraph_server(tmp_path / "plain") as url:
        refused = run_cli("push", "--endpoint", url, store=built_store)
        assert refused.returncode == 1 and "Traceback" not in refused.stderr
        assert len(refused.stderr.splitlines()) == 1
        for fix in ("--union-default-graph", "unionDefaultGraph", "GraphDB", "--no-union-check"):
            assert fix in refused.stderr, fix
        graphs = KnowledgeGraph(endpoint=url).sparql("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert len(graphs) == 0  # nothing loaded, the probe removed
        forced = run_cli("push", "--endpoint", url, "--no-union-check", store=built_store)
        assert forced.returncode == 0 and "counts match" in forced.stdout, forced.stderr
        again = run_cli("push", "--endpoint", url, store=built_store)  # now it holds data: still refused
        assert again.returncode == 1 and "--union-default-graph" in again.stderr


def test_push_replaces_each_graph_and_checks_counts(oxigraph: str, built_store: Path, rich_store: Path) -> None:
    result = run_cli("push", "--endpoint", oxigraph, store=built_store)
    assert result.returncode == 0, result.stderr
    assert "counts match" in result.stdout
    with Store(rich_store) as store:
        started = time.perf_counter()
        pushed = push(store, oxigraph)
        seconds = time.perf_counter() - started
        assert [p.graph for p in pushed] == [str(g) for g in store.graphs()]
        assert all(p.local == p.remote > 0 for p in pushed)
        again = push(store, oxigraph)  # PUT replaces: pushing twice changes nothing
        assert [(p.graph, p.remote) for p in again] == [(p.graph, p.remote) for p in pushed]
        total = sum(p.local for p in pushed)
    print(f"push: {len(pushed)} graphs, {total} triples in {seconds:.2f} s")


def test_named_queries_give_the_same_rows_remotely(oxigraph: str, rich_store: Path) -> None:
    with Store(rich_store) as store:
        push(store, oxigraph)
    for name, params in [("meeting_attendance", ["-p", "meeting=2016-03-03"]), ("coordinators", ["-p", "year=2016"]),
                         ("network_org_state", [])]:
        local = run_cli("query", name, *params, "--format", "csv", store=rich_store)
        remote = run_cli("query", name, *params, "--format", "csv", "--endpoint", oxigraph, store=rich_store)
        assert local.returncode == remote.returncode == 0, remote.stderr
        assert local.stdout == remote.stdout and local.stdout.count("\n") > 5
    with KnowledgeGraph(rich_store) as here:
        there = KnowledgeGraph(endpoint=oxigraph)
        assert sorted(here.network("attendance").edges(data="weight")) == sorted(
            there.network("attendance").edges(data="weight"))


def test_push_names_an_unreachable_store(built_store: Path) -> None:
    result = run_cli("push", "--endpoint", f"http://127.0.0.1:{_free_port()}/query", store=built_store)
    assert result.returncode == 1 and "cannot reach" in result.stderr and "Traceback" not in result.stderr
    unknown = run_cli("push", "--endpoint", "http://127.0.0.1:9/somewhere", store=built_store)
    assert unknown.returncode == 1 and "--gsp" in unknown.stderr
