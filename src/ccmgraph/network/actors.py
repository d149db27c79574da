"""Actors named the way researchers name them: an IRI, an ISO3 code, a State, organisation or person name."""

from __future__ import annotations

from ccmgraph.query.named import Param, to_term


def actor_iri(actor: str) -> str:
    """The IRI of an actor, resolved with the same registry the ingesters use (as `query -p`).

    >>> actor_iri("ZMB"), actor_iri("the Netherlands")[-9:], actor_iri("Mr. Hugh Watson")[-18:]
    ('https://w3id.org/ccmgraph/id/state/ZMB', 'state/NLD', 'person/hugh-watson')
    """
    return str(to_term(Param("actor", "actor"), str(actor).strip()))
