"""Query parameters cannot change a query or the store; `sparql` refuses updates; the same
input gives the same quads and the same export bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MINUTES_2016_03_03, NEWS_2017, run_cli

CRAFTED = [
    ("meeting", '2016-03-03"} DROP ALL #'),
    ("meeting", "} DROP ALL { "),
    ("meeting", "https://w3id.org/ccmgraph/id/meeting/cc/2016-03-03> } ; DROP ALL ; #"),
    ("meeting", "https://w3id.org/x y"),
    ("meeting", "<https://w3id.org/ccmgraph/id/meeting/cc/2016-03-03>"),
    ("meeting", "# comment"),
    ("year", "2016 } DROP ALL"),
    ("year", '2016"'),
    ("convention", "ccm' } DROP ALL #"),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("q") / "store"
    run_cli("--quiet", "ingest", str(MINUTES_2016_03_03), str(NEWS_2017), store=path, check=True)
    return path


@pytest.mark.parametrize(("param", "value"), CRAFTED)
def test_crafted_parameters_give_an_error_or_no_rows_and_change_nothing(store: Path, param: str, value: str) -> None:
    before = run_cli("export", "--format", "nquads", store=store, check=True).stdout
    name = "coordinators" if param in ("year", "convention") else "meeting_attendance"
    result = run_cli("query", name, "-p", f"{param}={value}", "--format", "csv", store=store)
    if result.returncode == 0:
        assert result.stdout.strip().count("\n") == 0, f"rows for {value!r}: {result.stdout[:200]}"
    else:
        assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr
    assert run_cli("export", "--format", "nquads", store=store, check=True).stdout == before


@pytest.mark.parametrize("update", ["DROP ALL", "CLEAR DEFAULT",
                                    "INSERT DATA { <http://x/s> <http://x/p> 1 }",
                                    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
                                    "DELETE WHERE { ?s ?p ?o }"])
def test_sparql_refuses_updates(store: Path, update: str) -> None:
    before = run_cli("export", "--format", "nquads", store=store, check=True).stdout
    result = run_cli("sparql", update, store=store)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert run_cli("export", "--format", "nquads", store=store, check=True).stdout == before


def test_same_document_twice_gives_identical_quads(tmp_path: Path) -> None:
    store = tmp_path / "store"
    run_cli("--quiet", "ingest", str(MINUTES_2016_03_03), store=store, check=True)
    first = run_cli("export", "--format", "nquads", store=store, check=True).stdout
    run_cli("--quiet", "ingest", str(MINUTES_2016_03_03), store=store, check=True)
    assert run_cli("export", "--format", "nquads", store=store, check=True).stdout == first


def test_build_twice_gives_identical_quads_and_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    run_cli("--quiet", "build", store=a)
    run_cli("--quiet", "build", store=b)
    run_cli("--quiet", "build", store=b)
    exports = [run_cli("export", "--format", "nquads", store=s, check=True).stdout for s in (a, b, b)]
    assert exports[0] == exports[1] == exports[2] and exports[0].count("\n") > 1000
