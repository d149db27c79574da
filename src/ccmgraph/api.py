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

from ccmgraph.query import named as queries
from ccmgraph.errors import QueryError
from ccmgraph.pipeline import Outcome, ingest_paths
from ccmgraph.records import PartialDate
from ccmgraph.store.remote import remote_answer, remote_select
from ccmgraph.network.actors import actor_iri
from ccmgraph.query.results import Rows
from ccmgraph.store.oxigraph import Store
from ccmgraph.query.answers import Answer, from_oxigraph
from ccmgraph.query.guard import query_form
from rdflib import Graph, URIRef


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
        from ccmgraph.build import build

        return build(self._local(), progress)

    def ingest(self, paths: Iterable[str | Path], kind: str | None = None,
               meeting_date: PartialDate | None = None,
               progress: Callable[[Outcome], None] | None = None) -> list[Outcome]:
        from ccmgraph.build import ONTOLOGY_GRAPH, load_ontology

        store = self._local()
        with store.loading():  # an empty store is filled in bulk, ontology and documents at once
            if ONTOLOGY_GRAPH not in store.graphs():  # queries read class slugs and labels from it
                load_ontology(store)
            return ingest_paths(store, [Path(p) for p in paths], kind, meeting_date, progress)

    # -- querying ----------------------------------------------------------------------------
    def query(self, name: str, **params: Any) -> Rows:
        """Run a named query; parameters are bound as RDF terms of their declared kind."""
        named = queries.get(name)
        text = queries.with_values_block(named.text, named.bind(params))
        if self.endpoint is not None:
            return remote_select(self.endpoint, text)
        return self._select(text)

    def sparql(self, text: str) -> Answer:
        """Run an ad-hoc read query: SELECT gives rows, ASK a bool, CONSTRUCT and DESCRIBE an
        rdflib Graph. Updates are refused; a syntax error names its line and column.

        >>> kg = KnowledgeGraph(None); _ = kg.build()
        >>> kg.sparql("ASK { <https://w3id.org/ccmgraph/id/state/AUS> ?p ?o }")
        True
        >>> len(kg.sparql("DESCRIBE <https://w3id.org/ccmgraph/id/state/AUS>")) >= 3
        True
        """
        form = query_form(text)
        if self.endpoint is not None:
            return remote_answer(self.endpoint, text, form)
        return from_oxigraph(self._local().select(text))

    def rdflib_graph(self, graph: str | None = None) -> Graph:
        """The store as an rdflib Graph (through oxrdflib, no copy): the union of all named
        graphs, or one named graph. Read it with rdflib's API; write with `ingest`.

        >>> kg = KnowledgeGraph(None); _ = kg.build()
        >>> from rdflib import URIRef, RDFS
        >>> str(kg.rdflib_graph().value(URIRef("https://w3id.org/ccmgraph/id/state/AUS"), RDFS.label))
        'Australia'
        """
        from oxrdflib import OxigraphStore
        from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

        store = OxigraphStore(store=self._local().oxigraph)
        return Graph(store=store, identifier=URIRef(graph) if graph else DATASET_DEFAULT_GRAPH_ID)

    # -- actors ------------------------------------------------------------------------------
    def mandates(self, actor: str) -> Rows:
        """The mandates an actor (IRI, ISO3 code or name) held.

        >>> kg = KnowledgeGraph(None); _ = kg.build()
        >>> sorted({r["theme_label"] for r in kg.mandates("Australia")})
        ['International Cooperation and Assistance', 'Victim Assistance']
        """
        return self.query("actor_mandates", actor=actor_iri(actor))

    def meetings_attended(self, actor: str) -> Rows:
        """Meetings where an actor was listed, as party or delegate, with the status recorded."""
        return self.query("actor_meetings", actor=actor_iri(actor))

    def obligations(self, state: str) -> Rows:
        """A State's obligations, deadlines and fulfilment (the `obligations` named query)."""
        return self.query("obligations", party=actor_iri(state))

    def statements(self, actor: str) -> Rows:
        """Statements an actor made, as minutes and news report them."""
        return self.query("actor_statements", actor=actor_iri(actor))

    # -- networks and traversal (network.py, network_paths.py) -------------------------------
    def network(self, kind: str, convention: str | None = None, theme: str | None = None,
                start: Any = None, end: Any = None) -> Any:
        """A networkx graph: `coordinators`, `attendance`, `delegates` or `org-state`.

        >>> kg = KnowledgeGraph(None); _ = kg.build()
        >>> g = kg.network("coordinators", convention="ccm", start=2016, end=2016)
        >>> g.nodes["https://w3id.org/ccmgraph/id/state/AUS"]["label"], g.graph["node_weight"][:19]
        ('Australia', 'mandate-years held ')
        """
        from ccmgraph.network.kinds import network

        return network(self.query, kind, convention, theme, start, end)

    def ego_network(self, actor: str, kind: str = "coordinators", radius: int = 1, **filters: Any) -> Any:
        """An actor and its neighbours within `radius` steps in one network."""
        from ccmgraph.network.paths import ego

        return ego(self.network(kind, **filters), actor, radius)

    def shortest_path(self, source: str, target: str, via: str = "any", **filters: Any) -> list[dict[str, Any]]:
        """The fewest hops between two actors through shared `mandates`, `meetings`, or `any`.

        >>> kg = KnowledgeGraph(None); _ = kg.build()
        >>> [(h["from_label"], h["to_label"]) for h in kg.shortest_path("Hugh Watson", "Iraq", via="mandates")]
        [('Hugh Watson', 'Australia'), ('Australia', 'Iraq')]
        """
        from ccmgraph.network.paths import joined, shortest_path

        kinds = {"mandates": ["coordinators"], "meetings": ["attendance", "delegates"],
                 "any": ["coordinators", "attendance", "delegates"]}
        if via not in kinds:
            raise QueryError(f"via must be one of {', '.join(kinds)}; got {via!r}")
        graph = joined([self.network(kind, **filters) for kind in kinds[via]])
        return shortest_path(graph, source, target)

    def centrality(self, kind: str = "coordinators", measure: str = "degree", top: int | None = 10,
                   **filters: Any) -> list[dict[str, Any]]:
        """Actors of a network ranked by `degree`, `strength`, `betweenness`, `closeness` or `eigenvector`.

        >>> kg = KnowledgeGraph(None); _ = kg.build()
        >>> kg.centrality("coordinators", "strength", top=1)[0]["label"]
        'Australia'
        """
        from ccmgraph.network.paths import centrality

        return centrality(self.network(kind, **filters), measure, top)

    def _select(self, text: str) -> Rows:
        answer = from_oxigraph(self._local().select(text))
        if not isinstance(answer, Rows):
            raise QueryError("a named query must be a SELECT")
        return answer
