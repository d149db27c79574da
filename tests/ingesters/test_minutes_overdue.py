"""Overdue reports in the prose of minutes, and the presidency an Immediate Past President held.

The fixture (tests/fixtures/minutes/prose/) is written here in the layout of the CCM
Coordination Committee's minutes, on facts of the public record: the Committee under the 8MSP
Presidency of Sri Lanka in August 2018, Germany its Immediate Past President, Benin a State Party
since 1 January 2018 whose initial report, due on 30 June 2018, came in 2019.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ccmgraph import KnowledgeGraph
from ccmgraph.document.read import read_bytes
from ccmgraph.ingesters.overdue.prose import prose_overdue
from ccmgraph.records import OverdueReport

FIXTURE = Path(__file__).parents[1] / "fixtures" / "minutes" / "prose" / "ccm-cc-2018-08-16-reporting.txt"
ID = "https://w3id.org/ccmgraph/id/"
HEAD = "CONVENTION ON CLUSTER MUNITIONS\nCOORDINATION COMMITTEE\n\n4. Reporting\n\nThe Coordinator reported on Article 7. "


def _overdue(sentence: str) -> set[tuple[str, str, str]]:
    doc = read_bytes((HEAD + sentence + "\n").encode(), "minutes.txt")
    return {(r.state.name, r.convention, r.report) for r in prose_overdue(doc, "cc-minutes", [])
            if isinstance(r, OverdueReport)}


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeGraph]:
    graph = KnowledgeGraph(str(tmp_path_factory.mktemp("store") / "store"))
    outcome = graph.ingest([str(FIXTURE)])[0]
    assert (outcome.accepted, outcome.kind) == (True, "cc-minutes")
    yield graph
    graph.close()


def rows(kg: KnowledgeGraph, query: str, columns: tuple[str, ...]) -> set[tuple[str | None, ...]]:
    return {tuple(None if d.get(c) is None else str(d[c]) for c in columns) for d in kg.query(query).to_dicts()}


def test_missed_deadline_in_minutes_is_an_overdue_report_and_received_ones_are_not(kg: KnowledgeGraph) -> None:
    # Lebanon, Ghana and Samoa "had since" sent theirs; Chile "had not missed" its deadline
    assert rows(kg, "overdue_reports", ("state", "convention", "report", "due", "as_of")) == {
        (f"{ID}state/BEN", "ccm", "initial", None, None)}  # no date the sentence does not give


def test_immediate_past_president_keeps_the_seat_and_held_a_presidency(kg: KnowledgeGraph) -> None:
    got = rows(kg, "mandates", ("role", "holder", "meeting", "start", "end"))
    states = {r for r in got if r[1].startswith(f"{ID}state/")}
    assert states == {
        ("president", f"{ID}state/LKA", f"{ID}meeting/msp/ccm-8msp", None, None),
        ("other", f"{ID}state/DEU", None, None, None),       # the Immediate Past President's seat
        ("president", f"{ID}state/DEU", None, None, None),   # its presidency: which meeting, not said here
    }
    # the 8MSP is chaired by its President only, never by the Immediate Past President
    chaired = {(m, p) for m, p in rows(kg, "meetings_chaired", ("meeting_name", "president_label"))}
    assert ("8MSP", "Germany") not in chaired


@pytest.mark.parametrize("sentence, expected", [
    ("Paraguay, a new State Party, had as of the previous week also missed its deadline for the "
     "submission of its initial report.", {("Paraguay", "ccm", "initial")}),
    ("Benin and Gambia have missed the deadline for submitting their initial transparency reports.",
     {("Benin", "ccm", "initial"), ("Gambia", "ccm", "initial")}),
    ("Samoa, which ratified in 2010, has missed its deadline for the submission of its annual report.",
     {("Samoa", "ccm", "annual")}),
])
def test_missed_deadline_forms(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert _overdue(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "A total of seven reports had since been received from Antigua and Barbuda, Lebanon, Ghana and Samoa.",
    "Chile had not missed its deadline for the submission of its annual report.",
    "Benin had never missed the deadline for the submission of its annual report.",
    "The Coordinator regretted that many States had missed their deadline for the submission of their "
    "initial reports.",  # no State named
    "Benin had missed the deadline for the registration of its delegation.",  # no report
])
def test_nothing_overdue(sentence: str) -> None:
    assert _overdue(sentence) == set()
