"""grlc for real: grlc 1.3.11 over the named queries, against `ccmgraph serve`, gives the rows
`ccmgraph query` gives, for every query, without parameters and with typical ones."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from ccmgraph import KnowledgeGraph, iris
from ccmgraph.query import named
from ccmgraph.query.grlc import IRI_KINDS, write_grlc

pytestmark = pytest.mark.slow
pytest.importorskip("grlc", reason="grlc is in the test extra: pip install -e '.[test]'")
ROOT = Path(__file__).resolve().parents[2]
# bench/query_params.yml's values are for the bench's generated data; these hit the corpus
CORPUS = {"subject": "https://w3id.org/ccmgraph/id/state/NLD", "meeting": "2016-03-03", "actor": "Australia",
          "state": "Mozambique"}


def typical(query: named.NamedQuery) -> dict[str, str]:
    table = yaml.safe_load((ROOT / "bench" / "query_params.yml").read_text(encoding="utf-8"))
    values = {}
    for p in query.params.values():
        value = CORPUS.get(p.name, CORPUS.get(p.kind, table["by_name"].get(p.name, table["by_kind"].get(p.kind))))
        if value is not None:
            values[p.name] = str(value)
        if p.kind == "meeting" and f"?{'_' if p.required else '__'}{p.name}_date" not in query.text:
            values[p.name] = f"{iris.BASE}meeting/cc/{value}"  # this query takes the meeting's IRI only
    return values


def for_grlc(query: named.NamedQuery, values: dict[str, str]) -> dict[str, str]:
    """The same values as grlc takes them: IRIs for actors, States and meetings."""
    out = {}
    for name, value in values.items():
        param = query.params[name]
        if param.kind == "meeting" and not value.startswith("http"):
            value = str(iris.BASE) + f"meeting/cc/{value}"
        elif param.kind in IRI_KINDS:
            value = str(named.to_term(param, value))
        out[name] = value
    return out


@pytest.fixture(scope="module")
def endpoint(origin: str) -> str:
    return origin + "/sparql"


def _rows(text: str) -> tuple[list[str], list[list[str]]]:
    table = [row for row in csv.reader(io.StringIO(text)) if row]
    return (table[0], sorted(table[1:])) if table else ([], [])


def test_grlc_answers_as_ccmgraph_query_does(endpoint: str, kg: KnowledgeGraph, tmp_path: Path) -> None:
    folder = tmp_path / "queries"
    write_grlc(folder, endpoint)
    (tmp_path / "config.ini").write_text(f"[local]\nlocal_sparql_dir = {folder}\n[defaults]\n"
                                         f"sparql_endpoint = {endpoint}\ndebug = False\n", encoding="utf-8")
    queries = named.catalogue()
    calls: list[tuple[str, dict[str, str], dict[str, str]]] = []
    for query in queries.values():
        values = typical(query)
        if not any(p.required for p in query.params.values()):
            calls.append((query.name, {}, {}))
        if values:
            calls.append((query.name, values, for_grlc(query, values)))
    driver = subprocess.run([sys.executable, str(Path(__file__).with_name("grlc_driver.py"))], cwd=tmp_path,
                            input=json.dumps([[n, g] for n, _v, g in calls]) + "\n",
                            capture_output=True, text=True, timeout=900)
    assert driver.returncode == 0, driver.stderr[-3000:]
    result: dict[str, Any] = json.loads(driver.stdout.strip().splitlines()[-1])
    spec = result["swagger"]["paths"]
    declared = {p["name"]: p for p in spec["/coordinators"]["get"]["parameters"]}
    assert {"year", "convention"} <= set(declared) and declared["convention"].get("enum") == ["apmbc", "ccm", "ccw-p5"]
    differing, with_rows = [], 0
    for (name, values, _g), answer in zip(calls, result["answers"]):
        assert answer["status"] == 200, (name, values, answer["body"][:500])
        mine, theirs = _rows(kg.query(name, **values).render("csv")), _rows(answer["body"])
        if mine != theirs:
            first = next(((a, b) for a, b in zip(mine[1], theirs[1]) if a != b), (mine[0], theirs[0]))
            differing.append((name, values, len(mine[1]), len(theirs[1]), first))
        with_rows += bool(mine[1])
    assert differing == []
    counts = {(n, bool(v)): len(_rows(a["body"])[1]) for (n, v, _g), a in zip(calls, result["answers"])}
    for name in ("coordinators", "meeting_attendance", "actor_mandates", "provenance", "meetings"):
        assert 0 < counts[(name, True)] < counts.get((name, False), 10**9), name  # the parameters narrow
    assert with_rows >= 0.7 * len(calls)  # most calls answer with rows: a comparison of empties proves little
    print(f"grlc: {len(calls)} calls over {len(queries)} queries agree with `ccmgraph query`, {with_rows} with rows")
