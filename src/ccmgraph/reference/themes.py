"""Themes as SKOS concepts, one concept scheme per convention, aligned by skos:closeMatch."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import SKOS

from ccmgraph import iris
from ccmgraph.errors import InputError
from ccmgraph.mapping.themes import FOREIGN_LABELS
from ccmgraph.namespaces import CCM
from ccmgraph.reference.context import TableGraph
from ccmgraph.reference.instruments import align
from ccmgraph.reference.tables import Row, read_table


def map_themes(ctx: TableGraph, row: Row) -> None:
    convention, key = row.get("convention"), row.get("key")
    node = ctx.thing(iris.theme(convention, key), CCM.Theme, row)
    scheme = iris.theme_scheme(convention)
    ctx.add(scheme, RDF.type, SKOS.ConceptScheme)
    ctx.add(scheme, SKOS.prefLabel, Literal(f"Themes of the {convention.upper()}"))
    ctx.add(node, RDF.type, SKOS.Concept)
    ctx.add(node, SKOS.inScheme, scheme)
    ctx.add(node, SKOS.notation, Literal(key))
    ctx.text(node, SKOS.prefLabel, row.get("label"))
    for alt in row.many("alt_labels"):
        ctx.add(node, SKOS.altLabel, Literal(alt))
    for lang, column in FOREIGN_LABELS.items():
        for name in row.many(column):
            ctx.add(node, SKOS.altLabel, Literal(name, lang=lang))
    if row.get("article"):
        if (convention, row.get("article")) not in article_keys(ctx.folder):
            raise InputError(f"{row.table} line {row.line}: article {convention}:{row.get('article')} is not in articles.csv")
        ctx.add(node, CCM.article, iris.article(convention, row.get("article")))
    align(ctx, node, row, iris.theme)


@cache
def article_keys(folder: Path) -> frozenset[tuple[str, str]]:
    return frozenset((row.get("convention"), row.get("number")) for row in read_table(folder / "articles.csv").rows)


@cache
def theme_keys(folder: Path) -> frozenset[tuple[str, str]]:
    return frozenset((row.get("convention"), row.get("key")) for row in read_table(folder / "themes.csv").rows)


def theme(ctx: TableGraph, row: Row, convention: str) -> URIRef | None:
    """The theme a row names by key; a key themes.csv does not define is bad input."""
    key = row.get("theme")
    if not key:
        return None
    if (convention, key) not in theme_keys(ctx.folder):
        raise InputError(f"{row.table} line {row.line}: theme {convention}:{key} is not in themes.csv")
    return iris.theme(convention, key)
