"""Quality-control queries (queries/checks/*-violation.rq) return no rows on the built corpus (ODK style)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph import KnowledgeGraph
from ccmgraph.paths import queries_dir

CHECKS = sorted((queries_dir() / "checks").glob("*-violation.rq"))


def test_there_are_checks() -> None:
    assert len(CHECKS) >= 3


@pytest.mark.parametrize("check", CHECKS, ids=lambda p: p.stem)
def test_check_finds_nothing(check: Path, built_store: Path) -> None:
    with KnowledgeGraph(built_store) as kg:
        rows = kg.sparql(check.read_text(encoding="utf-8")).to_dicts()
    assert rows == [], f"{check.stem}: {rows[:5]}"


def test_checks_catch_what_they_look_for() -> None:
    """Each check fires on a hand-made violation, so a green run means something."""
    kg = KnowledgeGraph(None)
    kg.store.oxigraph.update("""
        PREFIX ccm: <https://w3id.org/ccmgraph/ontology#>
        INSERT DATA {
          <urn:a1> a ccm:Attendance ; ccm:meeting <urn:m> ; ccm:party <urn:p> ; ccm:status ccm:present .
          <urn:a2> a ccm:Attendance ; ccm:meeting <urn:m> ; ccm:party <urn:p> ; ccm:status ccm:apologiesReceived .
          <urn:p> a ccm:State .
        }""")
    fired = {c.stem for c in CHECKS if kg.sparql(c.read_text(encoding="utf-8")).to_dicts()}
    assert {"fact-without-provenance-violation", "attendance-conflict-violation",
            "unlabelled-actor-violation"} <= fired
