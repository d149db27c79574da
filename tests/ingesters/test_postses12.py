"""Presidencies in Spanish and French news of the field, each with the text where it must not fire.

"<State> asumió la presidencia de la Reunión de Estados Partes de la Convención ..." (the
convention's, of a meeting only with its ordinal); "la presidencia mozambiqueña / la présidence
suisse de la Convention" (the State of the adjective, ingest/reference/state_demonyms_fr_es.csv);
"bajo la presidencia de X, Embajadora de Japón"; "X fue designada presidenta de la convención",
"X fue elegida presidenta de la 15ª Reunión", "M. X, de la Suisse, a été élu président de la
Conférence". A head of State, a Republic's presidency, a presidency of the Security Council, of
the G20 or of a club or a party's convention is none of them.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mandate
from ccmgraph.resolve.actors import lookup_foreign_demonym

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def _mandates(name: str) -> set[tuple[str, str, str, str | None, str | None]]:
    records = NewsIngester().extract(read_file(FIXTURES / name))
    return {(m.role, m.holder.name, m.convention, m.for_meeting, m.on_behalf_of.name if m.on_behalf_of else None)
            for m in records if isinstance(m, Mandate)}


def test_assumed_the_presidency_of_the_meeting_of_states_parties_with_no_ordinal() -> None:
    """The convention's presidency, of no meeting; "la presidencia mexicana" later is the same one."""
    assert _mandates("postses12-asumio-presidencia-reunion.txt") == {("president", "México", "ccm", None, None)}


def test_assumed_the_presidency_of_a_numbered_meeting() -> None:
    assert _mandates("postses12-asumio-presidencia-numerada.txt") == {("president", "Iraq", "ccm", "11MSP", None)}


def test_a_presidency_with_a_spanish_or_french_adjective_of_nationality() -> None:
    assert _mandates("postses12-presidencia-mozambiquena.txt") == {("president", "Mozambique", "apmbc", None, None)}
    assert _mandates("postses12-presidence-suisse.txt") == {("president", "Switzerland", "ccm", None, None)}
    assert _mandates("postses12-presidence-norvegienne.txt") == {("president", "Norway", "apmbc", None, None)}


def test_adjectives_of_nationality_in_both_genders() -> None:
    found = {w: (s.iso3 if (s := lookup_foreign_demonym(w)) else None)
             for w in ("mozambiqueña", "mexicana", "mexicano", "chilena", "suiza", "colombiana", "japonesa",
                       "suisse", "française", "allemande", "norvégienne", "norvégien", "club", "nacional")}
    assert found == {"mozambiqueña": "MOZ", "mexicana": "MEX", "mexicano": "MEX", "chilena": "CHL", "suiza": "CHE",
                     "colombiana": "COL", "japonesa": "JPN", "suisse": "CHE", "française": "FRA",
                     "allemande": "DEU", "norvégienne": "NOR", "norvégien": "NOR", "club": None, "nacional": None}


def test_under_the_presidency_of_an_ambassador_of_a_state() -> None:
    assert _mandates("postses12-bajo-la-presidencia.txt") == {
        ("president", "Japan", "apmbc", "22MSP", None),
        ("president", "Ichikawa Tomiko", "apmbc", "22MSP", "Japan"),
    }


def test_designated_president_of_the_convention_with_no_state_in_the_sentence() -> None:
    """"La representante permanente de este país": no State named, so the person only."""
    assert _mandates("postses12-fue-designada.txt") == {("president", "Alicia Buenrostro Massieu", "ccm", None, None)}


def test_elected_president_of_a_numbered_meeting_with_the_state_in_the_sentence() -> None:
    assert _mandates("postses12-fue-elegido.txt") == {
        ("president", "Chile", "apmbc", "15MSP", None),
        ("president", "Marta Maurás", "apmbc", "15MSP", "Chile"),
    }


def test_elected_president_of_the_conference_in_french() -> None:
    assert _mandates("postses12-a-ete-elu.txt") == {
        ("president", "Suisse", "ccm", "2RC", None),
        ("president", "M. Félix Baumann", "ccm", "2RC", "Suisse"),
    }


def test_heads_of_state_councils_clubs_and_parties_hold_no_treaty_presidency() -> None:
    """"la presidencia de la República", "el presidente de Colombia, Juan Manuel Santos", "la
    présidence française du Conseil de sécurité", "la presidencia mexicana del G20", "presidente
    del club", "la convención nacional del partido", "la presidencia chilena" with no treaty named."""
    assert _mandates("postses12-presidencia-demonym-negatives.txt") == set()
