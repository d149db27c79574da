"""Blank-node labels from content, so exports do not depend on the ids a parser happened to draw.

The ontology's lists and restrictions are blank nodes; every load gives them new random ids,
which would make two builds (and rdflib's serialisers, which order by id) differ. Each blank
node is renamed after a hash of its graph, its outgoing triples (nested blank nodes by their
own hash) and, where two still collide, the triples pointing at it. Nodes that stay equal are
interchangeable, so any order among them gives the same bytes.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict

import pyoxigraph as ox

BNODE = re.compile(rb"_:([A-Za-z0-9_\-.]+)")


def _key(term: object, own: dict[str, str]) -> str:
    if isinstance(term, ox.BlankNode):
        return "_:" + own.get(term.value, "?")
    return str(term)


def labels(quads: list[ox.Quad]) -> dict[str, str]:
    """Old blank-node id -> content-derived id."""
    out: dict[str, list[tuple[str, object]]] = defaultdict(list)
    into: dict[str, list[tuple[object, str]]] = defaultdict(list)
    home: dict[str, str] = {}
    for q in quads:
        if isinstance(q.subject, ox.BlankNode):
            out[q.subject.value].append((str(q.predicate), q.object))
            home[q.subject.value] = str(q.graph_name)
        if isinstance(q.object, ox.BlankNode):
            into[q.object.value].append((q.subject, str(q.predicate)))
            home.setdefault(q.object.value, str(q.graph_name))
    memo: dict[str, str] = {}

    def sig(node: str, visiting: frozenset[str]) -> str:
        if node in memo:
            return memo[node]
        if node in visiting:
            return "cycle"
        inner = visiting | {node}
        parts = sorted(p + " " + (sig(o.value, inner) if isinstance(o, ox.BlankNode) else str(o)) for p, o in out[node])
        memo[node] = hashlib.sha256("\n".join([home[node], *parts]).encode()).hexdigest()[:32]
        return memo[node]

    first = {node: sig(node, frozenset()) for node in sorted(home)}
    counts: dict[str, int] = defaultdict(int)
    for value in first.values():
        counts[value] += 1
    final: dict[str, str] = {}
    seen: dict[str, int] = defaultdict(int)
    for node in sorted(home, key=lambda n: (first[n], sorted(_key(s, first) + p for s, p in into[n]))):
        label = first[node]
        if counts[label] > 1:
            context = "\n".join(sorted(_key(s, first) + " " + p for s, p in into[node]))
            label = hashlib.sha256(f"{label}\n{context}".encode()).hexdigest()[:32]
        seen[label] += 1
        final[node] = f"b{label}" + (f"n{seen[label]}" if seen[label] > 1 else "")
    return final


def relabel(nquads: list[bytes]) -> list[bytes]:
    """N-Quads lines with blank nodes renamed by content; lines without blank nodes untouched."""
    with_bnodes = [line for line in nquads if b"_:" in line]
    if not with_bnodes:
        return nquads
    quads = list(ox.parse(b"\n".join(with_bnodes), format=ox.RdfFormat.N_QUADS))
    names = {k.encode(): v.encode() for k, v in labels(quads).items()}
    renamed = [BNODE.sub(lambda m: b"_:" + names.get(m.group(1), m.group(1)), line) for line in with_bnodes]
    return [line for line in nquads if b"_:" not in line] + renamed
