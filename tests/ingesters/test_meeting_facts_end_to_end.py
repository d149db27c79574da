"""Meeting-page and news facts kept from records to the contract queries (meetings, mandates).

Each test ingests a fixture through the real pipeline (detect, extract, resolve, map, validate,
store) and checks the query rows exactly: a fact the records hold must come out of the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ccmgraph import KnowledgeGraph

FIXTURES = Path(__file__).parents[1] / "fixtures"
ID = "https://w3id.org/ccmgraph/id/"


@pytest.fixture
def kg(tmp_path: Path) -> Iterator[KnowledgeGraph]:
    graph = KnowledgeGraph(str(tmp_path / "store"))
    yield graph
    graph.close()


def rows(kg: KnowledgeGraph, query: str, columns: tuple[str, ...]) -> set[tuple[str | None, ...]]:
    return {tuple(None if d.get(c) is None else str(d[c]) for c in columns) for d in kg.query(query).to_dicts()}


def test_protocol_v_conferences_keep_their_number_and_their_president(kg: KnowledgeGraph) -> None:
    """"13CONF" is not an MSP or a Review Conference: its node still carries its number, and the
    post of its President-designate is for it (both were lost between records and queries)."""
    outcome = kg.ingest([str(FIXTURES / "meeting_pages" / "p5-experts-2019-page.txt")])[0]
    assert (outcome.accepted, outcome.kind) == (True, "meeting-page")
    assert rows(kg, "meetings", ("meeting", "kind", "convention", "start", "end", "city", "number")) == {
        (f"{ID}meeting/hcp-conference/ccw-p5-13conf", "conference", "ccw-p5", None, None, None, "13"),
        (f"{ID}meeting/hcp-conference/ccw-p5-12conf", "conference", "ccw-p5", "2018", "2018", None, "12"),  # held within 2018
        (f"{ID}meeting/experts/ccw-p5-2019", "meeting-of-experts", "ccw-p5", "2019-08-23", "2019-08-23",
         "Geneva", None),
    }
    assert rows(kg, "mandates", ("convention", "role", "holder", "holder_kind", "meeting")) == {
        ("ccw-p5", "president-designate", f"{ID}person/terhi-hakala", "person",
         f"{ID}meeting/hcp-conference/ccw-p5-13conf"),
        ("ccw-p5", "president-designate", f"{ID}state/FIN", "state", f"{ID}meeting/hcp-conference/ccw-p5-13conf"),
    }
