"""Deterministic exports: the same store gives the same bytes, so dataset diffs mean something.

N-Quads and N-Triples come straight from Oxigraph, lines sorted. Turtle, TriG and JSON-LD go
through rdflib, fed in sorted order with prefixes bound, whose serialisers then order subjects.
"""

from __future__ import annotations

import io

import pyoxigraph as ox
from rdflib import Dataset, Graph

from .namespaces import bind_prefixes
from .store import Store


def sorted_nquads(store: Store) -> bytes:
    buffer = io.BytesIO()
    store.dump(buffer, ox.RdfFormat.N_QUADS)
    lines = sorted(set(buffer.getvalue().splitlines()))
    return b"\n".join(lines) + (b"\n" if lines else b"")


def export_store(store: Store, fmt: str) -> bytes:
    """The whole store in one format: turtle/ntriples merge graphs, trig/nquads/jsonld keep them."""
    quads = sorted_nquads(store)
    if fmt == "nquads":
        return quads
    dataset = Dataset()
    dataset.parse(data=quads.decode("utf-8"), format="nquads")
    if fmt in ("turtle", "ntriples"):
        merged = Graph()
        bind_prefixes(merged)
        for s, p, o, _g in dataset.quads((None, None, None, None)):
            merged.add((s, p, o))
        if fmt == "ntriples":
            lines = sorted(set(merged.serialize(format="nt").splitlines()))
            return ("\n".join(line for line in lines if line) + "\n").encode("utf-8")
        return merged.serialize(format="turtle").encode("utf-8")
    bind_prefixes(dataset)
    if fmt == "trig":
        return dataset.serialize(format="trig").encode("utf-8")
    if fmt == "jsonld":
        return dataset.serialize(format="json-ld", sort_keys=True, indent=1).encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}")


__all__ = ["export_store", "sorted_nquads"]
