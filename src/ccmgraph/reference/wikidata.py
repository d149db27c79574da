"""States linked to Wikidata: skos:exactMatch to the item that is the treaty party.

Not owl:sameAs: that would merge every statement of the Wikidata item into the State, and
an item of a constituent country (the Netherlands, Q55) is not the party (the Kingdom, Q29999).
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SKOS

from ccmgraph.errors import InputError
from ccmgraph.namespaces import CCM
from ccmgraph.reference.context import TableGraph
from ccmgraph.reference.tables import Row

WIKIDATA = "http://www.wikidata.org/entity/"


def map_wikidata(ctx: TableGraph, row: Row) -> None:
    qid = row.get("wikidata")
    if not re.fullmatch(r"Q[1-9][0-9]*", qid):
        raise InputError(f"{row.table} line {row.line}: {qid!r} is not a Wikidata item id (Q123)")
    state = ctx.state(row.get("iso3"), row)
    ctx.thing(state, CCM.State, row)
    ctx.add(state, SKOS.exactMatch, URIRef(WIKIDATA + qid))
