"""The parts of the OWL 2 DL profile that RDF data like ours can break, checked on triples.

The OWL API's profile checker needs a JVM; what it would find in this graph is simple to
see in the triples: a property used or declared as two kinds (object, datatype, annotation:
illegal punning), a predicate or datatype nobody declared, an object property with a literal
value or a datatype property with an IRI value, an instance of an undeclared class. The
signature comes from every graph given (the ontology and the published ontologies it is
tested with); the axioms checked are those of the graphs passed as `checked`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.term import Node

# The OWL 2 datatype map (OWL 2 Structural Specification, section 4), plus rdf:langString.
DATATYPE_MAP = {
    str(RDF.PlainLiteral), str(RDF.XMLLiteral), str(RDFS.Literal), str(RDF.langString), str(OWL.real),
    str(OWL.rational), *(str(XSD) + name for name in (
        "decimal integer nonNegativeInteger nonPositiveInteger positiveInteger negativeInteger long int "
        "short byte unsignedLong unsignedInt unsignedShort unsignedByte double float string normalizedString "
        "token language Name NCName NMTOKEN boolean hexBinary base64Binary anyURI dateTime dateTimeStamp"
    ).split()),
}
BUILT_IN = (str(RDF), str(RDFS), str(OWL), str(XSD))
KINDS: dict[URIRef, str] = {OWL.ObjectProperty: "object", OWL.DatatypeProperty: "datatype", OWL.AnnotationProperty: "annotation"}
# RDFS and OWL terms that are annotation properties by the OWL 2 mapping to RDF.
ANNOTATIONS = {RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy, OWL.versionInfo, OWL.deprecated,
               OWL.priorVersion, OWL.backwardCompatibleWith, OWL.incompatibleWith}


@dataclass(frozen=True)
class Finding:
    term: str
    problem: str

    def __str__(self) -> str:
        return f"{self.term}: {self.problem}"


class Signature:
    """Which IRIs are declared as what, over the union of the graphs given."""

    def __init__(self, graphs: Iterable[Graph]) -> None:
        self.kinds: dict[URIRef, set[str]] = {}
        self.classes: set[URIRef] = set()
        self.datatypes: set[str] = set(DATATYPE_MAP)
        for graph in graphs:
            for s, o in graph.subject_objects(RDF.type):
                if not isinstance(s, URIRef):
                    continue
                if isinstance(o, URIRef) and o in KINDS:
                    self.kinds.setdefault(s, set()).add(KINDS[o])
                elif o in (OWL.Class, RDFS.Class):
                    self.classes.add(s)
                elif o == RDFS.Datatype:
                    self.datatypes.add(str(s))
        for term in ANNOTATIONS:
            self.kinds.setdefault(term, set()).add("annotation")


def findings(checked: Iterable[Graph], signature: Signature) -> Iterator[Finding]:
    """Every DL-profile problem the checked graphs have under the signature (a published
    ontology's punning of a term the checked graphs neither use nor declare is its own)."""
    graphs = list(checked)
    touched = {p for g in graphs for p in g.predicates()} | {s for g in graphs for s in g.subjects(RDF.type)}
    for term, kinds in sorted(signature.kinds.items()):
        if len(kinds) > 1 and term in touched:
            yield Finding(str(term), f"declared as {' and '.join(sorted(kinds))} property (illegal punning)")
    seen: set[tuple[str, str]] = set()
    for graph in graphs:
        for s, p, o in graph:
            for finding in _triple(signature, p, o):
                key = (finding.term, finding.problem)
                if key not in seen:
                    seen.add(key)
                    yield finding


def _triple(signature: Signature, p: Node, o: Node) -> Iterator[Finding]:
    if isinstance(o, Literal) and o.datatype is not None and str(o.datatype) not in signature.datatypes:
        yield Finding(str(o.datatype), "datatype used but not declared (rdfs:Datatype) nor in the OWL 2 map")
    if p == RDF.type:
        if isinstance(o, URIRef) and not str(o).startswith(BUILT_IN) and o not in signature.classes:
            yield Finding(str(o), "used as a class but not declared owl:Class")
        return
    if str(p).startswith(BUILT_IN) and p not in ANNOTATIONS:
        return
    kinds = signature.kinds.get(p, set()) if isinstance(p, URIRef) else set()
    if not kinds:
        yield Finding(str(p), "property used but not declared")
    elif kinds == {"object"} and isinstance(o, Literal):
        yield Finding(str(p), "object property with a literal value")
    elif kinds == {"datatype"} and not isinstance(o, Literal):
        yield Finding(str(p), "datatype property with an IRI or blank node value")
