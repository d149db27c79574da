"""Re-validate what the store holds, graph by graph (`ccmgraph validate`)."""

from __future__ import annotations

import io
from collections.abc import Callable

import pyoxigraph as ox
from rdflib import Graph

from ccmgraph.store.oxigraph import Store
from ccmgraph.validate.shacl import validate
from ccmgraph.validate.union import union_findings, union_of


def graph_of(store: Store, iri: str) -> Graph:
    buffer = io.BytesIO()
    store.oxigraph.dump(buffer, ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(iri))
    graph = Graph()
    graph.parse(data=buffer.getvalue().decode("utf-8"), format="nt")
    return graph


def validate_store(store: Store, progress: Callable[[str], None] = lambda _m: None) -> list[str]:
    """One line per graph that does not conform, then per violation of the union shapes (empty when
    the store conforms); the union pass's warnings and notes go to `progress`, one line each."""
    failures = []
    from ccmgraph.build import ONTOLOGY_GRAPH

    for iri in store.graphs():
        if iri == ONTOLOGY_GRAPH:
            continue
        report = validate(graph_of(store, str(iri)))
        progress(f"checked {iri} ({'ok' if report.conforms else 'violations'})")
        if not report.conforms:
            first = report.text.splitlines()[0] if report.text else ""
            failures.append(f"{iri}: {report.results} violations: {first}")
    for finding in union_findings(union_of(store, ONTOLOGY_GRAPH)):
        if finding.severity == "violation":
            failures.append(f"store: {finding}")
        else:
            progress(str(finding))
    return failures
