"""Fixtures for the researcher's and developer's surface: a store holding more than the corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli

EXTRA = [FIXTURES / "minutes" / f"cc-minutes-{d}.txt" for d in ("2013-06-18", "2017-04-05", "2018-02-20")] + [
    FIXTURES / "news" / "ccm-presidency-news-2014.txt", FIXTURES / "news" / "ccm-presidency-news-2019.html"]


@pytest.fixture(scope="session")
def rich_store(built_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built corpus plus minutes of three other meetings and two other news pages (read-only)."""
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
