"""`ccmgraph check --reason`: HermiT over ontology + data, contradictions traced to their facts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import run_cli
from ccmgraph.validate.reason import check

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("java") is None,
                                 reason="HermiT needs Java (apt-get install default-jre-headless); CI installs it")]
ROOT = Path(__file__).resolve().parents[2]
CCM = "https://w3id.org/ccmgraph/ontology#"
NLD = ox.NamedNode("https://w3id.org/ccmgraph/id/state/NLD")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _facts(*extra: ox.Triple) -> list[ox.Triple]:
    quads = [*ox.parse(path=str(ROOT / "ontology" / "ccm.ttl"), format=ox.RdfFormat.TURTLE),
             *ox.parse(path=str(ROOT / "tests" / "fixtures" / "sample-data.ttl"), format=ox.RdfFormat.TURTLE)]
    return [q.triple for q in quads] + list(extra)


def test_ontology_and_sample_are_consistent() -> None:
    assert check(_facts()) == []


def test_a_state_typed_as_a_person_is_traced_to_its_facts() -> None:
    wrong = ox.Triple(NLD, TYPE, ox.NamedNode(CCM + "Person"))
    findings = check(_facts(wrong))
    assert [f.kind for f in findings] == ["contradiction"]
    facts = findings[0].facts
    assert wrong in facts and ox.Triple(NLD, TYPE, ox.NamedNode(CCM + "State")) in facts
    assert len(facts) < 40  # the facts involved, not the sample


def test_a_literal_hermit_cannot_read_is_reported_and_left_out() -> None:
    bad = ox.Triple(NLD, ox.NamedNode("http://xmlns.com/foaf/0.1/name"),  # a datatype property (dcterms:source is an IRI now)
                    ox.Literal("https://example.org/são tomé", datatype=ox.NamedNode(
                        "http://www.w3.org/2001/XMLSchema#anyURI")))
    findings = check(_facts(bad))
    assert [(f.kind, f.facts) for f in findings] == [("malformed literal", (bad,))]


def test_the_command_reports_and_exits_by_verdict(tmp_path: Path) -> None:
    missing = run_cli("check", "--reason", store=tmp_path / "none")
    assert missing.returncode == 1 and "ccmgraph build" in missing.stderr
    bare = run_cli("check", store=tmp_path / "none")
    assert bare.returncode == 2 and "--reason" in bare.stderr
