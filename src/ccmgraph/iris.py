"""Deterministic IRIs (DESIGN.md "IRIs"): the same input always mints the same IRI.

States by ISO 3166-1 alpha-3, conventions by short name, meetings by the key the resolver
gives them (numbered ones by convention, kind and number, others by kind and date),
documents by content hash, people by normalised name; every other node of a document
lives under the document's IRI, so replacing a document's graph replaces all of them.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from unidecode import unidecode

BASE = "https://w3id.org/ccmgraph/id/"
ONTOLOGY = "https://w3id.org/ccmgraph/ontology#"


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens.

    >>> slug("Stockpile Destruction and Retention")
    'stockpile-destruction-and-retention'
    >>> slug("Markéta  Homolková")
    'marketa-homolkova'
    """
    ascii_text = unidecode(text).lower().replace("&", " and ")
    return re.sub(r"[^a-z0-9.]+", "-", ascii_text).strip("-.") or "x"


def state(iso3: str) -> URIRef:
    return URIRef(f"{BASE}state/{iso3.upper()}")


def organisation(key: str) -> URIRef:
    return URIRef(f"{BASE}org/{key}")


def person(key: str) -> URIRef:
    return URIRef(f"{BASE}person/{key}")


def unresolved_actor(name: str) -> URIRef:
    return URIRef(f"{BASE}actor/{slug(name)}")


def convention(short: str) -> URIRef:
    return URIRef(f"{BASE}convention/{short}")


def meeting(kind: str, date_iso: str, suffix: str | None = None) -> URIRef:
    tail = f"-{slug(suffix)}" if suffix else ""
    return URIRef(f"{BASE}meeting/{kind}/{date_iso}{tail}")


def meeting_at(key: str) -> URIRef:
    """The meeting of a resolver key ("msp/ccm-7msp", "cc/2016-03-03"): one IRI whoever names it."""
    return URIRef(f"{BASE}meeting/{key}")


def document(sha256: str) -> URIRef:
    return URIRef(f"{BASE}document/{sha256}")


def local(doc_sha256: str, *parts: str) -> URIRef:
    """A node that belongs to one document (attendance, quote, agenda item, ...)."""
    return URIRef(f"{BASE}document/{doc_sha256}/" + "/".join(slug(p) for p in parts))


def theme(convention_short: str, label: str) -> URIRef:
    return URIRef(f"{BASE}theme/{convention_short}/{slug(label)}")


def mandate(convention_short: str, role: str, theme_label: str | None, holder: URIRef, period: str) -> URIRef:
    holder_local = str(holder).removeprefix(BASE).replace("/", "-")
    return URIRef(f"{BASE}mandate/{convention_short}/{role}/{slug(theme_label or 'none')}/{holder_local}/{period}")


def action_plan(key: str) -> URIRef:
    return URIRef(f"{BASE}plan/{key}")


def action(plan_key: str, number: str) -> URIRef:
    return URIRef(f"{BASE}plan/{plan_key}/action/{number}")


def theme_scheme(convention_short: str) -> URIRef:
    return URIRef(f"{BASE}theme/{convention_short}")


def article(convention_short: str, number: str) -> URIRef:
    return URIRef(f"{BASE}article/{convention_short}/{number}")


def obligation(convention_short: str, key: str) -> URIRef:
    return URIRef(f"{BASE}obligation/{convention_short}/{slug(key)}")


def body(convention_short: str, label: str) -> URIRef:
    """A committee or other body of a convention, by its name as written ("Committee on Victim Assistance")."""
    return URIRef(f"{BASE}body/{convention_short}/{slug(label)}")


def numbered_meeting(short_name: str, convention_short: str = "ccm") -> URIRef | None:
    """MSPs and Review Conferences are known by convention and number ("6MSP", "1RC"), dated or not.

    >>> numbered_meeting("6MSP"), numbered_meeting("First Review Conference")
    (rdflib.term.URIRef('https://w3id.org/ccmgraph/id/meeting/msp/ccm-6msp'), None)
    >>> numbered_meeting("15MSP", "apmbc")
    rdflib.term.URIRef('https://w3id.org/ccmgraph/id/meeting/msp/apmbc-15msp')
    """
    match = re.fullmatch(r"\s*(\d{1,2})\s*(MSP|RC|RevCon)\s*", short_name, re.IGNORECASE)
    if match is None:
        return None
    kind = "msp" if match.group(2).upper() == "MSP" else "revcon"
    suffix = "msp" if kind == "msp" else "rc"
    return meeting_at(f"{kind}/{convention_short}-{int(match.group(1))}{suffix}")
