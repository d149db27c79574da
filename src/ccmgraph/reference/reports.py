"""Article 7 reports (article7_reports.csv) -> ccm:TransparencyReport, each tied to its deadline.

An annual report for year Y answers the annual deadline the obligations table gives
(30 April) of year Y+1; that deadline is derived here, as a ccm:ObligationDeadline that
points at the report's row and at the obligation's rule row. An initial report answers the
initial-report deadlines derive.py computes from each of the State's participation rows (one
per source); the report points at them and is judged on time against all of them at once.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, XSD

from ccmgraph import iris
from ccmgraph.errors import InputError
from ccmgraph.mapping.treaty import REPORT_KINDS
from ccmgraph.namespaces import CCM
from ccmgraph.reference.context import TableGraph
from ccmgraph.reference.derive import INITIAL_REPORT, deadlines
from ccmgraph.reference.rules import load_rules
from ccmgraph.reference.tables import Row, read_table
from ccmgraph.reference.timeliness import add_timeliness
from ccmgraph.reference.vocab import CCMX

ANNUAL_REPORT = "annual-report"


@cache
def annual_rules(folder: Path) -> dict[str, tuple[int, int, str, URIRef]]:
    """convention -> (month, day, rule text, rule row's Quote) of its annual-report deadline."""
    table = read_table(folder / "obligations.csv")
    found = {}
    for row in table.rows:
        written = row.get("annual_deadline")
        if row.get("key") != ANNUAL_REPORT or not written:
            continue
        month, _, day = written.removeprefix("--").partition("-")
        if not (month.isdigit() and day.isdigit()):
            raise InputError(f"obligations.csv line {row.line}: annual_deadline {written!r} is not --MM-DD")
        found[row.get("convention")] = (int(month), int(day), row.get("rule"), iris.local(table.sha256, "row", str(row.line)))
    return found


@cache
def initial_deadlines(folder: Path, iso3: str, convention: str) -> tuple[tuple[URIRef, dt.date], ...]:
    """(IRI, date) of every initial-report deadline derived from the State's participation rows."""
    from ccmgraph.reference import table_list
    from ccmgraph.reference.participations import deadline_iri, participation_iri, participation_of

    rules, found = load_rules(folder), []
    for name, spec in table_list(folder).items():
        if spec["family"] != "participations":
            continue
        for row in read_table(folder / name).rows:
            if (row.get("iso3").upper(), row.get("convention")) != (iso3, convention):
                continue
            for deadline in deadlines(participation_of(row), rules):
                if deadline.obligation == INITIAL_REPORT:
                    found.append((deadline_iri(participation_iri(row), deadline), deadline.date))
    return tuple(found)


def map_reports(ctx: TableGraph, row: Row) -> None:
    convention, kind = row.get("convention"), row.get("report")
    if kind not in REPORT_KINDS:
        raise InputError(f"{row.table} line {row.line}: report must be initial or annual; got {kind!r}")
    party = ctx.state(row.get("iso3"), row)
    submitted = row.date("submitted")
    node = ctx.fact(ctx.local("report", str(row.line)), CCMX.TransparencyReport, row)
    ctx.add(node, CCM.reportKind, REPORT_KINDS[kind])
    ctx.add(node, CCM.party, party)
    ctx.add(node, CCM.convention, ctx.convention(convention))
    ctx.add(node, CCM.obligation, iris.obligation(convention, f"{kind}-report"))
    ctx.date(node, CCMX.submittedOn, submitted)
    ctx.source(node, row)
    ctx.text(node, CCM.note, row.get("note"))
    if kind == "annual":
        annual_deadline(ctx, row, node, party)
        return
    found = initial_deadlines(ctx.folder, party.rsplit("/", 1)[-1], convention)
    for deadline, _ in found:
        ctx.add(node, CCMX.reportDeadline, deadline)
    add_timeliness(ctx, node, [day for _, day in found], submitted, submitted is not None)


def annual_deadline(ctx: TableGraph, row: Row, report: URIRef, party: URIRef) -> None:
    """The deadline an annual report answers: the rule's day of the year after its reporting year."""
    convention, year = row.get("convention"), row.integer("reporting_year")
    rule = annual_rules(ctx.folder).get(convention)
    if year is None:
        raise InputError(f"{row.table} line {row.line}: an annual report needs its reporting_year")
    if rule is None:
        raise InputError(f"{row.table} line {row.line}: obligations.csv gives no annual deadline for {convention}")
    month, day, text, rule_row = rule
    due = dt.date(year + 1, month, day)
    submitted = row.date("submitted")
    node = URIRef(f"{report}/deadline")
    ctx.fact(node, CCM.ObligationDeadline, row)
    ctx.add(node, PROV.wasDerivedFrom, rule_row)
    ctx.add(node, CCM.party, party)
    ctx.add(node, CCM.obligation, iris.obligation(convention, ANNUAL_REPORT))
    ctx.add(node, CCM.convention, ctx.convention(convention))
    ctx.add(node, CCM.deadline, Literal(due.isoformat(), datatype=XSD.date))
    ctx.add(node, CCM.derived, Literal(True))
    ctx.add(node, CCM.derivationRule, Literal(f"{text}: the report on {year} is due on {due.isoformat()}"))
    if submitted is not None:
        ctx.add(node, CCM.fulfilled, Literal(True))
        ctx.date(node, CCM.fulfilledOn, submitted)
    add_timeliness(ctx, node, [due], submitted, submitted is not None)
    ctx.source(node, row)
    ctx.add(report, CCMX.reportDeadline, node)
    ctx.add(report, CCMX.reportingYear, Literal(year, datatype=XSD.integer))
