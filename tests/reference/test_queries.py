"""Each cross-convention query on the bundled reference data; expected rows read off the sources.

Where a row is listed here, the comment names the table rows (and their sources) it comes from.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from ccmgraph.query.named import parse
from ccmgraph.reference import reference_graphs

from .conftest import QUERIES, load, run

MINE = [
    "obligations", "reports_overdue", "mandates_two_conventions", "party_to_one_not_other",
    "theme_coordinators_aligned", "back_to_back_meetings", "deadlines_in_year", "actions_cited",
    "commitments_fulfilled", "action_plans", "aligned_obligations", "presidencies", "aligned_deadlines",
]
FIXTURE = Path(__file__).parent / "fixtures" / "cited_and_committed.ttl"
ID = "https://w3id.org/ccmgraph/id/"


@pytest.fixture(scope="module")
def with_documents() -> ox.Store:
    """Reference graphs plus a small document-like graph holding mentions and commitments."""
    store = ox.Store()
    load(store, reference_graphs())
    load(store, [(f"{ID}document/aaaa", Graph().parse(FIXTURE))])
    return store


@pytest.mark.parametrize("name", MINE)
def test_header_columns_lead_the_projection(name: str, with_documents: ox.Store) -> None:
    query = parse(QUERIES / f"{name}.rq")
    assert query.summary and "cross-convention" in query.tags
    params = {"date": "2016-03-03"} if name == "reports_overdue" else {"year": 2016} if name == "deadlines_in_year" else {}
    result = with_documents.query(
        __import__("ccmgraph.query.named", fromlist=["x"]).with_values_block(query.text, query.bind(params)),
        use_default_graph_as_union=True,
    )
    names = [v.value for v in result.variables]
    assert names[: len(query.columns)] == list(query.columns)


def test_obligations_contract_columns() -> None:
    assert parse(QUERIES / "obligations.rq").columns[:7] == (
        "party_label", "convention", "obligation", "deadline", "fulfilled", "derived", "source")
    params = parse(QUERIES / "obligations.rq").params
    assert set(params) == {"party", "convention"} and not any(p.required for p in params.values())


def test_obligations_keep_the_extended_deadline_beside_the_original(store: ox.Store) -> None:
    # Chile, APMBC: in force 1 Mar 2002 -> Art.5 ten years -> 1 Mar 2012 (derived);
    # the ISU (2014) states the (extended) deadline 1 Mar 2020 (obligation_holders.csv)
    rows = run(store, "obligations", party="Chile", convention="apmbc")
    clearance = {(r["deadline"], r["derived"]) for r in rows if r["obligation"] == "clearance"}
    assert clearance == {("2012-03-01", "true"), ("2020-03-01", "false")}


def test_mandates_under_two_conventions(store: ox.Store) -> None:
    # Austria: APMBC 1RC presidency (Petritsch, 2004) + CCM cooperation coordinator (2016);
    # Chile: APMBC 15MSP presidency 2016 + CCM victim-assistance coordinator 2016;
    # Norway: APMBC 2RC (Eckey 2009) and 4RC (Brattskar) + CCM clearance coordinator 2016
    assert [r["party_label"] for r in run(store, "mandates_two_conventions")] == ["Austria", "Chile", "Norway"]
    assert [r["party_label"] for r in run(store, "mandates_two_conventions", year=2016)] == ["Chile"]


def test_party_to_one_not_the_other(store: ox.Store) -> None:
    apmbc_only = {r["party_label"] for r in run(store, "party_to_one_not_other", convention="apmbc", other="ccm")}
    # Finland and Poland: APMBC accession/ratification rows, CCM rows without dates
    assert {"Finland", "Poland", "Greece"} <= apmbc_only
    assert not {"Paraguay", "Chile", "Austria"} & apmbc_only
    ccm_only = {r["party_label"] for r in run(store, "party_to_one_not_other")}  # defaults: ccm, not apmbc
    assert "Lebanon" in ccm_only and "Paraguay" not in ccm_only


def test_victim_assistance_coordinators_across_the_three_conventions(store: ox.Store) -> None:
    rows = run(store, "theme_coordinators_aligned", theme="victim-assistance")
    holders = {(r["convention"], r["holder_label"]) for r in rows}
    assert holders == {
        ("ccm", "Australia"), ("ccm", "Chile"), ("ccm", "Italy"),  # minutes 3 Mar 2016, news 2017
        ("apmbc", "Colombia"), ("apmbc", "Beatriz Londoño Soto"),  # 16MSP committee chair
        ("ccw-p5", "Caroline Wörgötter"), ("ccw-p5", "Danijela Žunec Brandt"),  # 2012 Meeting of Experts
    }


def test_back_to_back_meetings(store: ox.Store) -> None:
    # CCM VA workshop 18 May 2016 "a day ahead of" the APMBC intersessionals (minutes)
    pairs = {(r["convention"], r["start"], r["other_convention"], r["other_start"], r["gap_days"])
             for r in run(store, "back_to_back_meetings")}
    assert pairs == {("ccm", "2016-05-18", "apmbc", "2016-05-19", "1")}
    # CCM intersessionals 16-19 Apr 2012, CCW Protocol V experts from 25 Apr 2012: six days apart
    wider = {(r["start"], r["other_start"], r["gap_days"]) for r in run(store, "back_to_back_meetings", days=6)}
    assert ("2012-04-16", "2012-04-25", "6") in wider


def test_clearance_and_stockpile_deadlines_in_a_year(store: ox.Store) -> None:
    # Mozambique CCM: in force 1 Sep 2011 + 10 years; declared fulfilled (no date) -> met unknown.
    # Peru CCM: in force 1 Mar 2013 + 8 years; stated by the ISU too; not met (inability notified)
    # Colombia APMBC: the extended clearance deadline the 10MSP granted (extension_requests.csv)
    rows = {(r["party_label"], r["obligation"], r["deadline"], r["derived"], r["met"])
            for r in run(store, "deadlines_in_year", year=2021)}
    assert rows == {
        ("Colombia", "clearance", "2021-03-01", "false", None),
        ("Mozambique", "clearance", "2021-09-01", "true", None),
        ("Peru", "stockpile-destruction", "2021-03-01", "true", "false"),
        ("Peru", "stockpile-destruction", "2021-03-01", "false", "false"),
    }
    # Finland APMBC: in force 1 Jul 2012 + 4 years; completed 2015 -> met
    finland = run(store, "deadlines_in_year", year=2016, convention="apmbc")
    assert {(r["party_label"], r["met"]) for r in finland} >= {("Finland", "true")}


def test_actions_cited(with_documents: ox.Store) -> None:
    rows = run(with_documents, "actions_cited")
    cited = {(r["plan"], r["action_number"], r["meeting_date"]) for r in rows}
    assert cited == {("dubrovnik", "1.3", "2019-01-10"), ("maputo", "1", "2019-02-14")}
    (dap,) = run(with_documents, "actions_cited", plan="dubrovnik")
    assert dap["convention"] == "ccm" and dap["plan_label"] == "Dubrovnik Action Plan"
    assert dap["action_text"].startswith("Reinforce the norms")


def test_commitments_and_their_fulfilment(with_documents: ox.Store) -> None:
    rows = {r["text"]: r for r in run(with_documents, "commitments_fulfilled", convention="ccm")}
    kept = rows["New Zealand to circulate a draft generic statement"]
    assert (kept["fulfilled"], kept["committed_by"], kept["due"]) == ("true", "New Zealand", "2019-02-14")
    assert kept["fulfilled_in"] == f"{ID}document/bbbb"
    open_one = rows["The ISU to update the reporting guide"]
    assert (open_one["fulfilled"], open_one["due"]) == ("false", "2019-06-30")


def test_action_plans(store: ox.Store) -> None:
    ccm = {(r["plan"], r["abbreviation"], r["start"], r["end"]) for r in run(store, "action_plans", convention="ccm")}
    assert ccm == {("vientiane", "VAP", "2010", "2015"), ("dubrovnik", "DAP", "2015", "2020"),
                   ("lausanne", "LAP", "2021", "2026")}
    apmbc = {r["plan"] for r in run(store, "action_plans", convention="apmbc")}
    assert apmbc == {"nairobi", "cartagena", "maputo", "oslo", "siem-reap-angkor"}
    # two sources give two first days of the Cartagena Summit: one meeting all the same (the
    # APMBC 2RC), whose disagreeing dates the conflicts query lists
    cartagena = {r["adopted_at"] for r in run(store, "action_plans", convention="apmbc") if r["plan"] == "cartagena"}
    assert cartagena == {f"{ID}meeting/revcon/apmbc-2rc"}
    assert not store.query(f"ASK {{ <{ID}meeting/revcon/2009-11-30> ?p ?o }}", use_default_graph_as_union=True)
    dates = {str(r["value"]) for r in run(store, "conflicts") if str(r["subject"]) == f"{ID}meeting/revcon/apmbc-2rc"}
    assert dates == {"2009-11-29", "2009-11-30"}


def test_aligned_obligations_follow_the_article_alignment(store: ox.Store) -> None:
    rows = {(r["obligation"], r["article"], r["other_convention"], r["other_article"])
            for r in run(store, "aligned_obligations", convention="ccm")}
    assert {("stockpile-destruction", "3", "apmbc", "4"), ("clearance", "4", "apmbc", "5"),
            ("initial-report", "7", "apmbc", "7"), ("national-implementation-measures", "9", "apmbc", "9"),
            ("victim-assistance", "5", "ccw-p5", "8")} <= rows
    assert len(rows) == 9


def test_presidencies_in_a_year_one_row_per_presidency(store: ox.Store) -> None:
    rows = [(r["convention"], r["holder_kind"], r["holder_label"], r["meeting_name"], r["person_label"])
            for r in run(store, "presidencies", year=2016)]
    # several rows of mandates.csv report each of these; Chile's as-of row (no meeting) is its 15MSP term
    assert sorted(rows) == [("apmbc", "state", "Chile", "15MSP", "Heraldo Muñoz"),  # 15MSP programme page
                            ("ccm", "state", "Germany", "7MSP", "Michael Biontino"),  # handover at the 6MSP
                            ("ccm", "state", "Netherlands", "6MSP", "Henk Cor van der Kwast")]


def test_aligned_deadlines_for_one_state(store: ox.Store) -> None:
    rows = {(r["obligation"], r["convention"], r["deadline"], r["other_convention"], r["other_deadline"])
            for r in run(store, "aligned_deadlines", party="PRY")}
    # APMBC in force 1 May 1999 + 180 days; CCM in force 1 Sep 2015 + 180 days
    assert rows == {("initial-report", "apmbc", "1999-10-28", "ccm", "2016-02-28")}
