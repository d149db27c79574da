"""The second pass: shapes over the union of every named graph (shapes/union/).

Each document is validated alone before it is committed, so what only shows across sources
(two meetings with one short name, a shared node given two start dates) needs a pass over the
whole store. Violations fail `ccmgraph validate`; warnings and notes are reported beside them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pyoxigraph as ox
from pyshacl import validate as pyshacl_validate
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from ccmgraph.namespaces import curie
from ccmgraph.paths import shapes_dir
from ccmgraph.store.oxigraph import Store
from ccmgraph.validate.shacl import class_skeleton

SEVERITIES = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "note"}


@dataclass(frozen=True)
class Finding:
    severity: str  # violation, warning, note
    focus: str
    message: str

    def __str__(self) -> str:
        return f"{self.severity}: {self.focus}: {self.message}"


@functools.cache
def union_shapes() -> Graph:
    graph = Graph()
    for path in sorted((shapes_dir() / "union").glob("*.shapes.ttl")):
        graph.parse(path, format="turtle")
    return graph


def union_of(store: Store, skip: URIRef) -> Graph:
    """Every named graph but `skip` (the ontology), as one rdflib graph."""
    data = Graph()
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != <{skip}>) }}"
    result = store.oxigraph.query(query)
    assert isinstance(result, ox.QueryTriples)
    written = ox.serialize(result, format=ox.RdfFormat.N_TRIPLES) or b""
    data.parse(data=written.decode("utf-8"), format="nt")
    return data


def union_findings(data: Graph) -> list[Finding]:
    """What the union shapes find in `data`, violations first, each once."""
    _, report, _ = pyshacl_validate(data, shacl_graph=union_shapes(), ont_graph=class_skeleton(),
                                    inference="none", advanced=True, allow_warnings=True)
    found = set()
    for result in report.subjects(SH.resultSeverity, None):
        level = report.value(result, SH.resultSeverity)
        severity = SEVERITIES.get(level, "violation") if isinstance(level, URIRef) else "violation"
        focus = report.value(result, SH.focusNode)
        message = report.value(result, SH.resultMessage)
        found.add(Finding(severity, curie(focus) if isinstance(focus, URIRef) else str(focus), str(message)))
    order = list(SEVERITIES.values())
    return sorted(found, key=lambda f: (order.index(f.severity), f.focus, f.message))
