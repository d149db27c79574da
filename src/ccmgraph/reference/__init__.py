"""The cross-convention backbone: curated reference tables mapped to one named graph each.

`ingest/reference/tables.yml` lists the tables and the family that maps each; every table
becomes a ccm:ReferenceTable document whose IRI is the SHA-256 of the file's bytes, with one
ccm:Quote per row and facts derived from those quotes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import yaml
from rdflib import Graph, URIRef

from ccmgraph.errors import InputError
from ccmgraph.paths import ingest_dir
from ccmgraph.reference.compliance import map_extensions, map_hosting, map_withdrawals
from ccmgraph.reference.context import TableGraph
from ccmgraph.reference.holders import map_holders
from ccmgraph.reference.instruments import map_articles, map_conventions, map_eif_rules, map_obligations
from ccmgraph.reference.mandates import map_mandates
from ccmgraph.reference.meetings import map_meetings
from ccmgraph.reference.participations import map_participations
from ccmgraph.reference.plans import map_action_plans, map_actions
from ccmgraph.reference.reports import map_reports
from ccmgraph.reference.tables import Row, read_table
from ccmgraph.reference.themes import map_themes
from ccmgraph.reference.votes import map_votes

FAMILIES: dict[str, Callable[[TableGraph, Row], None]] = {
    "conventions": map_conventions,
    "eif_rules": map_eif_rules,
    "articles": map_articles,
    "obligations": map_obligations,
    "themes": map_themes,
    "meetings": map_meetings,
    "action_plans": map_action_plans,
    "actions": map_actions,
    "mandates": map_mandates,
    "holders": map_holders,
    "participations": map_participations,
    "article7_reports": map_reports,
    "extension_requests": map_extensions,
    "withdrawals": map_withdrawals,
    "votes": map_votes,
    "isu_hosts": map_hosting,
}


def reference_folder() -> Path:
    return ingest_dir() / "reference"


def table_list(folder: Path) -> dict[str, dict[str, str]]:
    manifest = folder / "tables.yml"
    try:
        data = yaml.safe_load(manifest.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{manifest.name}: cannot be read ({exc})") from None
    tables: dict[str, dict[str, str]] = data.get("tables") or {}
    for name, spec in tables.items():
        if spec.get("family") not in FAMILIES:
            raise InputError(f"{manifest.name}: table {name} has unknown family {spec.get('family')!r}")
    return tables


def table_graph(folder: Path, name: str, title: str, family: str) -> TableGraph:
    """Map one table; any bad row rejects the whole table with the row's line in the message."""
    ctx = TableGraph(read_table(folder / name), title, folder)
    for row in ctx.table.rows:
        FAMILIES[family](ctx, row)
    return ctx


def reference_graphs(folder: Path | None = None) -> Iterator[tuple[URIRef, Graph]]:
    """(document IRI, graph) of each reference table, in the order tables.yml lists them."""
    root = folder or reference_folder()
    for name, spec in table_list(root).items():
        ctx = table_graph(root, name, spec.get("title", name), spec["family"])
        yield ctx.iri, ctx.graph
