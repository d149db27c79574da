"""The endpoint under ordinary and hostile use, through a real `ccmgraph serve` process:
simultaneous first queries, SERVICE, oversize and memory-hungry queries, browsers' attacks."""

from __future__ import annotations

import concurrent.futures as cf
import threading
import time
from pathlib import Path

import pytest
from conftest import run_cli
from guarantees.endpoint import Listener, call, post, rows, serving

from ccmgraph import KnowledgeGraph
from ccmgraph.errors import QueryError
from ccmgraph.query import named

pytestmark = pytest.mark.slow
NAMED = ["meetings", "presidencies", "coordinators", "store_summary"]
AD_HOC = ["PREFIX ccm: <https://w3id.org/ccmgraph/ontology#> SELECT ?s WHERE { ?s a ccm:State } ORDER BY ?s",
          "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
          "ASK { ?s a <https://w3id.org/ccmgraph/ontology#Meeting> }"]


def _texts() -> list[str]:
    return [named.with_values_block(named.get(n).text, {}) for n in NAMED] + AD_HOC


def _same(expected: bytes, body: bytes) -> bool:
    return expected == body if b'"boolean"' in expected else rows(expected) == rows(body)


@pytest.mark.parametrize("burst", [8, 32, 200])
def test_a_fresh_server_answers_simultaneous_first_queries_right(built_store: Path, burst: int) -> None:
    texts = _texts()
    with KnowledgeGraph(built_store) as kg:  # what each query must answer, from the store itself
        sizes = {t: len(kg.sparql(t)) for t in texts if not t.startswith("ASK")}
    with serving(built_store, "--timeout", "60") as url:
        start = threading.Barrier(burst)

        def first(i: int) -> tuple[str, int, bytes]:
            text = texts[i % len(texts)]
            start.wait()  # all requests leave together, before any query has run
            status, body = post(url, text) if i % 2 else call(url, text)[::2]
            return text, status, body

        with cf.ThreadPoolExecutor(burst) as pool:
            answers = list(pool.map(first, range(burst)))
        assert [status for _, status, _ in answers] == [200] * burst, [b[:200] for _, s, b in answers if s != 200]
        after = {t: call(url, t)[2] for t in texts}  # and the server still answers right afterwards
        for text, _, body in answers:
            assert _same(after[text], body), text
        for text, body in after.items():
            assert b'"boolean"' in body or len(rows(body)) == sizes[text], text


def test_service_reaches_nothing(built_store: Path) -> None:
    listener = Listener()
    target = f"http://127.0.0.1:{listener.port}/sparql"
    attempts = [f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
                f"select * where {{ service silent <{target}> {{ ?s ?p ?o }} }}",
                f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}",
                f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ ?s ?p ?o }} LIMIT 1 }} SERVICE <{target}> {{ ?s ?q ?r }} }}",
                f"SELECT * WHERE {{ BIND(<{target}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}"]
    try:
        with serving(built_store) as url:
            for query in attempts:
                status, _, body = call(url, query)
                assert status == 400 and b"SERVICE is refused" in body, (query, body)
                assert post(url, query)[0] == 400
        with KnowledgeGraph(built_store) as kg:
            for query in attempts:
                with pytest.raises(QueryError, match="SERVICE is refused"):
                    kg.sparql(query)
        assert listener.connections == 0
        with KnowledgeGraph(built_store, allow_service=True) as kg:  # the probe can see a call
            with pytest.raises(Exception):
                kg.sparql(attempts[0])
        assert listener.connections >= 1
    finally:
        listener.close()


def test_service_written_in_iris_strings_and_comments_is_no_call(built_store: Path) -> None:
    query = ('PREFIX service: <https://w3id.org/ccmgraph/ontology#> SELECT ?service WHERE { '
             '?service a service:State ; <http://www.w3.org/2000/01/rdf-schema#label> ?l '
             'FILTER (?l != "SERVICE <http://127.0.0.1/>") } # SERVICE <http://127.0.0.1/>\nLIMIT 3')
    with KnowledgeGraph(built_store) as kg:
        assert len(kg.sparql(query)) == 3


def test_a_megabyte_query_is_bounded_by_the_time_limit(built_store: Path) -> None:
    patterns = " ".join(f"?s <https://w3id.org/ccmgraph/ontology#p{i}> ?o{i} ." for i in range(18_500))
    query = "SELECT * WHERE { " + patterns + " }"
    assert 1_000_000 < len(query) < 1 << 20
    with serving(built_store, "--timeout", "2") as url:
        started = time.perf_counter()
        status, body = post(url, query)
        elapsed = time.perf_counter() - started
        assert status == 503 and b"time limit" in body and elapsed < 8, (status, body[:200], elapsed)
        assert call(url, AD_HOC[1])[0] == 200  # the stopped worker was replaced


def test_valid_read_queries_of_any_depth_or_length_are_answered(built_store: Path) -> None:
    deep_groups = "SELECT * WHERE { " + "{ " * 100 + "?s a <https://w3id.org/ccmgraph/ontology#State> " + "} " * 100 + "} LIMIT 2"
    deep_parens = "SELECT * WHERE { ?s ?p ?o FILTER (" + "(" * 200 + "true" + ")" * 200 + ") } LIMIT 2"
    many = "SELECT * WHERE { " + " ".join(f"OPTIONAL {{ ?s <http://x/p{i}> ?o{i} }}" for i in range(90)) + \
        " ?s a <https://w3id.org/ccmgraph/ontology#State> } LIMIT 2"
    with serving(built_store, "--timeout", "30") as url:
        for query in (deep_groups, deep_parens, many):
            status, _, body = call(url, query)
            assert status == 200 and len(rows(body)) == 2, body[:300]


def test_a_memory_hungry_query_gets_503_while_others_go_on(built_store: Path) -> None:
    doubling = " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(34))
    hungry = 'SELECT ?x34 WHERE { BIND("0123456789abcdef" AS ?x0) ' + doubling + " }"
    assert len(hungry) < 1400
    with serving(built_store, "--memory", "1024", "--workers", "2", "--timeout", "30") as url:
        stop = threading.Event()
        others: list[int] = []

        def steady() -> None:
            while not stop.is_set():
                others.append(call(url, AD_HOC[0])[0])

        thread = threading.Thread(target=steady)
        thread.start()
        try:
            started = time.perf_counter()
            status, _, body = call(url, hungry)
            elapsed = time.perf_counter() - started
        finally:
            stop.set()
            thread.join()
        assert status == 503 and b"MiB of memory" in body and elapsed < 25, (status, body, elapsed)
        assert others and set(others) == {200}
        assert call(url, AD_HOC[1])[0] == 200


def test_many_threads_share_one_knowledge_graph(built_store: Path) -> None:
    texts = _texts()
    with KnowledgeGraph(built_store) as kg:
        texts = [t for t in texts if not t.startswith("ASK")]
        expected = {t: kg.sparql(t).to_dicts() for t in texts}
        with cf.ThreadPoolExecutor(8) as pool:
            got = list(pool.map(lambda i: (texts[i % len(texts)], kg.sparql(texts[i % len(texts)]).to_dicts()),
                                range(48)))
        assert all(rows_ == expected[t] for t, rows_ in got)
        assert len(kg.query("presidencies")) == len(expected[texts[1]])


def test_no_wildcard_cors_host_checked_nosniff(built_store: Path) -> None:
    with serving(built_store) as url:
        status, headers, _ = call(url, AD_HOC[1], {"Origin": "https://evil.example"})
        assert status == 200 and "Access-Control-Allow-Origin" not in headers
        assert headers["X-Content-Type-Options"] == "nosniff"
        status, _, body = call(url, AD_HOC[1], {"Host": "evil.example:7878"})
        assert status == 403 and b"Host" in body
        assert call(url.replace("127.0.0.1", "localhost"), AD_HOC[1])[0] == 200
    with serving(built_store, "--cors", "https://notebook.example") as url:
        _, headers, _ = call(url, AD_HOC[1], {"Origin": "https://notebook.example"})
        assert headers["Access-Control-Allow-Origin"] == "https://notebook.example"
        _, headers, _ = call(url, AD_HOC[1], {"Origin": "https://evil.example"})
        assert "Access-Control-Allow-Origin" not in headers


@pytest.mark.parametrize("option", [["--timeout", "0"], ["--max-rows", "0"], ["--workers", "-1"], ["--memory", "0"]])
def test_option_values_are_checked(built_store: Path, option: list[str]) -> None:
    result = run_cli("serve", *option, store=built_store)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert option[0] in result.stderr


def test_a_non_loopback_address_is_warned_about(built_store: Path) -> None:
    import subprocess
    import sys

    from guarantees.endpoint import free_port

    process = subprocess.Popen([sys.executable, "-m", "ccmgraph", "--store", str(built_store), "serve",
                                "--host", "0.0.0.0", "--port", str(free_port())], stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        assert process.stderr.readline().startswith("warning: listening on 0.0.0.0")
    finally:
        process.terminate()
        process.wait(20)
