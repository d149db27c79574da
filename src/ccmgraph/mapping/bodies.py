"""Committees and other bodies of a convention, the organisations its posts are in."""

from __future__ import annotations

from rdflib import RDF, RDFS, URIRef

from ccmgraph import iris
from ccmgraph.mapping.literals import text
from ccmgraph.mapping.sourcegraph import SourceGraphWriter
from ccmgraph.namespaces import CCM


def convention_body(ctx: SourceGraphWriter, convention: str, label: str) -> URIRef:
    """The body node of a written name; the same name under one convention is one node."""
    node = iris.body(convention, label)
    ctx.add(node, RDF.type, CCM.ConventionBody)
    ctx.add(node, RDFS.label, text(label))
    ctx.add(node, CCM.bodyOf, iris.convention(convention))
    ctx.add(iris.convention(convention), RDF.type, CCM.Convention)
    return node
