"""The embedded store: a named graph is replaced whole, re-ingest changes nothing, one writer at a time."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from ccmgraph.errors import StoreError
from ccmgraph.store.oxigraph import Store

G = URIRef("https://w3id.org/ccmgraph/id/document/abc")


def _graph(*objects: str) -> Graph:
    graph = Graph()
    for o in objects:
        graph.add((URIRef("http://x/s"), URIRef("http://x/p"), Literal(o)))
    return graph


def test_replace_graph_swaps_content(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as store:
        store.replace_graph(G, _graph("a", "b"))
        store.replace_graph(G, _graph("c"))
        assert store.graph_size(G) == 1 and len(store) == 1
        assert store.graphs() == [G]


def test_store_persists_across_opens(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as store:
        store.replace_graph(G, _graph("a", 'quote " and \\ backslash'))
    with Store(tmp_path / "s") as store:
        assert store.graph_size(G) == 2


def test_second_writer_stops_with_a_message(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as first:
        first.replace_graph(G, _graph("a"))  # the writer lock is taken at the first write
        with pytest.raises(StoreError, match="in use by another ccmgraph process"):
            Store(tmp_path / "s", wait=0.3, mode="write")


def test_unwritable_location_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        Store(blocker / "store")


def _union_is_exact(store: Store) -> bool:
    """The default graph holds exactly the set union of the named graphs."""
    import pyoxigraph as ox

    default = {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    named = {q.triple for q in store.oxigraph if not isinstance(q.graph_name, ox.DefaultGraph)}
    return default == named


def test_rewriting_a_graph_keeps_the_union_exact(tmp_path: Path) -> None:
    other = URIRef("https://w3id.org/ccmgraph/id/document/other")
    with Store(tmp_path / "s") as store:
        store.replace_graph(G, _graph("a", "shared"))
        store.replace_graph(other, _graph("shared", "z"))
        store.replace_graph(G, _graph("a", "shared"))  # the same content again
        assert _union_is_exact(store) and len(store.oxigraph) == 3 + 4
        store.replace_graph(G, _graph("b"))  # "a" leaves the union, "shared" stays (other holds it)
        assert _union_is_exact(store)
        store.remove_graph(other)
        assert _union_is_exact(store) and len(store.oxigraph) == 2
