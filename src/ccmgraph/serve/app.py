"""`ccmgraph serve`: a read-only SPARQL 1.1 Protocol endpoint, with a query page, over a built store.

Safe by default: it listens on 127.0.0.1, refuses SPARQL Update (by media type, by the
`update` parameter and, in the worker, by checking and parsing the text), refuses `SERVICE`
(the server never sends requests on a client's behalf), stops each query at a time limit
(the worker process running it is killed and replaced), caps each worker's memory and refuses
results larger than a row limit. Against web pages that reach it through a user's browser:
no CORS header unless `--cors ORIGIN` names one origin, and the Host header must name the
address the server listens on (DNS rebinding). Requests are served by threads; queries by a
small pool of worker processes, so a burst waits its turn and a client that hangs up only
loses its own answer.
"""

from __future__ import annotations

import ipaddress
import queue
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ccmgraph.serve import results as serve_results

from ccmgraph.serve import worker as serve_worker
from ccmgraph.errors import StoreError, UsageError
from ccmgraph.serve.worker import Answer, Settings
from ccmgraph.store import layout, version

MAX_BODY = 1 << 20
READ_ONLY = Answer(403, "text/plain", b"SPARQL Update is refused: this endpoint is read-only\n")


@dataclass(frozen=True)
class Limits:
    timeout: float = 10.0  # seconds per query
    max_rows: int = 10_000
    workers: int = 2
    queue_wait: float = 30.0  # how long a request may wait for a free worker
    memory_mb: int = 2048  # address space of each worker process
    allow_service: bool = False

    def __post_init__(self) -> None:
        for name in ("timeout", "max_rows", "workers", "queue_wait", "memory_mb"):
            if not getattr(self, name) > 0:
                raise UsageError(f"--{name.replace('_', '-')} must be more than 0; got {getattr(self, name)}")

    @property
    def settings(self) -> Settings:
        return Settings(self.max_rows, self.memory_mb, self.allow_service)


@dataclass(frozen=True)
class Access:
    """Who may call: the Host names a request may carry, and the one origin CORS allows."""

    hosts: frozenset[str] = frozenset()  # empty: any Host (the server listens on every address)
    cors: str | None = None
    extra_hosts: tuple[str, ...] = field(default=())

    def host_ok(self, header: str | None) -> bool:
        if not self.hosts:
            return True
        name = (header or "").strip().lower()
        if name.startswith("["):
            name = name[: name.find("]") + 1]
        elif name.count(":") == 1:
            name = name.split(":")[0]
        return name in self.hosts


def access_for(host: str, cors: str | None = None, allowed: tuple[str, ...] = ()) -> Access:
    """The Host names that reach this server on purpose: its address, `localhost` when that
    is loopback, and `allowed` (a proxy's name); any name when bound to every address."""
    if host in ("", "0.0.0.0", "::"):
        return Access(frozenset(), cors)
    names = {host.lower(), f"[{host.lower()}]"}
    if is_loopback(host):
        names |= {"localhost", "127.0.0.1", "[::1]"}
    return Access(frozenset(names | {a.lower() for a in allowed}), cors)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Pool:
    """Worker processes reading the store's newest snapshot; one query each at a time."""

    def __init__(self, location: Path, limits: Limits) -> None:
        self.location, self.limits = str(location), limits
        self._idle: queue.Queue[serve_worker.Worker] = queue.Queue()
        for _ in range(limits.workers):
            self._idle.put(serve_worker.Worker(self.location, limits.settings))

    def run(self, query: str, fmt: str) -> Answer:
        try:
            worker = self._idle.get(timeout=self.limits.queue_wait)
        except queue.Empty:
            return Answer(503, "text/plain", b"all query workers are busy; try again\n")
        try:
            reply = worker.ask(query, fmt, self.limits.timeout)
            if reply is not None and worker.process.poll() is None:
                self._idle.put(worker)
                return reply
            reason = reply or Answer(503, "text/plain",
                                     f"query stopped at the time limit of {self.limits.timeout:g} s\n".encode())
        except (EOFError, OSError, ValueError):
            reason = Answer(500, "text/plain", b"query worker failed; it has been restarted\n")
        worker.stop()
        self._idle.put(serve_worker.Worker(self.location, self.limits.settings))
        return reason

    def close(self) -> None:
        while not self._idle.empty():
            self._idle.get_nowait().stop()


class Handler(BaseHTTPRequestHandler):
    """SPARQL 1.1 Protocol: GET ?query=, POST form or application/sparql-query; GET / is the page."""

    server: Server
    timeout = 30  # a client that stops sending is dropped instead of holding a thread
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        if not self.server.quiet:
            sys.stderr.write(f"serve: {self.address_string()} {format % args}\n")

    def parse_request(self) -> bool:
        """Every method, every route: a Host header that names another server is refused, so
        a web page on a domain re-pointed at this address (DNS rebinding) reads nothing."""
        if not super().parse_request():
            return False
        if self.server.access.host_ok(self.headers.get("Host")):
            return True
        self._send(Answer(403, "text/plain", b"Host header does not name this server\n"), close=True)
        return False

    def do_OPTIONS(self) -> None:
        """CORS preflight: allowed only for the `--cors` origin (the headers are added by _send)."""
        self._send(Answer(204, "text/plain", b""))

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query)
        if "update" in params:
            return self._send(READ_ONLY)
        if "query" not in params or url.path not in ("/sparql", "/query"):
            from ccmgraph.serve.pages import Request, route  # the query page, entity pages, static files

            page = route(self.server, Request(url.path, params))
            if page is not None:
                return self._send(page)
            return self._send(Answer(404, "text/plain", b"not found; queries go to /sparql\n"))
        self._query(params["query"][0], params)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._send(Answer(413, "text/plain", b"request body too large\n"), close=True)
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(urlsplit(self.path).query)
        if media == "application/sparql-update":
            return self._send(READ_ONLY)
        if media == "application/sparql-query":
            return self._query(body, params)
        form = parse_qs(body)
        if "update" in form:
            return self._send(READ_ONLY)
        if "query" not in form:
            return self._send(Answer(400, "text/plain", b"no query: send query= or application/sparql-query\n"))
        self._query(form["query"][0], {**params, **form})

    def _query(self, text: str, params: dict[str, list[str]]) -> None:
        """Hand the text to a worker: it checks, parses and runs it within the limits."""
        fmt = serve_results.choose(self.headers.get("Accept", ""), (params.get("format") or [""])[0] or None)
        self._send(self.server.pool.run(text, fmt))

    def _send(self, answer: Answer, close: bool = False) -> None:
        try:
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.media)
            self.send_header("Content-Length", str(len(answer.body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            cors = self.server.access.cors
            if cors and self.headers.get("Origin") == cors:
                self.send_header("Access-Control-Allow-Origin", cors)
                self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
                self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            if cors:
                self.send_header("Vary", "Origin")
            if close:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            self.wfile.write(answer.body)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            self.close_connection = True  # the client hung up: nothing to answer


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], pool: Pool, page: bytes, quiet: bool,
                 access: Access = Access()) -> None:
        self.pool, self.page, self.quiet, self.access = pool, page, quiet, access
        super().__init__(address, Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if not isinstance(exc, (ConnectionError, TimeoutError)):
            sys.stderr.write(f"serve: error with {client_address[0]}: {type(exc).__name__}: {exc}\n")


def query_page() -> bytes:
    """The query page (serve/pages.py): YASGUI with the named queries and their forms."""
    from ccmgraph.serve.pages import query_page as page

    return page()


def make_server(store: Path, host: str = "127.0.0.1", port: int = 7878, limits: Limits = Limits(),
                quiet: bool = False, cors: str | None = None, allowed_hosts: tuple[str, ...] = ()) -> Server:
    """A server ready to `serve_forever()`; port 0 picks a free port (see `server_address`)."""
    if not (layout.database(store) / "CURRENT").exists():
        raise StoreError(f"no store at {store}; run `ccmgraph build` first")
    version.check(store, layout.database(store))
    pool = Pool(store, limits)
    try:
        return Server((host, port), pool, query_page(), quiet, access_for(host, cors, allowed_hosts))
    except OSError as exc:
        pool.close()
        raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror}") from None


def serve_in_thread(server: Server) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread
