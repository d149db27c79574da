"""The Python API: typed rows, ad-hoc SPARQL, entity helpers."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import URIRef

from ccmgraph import KnowledgeGraph, QueryError

ID = "https://w3id.org/ccmgraph/id/"


def test_rows_are_typed_and_become_dicts(kg: KnowledgeGraph) -> None:
    rows = kg.query("meeting_attendance", meeting="2016-03-03")
    first = rows.to_dicts()[0]
    assert isinstance(first["meeting_date"], dt.date) and first["meeting_date"] == dt.date(2016, 3, 3)
    assert isinstance(first["party"], URIRef) and str(first["party"]).startswith(ID)
    assert {r["status"] for r in rows} == {"present", "apologies_received", "apologies_not_received"}
    assert rows.columns[:7] == ["meeting", "meeting_date", "party", "party_label", "status", "person", "person_name"]


def test_rows_become_a_dataframe_where_pandas_is_installed(kg: KnowledgeGraph) -> None:
    rows = kg.query("coordinators", year=2016)
    pytest.importorskip("pandas")
    frame = rows.to_dataframe()
    assert list(frame.columns) == rows.columns and len(frame) == len(rows)


def test_sparql_runs_reads_and_refuses_updates(kg: KnowledgeGraph) -> None:
    rows = kg.sparql("PREFIX ccm: <https://w3id.org/ccmgraph/ontology#> "
                     "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ccm:CoordinationCommitteeMeeting }")
    assert rows[0]["n"] >= 4
    before = len(kg.store)
    with pytest.raises(QueryError):
        kg.sparql("DELETE WHERE { ?s ?p ?o }")
    assert len(kg.store) == before


def test_a_states_mandates_meetings_obligations_and_statements(kg: KnowledgeGraph) -> None:
    themes = {(r["role"], r["theme_label"]) for r in kg.mandates("Australia")}
    assert ("Coordinator", "Victim Assistance") in themes
    assert kg.mandates("AUS").to_dicts() == kg.mandates(f"{ID}state/AUS").to_dicts()
    meetings = kg.meetings_attended("Austria")
    assert dt.date(2016, 3, 3) in meetings.column("meeting_date")
    assert all(s in {"present", "apologies_received", "apologies_not_received"} for s in meetings.column("status"))
    delegate = kg.meetings_attended("Hugh Watson")
    assert delegate.column("as") == ["delegate"] * len(delegate) and len(delegate) >= 1
    obligations = kg.obligations("Mozambique")
    assert len(obligations) > 0 and {str(p) for p in obligations.column("party")} == {f"{ID}state/MOZ"}
    statements = kg.statements("Germany")
    assert any("UNGA" in (t or "") for t in statements.column("title"))


def test_an_unknown_actor_is_a_clear_error(kg: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="not a known State"):
        kg.mandates("Xyzzy Republic of Nowhere 42")
    assert len(kg.mandates(f"{ID}state/ATA")) == 0
