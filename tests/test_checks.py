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
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX schema: <https://schema.org/>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        INSERT DATA {
          <urn:a1> a ccm:Attendance ; ccm:meeting <urn:m> ; ccm:party <urn:p> ; ccm:status ccm:present .
          <urn:a2> a ccm:Attendance ; ccm:meeting <urn:m> ; ccm:party <urn:p> ; ccm:status ccm:apologiesReceived .
          <urn:p> a ccm:State .
          <urn:x> a ccm:Person ; foaf:name "Michael Biontino Germany" .
          <urn:m1> a ccm:MeetingOfStatesParties ; ccm:convention <https://w3id.org/ccmgraph/id/convention/ccm> ;
                   ccm:meetingNumber 7 .
          GRAPH <urn:source> {  # one source that dates the end before the start
            <urn:m1> schema:startDate "2017-09-06"^^xsd:date ; schema:endDate "2017-09-04"^^xsd:date . }
          <urn:m2> a ccm:MeetingOfStatesParties ; ccm:convention <https://w3id.org/ccmgraph/id/convention/ccm> ;
                   ccm:meetingNumber 7 .
          <https://w3id.org/ccmgraph/id/state/DEU> a ccm:State ; rdfs:label "Germany" .
          ccm:MeetingOfStatesParties rdfs:subClassOf ccm:Meeting .  # the ontology says so in a built store
        }""")
    fired = {c.stem for c in CHECKS if kg.sparql(c.read_text(encoding="utf-8")).to_dicts()}
    assert fired == {c.stem for c in CHECKS}
