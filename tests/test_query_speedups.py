"""Parameters bound so the store looks the value up first: a given value gives exactly the rows
of the whole-store query that carry it, `#?` patterns apply only when their parameters are
bound, and no query compares an optional parameter in a filter where a pattern would do."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.plugins.sparql import prepareQuery

from ccmgraph import KnowledgeGraph

from ccmgraph.query import named as queries
from ccmgraph.errors import QueryError

ID = "https://w3id.org/ccmgraph/id/"


@pytest.fixture(scope="module")
def kg(built_store: Path):  # type: ignore[no-untyped-def]
    with KnowledgeGraph(built_store) as graph:
        yield graph


def rows(kg: KnowledgeGraph, name: str, **params: object) -> Counter[tuple[str, ...]]:
    return Counter(tuple(str(v) for v in r.values()) for r in kg.query(name, **params))


def where(kg: KnowledgeGraph, name: str, column: str, value: str) -> Counter[tuple[str, ...]]:
    found = kg.query(name)
    return Counter(tuple(str(v) for v in r.values()) for r in found if str(r[column]) == value)


@pytest.mark.parametrize("name", ["coordinators", "obligations", "obligations_fulfilled", "presidencies",
                                  "network_coordinators", "aligned_obligations", "action_plans"])
@pytest.mark.parametrize("convention", ["ccm", "apmbc"])
def test_a_convention_gives_the_rows_of_that_convention(kg: KnowledgeGraph, name: str, convention: str) -> None:
    expected = where(kg, name, "convention", convention)
    assert rows(kg, name, convention=convention) == expected
    if name in ("coordinators", "obligations", "presidencies"):
        assert expected, f"the corpus has {name} rows under {convention}"


def test_a_state_gives_the_rows_of_that_state(kg: KnowledgeGraph) -> None:
    for name in ("obligations", "aligned_deadlines"):
        for state in ("Chile", "LAO"):
            expected = where(kg, name, "party", ID + "state/" + ("CHL" if state == "Chile" else "LAO"))
            assert rows(kg, name, party=state) == expected
    assert where(kg, "obligations", "party", ID + "state/LAO")


@pytest.mark.parametrize("name", ["meeting_attendance", "meeting_commitments"])
@pytest.mark.parametrize("given", ["2016-03-03", ID + "meeting/cc/2016-03-03", "2016-04-28", "1999-01-01"])
def test_a_meeting_by_date_or_iri_gives_that_meetings_rows(kg: KnowledgeGraph, name: str, given: str) -> None:
    everything = kg.query(name)
    expected = Counter(tuple(str(v) for v in r.values()) for r in everything
                       if given in (str(r["meeting"]), str(r["meeting_date"])))
    assert rows(kg, name, meeting=given) == expected
    if "2016-03-03" in given:
        assert expected


@pytest.mark.parametrize("name", ["commitments_fulfilled", "network_attendance", "network_org_state", "meetings"])
def test_a_convention_of_the_meeting_keeps_its_meetings(kg: KnowledgeGraph, name: str) -> None:
    """Where the convention is no column: the rows whose meeting (or context's meeting) belongs to it."""
    of_convention = {str(r["meeting"]) for r in kg.query("meetings", convention="ccm")}
    others = {str(r["meeting"]) for r in kg.query("meetings")} - of_convention
    assert of_convention and others  # the corpus has meetings of both kinds (and without convention)
    everything = kg.query(name)
    key = {"network_org_state": "context"}.get(name, "meeting")
    given = kg.query(name, convention="ccm")
    if name == "meetings":
        assert {str(r["meeting"]) for r in given} == of_convention
        assert {r["convention"] for r in given} == {"ccm"}
        return
    if name == "network_org_state":  # a context is a meeting or names one; years and labels come along
        assert 0 < len(given) <= len(everything)
        assert {r["context"] for r in given} <= {r["context"] for r in everything}
        return
    expected = Counter(tuple(str(v) for v in r.values()) for r in everything if str(r[key]) in of_convention)
    assert Counter(tuple(str(v) for v in r.values()) for r in given) == expected


def test_when_bound_lines_apply_only_with_their_parameters() -> None:
    named = queries.get("commitments_fulfilled")
    plain = queries.with_values_block(named.text, named.bind({}))
    assert plain == named.text and "#? ?meeting ccm:convention ?__convention ." in plain
    bound = queries.with_values_block(named.text, named.bind({"convention": "ccm"}))
    assert "\n?meeting ccm:convention ?__convention .\n" in bound and "#?" not in bound
    prepareQuery(bound)
    meeting = queries.get("meeting_attendance")
    by_iri = queries.with_values_block(meeting.text, meeting.bind({"meeting": ID + "meeting/cc/2016-03-03"}))
    assert "#? ?__meeting schema:startDate ?__meeting_date ." in by_iri  # no date given: stays a comment
    by_date = queries.with_values_block(meeting.text, meeting.bind({"meeting": "2016-03-03"}))
    assert re.search(r"^\s*\?__meeting schema:startDate \?__meeting_date \.$", by_date, re.MULTILINE)


def test_a_when_bound_line_must_name_a_parameter(tmp_path: Path) -> None:
    query = tmp_path / "loose.rq"
    query.write_text("#+ summary: x\n#+ columns: [s]\nSELECT ?s WHERE {\n#? ?s ?p ?o .\n  ?s ?p ?o }\n")
    with pytest.raises(QueryError, match="loose.rq"):
        queries.parse(query)


def test_hostile_values_stay_terms_in_when_bound_lines() -> None:
    named = queries.get("commitments_fulfilled")
    text = queries.with_values_block(named.text, {"__convention": URIRef("http://x/a"), "__x": Literal("} #? DROP")})
    assert text.count("DROP") == 1 and '"} #? DROP"' in text


@pytest.mark.parametrize("named", sorted(queries.catalogue().values(), key=lambda q: q.name), ids=lambda q: q.name)
def test_no_optional_parameter_is_compared_in_a_filter(named: queries.NamedQuery) -> None:
    """`FILTER (!BOUND(?__x) || ?v = ?__x)` cannot be pushed down: such parameters are patterns."""
    compared = re.findall(r"!BOUND\(\?__\w+\)\s*\|\|\s*\(?\s*\?\w+\s*=\s*\?__\w+", named.text)
    assert not compared, compared
