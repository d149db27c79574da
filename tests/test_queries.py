"""Every named query: its header parses, its SPARQL parses, its projection starts with its columns,
and parameters are bound as RDF terms that no crafted value can break out of."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.sparql import prepareQuery

from ccmgraph.query import named as queries
from ccmgraph.errors import QueryError
from ccmgraph.store.oxigraph import Store

ALL = sorted(queries.catalogue().values(), key=lambda q: q.name)
CONTRACT = {
    "meeting_attendance": ["meeting", "meeting_date", "party", "party_label", "status", "person", "person_name"],
    "coordinators": ["convention", "theme_label", "party", "party_label", "start", "end", "source"],
    "provenance": ["document", "source_url", "quote"],
}


@pytest.mark.parametrize("named", ALL, ids=lambda q: q.name)
def test_query_header_and_projection(named: queries.NamedQuery) -> None:
    assert named.summary, f"{named.name} has no #+ summary"
    assert named.columns, f"{named.name} declares no #+ columns"
    projected = [str(v) for v in prepareQuery(named.text).algebra["PV"]]
    assert projected[: len(named.columns)] == list(named.columns)


@pytest.mark.parametrize("name,columns", sorted(CONTRACT.items()))
def test_contract_columns(name: str, columns: list[str]) -> None:
    assert list(queries.get(name).columns[: len(columns)]) == columns


def test_parameters_become_typed_terms() -> None:
    bound = queries.get("coordinators").bind({"convention": "apmbc", "year": "2016"})
    assert bound == {
        "__convention": URIRef("https://w3id.org/ccmgraph/id/convention/apmbc"),
        "__year": Literal(2016, datatype=XSD.integer),
    }
    # a meeting given by its date binds the date variable, one given by its IRI the meeting's
    by_date = queries.get("meeting_attendance").bind({"meeting": "2016-03-03"})
    assert by_date == {"__meeting_date": Literal("2016-03-03", datatype=XSD.date)}
    iri = "https://w3id.org/ccmgraph/id/meeting/cc/2016-03-03"
    assert queries.get("meeting_attendance").bind({"meeting": iri}) == {"__meeting": URIRef(iri)}


@pytest.mark.parametrize("name,params", [
    ("coordinators", {"year": "2016 || true"}),
    ("coordinators", {"convention": "ccm> } DROP ALL #"}),
    ("meeting_attendance", {"meeting": "2016-02-31"}),
    ("provenance", {"subject": "http://x/a b"}),
    ("provenance", {"subject": "<http://x/a>"}),
    ("provenance", {"subject": 'http://x/"}'}),
    ("coordinators", {"nosuch": "1"}),
    ("provenance", {}),
])
def test_bad_values_are_clear_errors(name: str, params: dict[str, str]) -> None:
    with pytest.raises(QueryError):
        queries.get(name).bind(params)


def test_string_values_cannot_change_the_query() -> None:
    """A hostile string bound as a literal matches nothing and leaves the store as it was."""
    store = Store(None)
    graph = Graph()
    graph.add((URIRef("http://x/s"), URIRef("http://x/p"), Literal("o")))
    store.replace_graph(URIRef("http://x/g"), graph)
    hostile = '"} ; DROP ALL ; SELECT * WHERE { ?s ?p "'
    text = queries.with_values_block("SELECT ?s WHERE { ?s ?p ?__v }", {"__v": Literal(hostile)})
    rows = list(store.select(text))
    assert rows == [] and len(store) == 1


def test_values_block_for_remote_endpoints() -> None:
    named = queries.get("coordinators")
    text = queries.with_values_block(named.text, named.bind({"year": 2016}))
    assert 'VALUES (?__year) { ("2016"^^<http://www.w3.org/2001/XMLSchema#integer>) }' in text
    prepareQuery(text)  # still a valid query
