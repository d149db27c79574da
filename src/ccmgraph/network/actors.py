"""Actors named the way researchers name them: an IRI, an ISO3 code, a State, organisation or person name."""

from __future__ import annotations

from ccmgraph import iris
from ccmgraph.errors import QueryError
from ccmgraph.query.named import Param, to_term

_MINT = {"state": iris.state, "organisation": iris.organisation, "person": iris.person}


def actor_iri(actor: str) -> str:
    """The IRI of an actor, resolved with the same registry the ingesters use.

    >>> actor_iri("ZMB"), actor_iri("the Netherlands")[-9:], actor_iri("Mr. Hugh Watson")[-18:]
    ('https://w3id.org/ccmgraph/id/state/ZMB', 'state/NLD', 'person/hugh-watson')
    """
    from ccmgraph.resolve.actors import resolve_actor

    text = str(actor).strip()
    if "://" in text or text.startswith("urn:"):
        return str(to_term(Param("actor", "iri"), text))
    if len(text) == 3 and text.isalpha() and text.isupper():
        return str(iris.state(text))
    found = resolve_actor(text)
    if found.kind not in _MINT:
        raise QueryError(f"{text!r} is not a known State, organisation or person name; give its IRI")
    return str(_MINT[found.kind](found.key))
