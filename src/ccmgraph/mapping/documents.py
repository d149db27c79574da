"""What a source is, who published it and which extraction read it (DCTERMS and PROV-O).

A document's own node says what it is (title, publisher, URL, media type as IRIs where the
DCTERMS ranges are classes); an extraction activity says which ingester of which version
read it, so that a graph can be traced to the code that wrote it. Titles and publishers come
from ingest/sources.yml when the document is one of the bundled sources.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV

from ccmgraph import iris
from ccmgraph.mapping.literals import text
from ccmgraph.mapping.sourcegraph import SourceGraphWriter
from ccmgraph.namespaces import CCM
from ccmgraph.paths import ingest_dir

MEDIA_TYPES = "https://www.iana.org/assignments/media-types/"
VERSION = "0.1.0"  # ccmgraph's version (ccmgraph.__version__), named here to avoid an import loop


@cache
def bundled(folder: Path | None = None) -> dict[str, dict[str, Any]]:
    """sources.yml entries by sha256 and by file name (reference rows cite documents by name)."""
    path = (folder or ingest_dir()) / "sources.yml"
    if not path.exists():
        return {}
    entries = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("documents") or []
    index: dict[str, dict[str, Any]] = {}
    for entry in entries:
        if entry.get("sha256"):
            index[entry["sha256"]] = entry
        index[Path(entry["file"]).name] = entry
    return index


def cited_source(value: str) -> URIRef | None:
    """What a row's source cell names: a URL, or a bundled document by file name; else None."""
    value = value.strip()
    if value.startswith(("http://", "https://")):
        return URIRef(value.replace(" ", "%20"))
    entry = bundled().get(value)
    if entry and entry.get("sha256"):
        return iris.document(entry["sha256"])
    return None


def publisher(ctx: SourceGraphWriter, name: str) -> URIRef:
    """A publisher as an agent node named as sources.yml names it (a note in brackets dropped)."""
    label = re.sub(r"\s*\([^)]*\)", "", name).strip() or name
    node = URIRef(f"{iris.BASE}publisher/{iris.slug(label)}")
    ctx.add(node, RDF.type, FOAF.Agent)
    ctx.add(node, RDFS.label, text(label))
    return node


def describe_source(ctx: SourceGraphWriter, node: URIRef, sha256: str, *, title: str | None,
                    media_type: str, url: str | None) -> None:
    """Title, publisher, URL and format of a source; sources.yml wins over what was guessed."""
    entry = bundled().get(sha256) or {}
    ctx.add(node, DCTERMS.title, text(entry.get("title") or title or ""))
    if entry.get("publisher"):
        ctx.add(node, DCTERMS.publisher, publisher(ctx, entry["publisher"]))
    if url or entry.get("source_url"):
        ctx.add(node, DCTERMS.source, cited_source(url or entry["source_url"]))
    ctx.add(node, DCTERMS.format, URIRef(MEDIA_TYPES + media_type))


def describe_extraction(ctx: SourceGraphWriter, node: URIRef, kind: str) -> None:
    """The activity that read the source, and the ingester (software agent) that ran it."""
    activity = URIRef(f"{node}/extraction")
    agent = URIRef(f"{iris.BASE}software/ccmgraph/{iris.slug(kind)}")
    ctx.add(activity, RDF.type, CCM.Extraction)
    ctx.add(activity, PROV.used, node)
    ctx.add(activity, PROV.wasAssociatedWith, agent)
    ctx.add(agent, RDF.type, PROV.SoftwareAgent)
    ctx.add(agent, RDFS.label, Literal(f"ccmgraph {kind} reader"))
    ctx.add(agent, CCM.softwareVersion, Literal(VERSION))
