"""The compliance questions, answered on small tables written for the purpose.

tests/fixtures/compliance/ holds rows taken from the public record (the same sources the
bundled tables cite): six CCM States Parties, their reports, two extensions granted and two
pending, Lithuania's withdrawal, UN votes (one of them given differently by two sources), two
ISU hosts, a few presidencies. A copy of
the data folders with those tables in place of the bundled ones is built by the real
`ccmgraph build` (CCMGRAPH_DATA), and each named query must give exactly the rows the tables
imply: deadlines are worked out by hand in the comments.
"""

from __future__ import annotations

import os
import runpy
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Literal, URIRef

from ccmgraph import KnowledgeGraph
from ccmgraph.errors import InputError
from ccmgraph.reference import reference_graphs
from ccmgraph.reference.vocab import CCMX

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "compliance"
ID = "https://w3id.org/ccmgraph/id/"
COMPLIANCE_TABLES = ("article7_reports.csv", "extension_requests.csv", "withdrawals.csv", "votes.csv", "isu_hosts.csv")


def data_folder(root: Path) -> Path:
    """A copy of the data folders with the fixture tables in place of the bundled ones."""
    for name in ("ontology", "shapes", "queries", "vocabulary", "ingest"):
        shutil.copytree(ROOT / name, root / name)
    for table in FIXTURES.glob("*.csv"):
        shutil.copy(table, root / "ingest" / "reference" / table.name)
    return root


def ccmgraph(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CCMGRAPH_DATA": str(data)}
    return subprocess.run([sys.executable, "-m", "ccmgraph", *args], env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return data_folder(tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="module")
def kg(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeGraph]:
    store = tmp_path_factory.mktemp("store")
    done = ccmgraph(data, "--quiet", "--store", str(store), "build")
    assert done.returncode == 0, done.stderr
    assert "rejected" not in done.stdout + done.stderr  # every fixture table passes the shapes
    with KnowledgeGraph(store) as graph:
        yield graph


def rows(kg: KnowledgeGraph, name: str, *columns: str, **params: Any) -> list[tuple[str | None, ...]]:
    """The named query's rows as tuples of the given columns, values as text, in query order."""
    found = kg.query(name, **params).to_dicts()
    return [tuple(None if row[c] is None else str(row[c]) for c in columns) for row in found]


def state(iso3: str) -> str:
    return f"{ID}state/{iso3}"


# --- Article 7 reports ----------------------------------------------------------------------------
# Initial-report deadlines, 180 days after entry into force for the State (treaty_status.csv):
#   ALB, URY in force 2010-08-01 -> 2011-01-28; LTU, MOZ 2011-09-01 -> 2012-02-28;
#   MRT 2012-08-01 -> 2013-01-28; KNA 2014-03-01 -> 2014-08-28; NIU 2021-02-01 -> 2021-07-31.
# The annual report on year Y is due 30 April Y+1 (obligations.csv), owed once the initial one fell due.


def test_annual_reports_missing_for_2017(kg: KnowledgeGraph) -> None:
    # reported: KNA and URY (2017 reports); NIU not yet a party; LTU withdrew only in 2025
    got = rows(kg, "annual_reports_missing", "party", "convention", "year", "due", "reports_recorded", year=2017)
    assert got == [(state(s), "ccm", "2017", "2018-04-30", "2") for s in ("ALB", "LTU", "MRT", "MOZ")]


def test_annual_reports_missing_follows_the_first_year_and_the_withdrawal(kg: KnowledgeGraph) -> None:
    missing_2020 = {r[0] for r in rows(kg, "annual_reports_missing", "party", year=2020, convention="ccm")}
    assert missing_2020 == {state(s) for s in ("ALB", "KNA", "LTU", "MOZ", "MRT", "URY")}  # NIU's initial report falls due in July 2021
    missing_2021 = {r[0] for r in rows(kg, "annual_reports_missing", "party", year=2021)}
    assert missing_2021 == missing_2020 | {state("NIU")}
    missing_2024 = {r[0] for r in rows(kg, "annual_reports_missing", "party", year=2024)}
    assert missing_2024 == missing_2021 - {state("LTU")}  # withdrawal effective 6 March 2025, before 30 April
    assert rows(kg, "annual_reports_missing", "party", year=2017, convention="apmbc") == []


def test_reports_on_time_tells_late_from_on_time(kg: KnowledgeGraph) -> None:
    got = set(rows(kg, "reports_on_time", "party", "report", "reporting_year", "deadline", "submitted", "timeliness"))
    assert got == {
        (state("ALB"), "initial", None, "2011-01-28", "2011-01", "undetermined"),  # January holds the deadline
        (state("URY"), "initial", None, "2011-01-28", "2011-01-26", "on-time"),
        (state("MOZ"), "initial", None, "2012-02-28", "2012-06", "late"),
        (state("MRT"), "initial", None, "2013-01-28", "2013-03", "late"),  # from both tables
        (state("KNA"), "initial", None, "2014-08-28", "2015-12", "late"),
        (state("MRT"), "annual", "2013", "2014-04-30", "2014-04", "on-time"),  # any day of April is by the 30th
        (state("MRT"), "annual", "2014", "2015-04-30", "2015-05", "late"),
        (state("KNA"), "annual", "2017", "2018-04-30", "2018-01-16", "on-time"),
        (state("URY"), "annual", "2017", "2018-04-30", "2018-01-22", "on-time"),
    }
    sources = [r[1] for r in rows(kg, "reports_on_time", "party", "source", party="MRT", timeliness="late")]
    assert len(sources) == 3 and all(s and s.startswith("http") for s in sources)


def test_obligations_no_longer_read_a_late_report_as_on_time(kg: KnowledgeGraph) -> None:
    got = rows(kg, "obligations", "obligation", "fulfilled", "fulfilled_on", "timeliness", party="KNA")
    assert got == [("annual-report", "True", "2018-01-16", "on-time"), ("initial-report", "True", "2015-12", "late")]


# --- extensions, withdrawals ---------------------------------------------------------------------


def test_extensions_granted_per_article(kg: KnowledgeGraph) -> None:
    got = rows(kg, "extensions_granted", "convention", "article", "party", "granted_until", "decided_at_name")
    assert got == [
        ("apmbc", "5", state("TCD"), "2014-01-01", "10MSP"),
        ("apmbc", "5", state("COL"), "2021-03-01", "10MSP"),
    ]
    assert rows(kg, "extensions_granted", "party", article="4") == []
    assert rows(kg, "extensions_granted", "party", convention="ccm") == []


def test_a_granted_extension_stands_beside_the_derived_deadline(kg: KnowledgeGraph) -> None:
    got = rows(kg, "obligations", "obligation", "deadline", "derived", "fulfilled", party="COL")
    assert got == [("clearance", "2021-03-01", "False", None)]  # stated by the 10MSP decision, not derived


def test_extension_requests_keep_pending_ones_without_an_outcome(kg: KnowledgeGraph) -> None:
    got = rows(kg, "extension_requests", "party", "article", "submitted", "requested_until", "decided_at_name", "decision")
    assert got == [
        (state("TCD"), "5", None, None, "10MSP", "granted"),
        (state("COL"), "5", None, None, "10MSP", "granted"),
        (state("TCD"), "5", "2013", None, "13MSP", None),
        (state("BIH"), "4", None, "2022-09-01", "2RC", None),
    ]


def test_withdrawals(kg: KnowledgeGraph) -> None:
    assert rows(kg, "withdrawals", "party", "convention", "notified", "effective") == [(state("LTU"), "ccm", None, "2025-03-06")]


# --- votes, hosts, presidencies --------------------------------------------------------------------


def test_votes_with_symbol_and_counts(kg: KnowledgeGraph) -> None:
    got = rows(kg, "votes", "body", "part", "symbol", "date", "in_favour", "against", "abstentions", year=2018)
    assert got == [
        ("First Committee of the UN General Assembly (Disarmament and International Security)", "whole",
         "A/C.1/73/L.39", "2018-11-06", "139", "1", "39"),
        ("UN General Assembly", "pp14", None, "2018-12-05", "153", "0", "18"),
        ("UN General Assembly", "whole", None, "2018-12-05", "144", "1", "38"),
    ]
    # two sources on the vote of 7 December 2015 disagree on the votes in favour: both rows stay
    assert rows(kg, "votes", "in_favour", "against", "abstentions", "source", year=2015) == [
        ("139", "2", "40", "http://the-monitor.org/en-gb/reports/2016/cluster-munition-monitor-2016/cluster-munition-ban-policy.aspx"),
        ("140", "2", "40", "http://www.noclusterbombs.org/news/2015/11/19/unga-resolution/"),
    ]


def test_state_votes_where_a_source_names_them(kg: KnowledgeGraph) -> None:
    got = rows(kg, "state_votes", "state", "option", "year", "part")
    assert set(got) == {(state(s), "no", "2015", "whole") for s in ("RUS", "ZWE")} | {
        (state(s), "abstain", "2015", "whole") for s in ("CYP", "SAU", "UGA", "USA")}
    assert len(got) == 8  # Russia and Zimbabwe from both sources
    assert rows(kg, "state_votes", "option", state="United States") == [("abstain",)]


def test_isu_hosts(kg: KnowledgeGraph) -> None:
    got = rows(kg, "isu_hosts", "unit", "host", "agreement_date")
    assert got == [(f"{ID}org/apmbc-isu", f"{ID}org/gichd", None), (f"{ID}org/ccm-isu", f"{ID}org/gichd", "2014-08-02")]


def test_meetings_chaired_by_presidencies_not_by_past_presidents(kg: KnowledgeGraph) -> None:
    got = set(rows(kg, "meetings_chaired", "meeting_name", "president_label", "source"))
    # Croatia, "Immediate Past President" under the 6MSP Presidency, did not chair the 6MSP; its own
    # presidency names the 1RC, a numbered meeting that exists by its number alone (one IRI whoever
    # names it), even though the fixture's meetings table does not list it
    assert {(m, p) for m, p, _ in got} == {
        ("6MSP", "Netherlands"), ("6MSP", "Henk Cor van der Kwast"), ("7MSP", "Germany"), ("7MSP", "Michael Biontino"),
        ("1RC", "Croatia"),
    }


# --- bad input: one line naming the table and the row ------------------------------------------

BAD_ROWS = {
    "granted-without-decision": ("extension_requests.csv",
        "Chad,TCD,apmbc,5,clearance,,2014-01-01,,10MSP,,https://example.org/x,", "not 'granted'"),
    "unknown-decision": ("extension_requests.csv",
        "Chad,TCD,apmbc,5,clearance,,,,10MSP,maybe,https://example.org/x,", "decision must be"),
    "not-a-meeting": ("extension_requests.csv",
        "Chad,TCD,apmbc,5,clearance,,,,Pledging,,https://example.org/x,", "not a Meeting of States Parties"),
    "unknown-obligation": ("extension_requests.csv",
        "Chad,TCD,apmbc,5,mine-risk,,,,10MSP,,https://example.org/x,", "no obligation apmbc:mine-risk"),
    "annual-without-year": ("article7_reports.csv",
        "Uruguay,URY,ccm,annual,,2018-01-22,https://example.org/x,", "needs its reporting_year"),
    "unknown-report-kind": ("article7_reports.csv",
        "Uruguay,URY,ccm,final,2017,2018-01-22,https://example.org/x,", "initial or annual"),
    "more-names-than-votes": ("votes.csv",
        "ccm,2019,general-assembly,whole,,Implementation,2019,150,1,30,RUS;ZWE,,https://example.org/x,", "more States than"),
    "unknown-body": ("votes.csv",
        "ccm,2019,security-council,whole,,Implementation,2019,150,1,30,,,https://example.org/x,", "body must be one of"),
    "unknown-organisation": ("isu_hosts.csv", "ccm-isu,nowhere,,https://example.org/x,", "'nowhere' is not an organisation"),
    "withdrawal-without-dates": ("withdrawals.csv", "Lithuania,LTU,ccm,,,https://example.org/x,", "needs its notification"),
}


@pytest.mark.parametrize("case", sorted(BAD_ROWS))
def test_a_bad_row_rejects_its_table_naming_the_line(case: str, tmp_path: Path) -> None:
    table, line, reason = BAD_ROWS[case]
    folder = tmp_path / "reference"
    shutil.copytree(ROOT / "ingest" / "reference", folder)
    header = (FIXTURES / table).read_text(encoding="utf-8").splitlines()[0]
    (folder / table).write_text(f"{header}\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"^{table} line 2: .*{reason}"):
        list(reference_graphs(folder))


def test_build_stops_on_a_bad_table_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    data = data_folder(tmp_path / "data")
    table, line, _ = BAD_ROWS["granted-without-decision"]
    header = (FIXTURES / table).read_text(encoding="utf-8").splitlines()[0]
    (data / "ingest" / "reference" / table).write_text(f"{header}\n{line}\n", encoding="utf-8")
    done = ccmgraph(data, "--quiet", "--store", str(tmp_path / "store"), "build")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert [ln for ln in done.stderr.splitlines() if ln.strip()] == [
        "ccmgraph: extension_requests.csv line 2: granted_until given but the decision is not 'granted'"]


# --- the model: shapes and reasoning ----------------------------------------------------------


def fixture_graphs(data: Path) -> dict[str, Graph]:
    """The graphs of the compliance tables, by file name, as the mappers produce them."""
    found = {}
    for _iri, graph in reference_graphs(data / "ingest" / "reference"):
        name = next(iter(graph.objects(None, URIRef("https://w3id.org/ccmgraph/ontology#fileName"))), None)
        if str(name) in COMPLIANCE_TABLES:
            found[str(name)] = graph
    return found


def test_every_compliance_term_has_a_label_and_a_comment() -> None:
    from rdflib import RDFS

    onto = Graph().parse(ROOT / "ontology" / "compliance.ttl")
    for term in (URIRef(CCMX[t]) for t in ("TransparencyReport", "timeliness", "ExtensionRequest", "Withdrawal", "StateVote")):
        assert onto.value(term, RDFS.label) is not None and len(str(onto.value(term, RDFS.comment)).split()) >= 5


def test_shapes_refuse_what_the_model_forbids(data: Path) -> None:
    from ccmgraph.validate.shacl import pyshacl_report

    graphs = fixture_graphs(data)
    assert set(graphs) == set(COMPLIANCE_TABLES)
    for graph in graphs.values():
        assert pyshacl_report(graph).conforms
    reports = graphs["article7_reports.csv"]
    deadline = next(s for s, o in reports.subject_objects(CCMX.timeliness) if str(s).endswith("/deadline") and o == CCMX.late)
    broken = Graph() + reports
    broken.add((deadline, CCMX.timeliness, CCMX.onTime))  # a second, contradicting judgement
    assert not pyshacl_report(broken).conforms
    votes = Graph() + graphs["votes.csv"]
    vote = next(votes.subjects(URIRef("http://www.w3.org/ns/opengov#option"), Literal("no")))
    votes.add((vote, URIRef("http://www.w3.org/ns/opengov#option"), Literal("maybe")))
    assert not pyshacl_report(votes).conforms


def hermit() -> Any:
    """The HermiT runner of tests/test_ontology.py (one reasoner set-up for the project)."""
    return runpy.run_path(str(ROOT / "tests" / "test_ontology.py"))["consistent"]


@pytest.mark.slow
def test_hermit_finds_the_ontology_and_the_compliance_graphs_consistent(data: Path) -> None:
    consistent = hermit()
    model = Graph()
    for path in sorted((ROOT / "ontology").glob("*.ttl")):
        model.parse(path)
    graphs = list(fixture_graphs(data).values())
    assert consistent(model, *graphs)
    report = next(iter(graphs[0].subjects(CCMX.reportingYear, None)), None)
    assert report is not None
    wrong = Graph()
    wrong.add((report, CCMX.reportingYear, Literal("two thousand and seventeen")))  # not an integer
    assert not consistent(model, *graphs, wrong)


def test_the_model_page_example_is_what_the_mapper_writes(data: Path) -> None:
    """docs/MODEL.md's Turtle is row 3 of the reports table as mapped (table hashes and the rule
    row's line substituted, the shortened quote text left out)."""
    import hashlib
    import re

    from ccmgraph.reference.tables import read_table

    block = re.search(r"```turtle\n(.*?)```", (ROOT / "docs" / "MODEL.md").read_text(encoding="utf-8"), re.S)
    assert block is not None
    reference = data / "ingest" / "reference"
    rules = read_table(reference / "obligations.csv")
    rule_line = next(r.line for r in rules.rows if (r.get("convention"), r.get("key")) == ("ccm", "annual-report"))
    written = re.search(r"@base <https://w3id.org/ccmgraph/id/document/([0-9a-f]{64})/>", block.group(1))
    assert written is not None
    text = block.group(1).replace(written.group(1), hashlib.sha256((reference / "article7_reports.csv").read_bytes()).hexdigest())
    text = re.sub(r"document/[0-9a-f]{64}/row/\d+", f"document/{rules.sha256}/row/{rule_line}", text)
    example = Graph().parse(data=text, format="turtle")
    mapped = fixture_graphs(data)["article7_reports.csv"]
    quote_text = URIRef("https://w3id.org/ccmgraph/ontology#quoteText")
    missing = [t for t in example if t[1] != quote_text and t not in mapped]
    assert len(example) > 25 and missing == []
