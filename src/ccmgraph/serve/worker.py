"""Query workers for `ccmgraph serve`: one process each, reading the store's newest snapshot.

A query that overruns its time limit cannot be interrupted inside Oxigraph, so it runs in a
process the server can kill and replace; the server itself never blocks on a query. All the
work a query costs happens here, inside the time limit: the read-only and SERVICE checks, the
parse, the evaluation. The process's address space is capped (RLIMIT_AS), so a query that
would take the machine's memory ends its own worker instead (Oxigraph aborts when an
allocation fails), and the server answers 503 and starts another. Queries run on a thread with
a large stack: Oxigraph's parser recurses once per triple pattern of a group, and the main
thread's 8 MiB end in a crash near 18,000 patterns; with 64 MiB such a query parses and runs
into the time limit like any other long query.
"""

from __future__ import annotations

import json
import os
import resource
import select
import signal
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ccmgraph.errors import CcmGraphError
from ccmgraph.query.guard import refuse_updates, syntax_error
from ccmgraph.serve import results as serve_results
from ccmgraph.store.snapshot import Snapshot


@dataclass(frozen=True)
class Answer:
    status: int
    media: str
    body: bytes


QUERY_STACK = 64 << 20
READY = b"ready\n"
STARTUP_SECONDS = 120.0  # importing and opening, on a loaded machine; not part of any query's time


@dataclass(frozen=True)
class Settings:
    """What every worker is started with (the server's options)."""

    max_rows: int = 10_000
    memory_mb: int = 2048  # address space per worker, baseline (~270 MiB) included
    allow_service: bool = False


def answer(snapshot: Snapshot, query: str, fmt: str, settings: Settings) -> Answer:
    """Check and run one read query on the newest snapshot; more than `max_rows` rows (or
    triples) is refused, not cut short."""
    try:
        refuse_updates(query, allow_service=settings.allow_service)
    except CcmGraphError as exc:
        return Answer(400, "text/plain", f"{exc}\n".encode())
    try:
        try:
            return _run(snapshot.current(), query, fmt, settings.max_rows)
        except OSError:  # the writer compacted away a file this snapshot still named
            return _run(snapshot.renew(), query, fmt, settings.max_rows)
    except MemoryError:
        return too_hungry(settings.memory_mb)


def too_hungry(memory_mb: int) -> Answer:
    return Answer(503, "text/plain", f"query stopped: it needed more than the {memory_mb} MiB of memory "
                                     "a query may use; narrow it or add a LIMIT\n".encode())


def _run(store: ox.Store, query: str, fmt: str, max_rows: int) -> Answer:
    try:
        result = store.query(query)  # the default graph is the set union of the named graphs
    except SyntaxError as exc:
        return Answer(400, "text/plain", f"{syntax_error(query, exc)}\n".encode())
    if isinstance(result, ox.QueryBoolean):
        return Answer(200, serve_results.content_type(fmt), serve_results.boolean(fmt, bool(result)))
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows: list[list[object | None]] = []
        for solution in result:
            if len(rows) == max_rows:
                return _too_large(max_rows)
            rows.append([solution[v] for v in variables])
        return Answer(200, serve_results.content_type(fmt), serve_results.solutions(fmt, variables, rows))
    triples: list[ox.Triple] = []
    for triple in result:
        if len(triples) == max_rows:
            return _too_large(max_rows)
        triples.append(triple)
    return Answer(200, "application/n-triples", ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"")


def _failed(exc: Exception) -> Answer:
    return Answer(500, "text/plain", f"query failed: {type(exc).__name__}: {exc}\n".encode())


def _too_large(max_rows: int) -> Answer:
    return Answer(413, "text/plain",
                  f"result has more than {max_rows} rows; add a LIMIT or narrow the query\n".encode())


def main(store: str, settings: Settings) -> None:
    """Worker loop over stdin/stdout: a JSON line (query, format) in; a JSON header line and body out."""
    snapshot = Snapshot(Path(store))
    threading.stack_size(QUERY_STACK)
    runner = ThreadPoolExecutor(1, thread_name_prefix="query")
    runner.submit(snapshot.current).result()  # the query thread and its stack exist before the cap
    limit = settings.memory_mb << 20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    sink.write(READY)  # imports and the first snapshot done: the time limit starts counting now
    sink.flush()
    for line in source:
        try:
            request = json.loads(line)
            reply = runner.submit(answer, snapshot, request["query"], request["format"], settings).result()
        except MemoryError:
            reply = too_hungry(settings.memory_mb)
        except RuntimeError as exc:  # a thread Oxigraph or Python could not start under the cap
            reply = too_hungry(settings.memory_mb) if "thread" in str(exc) else _failed(exc)
        except Exception as exc:  # a query Oxigraph cannot evaluate must not end the worker
            reply = _failed(exc)
        header = {"status": reply.status, "media": reply.media, "length": len(reply.body)}
        sink.write(json.dumps(header).encode() + b"\n" + reply.body)
        sink.flush()


class Worker:
    """A worker process seen from the server: send a query, wait for the answer up to a deadline."""

    def __init__(self, store: str, settings: Settings) -> None:
        self.settings = settings
        self.ready = False
        # glibc reserves up to 64 MiB of address space per thread arena, eight per core by
        # default: on a many-core machine that alone would eat the cap before any query ran.
        env = {**os.environ, "MALLOC_ARENA_MAX": "2"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "ccmgraph.serve.worker", store, json.dumps(settings.__dict__)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)

    def ask(self, query: str, fmt: str, timeout: float) -> Answer | None:
        """The answer, or None when the deadline passed (the caller then kills the worker).
        The deadline counts from when the worker is ready, not from when it was started."""
        assert self.process.stdin is not None and self.process.stdout is not None
        if not self.ready:
            ready, _, _ = select.select([self.process.stdout], [], [], STARTUP_SECONDS)
            if not ready or self.process.stdout.readline() != READY:
                raise EOFError("query worker did not start")
            self.ready = True
        self.process.stdin.write(json.dumps({"query": query, "format": fmt}).encode() + b"\n")
        self.process.stdin.flush()
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            return None
        header_line = self.process.stdout.readline()
        if not header_line:
            if self.process.wait(5) == -signal.SIGABRT:  # Oxigraph could not allocate: the cap
                return too_hungry(self.settings.memory_mb)
            raise EOFError("query worker ended")
        header = json.loads(header_line)
        return Answer(header["status"], header["media"], self.process.stdout.read(header["length"]))

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(5)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


if __name__ == "__main__":
    main(sys.argv[1], Settings(**json.loads(sys.argv[2])))
