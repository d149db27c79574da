"""The shapes accept the mapped reference tables and reject a row without a source, a date that
is not a date, and a party that is not a State (checked on the small extra participation table)."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from ccmgraph.namespaces import CCM
from ccmgraph.reference import reference_folder, table_graph
from ccmgraph.validate.shacl import validate


def extra() -> Graph:
    return table_graph(reference_folder(), "treaty_status_extra.csv", "extra", "participations").graph


def chad(graph: Graph) -> URIRef:
    return next(s for s in graph.subjects(RDF.type, CCM.TreatyParticipation) if "/TCD/" in str(s))


def test_mapped_table_conforms() -> None:
    assert validate(extra()).conforms


def drop_source(graph: Graph) -> None:
    graph.remove((chad(graph), DCTERMS.source, None))


def bad_date(graph: Graph) -> None:
    node = chad(graph)
    graph.remove((node, CCM.depositDate, None))
    graph.add((node, CCM.depositDate, Literal("26 March 2013")))


def not_a_state(graph: Graph) -> None:
    node = chad(graph)
    graph.remove((node, CCM.party, None))
    graph.add((node, CCM.party, URIRef("https://w3id.org/ccmgraph/id/org/cmc")))


@pytest.mark.parametrize("damage", [drop_source, bad_date, not_a_state])
def test_shapes_reject_damaged_rows(damage) -> None:  # type: ignore[no-untyped-def]
    graph = extra()
    damage(graph)
    report = validate(graph)
    assert not report.conforms and report.results >= 1
