"""`ccmgraph push`: copy every named graph to a SPARQL 1.1 store through the Graph Store Protocol.

Each graph is sent with one PUT (the store replaces that graph, so pushing twice changes
nothing), then the triples of every graph are counted on the remote side and compared with
the local store; a difference is an error naming the graph.
"""

from __future__ import annotations

import io
import re
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import URIRef

from ccmgraph.errors import QueryError, StoreError
from ccmgraph.store.remote import remote_select
from ccmgraph.store.oxigraph import Store

# Where the Graph Store Protocol lives, given the query endpoint, for the stores the README names.
_GSP_RULES = (
    (re.compile(r"/repositories/([^/]+)/?$"), r"/repositories/\1/rdf-graphs/service"),  # GraphDB, RDF4J
    (re.compile(r"/query/?$"), "/store"),  # Oxigraph server
    (re.compile(r"/sparql/?$"), "/data"),  # Apache Jena Fuseki (/dataset/sparql -> /dataset/data)
)


@dataclass(frozen=True)
class Pushed:
    graph: str
    local: int
    remote: int
    seconds: float


def gsp_endpoint(endpoint: str, gsp: str | None = None) -> str:
    """The Graph Store Protocol URL: given, or derived from the query endpoint's URL.

    >>> gsp_endpoint("http://127.0.0.1:7878/query")
    'http://127.0.0.1:7878/store'
    >>> gsp_endpoint("http://localhost:3030/ccm/sparql")
    'http://localhost:3030/ccm/data'
    >>> gsp_endpoint("http://localhost:7200/repositories/ccm")
    'http://localhost:7200/repositories/ccm/rdf-graphs/service'
    """
    if gsp:
        return gsp
    for pattern, replacement in _GSP_RULES:
        if pattern.search(endpoint):
            return pattern.sub(replacement, endpoint)
    raise StoreError(f"cannot tell the Graph Store Protocol URL of {endpoint}; give it with --gsp")


def put_graph(gsp: str, graph: URIRef, body: bytes, timeout: float = 300) -> None:
    request = urllib.request.Request(f"{gsp}?graph={quote(str(graph), safe='')}", data=body, method="PUT",
                                     headers={"Content-Type": "application/n-triples"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read(300).decode("utf-8", errors="replace").strip().splitlines()
        raise StoreError(f"{gsp} refused graph {graph}: HTTP {exc.code} {detail[0] if detail else ''}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise StoreError(f"cannot reach {gsp}: {getattr(exc, 'reason', exc)}") from None


def remote_size(endpoint: str, graph: URIRef) -> int:
    rows = remote_select(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(rows.column("n")[0]) if len(rows) else 0


PROBE_GRAPH = URIRef("urn:ccmgraph:union-probe")
UNION_FIXES = (
    "Oxigraph: oxigraph serve --location DIR --union-default-graph",
    "Fuseki: tdb2:unionDefaultGraph true on the dataset (fuseki-server --set tdb:unionDefaultGraph=true)",
    "GraphDB: a repository's default graph reads all graphs unless set otherwise; use a default repository",
)


def reads_union(endpoint: str, gsp: str) -> bool:
    """Does the endpoint's default graph hold what its named graphs hold? A triple of a graph
    it has is looked up in the default graph; an empty store is asked with a probe graph of
    one triple, put and removed again."""
    found = remote_select(endpoint, "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                                    "FILTER (isIRI(?s) && isIRI(?o)) } LIMIT 1")
    if len(found):
        row = found.terms[0]
        return _ask(endpoint, f"ASK {{ {row['s'].n3()} {row['p'].n3()} {row['o'].n3()} }}")  # type: ignore[union-attr]
    probe = f"<{PROBE_GRAPH}> <{PROBE_GRAPH}#probe> <{PROBE_GRAPH}#union> .\n"
    put_graph(gsp, PROBE_GRAPH, probe.encode())
    try:
        return _ask(endpoint, f"ASK {{ {probe.strip().rstrip('.')} }}")
    finally:
        _delete_graph(gsp, PROBE_GRAPH)


def _ask(endpoint: str, query: str) -> bool:
    from ccmgraph.store.remote import remote_answer

    return remote_answer(endpoint, query, "ASK") is True


def _delete_graph(gsp: str, graph: URIRef) -> None:
    request = urllib.request.Request(f"{gsp}?graph={quote(str(graph), safe='')}", method="DELETE")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()
    except (urllib.error.URLError, OSError) as exc:
        raise StoreError(f"could not remove the probe graph {graph} from {gsp}: {exc}") from None


def push(store: Store, endpoint: str, gsp: str | None = None,
         progress: Callable[[Pushed], None] | None = None, union_check: bool = True) -> list[Pushed]:
    """Replace each named graph of `store` on the remote store, then check every count.

    First (unless `union_check` is off) the endpoint must read the union of its named graphs
    as its default graph, as the named queries expect: otherwise every one of them would
    answer 0 rows there, after a push that looked fine."""
    import time

    target = gsp_endpoint(endpoint, gsp)
    try:
        union = not union_check or reads_union(endpoint, target)
    except QueryError as exc:
        raise StoreError(f"cannot reach {endpoint}: {exc}") from None
    if not union:
        raise StoreError(f"{endpoint} does not read the union of its named graphs as its default graph, so "
                         "every named query would give 0 rows there; start it so that it does — "
                         + "; ".join(UNION_FIXES) + " — or push with --no-union-check")
    done = []
    for graph in store.graphs():
        started = time.perf_counter()
        buffer = io.BytesIO()
        store.dump(buffer, ox.RdfFormat.N_TRIPLES, graph)
        put_graph(target, graph, buffer.getvalue())
        pushed = Pushed(str(graph), store.graph_size(graph), remote_size(endpoint, graph),
                        time.perf_counter() - started)
        done.append(pushed)
        if progress:
            progress(pushed)
    wrong = [p for p in done if p.local != p.remote]
    if wrong:
        first = wrong[0]
        raise StoreError(f"{len(wrong)} graphs differ after push, e.g. {first.graph}: "
                         f"{first.local} triples here, {first.remote} on {endpoint}")
    return done
