"""Query workers for `ccmgraph serve`: one process each, holding the store open read-only.

A query that overruns its time limit cannot be interrupted inside Oxigraph, so it runs in a
process the server can kill and replace; the server itself never blocks on a query.
"""

from __future__ import annotations

import json
import select
import subprocess
import sys
from dataclasses import dataclass

import pyoxigraph as ox

from ccmgraph.serve import results as serve_results


@dataclass(frozen=True)
class Answer:
    status: int
    media: str
    body: bytes


def answer(store: ox.Store, query: str, fmt: str, max_rows: int) -> Answer:
    """Run one read query; more than `max_rows` rows (or triples) is refused, not cut short."""
    try:
        result = store.query(query)  # the default graph is the set union of the named graphs
    except SyntaxError as exc:
        return Answer(400, "text/plain", f"SPARQL syntax error: {str(exc).splitlines()[0]}\n".encode())
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


def _too_large(max_rows: int) -> Answer:
    return Answer(413, "text/plain",
                  f"result has more than {max_rows} rows; add a LIMIT or narrow the query\n".encode())


def main(location: str, max_rows: int) -> None:
    """Worker loop over stdin/stdout: a JSON line (query, format) in; a JSON header line and body out."""
    store = ox.Store.read_only(location)
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    for line in source:
        try:
            request = json.loads(line)
            reply = answer(store, request["query"], request["format"], max_rows)
        except Exception as exc:  # a query Oxigraph cannot evaluate must not end the worker
            reply = Answer(500, "text/plain", f"query failed: {type(exc).__name__}: {exc}\n".encode())
        header = {"status": reply.status, "media": reply.media, "length": len(reply.body)}
        sink.write(json.dumps(header).encode() + b"\n" + reply.body)
        sink.flush()


class Worker:
    """A worker process seen from the server: send a query, wait for the answer up to a deadline."""

    def __init__(self, location: str, max_rows: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "ccmgraph.serve.worker", location, str(max_rows)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def ask(self, query: str, fmt: str, timeout: float) -> Answer | None:
        """The answer, or None when the deadline passed (the caller then kills the worker)."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps({"query": query, "format": fmt}).encode() + b"\n")
        self.process.stdin.flush()
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            return None
        header_line = self.process.stdout.readline()
        if not header_line:
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
    main(sys.argv[1], int(sys.argv[2]))
