"""A VoID and DCAT description of the store: counts, sources, licence and date.

The date is the newest date the sources report (queries/dataset_sources.rq), never the
clock, so describing the same store twice gives the same bytes.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml
from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, VOID

from ccmgraph.namespaces import bind_prefixes
from ccmgraph.store.oxigraph import Store

CCM = Namespace("https://w3id.org/ccmgraph/ontology#")


def settings() -> dict[str, Any]:
    text = resources.files("ccmgraph").joinpath("templates/dataset.yml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def describe(store: Store, select: Any) -> Graph:
    """The description as a graph; `select(name)` runs a named query on the same store."""
    meta = settings()
    dataset = URIRef(meta["iri"])
    g = Graph()
    bind_prefixes(g)
    g.bind("void", VOID)
    g.bind("dcat", DCAT)
    g.add((dataset, RDF.type, VOID.Dataset))
    g.add((dataset, RDF.type, DCAT.Dataset))
    g.add((dataset, DCTERMS.title, Literal(meta["title"], lang="en")))
    g.add((dataset, DCTERMS.description, Literal(" ".join(meta["description"].split()), lang="en")))
    g.add((dataset, DCTERMS.license, URIRef(meta["licence"])))
    g.add((dataset, DCTERMS.publisher, Literal(meta["publisher"])))
    g.add((dataset, FOAF.homepage, URIRef(meta["homepage"])))
    g.add((dataset, VOID.vocabulary, URIRef(meta["vocabulary"])))
    g.add((dataset, VOID.uriSpace, Literal(meta["uri_space"])))
    g.add((dataset, VOID.triples, Literal(len(store), datatype=XSD.integer)))
    dates = []
    for row in select("dataset_sources"):
        doc = URIRef(str(row["document"]))
        subset = URIRef(f"{meta['iri']}/graph/{str(doc).rsplit('/', 1)[-1]}")
        g.add((dataset, VOID.subset, subset))
        g.add((dataset, DCTERMS.source, doc))
        g.add((subset, RDF.type, VOID.Dataset))
        g.add((subset, DCTERMS.source, doc))
        g.add((subset, VOID.triples, Literal(store.graph_size(doc), datatype=XSD.integer)))
        for key, prop in (("title", DCTERMS.title), ("kind", CCM.documentKind), ("file", CCM.fileName)):
            if row[key]:
                g.add((subset, prop, Literal(str(row[key]))))
        if row["date"]:
            g.add((subset, DCTERMS.modified, Literal(row["date"], datatype=XSD.date)))
            dates.append(row["date"])
    if dates:
        g.add((dataset, DCTERMS.modified, Literal(max(dates), datatype=XSD.date)))
    classes = select("dataset_classes")
    g.add((dataset, VOID.classes, Literal(len(classes), datatype=XSD.integer)))
    for row in classes:
        cls = str(row["class"])
        part = URIRef(f"{meta['iri']}/class/{cls.rsplit('#', 1)[-1].rsplit('/', 1)[-1]}")
        g.add((dataset, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, Literal(int(row["entities"]), datatype=XSD.integer)))
    for dist in meta["distributions"]:
        node = URIRef(f"{meta['iri']}/distribution/{dist['format']}")
        g.add((dataset, DCAT.distribution, node))
        g.add((node, RDF.type, DCAT.Distribution))
        g.add((node, DCAT.mediaType, Literal(dist["media"])))
        g.add((node, DCTERMS.description, Literal(f"ccmgraph export --format {dist['format']}")))
    return g


def void_turtle(store: Store, select: Any) -> bytes:
    return describe(store, select).serialize(format="turtle").encode("utf-8")
