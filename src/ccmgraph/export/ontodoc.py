"""`ccmgraph docs`: the ontology as one HTML page, every term with its label, comment and links.

Generated from ontology/*.ttl, so the documentation cannot drift from the ontology; the same
ontology always gives the same page.
"""

from __future__ import annotations

import html
from importlib import resources
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef
from rdflib.term import Node

from ccmgraph.paths import ontology_dir

NS = "https://w3id.org/ccmgraph/ontology#"
SECTIONS = (
    ("Classes", OWL.Class),
    ("Object properties", OWL.ObjectProperty),
    ("Datatype properties", OWL.DatatypeProperty),
    ("Annotation properties", OWL.AnnotationProperty),
    ("Individuals", OWL.NamedIndividual),
)
RELATIONS = (
    ("subclass of", RDFS.subClassOf), ("subproperty of", RDFS.subPropertyOf), ("domain", RDFS.domain),
    ("range", RDFS.range), ("type", RDF.type), ("close match", SKOS.closeMatch),
    ("equivalent to", OWL.equivalentClass), ("inverse of", OWL.inverseOf),
)


def load() -> Graph:
    graph = Graph()
    for path in sorted(ontology_dir().glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def _name(graph: Graph, term: Node) -> str:
    """A link for our terms, a prefixed name for others, a note for anonymous class expressions."""
    if not isinstance(term, URIRef):
        return "<em>(class expression)</em>"
    text = str(term)
    if text.startswith(NS):
        local = text[len(NS):]
        return f'<a href="#{html.escape(local)}"><code>ccm:{html.escape(local)}</code></a>'
    try:
        return f"<code>{html.escape(graph.namespace_manager.normalizeUri(term))}</code>"
    except Exception:
        return f"<code>{html.escape(text)}</code>"


def _term(graph: Graph, term: URIRef) -> str:
    local = str(term)[len(NS):]
    label = graph.value(term, RDFS.label) or graph.value(term, SKOS.prefLabel) or local
    comment = graph.value(term, RDFS.comment) or ""
    rows = []
    for title, prop in RELATIONS:
        values = sorted({_name(graph, v) for v in graph.objects(term, prop)
                         if not (prop == RDF.type and v in (OWL.Class, OWL.NamedIndividual))})
        if values:
            rows.append(f"<dt>{title}</dt><dd>{', '.join(values)}</dd>")
    return (f'<div class="term" id="{html.escape(local)}"><h3>{html.escape(str(label))}</h3>'
            f'<div class="iri">ccm:{html.escape(local)} — {html.escape(str(term))}</div>'
            f"<p>{html.escape(str(comment))}</p>" + (f"<dl>{''.join(rows)}</dl>" if rows else "") + "</div>")


def render(graph: Graph | None = None) -> str:
    graph = graph if graph is not None else load()
    ontology = next(iter(sorted(s for s in graph.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef))), None)
    title = str(graph.value(ontology, RDFS.label) or "ccmgraph ontology") if ontology else "ccmgraph ontology"
    intro = str(graph.value(ontology, RDFS.comment) or "") if ontology else ""
    parts, nav = [f"<h1>{html.escape(title)}</h1><p>{html.escape(intro)}</p>"], []
    done: set[URIRef] = set()
    for heading, kind in SECTIONS:
        terms = sorted(t for t in set(graph.subjects(RDF.type, kind))
                       if isinstance(t, URIRef) and str(t).startswith(NS) and t not in done)
        if not terms:
            continue
        done.update(terms)
        anchor = heading.lower().replace(" ", "-")
        nav.append(f'<a href="#{anchor}">{heading} ({len(terms)})</a>')
        parts.append(f'<h2 id="{anchor}">{heading}</h2>' + "".join(_term(graph, t) for t in terms))
    body = parts[0] + f"<nav>{''.join(nav)}</nav>" + "".join(parts[1:])
    template = resources.files("ccmgraph").joinpath("templates/ontodoc.html").read_text(encoding="utf-8")
    return template.replace("__TITLE__", html.escape(title)).replace("__BODY__", body)


def write_docs(folder: Path) -> Path:
    """Write index.html into `folder` (created if needed) and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / "index.html"
    page.write_text(render(), encoding="utf-8")
    return page
