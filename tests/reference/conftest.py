"""Load the reference graphs into a pyoxigraph store once, and run named queries against it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from ccmgraph.query.named import parse, with_values_block
from ccmgraph.reference import reference_graphs
from ccmgraph.query.terms import to_ox

QUERIES = Path(__file__).resolve().parents[2] / "queries"


def load(store: ox.Store, graphs: Any) -> None:
    for iri, graph in graphs:
        name = ox.NamedNode(str(iri))
        store.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in graph)


def run(store: ox.Store, name: str, **params: Any) -> list[dict[str, str | None]]:
    """Rows of a named query as {column: lexical value}, parameters bound as terms."""
    query = parse(QUERIES / f"{name}.rq")
    text = with_values_block(query.text, query.bind(params))  # as KnowledgeGraph.query binds them
    result = store.query(text, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in result]


@pytest.fixture(scope="session")
def store() -> ox.Store:
    s = ox.Store()
    load(s, reference_graphs())
    return s
