"""The field's vocabulary as data: every ingester and the resolver read the same words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ccmgraph import vocabulary as v
from ccmgraph.errors import InputError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7MSP", ("msp", None, 7)),
        ("the Seventh Meeting of States Parties", ("msp", None, 7)),
        ("the 7th Meeting of the States Parties to the Convention on Cluster Munitions", ("msp", "ccm", 7)),
        ("APMBC 15MSP", ("msp", "apmbc", 15)),
        ("the Fifteenth Meeting of the States Parties of the Anti-Personnel Mine Ban Convention", ("msp", "apmbc", 15)),
        ("the Second Review Conference (2RC)", ("revcon", None, 2)),
        ("the 3rd RevCon", ("revcon", None, 3)),
        ("the Twenty-first Meeting of States Parties", ("msp", None, 21)),
        ("CCM intersessional meetings", ("intersessional", "ccm", None)),
        ("the first preparatory meeting", ("preparatory", None, 1)),
        ("the Protocol V Meeting of Experts", ("experts", "ccw-p5", None)),
        ("the Tenth Conference of High Contracting Parties to Protocol V", ("hcp-conference", "ccw-p5", 10)),
        ("the Coordinating Committee meeting", ("cc", None, None)),
        ("President-designate of the Ninth Conference.", ("hcp-conference", "ccw-p5", 9)),
        ("the 13th Annual Conference", ("hcp-conference", "ccw-p5", 13)),
        ("the first ever informal Meeting of Experts", ("experts", None, 1)),
        ("the Oslo Diplomatic Conference", ("apmbc-diplomatic", "apmbc", None)),
        ("the Dublin Diplomatic Conference on Cluster Munitions", ("ccm-diplomatic", "ccm", None)),
        ("una Conferencia Diplomática en Dublín", ("ccm-diplomatic", "ccm", None)),
        ("la Conférence diplomatique de Dublin", ("ccm-diplomatic", "ccm", None)),
        ("la Conferenza diplomatica di Dublino", ("ccm-diplomatic", "ccm", None)),
    ],
)
def test_meeting_mentions(text: str, expected: tuple[str, str | None, int | None]) -> None:
    found = list(v.meeting_mentions(text))
    assert [(m.kind, m.convention, m.number) for m in found] == [expected]
    assert found[0].text == " ".join(text[found[0].start : found[0].end].split())


def test_a_meeting_of_another_ccw_protocol_is_no_meeting_of_protocol_v() -> None:
    """Amended Protocol II holds its Annual Conference and Group of Experts under the names
    Protocol V's use, often in the same week and on the same page: only Protocol V's count."""
    text = ("Opened by the President-designate of the Twelfth Annual Conference of the High Contracting "
            "Parties to Amended Protocol II on 19 April, the Group of Experts of the High Contracting "
            "Parties to Amended Protocol II (19-20 April) and the Meeting of Experts of the High "
            "Contracting Parties to Protocol V (21-23 April); closed by the President-designate of the "
            "Fourth Conference of the High Contracting Parties to Protocol V. The Third Conference of "
            "the High Contracting Parties to Protocol IV met in 2009.")
    assert [(m.kind, m.number) for m in v.meeting_mentions(text)] == [("experts", None), ("hcp-conference", 4)]


def test_no_meeting_where_none_is_named() -> None:
    assert list(v.meeting_mentions("The States Parties met the experts in the review of Article 7.")) == []
    assert list(v.meeting_mentions("MSPs are held in Geneva")) == []
    # a bare Conference is a Protocol V one only as a capitalised ordinal's, never heading another name
    for text in ("The Conference decided", "the second conference", "the Second Conference on Disarmament",
                 "the First Conference Room", "a Conference of the Parties"):
        assert list(v.meeting_mentions(text)) == [], text


def test_conventions_by_every_written_form_and_not_inside_organisation_names() -> None:
    assert v.convention_of("the Ottawa Convention") == "apmbc"
    assert v.convention_of("Protocol V to the Convention on Certain Conventional Weapons (CCW)") == "ccw-p5"
    assert v.convention_of("The CCW met") == "ccw"
    assert v.convention_of("the CCM ISU Director") is None  # an organisation, not the treaty
    assert v.convention_of("ccm is written in capitals") is None
    assert v.conventions_about("landmines and anti-personnel mines, one cluster munition") == ["apmbc", "ccm"]
    # the long title as pages write it, hyphen broken by a line or left out
    for written in ("Transfer of Anti- Personnel Mines and on their Destruction",
                    "Transfer of Antipersonnel Mines and on Their Destruction"):
        assert v.convention_of(f"the Convention on the Prohibition of the Use, Stockpiling, Production and {written}") == "apmbc"


@pytest.mark.parametrize(("text", "about"), [
    ("la Convention d'Ottawa interdit les mines antipersonnel", ["apmbc"]),
    ("el Tratado de Ottawa sobre minas antipersonal", ["apmbc"]),
    ("la destruction des armes à sous-munitions", ["ccm"]),
    ("la prohibición de las municiones en racimo", ["ccm"]),
    ("les restes explosifs de guerre", ["ccw-p5"]),
    ("los restos explosivos de guerra y las minas terrestres", ["apmbc", "ccw-p5"]),
    ("le comité de quartier a voté le budget", []),  # nothing of the field: no convention
])
def test_conventions_about_in_french_and_spanish(text: str, about: list[str]) -> None:
    assert sorted(v.conventions_about(text)) == about


@pytest.mark.parametrize(("word", "number"), [("first", 1), ("Thirtieth", 30), ("22nd", 22), ("3", 3),
                                            ("20º", 20), ("20°", 20)])  # a degree sign for º, as pages write it
def test_ordinals(word: str, number: int) -> None:
    assert v.ordinal(word) == number


@pytest.mark.parametrize("word", ["thirty-first", "Sventh", "7x", ""])
def test_not_ordinals(word: str) -> None:
    assert v.ordinal(word) is None


def test_honorifics_as_written_or_in_capitals_but_not_words_of_a_sentence() -> None:
    pattern = re.compile(v.honorific_pattern())
    for written, canonical in (("H.E", "H.E."), ("H. E.", "H.E."), ("AMB.", "Ambassador"), ("Professor", "Prof.")):
        assert pattern.fullmatch(written) and v.canonical_honorific(written) == canonical
    assert pattern.match("He said") is None and pattern.match("Mrsx") is None
    assert re.fullmatch(v.honorific_pattern(with_titles=True), "Minister")
    assert not re.fullmatch(v.honorific_pattern(), "Minister")


def test_bodies_and_plans() -> None:
    assert v.body_organisation("the ISU", "ccm") == "CCM ISU"
    assert v.body_organisation("ISU", "apmbc") == "APMBC ISU"
    assert v.body_organisation("Coordination Committee", "ccm") is None
    plans = {p.key: p for p in v.action_plans()}
    assert plans["dubrovnik"].abbreviations == ("DAP",) and plans["siem-reap-angkor"].name == "Siem Reap-Angkor"


def test_a_broken_vocabulary_file_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "vocabulary"
    folder.mkdir()
    (folder / "conventions.yml").write_text("- not a mapping\n", encoding="utf-8")
    monkeypatch.setenv("CCMGRAPH_DATA", str(tmp_path))
    v.clear_caches()
    try:
        with pytest.raises(InputError, match="conventions.yml"):
            v.conventions()
    finally:
        monkeypatch.undo()
        v.clear_caches()


def test_the_apmbc_french_review_conference_is_no_meeting_of_states_parties() -> None:
    """French APMBC documents call a Review Conference "la première Conférence des États parties
    chargée de l'examen de la Convention"; "Conférence des États parties" alone is an MSP's name."""
    text = ("les préparatifs de la première Conférence des États parties chargée de l’examen de la "
            "Convention; la 1ère Conférence des États parties à Vientiane")
    assert [(m.kind, m.number) for m in v.meeting_mentions(text)] == [("revcon", 1), ("msp", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la quatrième Réunion des États parties à la Convention sur les armes à sous-munitions a",
         ("msp", "ccm", 4)),
        ("la première Conférence d'examen de la Convention d'Ottawa s'est ouverte", ("revcon", "apmbc", 1)),
        ("la Segunda Conferencia de Examen de la Convención de Ottawa se llevó a cabo", ("revcon", "apmbc", 2)),
        ("la Primera Conferencia de Revisión de la Convención sobre Municiones en Racimo inició",
         ("revcon", "ccm", 1)),
        ("a Segunda Reunião dos Estados Partes da Convenção sobre Munições Cluster", ("msp", "ccm", 2)),
        ("a Terceira Conferência de Revisão da Convenção de Ottawa", ("revcon", "apmbc", 3)),
        ("la XII Reunión de Estados Parte de la Convención sobre Municiones en Racimo", ("msp", "ccm", 12)),
        ("la II Conferencia de Revisión del Tratado de Ottawa", ("revcon", "apmbc", 2)),
    ],
)
def test_a_meeting_named_in_french_spanish_or_portuguese_takes_the_convention_after_it(
        text: str, expected: tuple[str, str | None, int | None]) -> None:
    found = list(v.meeting_mentions(text))
    assert [(m.kind, m.convention, m.number) for m in found] == [expected]


@pytest.mark.parametrize(
    "text",
    ["the Protocol V Meeting of Experts", "el Protocolo V Reunión de Expertos", "Amended Protocol II Meeting of Experts",
     "Phase II Meeting of Experts", "x meeting of experts"],
)
def test_a_roman_numeral_after_protocol_or_in_lower_case_numbers_no_meeting(text: str) -> None:
    assert all(m.number is None for m in v.meeting_mentions(text))


def test_a_convention_after_a_meeting_is_taken_only_when_joined_to_it() -> None:
    """"de" joins a name to the convention right after it, not to one a clause later."""
    found = list(v.meeting_mentions("la Reunión de Estados Parte, celebrada en Ginebra, de la Convención de Ottawa"))
    assert [(m.kind, m.convention) for m in found] == [("msp", None)]


def test_a_conference_in_dublin_that_says_no_more_is_not_the_diplomatic_one() -> None:
    """Dublin hosted other conferences (explosive weapons, 2022): "la Conférence de Dublin" alone is none."""
    assert list(v.meeting_mentions("lors de la Conférence de Dublin de 2022 sur les armes explosives")) == []
