"""Fixtures for the researcher's and developer's surface: a store holding more than the corpus."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli

EXTRA = [FIXTURES / "minutes" / f"cc-minutes-{d}.txt" for d in ("2013-06-18", "2017-04-05", "2018-02-20")] + [
    FIXTURES / "news" / "ccm-presidency-news-2014.txt", FIXTURES / "news" / "ccm-presidency-news-2019.html",
    FIXTURES / "news" / "ccm-coordinators-no-theme-2016.txt"]


@pytest.fixture(scope="session")
def rich_store(built_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built corpus plus minutes of three other meetings and three other news pages (one
    naming coordinators without their themes) (read-only)."""
    store = tmp_path_factory.mktemp("rich") / "store"
    shutil.copytree(built_store, store)
    (store / ".ccmgraph.lock").unlink(missing_ok=True)
    run_cli("--quiet", "ingest", *map(str, EXTRA), store=store, check=True)
    return store


@pytest.fixture(scope="module")
def kg(rich_store: Path):  # type: ignore[no-untyped-def]
    """One KnowledgeGraph per test module (the store takes one writer lock per open)."""
    from ccmgraph import KnowledgeGraph

    graph = KnowledgeGraph(rich_store)
    yield graph
    graph.close()


@pytest.fixture(scope="module")
def origin(rich_store: Path) -> Iterator[str]:
    """`ccmgraph serve` over the rich store on a free loopback port: its http://host:port."""
    from ccmgraph.serve.app import Limits, make_server, serve_in_thread

    server = make_server(rich_store, port=0, limits=Limits(timeout=30, max_rows=10_000), quiet=True)
    serve_in_thread(server)
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()
    server.pool.close()
