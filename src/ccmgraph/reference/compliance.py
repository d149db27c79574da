"""Extension requests, withdrawals and the hosting of the ISUs, from their reference tables.

Each row is one source's record: a request with the meeting that decides it and the outcome
when the source gives one (never assumed), a withdrawal with its notification and effect, a
unit hosted by an organisation (plus the ccm:hostedBy shortcut queries read).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import PROV

from ccmgraph import iris
from ccmgraph.errors import InputError
from ccmgraph.namespaces import CCM
from ccmgraph.records import PartialDate
from ccmgraph.reference.context import TableGraph
from ccmgraph.reference.meetings import meeting_index
from ccmgraph.reference.rules import load_rules
from ccmgraph.reference.tables import Row, read_table
from ccmgraph.reference.timeliness import add_timeliness
from ccmgraph.reference.vocab import CCMX

DECISIONS = {"granted": CCMX.extensionGranted, "refused": CCMX.extensionRefused}


def meeting_named(ctx: TableGraph, row: Row, convention: str, short_name: str) -> URIRef:
    """The meeting a short name means: the meetings table's node, else the MSP or RC by number."""
    found = meeting_index(ctx.folder).get((convention, short_name), ())
    node = found[0] if found else iris.numbered_meeting(short_name, convention)
    if node is None:
        raise InputError(f"{row.table} line {row.line}: {short_name!r} is not a Meeting of States Parties or Review Conference")
    return node


def map_extensions(ctx: TableGraph, row: Row) -> None:
    convention, obligation = row.get("convention"), row.get("obligation")
    known = {(rule.convention, rule.key) for rule in load_rules(ctx.folder).obligations}
    if (convention, obligation) not in known:
        raise InputError(f"{row.table} line {row.line}: obligations.csv has no obligation {convention}:{obligation}")
    written = row.get("decision")
    if written and written not in DECISIONS:
        raise InputError(f"{row.table} line {row.line}: decision must be granted, refused or empty; got {written!r}")
    granted = row.date("granted_until")
    if granted is not None and written != "granted":
        raise InputError(f"{row.table} line {row.line}: granted_until given but the decision is not 'granted'")
    node = ctx.fact(ctx.local("extension", str(row.line)), CCMX.ExtensionRequest, row)
    ctx.add(node, CCM.party, ctx.state(row.get("iso3"), row))
    ctx.add(node, CCM.convention, ctx.convention(convention))
    ctx.add(node, CCM.obligation, iris.obligation(convention, obligation))
    ctx.add(node, CCM.article, iris.article(convention, row.get("article")))
    ctx.date(node, CCMX.requestedUntil, row.date("requested_until"))
    ctx.date(node, CCMX.grantedUntil, granted)
    ctx.date(node, CCMX.submittedOn, row.date("submitted"))
    if row.get("decided_at"):
        ctx.add(node, CCMX.decidedAt, meeting_named(ctx, row, convention, row.get("decided_at")))
    ctx.add(node, CCMX.decision, DECISIONS.get(written))
    ctx.source(node, row)
    ctx.text(node, CCM.note, row.get("note"))
    if granted is not None:
        extended_deadline(ctx, row, node, granted)


def extended_deadline(ctx: TableGraph, row: Row, request: URIRef, granted: PartialDate) -> None:
    """The deadline a granted extension sets (stated, not derived), judged against any fulfilment
    obligation_holders.csv records for the State."""
    convention, obligation = row.get("convention"), row.get("obligation")
    party = ctx.state(row.get("iso3"), row)
    node = ctx.fact(URIRef(f"{request}/deadline"), CCM.ObligationDeadline, row)
    ctx.add(node, CCM.party, party)
    ctx.add(node, CCM.obligation, iris.obligation(convention, obligation))
    ctx.add(node, CCM.convention, ctx.convention(convention))
    ctx.date(node, CCM.deadline, granted)
    ctx.add(node, CCM.derived, Literal(False))
    ctx.source(node, row)
    ctx.add(request, CCMX.extendedDeadline, node)
    held = [h for h in load_rules(ctx.folder).held(str(party).rsplit("/", 1)[-1], convention, obligation) if h.fulfilled]
    if held:
        ctx.add(node, CCM.fulfilled, Literal(True))
        ctx.date(node, CCM.fulfilledOn, held[0].fulfilled_on)
        ctx.add(node, PROV.wasDerivedFrom, URIRef(held[0].quote))
        add_timeliness(ctx, node, [granted], held[0].fulfilled_on)


def map_withdrawals(ctx: TableGraph, row: Row) -> None:
    notified, effective = row.date("notified"), row.date("effective")
    if notified is None and effective is None:
        raise InputError(f"{row.table} line {row.line}: a withdrawal needs its notification or its effective date")
    node = ctx.fact(ctx.local("withdrawal", str(row.line)), CCMX.Withdrawal, row)
    ctx.add(node, CCM.party, ctx.state(row.get("iso3"), row))
    ctx.add(node, CCM.convention, ctx.convention(row.get("convention")))
    ctx.date(node, CCMX.notifiedOn, notified)
    ctx.date(node, CCMX.effectiveOn, effective)
    ctx.source(node, row)
    ctx.text(node, CCM.note, row.get("note"))


@cache
def organisation_names(folder: Path) -> dict[str, str]:
    return {row.get("key"): row.get("name") for row in read_table(folder / "organisations.csv").rows}


def organisation(ctx: TableGraph, row: Row, key: str) -> URIRef:
    """The node of an organisations.csv entry, typed and named; an unknown key is bad input."""
    name = organisation_names(ctx.folder).get(key)
    if name is None:
        raise InputError(f"{row.table} line {row.line}: {key!r} is not an organisation of organisations.csv")
    node = iris.organisation(key)
    ctx.add(node, RDF.type, CCM.Organisation)
    ctx.add(node, RDFS.label, Literal(name))
    return node


def map_hosting(ctx: TableGraph, row: Row) -> None:
    unit, host = organisation(ctx, row, row.get("organisation")), organisation(ctx, row, row.get("host"))
    node = ctx.fact(ctx.local("hosting", str(row.line)), CCMX.HostingArrangement, row)
    ctx.add(node, CCMX.hostedUnit, unit)
    ctx.add(node, CCMX.host, host)
    ctx.date(node, CCMX.agreementDate, row.date("agreement_date"))
    ctx.add(unit, CCMX.hostedBy, host)
    ctx.source(node, row)
    ctx.text(node, CCM.note, row.get("note"))
