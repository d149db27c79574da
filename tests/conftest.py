"""Shared fixtures: the corpus copies under tests/fixtures and a store built from them once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def news_treaty_events(name: str) -> set[tuple[str, str, str, str]]:
    """A news fixture's treaty events as (State, convention, event, ISO date or ""), each
    undated step that a dated one of the same State repeats left out, as the pipeline does."""
    from ccmgraph.document.read import read_file
    from ccmgraph.ingesters.news.ingester import NewsIngester
    from ccmgraph.ingesters.undated import without_dated_twins
    from ccmgraph.records import TreatyEvent
    records = without_dated_twins(list(NewsIngester().extract(read_file(FIXTURES / "news" / name))))
    return {(e.state.name, e.convention, e.event, e.date.iso() if e.date else "")
            for e in records if isinstance(e, TreatyEvent)}


def news_mandates(name: str) -> set[tuple[str, str, str | None, str | None]]:
    """A news fixture's mandates as (role, holder, meeting, the State a person acts for)."""
    from ccmgraph.document.read import read_file
    from ccmgraph.ingesters.news.ingester import NewsIngester
    from ccmgraph.records import Mandate
    return {(m.role, m.holder.name, m.for_meeting, m.on_behalf_of.name if m.on_behalf_of else None)
            for m in NewsIngester().extract(read_file(FIXTURES / "news" / name)) if isinstance(m, Mandate)}
MINUTES_2016_03_03 = FIXTURES / "minutes" / "cc-minutes-2016-03-03.txt"
NEWS_2017 = FIXTURES / "news" / "ccm-presidency-news-2017.txt"


def run_cli(*args: str, store: Path | None = None, check: bool = False, **kw: object) -> subprocess.CompletedProcess[str]:
    """Run `python -m ccmgraph` in a real subprocess, as a user would."""
    env = dict(os.environ)
    if store is not None:
        env["CCMGRAPH_STORE"] = str(store)
    result = subprocess.run([sys.executable, "-m", "ccmgraph", *args], capture_output=True, text=True,
                            env=env, timeout=600, **kw)  # type: ignore[call-overload]
    if check and result.returncode != 0:
        raise AssertionError(f"ccmgraph {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once per session by `ccmgraph build` (read-only for the tests that share it)."""
    store = tmp_path_factory.mktemp("built") / "store"
    run_cli("--quiet", "build", store=store, check=True)
    return store
