"""Readers and writers side by side, in real processes: a running `serve` and an open
KnowledgeGraph see each commit, never alternate, and never hold an ingest up."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import FIXTURES
from guarantees.endpoint import count

from ccmgraph import KnowledgeGraph
from ccmgraph.serve.app import Limits, make_server, serve_in_thread

pytestmark = pytest.mark.slow
EXTRA = [FIXTURES / "minutes" / f"cc-minutes-{d}.txt" for d in ("2013-06-18", "2017-04-05", "2018-02-20")]
GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture
def store(built_store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(built_store, copy)
    return copy


def _ingest(store: Path, *paths: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, CCMGRAPH_STORE=str(store), CCMGRAPH_LOCK_WAIT="5")
    return subprocess.run([sys.executable, "-m", "ccmgraph", "ingest", *map(str, paths)], env=env,
                          capture_output=True, text=True, timeout=300)


def test_an_ingest_while_serve_runs_is_seen_by_the_next_query_and_never_unseen(store: Path) -> None:
    server = make_server(store, port=0, limits=Limits(timeout=20, workers=2), quiet=True)
    serve_in_thread(server)
    url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    try:
        before = {count(url) for _ in range(6)}  # both workers hold a snapshot now
        assert len(before) == 1
        seen = [before.pop()]
        for path in EXTRA:
            result = _ingest(store, path)
            assert result.returncode == 0, result.stderr  # the running server held nothing up
            answers = [count(url) for _ in range(10)]
            assert len(set(answers)) == 1 and answers[0] > seen[-1], (seen, answers)
            seen.append(answers[0])
    finally:
        server.shutdown()
        server.server_close()
        server.pool.close()


def test_an_open_reader_sees_each_commit_and_blocks_no_writer(store: Path) -> None:
    with KnowledgeGraph(store) as kg:
        graphs = int(kg.sparql(GRAPHS).to_dicts()[0]["n"])
        for step, path in enumerate(EXTRA, start=1):
            started = time.perf_counter()
            result = _ingest(store, path)
            assert result.returncode == 0, result.stderr
            assert time.perf_counter() - started < 60
            assert int(kg.sparql(GRAPHS).to_dicts()[0]["n"]) == graphs + step


def test_ingest_reads_and_rejects_before_it_waits_for_the_writer_lock(store: Path, tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom pathlib import Path\nfrom ccmgraph.store.oxigraph import Store\n"
        f"s = Store(Path({str(store)!r}), mode='write')\nprint('held', flush=True)\ntime.sleep(60)")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        bad = tmp_path / "shopping.txt"
        bad.write_text("Shopping list\nMilk\nBread\n")
        env = dict(os.environ, CCMGRAPH_STORE=str(store), CCMGRAPH_LOCK_WAIT="30")
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "ccmgraph", "ingest", str(bad)], env=env,
                                capture_output=True, text=True, timeout=120)
        assert time.perf_counter() - started < 20  # never waited for the lock it did not need
        assert result.returncode == 1 and result.stderr.startswith("rejected") and "shopping.txt" in result.stderr
        locked = subprocess.run([sys.executable, "-m", "ccmgraph", "ingest", str(EXTRA[0])], capture_output=True,
                                text=True, timeout=120, env=dict(env, CCMGRAPH_LOCK_WAIT="1"))
        assert locked.returncode == 1 and "in use by another ccmgraph process" in locked.stderr
        assert len(locked.stderr.strip().splitlines()) == 1, locked.stderr
    finally:
        holder.kill()
        holder.wait()


def test_one_knowledge_graph_queried_from_threads_while_it_ingests(store: Path) -> None:
    failures: list[BaseException] = []
    counts: list[list[int]] = [[] for _ in range(4)]
    stop = threading.Event()
    with KnowledgeGraph(store) as kg:
        first = int(kg.sparql(GRAPHS).to_dicts()[0]["n"])

        def read(mine: list[int]) -> None:
            while not stop.is_set():
                try:
                    mine.append(int(kg.sparql(GRAPHS).to_dicts()[0]["n"]))
                    kg.query("presidencies")
                except BaseException as exc:  # noqa: BLE001 - any failure is the finding
                    failures.append(exc)
                    return

        readers = [threading.Thread(target=read, args=(mine,)) for mine in counts]
        for thread in readers:
            thread.start()
        try:
            outcomes = kg.ingest(EXTRA)
        finally:
            time.sleep(0.2)
            stop.set()
            for thread in readers:
                thread.join()
        assert all(o.accepted for o in outcomes)
        assert not failures, failures[:3]
        assert all(mine and mine[0] == first and mine == sorted(mine) for mine in counts)  # never went back
        assert int(kg.sparql(GRAPHS).to_dicts()[0]["n"]) == first + len(EXTRA)
