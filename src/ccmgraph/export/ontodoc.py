"""`ccmgraph docs`: the ontology as one HTML page, with what pyLODE gives and more.

The page holds the ontology's metadata (title, description, version, version IRI, licence,
creation date), a namespace table, a class diagram (the subclass tree, drawn as SVG), every
term with its label, definition, domain, range and relations, where it is used (as the
domain or range of other terms, in the named queries, in the shapes), and download links to
the Turtle files, which are copied beside the page. Generated from ontology/*.ttl, so it
cannot drift from the ontology; the same ontology always gives the same bytes.
"""

from __future__ import annotations

import html
import re
import shutil
from importlib import resources
from pathlib import Path

from rdflib import DCTERMS, OWL, RDF, RDFS, SKOS, Graph, URIRef
from rdflib.term import Node

from ccmgraph.paths import ontology_dir, queries_dir, shapes_dir

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
METADATA = (
    ("title", DCTERMS.title), ("description", DCTERMS.description), ("version", OWL.versionInfo),
    ("version IRI", OWL.versionIRI), ("licence", DCTERMS.license), ("created", DCTERMS.created),
    ("modified", DCTERMS.modified), ("creator", DCTERMS.creator), ("publisher", DCTERMS.publisher),
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


def _usage() -> dict[str, list[str]]:
    """ccm: local name -> the named queries and shape files that use it."""
    used: dict[str, set[str]] = {}
    files = [(f"query {p.stem}", p) for p in sorted(queries_dir().glob("*.rq"))]
    files += [(f"shapes {p.name.removesuffix('.shapes.ttl')}", p) for p in sorted(shapes_dir().glob("*.ttl"))]
    for title, path in files:
        text = path.read_text(encoding="utf-8")
        for local in set(re.findall(r"\bccm:([A-Za-z][\w-]*)", text)) | set(re.findall(re.escape(NS) + r"([A-Za-z][\w-]*)", text)):
            used.setdefault(local, set()).add(title)
    return {k: sorted(v) for k, v in used.items()}


def _term(graph: Graph, term: URIRef, used: dict[str, list[str]]) -> str:
    local = str(term)[len(NS):]
    label = graph.value(term, RDFS.label) or graph.value(term, SKOS.prefLabel) or local
    comment = graph.value(term, SKOS.definition) or graph.value(term, RDFS.comment) or ""
    rows = []
    for title, prop in RELATIONS:
        values = sorted({_name(graph, v) for v in graph.objects(term, prop)
                         if not (prop == RDF.type and v in (OWL.Class, OWL.NamedIndividual))})
        if values:
            rows.append(f"<dt>{title}</dt><dd>{', '.join(values)}</dd>")
    for title, prop in (("in domain of", RDFS.domain), ("in range of", RDFS.range), ("has subclasses", RDFS.subClassOf)):
        values = sorted({_name(graph, s) for s in graph.subjects(prop, term)})
        if values:
            rows.append(f"<dt>{title}</dt><dd>{', '.join(values)}</dd>")
    if used.get(local):
        rows.append(f"<dt>used in</dt><dd>{', '.join(html.escape(u) for u in used[local])}</dd>")
    return (f'<div class="term" id="{html.escape(local)}"><h3>{html.escape(str(label))}</h3>'
            f'<div class="iri">ccm:{html.escape(local)} — {html.escape(str(term))}</div>'
            f"<p>{html.escape(str(comment))}</p>" + (f"<dl>{''.join(rows)}</dl>" if rows else "") + "</div>")


def _metadata(graph: Graph, ontology: URIRef | None) -> str:
    rows = [f"<tr><th>IRI</th><td><code>{html.escape(str(ontology))}</code></td></tr>"] if ontology else []
    for title, prop in METADATA:
        for value in sorted(graph.objects(ontology, prop), key=str) if ontology else []:
            shown = (f"<a href='{html.escape(str(value))}'>{html.escape(str(value))}</a>" if isinstance(value, URIRef)
                     else html.escape(str(value)))
            rows.append(f"<tr><th>{title}</th><td>{shown}</td></tr>")
    return "<table class='meta'>" + "".join(rows) + "</table>"


def _namespaces(graph: Graph) -> str:
    used = {str(t) for triple in graph for t in triple if isinstance(t, URIRef)}
    rows = [f"<tr><td><code>{html.escape(prefix)}</code></td><td><code>{html.escape(str(ns))}</code></td></tr>"
            for prefix, ns in sorted(graph.namespaces()) if prefix and any(u.startswith(str(ns)) for u in used)]
    return "<table class='namespaces'><tr><th>prefix</th><th>namespace</th></tr>" + "".join(rows) + "</table>"


def diagram(graph: Graph) -> str:
    """The subclass tree of the ccm: classes (with the external classes they refine) as an SVG:
    one column per depth, each class in the rows below its parent, a line to each parent."""
    classes = {t for t in graph.subjects(RDF.type, OWL.Class) if isinstance(t, URIRef) and str(t).startswith(NS)}
    parents = {c: sorted(p for p in graph.objects(c, RDFS.subClassOf) if isinstance(p, URIRef)) for c in classes}
    nodes = classes | {p for ps in parents.values() for p in ps}
    children: dict[URIRef, list[URIRef]] = {n: [] for n in nodes}
    for child, ps in parents.items():
        for p in ps[:1]:  # placed under its first parent; lines go to every parent
            children[p].append(child)
    roots = sorted(n for n in nodes if not parents.get(n))
    place: dict[URIRef, tuple[int, int]] = {}
    row = 0

    def visit(node: URIRef, depth: int) -> None:
        nonlocal row
        if node in place:
            return
        place[node] = (depth, row)
        row += 1
        for child in sorted(children[node], key=lambda c: _label(graph, c)):
            visit(child, depth + 1)

    for root in sorted(roots, key=lambda r: (not children[r], _label(graph, r))):
        visit(root, 0)
    width, height, gap_x, gap_y = 240, 20, 265, 24
    depth = max((d for d, _r in place.values()), default=0)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="diagram" width="{(depth + 1) * gap_x + 10}" '
             f'height="{row * gap_y + 10}" role="img" aria-label="class diagram">']
    for child, ps in sorted(parents.items()):
        for p in ps:
            (cd, cr), (pd, pr) = place[child], place[p]
            parts.append(f'<line x1="{pd * gap_x + width + 5}" y1="{pr * gap_y + 15}" x2="{cd * gap_x + 5}" '
                         f'y2="{cr * gap_y + 15}" stroke="#a0aec0"/>')
    for node, (d, r) in sorted(place.items(), key=lambda kv: kv[1]):
        ours = str(node).startswith(NS)
        label = html.escape(_label(graph, node))
        box = (f'<rect x="{d * gap_x + 5}" y="{r * gap_y + 5}" width="{width}" height="{height}" rx="3" '
               f'fill="{"#ebf4ff" if ours else "#edf2f7"}" stroke="{"#2b6cb0" if ours else "#a0aec0"}"/>'
               f'<text x="{d * gap_x + 11}" y="{r * gap_y + 19}" font-size="12">{label}</text>')
        parts.append(f'<a href="#{html.escape(str(node)[len(NS):])}">{box}</a>' if ours else box)
    return "".join(parts) + "</svg>"


def _label(graph: Graph, term: URIRef) -> str:
    if str(term).startswith(NS):
        return "ccm:" + str(term)[len(NS):]
    try:
        return str(graph.namespace_manager.normalizeUri(term))
    except Exception:
        return str(term)


def render(graph: Graph | None = None, downloads: list[str] | None = None) -> str:
    graph = graph if graph is not None else load()
    ontology = next(iter(sorted(s for s in graph.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef))), None)
    title = str(graph.value(ontology, RDFS.label) or "ccmgraph ontology") if ontology else "ccmgraph ontology"
    intro = str(graph.value(ontology, RDFS.comment) or "") if ontology else ""
    used = _usage()
    files = downloads if downloads is not None else [p.name for p in sorted(ontology_dir().glob("*.ttl"))]
    links = " ".join(f"<a href='{html.escape(f)}' download>{html.escape(f)}</a>" for f in files)
    parts = [f"<h1>{html.escape(title)}</h1><p>{html.escape(intro)}</p>",
             "<h2 id='metadata'>Metadata</h2>" + _metadata(graph, ontology),
             f"<p class='downloads'>Download (Turtle): {links}</p>",
             "<h2 id='namespaces'>Namespaces</h2>" + _namespaces(graph),
             "<h2 id='diagram'>Class diagram</h2><p>Subclass tree: ccm: classes in blue, the external classes they"
             " refine in grey; click a class for its entry.</p><div class='diagram-box'>" + diagram(graph) + "</div>"]
    nav = ['<a href="#metadata">Metadata</a>', '<a href="#namespaces">Namespaces</a>', '<a href="#diagram">Diagram</a>']
    done: set[URIRef] = set()
    for heading, kind in SECTIONS:
        terms = sorted(t for t in set(graph.subjects(RDF.type, kind))
                       if isinstance(t, URIRef) and str(t).startswith(NS) and t not in done)
        if not terms:
            continue
        done.update(terms)
        anchor = heading.lower().replace(" ", "-")
        nav.append(f'<a href="#{anchor}">{heading} ({len(terms)})</a>')
        parts.append(f'<h2 id="{anchor}">{heading}</h2>' + "".join(_term(graph, t, used) for t in terms))
    body = parts[0] + f"<nav>{''.join(nav)}</nav>" + "".join(parts[1:])
    template = resources.files("ccmgraph").joinpath("templates/ontodoc.html").read_text(encoding="utf-8")
    return template.replace("__TITLE__", html.escape(title)).replace("__BODY__", body)


def write_docs(folder: Path) -> Path:
    """Write index.html and a copy of each ontology Turtle file into `folder` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(ontology_dir().glob("*.ttl"))
    for source in sources:
        shutil.copyfile(source, folder / source.name)
    page = folder / "index.html"
    page.write_text(render(downloads=[s.name for s in sources]), encoding="utf-8")
    return page
