"""The ccm: terms of ontology/compliance.ttl as a closed namespace, read from that file.

namespaces.CCM is generated from ccm.ttl alone; the compliance terms live in their own
file, so their namespace is read from it: a term the file does not type is an error in
Python, never a silent new IRI.
"""

from __future__ import annotations

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import ClosedNamespace, Namespace

from ccmgraph.paths import ontology_dir

CCM_NS = "https://w3id.org/ccmgraph/ontology#"
OPENGOV = Namespace("http://www.w3.org/ns/opengov#")


def _terms() -> list[str]:
    graph = Graph().parse(ontology_dir() / "compliance.ttl", format="turtle")
    return sorted(
        str(s)[len(CCM_NS):] for s in set(graph.subjects(RDF.type, None))
        if isinstance(s, URIRef) and str(s).startswith(CCM_NS)
    )


CCMX = ClosedNamespace(URIRef(CCM_NS), _terms())
