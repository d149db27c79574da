"""Spanish presidencies of a numbered meeting: the holder chosen by a passive verb with their own
post set off by commas in between ("El embajador X, representante permanente de Irak ante ...,
fue designado presidente de la Undécima Reunión"), and a presidency held in the past ("Sri Lanka
ejerció la presidencia de la Octava Reunión"). A State's own body ("la presidencia del Comité
Nacional de Desminado") and a passive verb of another subject after a person's post ("X,
representante ..., recordó que la reunión fue designada") give none.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mandate

PAGE = Path(__file__).parents[1] / "fixtures" / "news" / "e12-presidencia-designado.txt"


def test_passive_choice_past_an_own_post_and_a_past_presidency() -> None:
    got = {(m.role, m.holder.name, m.holder.kind, m.convention, m.for_meeting,
            m.on_behalf_of.name if m.on_behalf_of else None, m.start)
           for m in NewsIngester().extract(read_file(PAGE)) if isinstance(m, Mandate)}
    assert got == {
        ("president", "Iraq", "state", "ccm", "11MSP", None, None),
        ("president", "Abdul-Karim Hashim Mostafa", "person", "ccm", "11MSP", "Iraq", None),
        ("president", "Sri Lanka", "state", "ccm", "8MSP", None, None),
    }  # nothing for Switzerland or Félix Baumann: neither holds a post the text names


def test_own_post_must_open_with_a_role_word() -> None:
    from ccmgraph.ingesters.news.appositions import _rx

    own = _rx("passive_own_post")
    assert own.match(", representante permanente de Irak ante las Naciones Unidas en Ginebra")
    assert own.match(", la embajadora de México")
    assert not own.match(", quien llegó ayer a Ginebra")
    assert not own.match(", representante de Irak, dijo que la Reunión")
