"""People named without an honorific where a post stands beside the name, in news prose.

"X, Director-General of the United Nations Office at Geneva"; "X, Head of Arms Unit, ICRC" (the
party as an apposition of its own after the post); "X, Director of the International Campaign
to Ban Landmines – Cluster Munition Coalition" (a dash inside a party's name ends nothing);
"United Nations Secretary-General Ban Ki-moon" (a post written as one hyphenated word before
the name); "X, President-designate of the 2018 Conference" (a post and no party: the person,
without one); "Jean Lint (Belgium)", "X (ICRC)", "X (for the ICBL)" (one party alone in brackets); "presented by X", "co-Laureate
X"; "H.E. X Ambassador of Norway" (no comma); "the German delegation was led by X". A party
after "on behalf of" is whom the person speaks for, not whose post it is. A run that may be a body
("Norwegian People's Aid", "Victim Assistance"), a bracket with two States, and a surname alone
("Ambassador Keul", no one of that name in full) give no one. In Spanish and German, the post
with its article before the name: "el Ministro de Relaciones Exteriores, Jaime Bermúdez".
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mention
from ccmgraph.resolve.stage import resolve_records

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def _people(name: str) -> set[tuple[str, str | None]]:
    records = resolve_records(list(NewsIngester().extract(read_file(FIXTURES / name)))).records
    return {(m.label or m.name, m.party.name if m.party else None)
            for m in records if isinstance(m, Mention) and m.kind == "person"}


def test_bare_names_with_a_post_beside_them() -> None:
    assert _people("people-bare-posts.txt") == {
        ("Michael Møller", "United Nations Office at Geneva"),
        ("Megan Burke", "International Campaign to Ban Landmines – Cluster Munition Coalition"),
        ("Ban Ki-moon", "United Nations"),
        ("Laurent Gisel", "ICRC"),
        ("Mary Wareham", "Human Rights Watch"),
        ("Matthew Hamilton", None),
        ("Jody Williams", "ICBL"),  # "(for the ICBL)", in the item that says so
        ("Jody Williams", None),  # "co-Laureate Jody Williams", in another item
        ("Peter Herby", "International Committee of the Red Cross"),  # an organisation alone in brackets
        ("Jean Lint", "Belgium"),
        ("Ana Lopez", None),
        ("Tom Smith", None),
        ("Antonio Prado", None),  # ECLAC is no party the registry knows; the UN is whom he speaks for
        ("Peter Maurer", None),  # "presented by X"
        ("Hans Brattskar", "Norway"),  # the post glued after the name, no comma
        ("Julio Bravo", "Chile"),  # the apposition ends at the clause's verb
        ("Michael Biontino", "Germany"),  # the head of the German delegation
        ("Toralf Pilz", None),  # the second person after "led by" is not said to lead it
        ("Stephen Goose", "Human Rights Watch"),  # a post opened by a lower-case word
        ("Gilles Carbonnier", "ICRC"),
        ("Geert Cappelaere", "UNICEF"),  # Carbonnier's post stands before him: the run is "post, name"
    }  # nor the title in quotes before "Secretary-General", "Ambassador Keul", "NEW YORK (United Nations)"


def test_posts_written_before_the_name_in_spanish_and_german() -> None:
    assert _people("people-foreign-posts.txt") == {
        ("Jaime Bermúdez", "Colombia"),  # "la delegación colombiana, encabezada por ..."
        ("Clemencia Forero Ucros", "Colombia"),
        ("Marie Okabe", "ONU"),
        ("Gernot Erler", None),
        ("Ban Ki-moon", "UN"),
        ("Kofi Annan", "ONU"),  # "de l'ONU"
        ("Ban Ki-moon", None),  # "El secretario general (Ban Ki-moon)": the post names no party
    }


def test_no_one_from_a_word_cut_a_second_spelling_a_place_or_a_body() -> None:
    """"PRAK Sokhonn led": "le" of "led" is no particle of his name; "Prince Mired Raad Zeid
    Al-Hussein" after "Prince Mired Al-Hussein" is the same man; "Cambodia's Capital City" is a
    place; "Entwicklungsprogramm der Vereinten Nationen (UNDP)" a body, not a person of the UNDP.
    A Spanish head of delegation after the name ("X, Jefe de la Delegación de Colombia", "X, Jefe de la Delegación que representó a Colombia",
    "el Jefe de Delegación de Colombia, General X", a rank before the name) is of that
    State; a Spanish post before the name with no State named gives the person alone."""
    people = _people("people-spurious-runs.txt")
    names = {name for name, _ in people}
    assert any(n.endswith("PRAK Sokhonn") for n in names)
    assert any(n.endswith("Mired Al-Hussein") for n in names)
    assert ("Camilo Reyes", "Colombia") in people  # "X, Jefe de la Delegación de Colombia"
    assert ("Francisco Santos", None) in people  # "el Vicepresidente de la República, X": no State named
    assert ("Óscar Naranjo", "Colombia") in people  # "el Jefe de Delegación de Colombia, General X": a rank
    assert ("Freddy Padilla de León", "Colombia") in people  # "X, Jefe de la Delegación que representó a Colombia"
    assert len(names) == 6, people
