"""The pages of `ccmgraph serve`: the query page (YASGUI, bundled, offline), entity pages,
static files and the small JSON API the query page uses (named queries, parameter binding).

Every query a page needs runs through the server's worker pool like any SPARQL request, so
pages are read-only and bounded by the same time and row limits. Parameters are bound by
ccmgraph's own binding (`named.bind`), so the form takes what `ccmgraph query -p` takes:
actors by name, meetings by date.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any, Protocol
from urllib.parse import quote

from ccmgraph.errors import CcmGraphError
from ccmgraph.namespaces import PREFIXES
from ccmgraph.paths import queries_dir
from ccmgraph.query import named
from ccmgraph.serve.worker import Answer

STATIC_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
                ".svg": "image/svg+xml", ".png": "image/png"}
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
ONTOLOGY = "https://w3id.org/ccmgraph/ontology#"
# which named-query parameter kinds take an entity of which class (an `iri` takes anything)
TAKES = {"state": {"State"}, "actor": {"State", "Organisation", "Person"}, "meeting": {"Meeting"},
         "convention": {"Convention"}, "iri": None}


class Runs(Protocol):
    def run(self, query: str, fmt: str) -> Answer: ...


class Serving(Protocol):
    @property
    def pool(self) -> Runs: ...


@dataclass(frozen=True)
class Request:
    path: str
    params: dict[str, list[str]]

    def one(self, name: str) -> str:
        return (self.params.get(name) or [""])[0]


def route(server: Serving, request: Request) -> Answer | None:
    """The answer for a page, a static file or the page API; None for anything else."""
    if request.path in ("/", "/sparql", "/query"):
        return Answer(200, "text/html; charset=utf-8", query_page())
    if request.path.startswith("/static/"):
        return static(request.path[len("/static/"):])
    if request.path == "/api/queries":
        return _json(200, catalogue())
    if request.path == "/api/bind":
        return bind(request)
    if request.path == "/entity":
        return entity_page(server.pool, request.one("iri"))
    return None


# -- the query page ------------------------------------------------------------------------
def catalogue() -> list[dict[str, Any]]:
    """The named queries as the query page lists them, with their parameters' forms."""
    return [{"name": q.name, "summary": q.summary, "tags": list(q.tags), "columns": list(q.columns),
             "params": [{"name": p.name, "kind": p.kind, "required": p.required, "doc": p.doc,
                         "allowed": list(p.allowed), "default": p.default} for p in q.params.values()]}
            for q in named.catalogue().values()]


def query_page() -> bytes:
    """YASGUI with the store's prefixes and the named queries beside it."""
    config = {"queries": catalogue(), "prefixes": {k: str(v) for k, v in PREFIXES.items()}}
    data = json.dumps(config, sort_keys=True, ensure_ascii=False).replace("</", "<\\/")
    return _template("query.html").replace("__CONFIG__", data).encode("utf-8")


def bind(request: Request) -> Answer:
    """The text of a named query with its parameters bound, or the binding error."""
    try:
        query = named.get(request.one("name"))
        values = {k: v[0] for k, v in request.params.items() if k != "name" and v and v[0] != ""}
        text = named.with_values_block(query.text, query.bind(values))
    except CcmGraphError as exc:
        return _json(400, {"error": str(exc)})
    return _json(200, {"query": text})


def static(name: str) -> Answer:
    """A file of serve/static/, by name only (no path leaves the folder)."""
    folder = resources.files("ccmgraph.serve").joinpath("static")
    parts = name.split("/")
    suffix = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    if any(p in ("", ".", "..") for p in parts) or suffix not in STATIC_TYPES:
        return Answer(404, "text/plain", b"not found\n")
    target = folder.joinpath(*parts)
    if not target.is_file():
        return Answer(404, "text/plain", b"not found\n")
    return Answer(200, STATIC_TYPES[suffix], target.read_bytes())


# -- entity pages --------------------------------------------------------------------------
def _select(pool: Runs, file: str, iri: str) -> list[dict[str, dict[str, str]]]:
    query = named.parse(queries_dir() / "pages" / file)
    answer = pool.run(named.with_values_block(query.text, query.bind({"subject": iri})), "json")
    if answer.status != 200:
        raise CcmGraphError(answer.body.decode("utf-8", errors="replace").strip())
    return list(json.loads(answer.body)["results"]["bindings"])


def _provenance(pool: Runs, iri: str) -> list[dict[str, dict[str, str]]]:
    query = named.get("provenance")
    answer = pool.run(named.with_values_block(query.text, query.bind({"subject": iri})), "json")
    return list(json.loads(answer.body)["results"]["bindings"]) if answer.status == 200 else []


def entity_page(pool: Runs, iri: str) -> Answer:
    """One entity: label, types, every statement with the graph that holds it, what points at
    it, the quoted passages it comes from, and the named queries that take it."""
    try:
        term = named.to_term(named.Param("iri", "iri"), iri)
        facts = _select(pool, "entity_facts.rq", str(term))
        links = _select(pool, "entity_links.rq", str(term))
        quotes = _provenance(pool, str(term))
    except CcmGraphError as exc:
        return Answer(400, "text/plain", f"{exc}\n".encode())
    if not facts and not links:
        body = f"<h1>Not in the store</h1><p><code>{html.escape(iri)}</code> is not the subject or object of any fact.</p>"
        return _html(404, iri, body)
    label = next((_value(f["value"]) for f in facts if _local(f["property"]["value"]) in
                  ("label", "prefLabel", "name")), _local(iri))
    types = sorted({f["value"]["value"] for f in facts if f["property"]["value"] == RDF_TYPE})
    parts = [f"<h1>{html.escape(label)}</h1><p class='iri'><code>{html.escape(iri)}</code></p>",
             "<p class='types'>" + " ".join(f"<span class='type'>{_link(t, _local(t))}</span>" for t in types) + "</p>",
             _queries_section(iri, types), _facts_section(facts), _links_section(links), _quotes_section(quotes)]
    return _html(200, label, "".join(parts))


def _queries_section(iri: str, types: list[str]) -> str:
    classes = {t[len(ONTOLOGY):] for t in types if t.startswith(ONTOLOGY)}
    items = []
    for q in named.catalogue().values():
        for p in q.params.values():
            wanted = TAKES.get(p.kind, set())
            if p.kind not in TAKES or (wanted is not None and not wanted & classes):
                continue
            value = iri.rsplit("/", 1)[-1] if p.kind == "convention" else iri
            href = f"/?query={quote(q.name)}&{quote(p.name)}={quote(value, safe='')}&run=1"
            items.append(f"<li><a href='{html.escape(href)}'>{html.escape(q.name)}</a> "
                         f"<span class='doc'>({html.escape(p.name)}) {html.escape(q.summary)}</span></li>")
            break
    return "<h2>Named queries that take it</h2><ul class='queries'>" + "".join(items) + "</ul>" if items else ""


def _facts_section(facts: list[dict[str, dict[str, str]]]) -> str:
    """One row per statement, with every document or table that states it."""
    grouped: dict[tuple[str, str], tuple[str, list[str]]] = {}
    for f in facts:
        value = f["value"]
        shown = _link(value["value"], f.get("value_label", {}).get("value") or value["value"]) \
            if value["type"] == "uri" else html.escape(_value(value))
        graph = f["graph"]["value"]
        source = f.get("graph_source", {}).get("value")
        where = _link(graph, f.get("graph_file", {}).get("value") or _local(graph)) + (
            f" (<a class='source' href='{html.escape(source)}'>source</a>)" if source else "")
        key = (f["property"]["value"], value["type"] + value["value"])
        grouped.setdefault(key, (shown, []))[1].append(where)
    rows = [f"<tr><td>{_link(prop, _local(prop))}</td><td>{shown}</td><td>{', '.join(sources)}</td></tr>"
            for (prop, _v), (shown, sources) in grouped.items()]
    return ("<h2>Facts</h2><table class='facts'><tr><th>property</th><th>value</th><th>stated in</th></tr>"
            + "".join(rows) + "</table>") if rows else ""


def _links_section(links: list[dict[str, dict[str, str]]]) -> str:
    rows = [f"<tr><td>{_link(b['thing']['value'], b.get('thing_label', {}).get('value') or _local(b['thing']['value']))}</td>"
            f"<td>{html.escape(_local(b.get('thing_type', {}).get('value', '')))}</td>"
            f"<td>{html.escape(_local(b['property']['value']))}</td></tr>" for b in links]
    return ("<h2>Pointed at by</h2><table class='links'><tr><th>what</th><th>type</th><th>as</th></tr>"
            + "".join(rows) + "</table>") if rows else ""


def _quotes_section(quotes: list[dict[str, dict[str, str]]]) -> str:
    rows = []
    for b in quotes:
        document = b["document"]["value"]
        name = b.get("file", {}).get("value") or _local(document)
        line = b.get("line", {}).get("value")
        rows.append(f"<tr><td>{_link(document, name)}{' line ' + html.escape(line) if line else ''}</td>"
                    f"<td><q>{html.escape(b['quote']['value'])}</q></td></tr>")
    return ("<h2>Sources</h2><table class='quotes'><tr><th>document</th><th>passage</th></tr>"
            + "".join(rows) + "</table>") if rows else ""


# -- helpers -------------------------------------------------------------------------------
def _link(iri: str, text: str) -> str:
    return f"<a href='/entity?iri={quote(iri, safe='')}'>{html.escape(text)}</a>"


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1] if iri else ""


def _value(term: dict[str, str]) -> str:
    return term["value"]


def _template(name: str) -> str:
    return resources.files("ccmgraph").joinpath(f"templates/{name}").read_text(encoding="utf-8")


def _html(status: int, title: str, body: str) -> Answer:
    page = _template("entity.html").replace("__TITLE__", html.escape(title)).replace("__BODY__", body)
    return Answer(status, "text/html; charset=utf-8", page.encode("utf-8"))


def _json(status: int, data: object) -> Answer:
    return Answer(status, "application/json; charset=utf-8", json.dumps(data, ensure_ascii=False).encode("utf-8"))
