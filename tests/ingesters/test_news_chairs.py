"""Presidents of a convention named with no meeting (news/chairs.py).

Written in four layouts: a handover ("X now takes over from Y as President of the ...", "as
outgoing President of the Convention, will hand over the presidency to Z"); the post before an
apposition ("the Convention's President, Ambassador X of Germany"); a holder whose apposition
the post ends ("Ly Thuch, Senior Minister, ..., and Chairman of the 2024 Ottawa Convention");
and a page that names no convention at all.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mandate, Warning_

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def _records(name: str) -> list[object]:
    return list(NewsIngester().extract(read_file(FIXTURES / name)))


def _mandates(name: str) -> set[tuple[str, str, str, str | None, str | None, str | None]]:
    return {(m.role, m.holder.name, m.convention, m.for_meeting, m.start.iso() if m.start else None,
             m.on_behalf_of.name if m.on_behalf_of else None)
            for m in _records(name) if isinstance(m, Mandate)}


def test_a_handover_seats_the_incoming_president_on_the_pages_one_meeting() -> None:
    """The incoming State and its Ambassador preside the 19MSP; the outgoing ones presided no
    meeting this page names; a Vice-President of the Convention is no President. The handover
    happens "now" in an article dated 2021: the incoming start, the outgoing end, in 2021."""
    assert _mandates("convention-president-handover.txt") == {
        ("president", "Netherlands", "apmbc", "19MSP", "2021", None),
        ("president", "Robbert Gabriëlse", "apmbc", "19MSP", "2021", "Netherlands"),
        ("president", "Sudan", "apmbc", None, None, None),
        ("president", "Ambassador Osman Abufatima Adam Mohammed", "apmbc", None, None, None),
    }
    assert _ends("convention-president-handover.txt") == {
        "Netherlands": None, "Robbert Gabriëlse": None, "Sudan": "2021",
        "Ambassador Osman Abufatima Adam Mohammed": "2021",
    }


def _ends(name: str) -> dict[str, str | None]:
    return {m.holder.name: m.end.iso() if m.end else None for m in _records(name) if isinstance(m, Mandate)}


def test_a_handover_of_the_present_tense_is_dated_by_the_articles_printed_date() -> None:
    """"X becomes President ..., following Y" in an article of 6 September 2019: X starts and
    Y ends in 2019 (X of the page's one numbered meeting, the 2RC)."""
    assert _mandates("convention-president-handover-becomes.txt") == {
        ("president", "Switzerland", "ccm", "2RC", "2019", None),
        ("president", "Sri Lanka", "ccm", None, None, None),
    }
    assert _ends("convention-president-handover-becomes.txt") == {"Switzerland": None, "Sri Lanka": "2019"}


def test_a_handover_told_in_the_past_or_on_an_undated_page_gets_no_year() -> None:
    """"Croatia took over from Costa Rica" in an article of 2016 happened before it: no year;
    "Norway now takes over from Lebanon" on a page that prints no date of its own: no year."""
    assert _mandates("convention-president-handover-past.txt") == {
        ("president", "Croatia", "ccm", None, None, None),
        ("president", "Costa Rica", "ccm", None, None, None),
    }
    assert set(_ends("convention-president-handover-past.txt").values()) == {None}
    undated = _records("convention-president-handover-undated.txt")
    assert {(m.holder.name, m.start, m.end) for m in undated if isinstance(m, Mandate)} == {
        ("Norway", None, None), ("Steffen Kongstad", None, None), ("Lebanon", None, None), ("Mr Mansour", None, None)}


def test_the_post_before_its_holder_and_never_a_speaker_named_after_it() -> None:
    """"the Convention's President, Ambassador X of Germany": X and Germany, of the 7MSP (the
    page's one numbered meeting); the one who "spoke for the President" holds nothing."""
    assert _mandates("convention-president-apposition.txt") == {
        ("president", "Germany", "ccm", "7MSP", None, None),
        ("president", "Ambassador Michael Biontino", "ccm", "7MSP", None, "Germany"),
    }


def test_a_chair_of_a_year_and_a_page_of_two_meetings() -> None:
    """"Chairman of the 2024 Ottawa Convention" starts in 2024; a page naming two Review
    Conferences seats no one; the Prime Minister named before "according to" holds nothing."""
    assert _mandates("convention-president-chair.txt") == {
        ("president", "Ly Thuch", "apmbc", None, "2024", None),
        ("president", "Mozambique", "apmbc", None, None, None),
    }


def test_a_president_of_a_convention_the_text_never_names_is_left_out_with_a_warning() -> None:
    records = _records("convention-president-unnamed.txt")
    assert not [r for r in records if isinstance(r, Mandate)]
    warnings = [r.message for r in records if isinstance(r, Warning_)]
    assert warnings == ["convention-president-unnamed.txt: a President of a convention the text does not name "
                        "is left out"]


def test_a_meetings_presidency_named_after_it() -> None:
    """"the 8MSP Presidency, Nicaragua" as "the 8MSP President, Ambassador X"."""
    assert _mandates("meeting-presidency-named.txt") == {
        ("president", "Nicaragua", "ccm", "8MSP", None, None),
        ("president", "Ambassador Hernán Estrada Román", "ccm", "8MSP", None, "Nicaragua"),
    }


def test_isu_directors_in_apposition_and_the_director_unnamed_holds_nothing() -> None:
    """"Director of the Implementation Support Unit (ISU), Ms X", "Director of the Secretariat of
    the Convention on Cluster Munitions, Ms X", "Ms X, Director of the ISU since ..."; "the
    Director of the Implementation Support Unit, who" names nobody, and the visit's coordinator
    is no Director. "Ms Sheila Mweemba" after "Ms. Sheila N. Mweemba" is the same woman, named
    as the page first writes her."""
    got = {(m.role, m.holder.name, m.start.iso() if m.start else None, m.context)
           for m in _records("isu-directors.txt") if isinstance(m, Mandate)}
    assert got == {
        ("isu-director", "Ms. Sheila N. Mweemba", None, "news-1"),
        ("isu-director", "Ms. Sheila N. Mweemba", None, "news-2"),   # one woman, as first written
        ("isu-director", "Ms Pamela Moraga", "2023-05-01", "news-3"),
    }


def test_an_isu_director_is_of_the_isu_where_no_words_tie_them_to_another() -> None:
    from ccmgraph.records import Mention
    got = {(m.name, m.party.name if m.party else None)
           for m in _records("isu-directors.txt") if isinstance(m, Mention) and m.kind == "person"}
    assert got == {("Ms. Sheila N. Mweemba", "CCM ISU"), ("Ms Pamela Moraga", "CCM ISU"), ("Ms. Laura Perez", None)}


def test_to_preside_over_the_work_of_a_conference() -> None:
    """"X of Lithuania was designated ... to preside over the work of the Second Conference";
    the Netherlands, thanked for its work, holds nothing."""
    assert _mandates("protocol-v-conference-release.txt") == {
        ("president", "Lithuania", "ccw-p5", "2CONF", None, None),
        ("president", "Ambassador Edvardas Borisovas", "ccw-p5", "2CONF", None, "Lithuania"),
    }


def test_facilitators_named_after_the_states_they_follow() -> None:
    """"with the support of Ecuador and Norway, facilitators on Universalisation": coordinators;
    Chile, the host of another meeting, is none."""
    assert {(m[0], m[1]) for m in _mandates("facilitators-universalization.txt")} == {
        ("coordinator", "Ecuador"), ("coordinator", "Norway")}


def test_a_president_designate_of_a_years_conference() -> None:
    """"X, President-designate of the 2018 Conference of the High Contracting Parties to Protocol
    V": a designation of Protocol V's, no start and no meeting; a President named with no
    holder is none."""
    got = {(m.role, m.holder.name, m.convention, m.start, m.for_meeting)
           for m in _records("convention-president-designate-year.txt") if isinstance(m, Mandate)}
    assert got == {("president-designate", "Mouayed Saleh", "ccw-p5", None, None)}
