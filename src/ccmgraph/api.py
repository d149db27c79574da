"""`KnowledgeGraph`: the Python face of ccmgraph for notebooks and scripts.

>>> kg = KnowledgeGraph(None)          # an in-memory store
>>> [o.accepted for o in kg.build()][:2]
[True, True]
>>> rows = kg.query("coordinators", year=2016)
>>> len(rows) >= 8 and rows.columns[:3] == ["convention", "theme_label", "party"]
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from . import queries
from .pipeline import Outcome, ingest_paths
from .records import PartialDate
from .remote import remote_select
from .results import Rows
from .store import Store
from .termconv import to_rdflib


class KnowledgeGraph:
    """A store (local folder, in memory, or a remote endpoint) with named queries over it."""

    def __init__(self, store: str | Path | None = None, *, endpoint: str | None = None) -> None:
        self.endpoint = endpoint
        self.store: Store | None = None
        if endpoint is None:
            self.store = Store(Path(store) if store is not None else None)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _local(self) -> Store:
        if self.store is None:
            raise RuntimeError("this KnowledgeGraph reads a remote endpoint; open a local store to write")
        return self.store

    # -- building ----------------------------------------------------------------------------
    def build(self, progress: Callable[[Outcome], None] | None = None) -> list[Outcome]:
        from .build import build

        return build(self._local(), progress)

    def ingest(self, paths: Iterable[str | Path], kind: str | None = None,
               meeting_date: PartialDate | None = None) -> list[Outcome]:
        from .build import ONTOLOGY_GRAPH, load_ontology

        store = self._local()
        if ONTOLOGY_GRAPH not in store.graphs():  # queries read class slugs and labels from it
            load_ontology(store)
        return ingest_paths(store, [Path(p) for p in paths], kind, meeting_date)

    # -- querying ----------------------------------------------------------------------------
    def query(self, name: str, **params: Any) -> Rows:
        """Run a named query; parameters are bound as RDF terms of their declared kind."""
        named = queries.get(name)
        text = queries.with_values_block(named.text, named.bind(params))
        if self.endpoint is not None:
            return remote_select(self.endpoint, text)
        return self._select(text)

    def sparql(self, text: str) -> Rows:
        """Run an ad-hoc read query (SELECT, ASK gives one row `ask`)."""
        from .sparqlcheck import refuse_updates

        refuse_updates(text)
        if self.endpoint is not None:
            return remote_select(self.endpoint, text)
        return self._select(text)

    def _select(self, text: str) -> Rows:
        import pyoxigraph as ox

        result = self._local().select(text)
        if isinstance(result, bool):
            return Rows(["ask"], [{"ask": to_rdflib(ox.Literal(str(result).lower(),
                                    datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")))}])
        if not isinstance(result, ox.QuerySolutions):
            raise queries.QueryError("only SELECT and ASK queries return rows; use export for graphs")
        columns = [v.value for v in result.variables]
        rows = [{c: to_rdflib(sol[c]) for c in columns} for sol in result]
        return Rows(columns, rows)
