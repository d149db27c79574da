"""Helpers for the endpoint guarantees: a real `ccmgraph serve` process, HTTP calls, a listener."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(store: Path, *options: str) -> Iterator[str]:
    """A fresh `ccmgraph serve` on a free loopback port; yields its /sparql URL, stops it after."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "ccmgraph", "--store", str(store), "--quiet", "serve",
                                "--port", str(port), *options], stderr=subprocess.PIPE, text=True,
                               env=dict(os.environ))
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        assert f":{port}/sparql" in line, line + process.stderr.read()
        yield f"http://127.0.0.1:{port}/sparql"
    finally:
        process.terminate()
        process.wait(20)


def call(url: str, query: str | None = None, headers: dict[str, str] | None = None,
         timeout: float = 120) -> tuple[int, dict[str, str], bytes]:
    """GET `url` (with ?query= when given): status, headers, body; HTTP errors are answers too."""
    if query is not None:
        url += "?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def post(url: str, query: str, timeout: float = 120) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=query.encode(), method="POST",
                                     headers={"Content-Type": "application/sparql-query"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def rows(body: bytes) -> list[tuple[tuple[str, str], ...]]:
    """SPARQL JSON results as a sorted list of rows (order-free comparison)."""
    data = json.loads(body)
    return sorted(tuple(sorted((k, v["value"]) for k, v in b.items())) for b in data["results"]["bindings"])


def count(url: str) -> int:
    status, _, body = call(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


class Listener:
    """A loopback TCP server that records every connection made to it (the SSRF probe)."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.socket.accept()
            except OSError:
                return
            self.connections += 1
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nno")
            conn.close()

    def close(self) -> None:
        self.socket.close()


def wait_for(predicate: object, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False
