"""Deterministic exports: the same store gives the same bytes, so dataset diffs mean something.

N-Quads come straight from Oxigraph, graph by graph in name order with each graph's lines
sorted, so an export streams with the memory of one graph; N-Triples (the merged graphs) are
sorted lines. Turtle, TriG and JSON-LD go
through rdflib graph by graph, in graph-name order, with prefixes bound; blank nodes are
renamed by content first (export_canon), so two builds of the same sources export the same bytes.
"""

from __future__ import annotations

import io
import json
from typing import IO

import pyoxigraph as ox
from rdflib import Graph, URIRef

from ccmgraph.export.canon import relabel
from ccmgraph.namespaces import bind_prefixes
from ccmgraph.store.oxigraph import Store
from ccmgraph.query.terms import to_rdflib


def sorted_nquads(store: Store) -> bytes:
    buffer = io.BytesIO()
    write_nquads(store, buffer)
    return buffer.getvalue()


def write_nquads(store: Store, output: IO[bytes]) -> None:
    """Every named graph, in name order, its N-Quads lines sorted (the derived union left out)."""
    for graph in store.graphs():
        buffer = io.BytesIO()
        ox.serialize(store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))),
                     buffer, ox.RdfFormat.N_QUADS)
        lines = sorted(set(relabel(buffer.getvalue().splitlines())))
        output.write(b"\n".join(lines) + (b"\n" if lines else b""))


def write_export(store: Store, fmt: str, output: IO[bytes]) -> None:
    """export_store() written to `output`; N-Quads stream graph by graph."""
    if fmt == "nquads":
        write_nquads(store, output)
    else:
        output.write(export_store(store, fmt))


def export_store(store: Store, fmt: str) -> bytes:
    """The whole store in one format: turtle/ntriples merge graphs, trig/nquads/jsonld keep them."""
    quads = sorted_nquads(store)
    if fmt == "nquads":
        return quads
    graphs = _graphs(quads)
    if fmt in ("turtle", "ntriples"):
        merged = _bound(Graph())
        for graph in graphs.values():
            for triple in graph:
                merged.add(triple)
        if fmt == "ntriples":
            lines = sorted(set(merged.serialize(format="nt").splitlines()))
            return ("\n".join(line for line in lines if line) + "\n").encode("utf-8")
        return merged.serialize(format="turtle").encode("utf-8")
    if fmt == "trig":
        return _trig(graphs)
    if fmt == "jsonld":
        return _jsonld(graphs)
    raise ValueError(f"unknown export format {fmt!r}")


def _bound(graph: Graph) -> Graph:
    bind_prefixes(graph)
    return graph


def _graphs(nquads: bytes) -> dict[str, Graph]:
    """Graph name -> rdflib Graph, in name order, keeping the blank-node ids of `nquads`
    (rdflib's own parser would draw new random ones); "" names the default graph."""
    graphs: dict[str, Graph] = {}
    for quad in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
        name = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else ""
        if name not in graphs:
            graphs[name] = _bound(Graph(identifier=URIRef(name) if name else None))
        s, p, o = to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)
        assert s is not None and p is not None and o is not None
        graphs[name].add((s, p, o))
    return dict(sorted(graphs.items()))


def _trig(graphs: dict[str, Graph]) -> bytes:
    """TriG written graph by graph in name order (rdflib's TriG orders graphs by hash)."""
    prefixes: set[str] = set()
    blocks = []
    for name, graph in graphs.items():
        lines = graph.serialize(format="turtle").splitlines()
        prefixes.update(line for line in lines if line.startswith("@prefix"))
        body = "\n".join(("    " + line) if line else "" for line in lines if not line.startswith("@prefix")).strip("\n")
        blocks.append(f"<{name}> {{\n{body}\n}}\n" if name else body + "\n")
    return ("\n".join(sorted(prefixes)) + "\n\n" + "\n".join(blocks)).encode("utf-8")


def _jsonld(graphs: dict[str, Graph]) -> bytes:
    """Expanded JSON-LD, one entry per named graph, nodes sorted by @id, keys sorted."""
    entries = []
    for name, graph in graphs.items():
        nodes = sorted(json.loads(graph.serialize(format="json-ld")), key=lambda n: str(n.get("@id", "")))
        entries.append({"@id": name, "@graph": nodes} if name else {"@graph": nodes})
    return json.dumps(entries, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


__all__ = ["export_store", "sorted_nquads", "write_export", "write_nquads"]
