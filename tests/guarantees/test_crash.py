"""Whole or nothing under SIGKILL, one writer at a time, readers see before or after.

Real `python -m ccmgraph` subprocesses are killed at several moments of `ingest`; each
surviving store must open, answer queries, and hold every document's graph exactly as a
clean ingest produces it, or not at all.
"""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, MINUTES_2016_03_03, NEWS_2017, run_cli

from ccmgraph.store.layout import started
from ccmgraph.store.oxigraph import Store

DOCS = [MINUTES_2016_03_03, NEWS_2017, *sorted((FIXTURES / "minutes").glob("cc-minutes-20??-??-??.txt"))[:3]]


def _graphs(store: Path) -> dict[str, set[str]]:
    """Each named graph of a store as its set of N-Triples lines (the ontology graph too)."""
    with Store(store, mode="read") as s:
        found: dict[str, set[str]] = {}
        for quad in s.quads():
            found.setdefault(quad.graph_name.value, set()).add(f"{quad.subject} {quad.predicate} {quad.object}")
        return found


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    store = tmp_path_factory.mktemp("clean") / "store"
    run_cli("--quiet", "ingest", *map(str, DOCS), store=store, check=True)
    return _graphs(store)


def _start(store: Path, pause: str) -> subprocess.Popen[str]:
    env = dict(os.environ, CCMGRAPH_STORE=str(store), CCMGRAPH_TEST_PAUSE=pause, CCMGRAPH_WORKERS="1")
    return subprocess.Popen([sys.executable, "-m", "ccmgraph", "--quiet", "ingest", *map(str, DOCS)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_until_writing(store: Path, proc: subprocess.Popen[str]) -> None:
    """Until `proc` holds the store's writer lock: a fixed sleep lost the race on a loaded machine."""
    lock = store / ".ccmgraph.lock"
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        if lock.exists():
            with lock.open("a") as handle:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return
                fcntl.flock(handle, fcntl.LOCK_UN)
        time.sleep(0.05)
    raise AssertionError("the first writer never took the store's lock")


@pytest.mark.parametrize(("prefilled", "after"), [
    (False, 0.3), (False, 1.0), (False, 1.6), (False, 2.4), (False, 3.5),  # an empty store: loaded in bulk
    (True, 0.3), (True, 1.6), (True, 3.5),  # a store with data: one transaction per document
])
def test_sigkill_leaves_each_document_whole_or_absent(tmp_path: Path, clean: dict[str, set[str]],
                                                      prefilled: bool, after: float) -> None:
    store = tmp_path / "store"
    if prefilled:
        run_cli("--quiet", "ingest", str(NEWS_2017), store=store, check=True)
    proc = _start(store, "0.15")
    time.sleep(after)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    present = _graphs(store)
    for graph, triples in present.items():
        assert graph in clean, f"unexpected graph {graph}"
        assert triples == clean[graph], f"{graph} is partial: {len(triples)} of {len(clean[graph])} triples"
    out = run_cli("query", "meeting_attendance", "--format", "csv", store=store)
    if started(store):  # the store was begun before the kill: it must answer
        assert out.returncode == 0, out.stderr
    else:  # killed before it made the store: nothing to open, and the CLI says so
        assert out.returncode == 1 and "no store at" in out.stderr, out.stderr
    # the next ingest completes the store, as if nothing had happened (stale lock released by the kernel)
    run_cli("--quiet", "ingest", *map(str, DOCS), store=store, check=True)
    assert _graphs(store) == clean


def test_second_writer_waits_for_the_first(tmp_path: Path, clean: dict[str, set[str]]) -> None:
    store = tmp_path / "store"
    first = _start(store, "0.2")
    time.sleep(0.5)
    env = dict(os.environ, CCMGRAPH_STORE=str(store), CCMGRAPH_LOCK_WAIT="120")
    second = subprocess.run([sys.executable, "-m", "ccmgraph", "--quiet", "ingest", *map(str, DOCS)],
                            env=env, capture_output=True, text=True, timeout=300)
    assert first.wait(timeout=300) == 0, first.stderr.read() if first.stderr else ""
    assert second.returncode == 0, second.stderr
    assert _graphs(store) == clean


def test_second_writer_stops_with_a_clear_message_when_waiting_is_too_long(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = _start(store, "1.0")
    _wait_until_writing(store, first)
    env = dict(os.environ, CCMGRAPH_STORE=str(store), CCMGRAPH_LOCK_WAIT="0.5")
    second = subprocess.run([sys.executable, "-m", "ccmgraph", "ingest", str(NEWS_2017)],
                            env=env, capture_output=True, text=True, timeout=120)
    first.kill()
    first.wait()
    assert second.returncode == 1
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1 and "in use by another ccmgraph process" in lines[0], second.stderr


def test_queries_during_an_ingest_see_before_or_after(tmp_path: Path, clean: dict[str, set[str]],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCMGRAPH_LOCK_WAIT", "120")
    store = tmp_path / "store"
    writer = _start(store, "0.1")
    seen = []
    while writer.poll() is None and not started(store):
        time.sleep(0.05)  # a store never built is an error for a reader, not an empty answer
    while writer.poll() is None:
        result = run_cli("sparql", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                         "--format", "csv", store=store)
        assert result.returncode == 0, result.stderr
        seen.append(result.stdout)
    assert writer.returncode == 0
    sizes = {g: len(t) for g, t in clean.items()}
    for snapshot in seen:
        for line in snapshot.strip().splitlines()[1:]:
            graph, count = line.rsplit(",", 1)
            assert int(count) == sizes[graph], f"{graph} seen with {count} of {sizes[graph]} triples"


def test_a_killed_writer_does_not_leave_a_lock(tmp_path: Path) -> None:
    store = tmp_path / "store"
    proc = _start(store, "5")
    time.sleep(1.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    start = time.monotonic()
    with Store(store, wait=2, mode="write"):
        pass
    assert time.monotonic() - start < 2
