"""`ccmgraph serve`: the SPARQL protocol, read-only, limits, and a bounded loopback load."""

from __future__ import annotations

import concurrent.futures as cf
import csv
import io
import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from ccmgraph.errors import StoreError
from ccmgraph.serve.app import Limits, Server, make_server, serve_in_thread

pytestmark = pytest.mark.slow
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
STATES = "PREFIX ccm: <https://w3id.org/ccmgraph/ontology#> SELECT ?s WHERE { ?s a ccm:State } ORDER BY ?s"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def server(rich_store: Path) -> Iterator[Server]:
    srv = make_server(rich_store, port=0, limits=Limits(timeout=2.0, max_rows=2000, workers=2), quiet=True)
    serve_in_thread(srv)
    yield srv
    srv.shutdown()
    srv.server_close()
    srv.pool.close()


def _url(server: Server, **params: str) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}/sparql" + ("?" + urllib.parse.urlencode(params) if params else "")


def _call(request: urllib.request.Request | str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read()


def test_listens_on_loopback_by_default(server: Server) -> None:
    assert server.server_address[0] == "127.0.0.1"
    status, media, body = _call(_url(server).rsplit("/", 1)[0] + "/")
    assert status == 200 and media.startswith("text/html") and b"meeting_attendance" in body


def test_get_and_post_in_every_result_format(server: Server, rich_store: Path) -> None:
    status, media, body = _call(_url(server, query=COUNT))
    assert status == 200 and media == "application/sparql-results+json"
    total = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    assert total > 10_000
    post = urllib.request.Request(_url(server), data=STATES.encode(), method="POST",
                                  headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    status, media, body = _call(post)
    states = list(csv.reader(io.StringIO(body.decode())))
    assert status == 200 and media == "text/csv; charset=utf-8" and states[0] == ["s"] and len(states) > 100
    form = urllib.request.Request(_url(server), data=urllib.parse.urlencode({"query": STATES}).encode(),
                                  headers={"Accept": "application/sparql-results+xml"})
    status, media, body = _call(form)
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert status == 200 and len(ET.fromstring(body).findall(f"{ns}results/{ns}result")) == len(states) - 1
    status, _, body = _call(_url(server, query=STATES, format="tsv"))
    assert body.decode().splitlines()[0] == "?s" and body.decode().splitlines()[1].startswith("<https://")
    status, _, body = _call(_url(server, query="ASK { ?s a <https://w3id.org/ccmgraph/ontology#Meeting> }"))
    assert json.loads(body)["boolean"] is True


def test_updates_are_refused_and_change_nothing(server: Server) -> None:
    before = _call(_url(server, query=COUNT))[2]
    attempts = [
        urllib.request.Request(_url(server), data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}),
        urllib.request.Request(_url(server), data=urllib.parse.urlencode({"update": "CLEAR ALL"}).encode()),
        _url(server, update="CLEAR ALL"),
        _url(server, query="DELETE WHERE { ?s ?p ?o }"),
        _url(server, query="SELECT * WHERE { ?s ?p ?o } ; DROP ALL"),
    ]
    for attempt in attempts:
        status, _, body = _call(attempt)
        assert status in (400, 403) and body
    assert _call(_url(server, query=COUNT))[2] == before


def test_time_limit_and_result_limit(server: Server) -> None:
    started = time.perf_counter()
    status, _, body = _call(_url(server, query=SLOW))
    assert status == 503 and b"time limit" in body and time.perf_counter() - started < 10
    status, _, body = _call(_url(server, query="SELECT * WHERE { ?s ?p ?o }"))
    assert status == 413 and b"2000 rows" in body
    assert _call(_url(server, query=COUNT))[0] == 200  # the killed worker was replaced
    assert _call(_url(server, query="SELECT ?x WHERE { ?x ?y }"))[0] == 400


def test_clients_that_hang_up_early_do_not_hurt_the_server(server: Server) -> None:
    host, port = server.server_address[:2]
    path = "/sparql?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1999", "format": "xml"})
    for _ in range(10):
        with socket.create_connection((host, port)) as raw:
            raw.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            assert raw.recv(64).startswith(b"HTTP/1.")
            raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        with socket.create_connection((host, port)) as raw:  # hangs up before sending anything whole
            raw.sendall(b"GET /sparql?query=SEL")
    assert _call(_url(server, query=COUNT))[0] == 200


def test_a_burst_of_concurrent_requests(server: Server) -> None:
    queries = [STATES, COUNT, "PREFIX ccm: <https://w3id.org/ccmgraph/ontology#> "
               "SELECT ?m ?d WHERE { ?m a ccm:Meeting ; <https://schema.org/startDate> ?d }"]
    expected = {q: _call(_url(server, query=q))[2] for q in queries}
    started = time.perf_counter()
    with cf.ThreadPoolExecutor(50) as pool:
        results = list(pool.map(lambda i: (queries[i % 3], _call(_url(server, query=queries[i % 3]))), range(150)))
    elapsed = time.perf_counter() - started
    assert all(status == 200 and body == expected[q] for q, (status, _, body) in results)
    print(f"burst: 150 requests, 50 at a time, {150 / elapsed:.0f} requests/s")


def test_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="ccmgraph build"):
        make_server(tmp_path / "nothing", port=0)


def test_the_serve_command(rich_store: Path) -> None:
    import subprocess
    import sys

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "ccmgraph", "--store", str(rich_store), "--quiet", "serve",
                                "--port", str(port), "--timeout", "5"], stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        assert f"http://127.0.0.1:{port}/sparql" in process.stderr.readline()
        status, _, body = _call(f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": COUNT}))
        assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 10_000
    finally:
        process.terminate()
        process.wait(10)
