"""Meetings known by a name rather than a number (vocabulary/meetings.yml `named_meetings`):
"the Cartagena Summit on a Mine-Free World" is the APMBC's Second Review Conference, one IRI
with its numbered name, and a place alone, a common noun or another thing named after the
place is no meeting."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ccmgraph import ingesters
from ccmgraph import vocabulary as v
from ccmgraph.document.read import read_file
from ccmgraph.paths import vocabulary_dir
from ccmgraph.pipeline import extract_and_map
from ccmgraph.records import Mandate, Meeting, PartialDate

NEWS = Path(__file__).parent / "fixtures" / "news"
MEETING_ID = "https://w3id.org/ccmgraph/id/meeting/"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Nairobi Summit on a Mine-Free World", ("revcon", "apmbc", 1, "Nairobi")),
        ("The Cartagena Summit on a Mine-Free World, or", ("revcon", "apmbc", 2, "Cartagena")),
        ("said the Cartagena Summit President", ("revcon", "apmbc", 2, "Cartagena")),
        ("the Cartagena Summit on 4 December 2009", ("revcon", "apmbc", 2, "Cartagena")),
        ("la Cumbre de Cartagena por un Mundo Libre de Minas", ("revcon", "apmbc", 2, "Cartagena")),
        ("the 2014 Maputo Review Conference", ("revcon", "apmbc", 3, "Maputo")),
        ("the Maputo Review Conference on a Mine-Free World", ("revcon", "apmbc", 3, "Maputo")),
        ("the Oslo Review Conference", ("revcon", "apmbc", 4, "Oslo")),
        ("the Siem Reap–Angkor Review Conference", ("revcon", "apmbc", 5, "Siem Reap")),
        ("The Siem Reap-Angkor Summit on a Mine-Free World", ("revcon", "apmbc", 5, "Siem Reap")),
        ("the Dubrovnik Review Conference", ("revcon", "ccm", 1, "Dubrovnik")),
        ("la Conférence d’examen de Dubrovnik", ("revcon", "ccm", 1, "Dubrovnik")),
        ("the Lausanne Review Conference", ("revcon", "ccm", 2, None)),
        ("the second five-year Review Conference", ("revcon", None, 2, None)),
    ],
)
def test_named_meeting(text: str, expected: tuple[object, ...]) -> None:
    found = [(m.kind, m.convention, m.number, m.city) for m in v.meeting_mentions(text)]
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    ["Nairobi, Kenya", "a summit in Nairobi", "the Summit", "the Oslo Process", "the Oslo Action Plan",
     "the Nairobi Summit on ICPD25", "the Cartagena Summit of the Americas", "the Dubrovnik Action Plan",
     "the Maputo +15 Declaration", "the Lausanne Action Plan"],
)
def test_no_named_meeting(text: str) -> None:
    assert [(m.kind, m.number) for m in v.meeting_mentions(text) if m.number is not None] == []
    assert not any(m.city for m in v.meeting_mentions(text))


def test_named_and_numbered_one_meeting() -> None:
    text = "The Second Review Conference of the Convention (Cartagena Summit) opened."
    found = {(m.kind, m.number) for m in v.meeting_mentions(text)}
    assert found == {("revcon", 2)}


def test_named_meetings_within_held() -> None:
    """No name stands for a meeting its convention has not held (held.yml)."""
    held = yaml.safe_load((vocabulary_dir() / "held.yml").read_text(encoding="utf-8"))["held"]
    kinds = v.meeting_kinds()
    assert v.named_meetings()
    for meeting in v.named_meetings():
        assert meeting.kind in kinds and kinds[meeting.kind].numbered
        assert 1 <= meeting.number <= held[meeting.convention][meeting.kind]
        assert meeting.city is None or meeting.city in v.host_cities()


def _extract(name: str) -> tuple[list[Meeting], list[Mandate], set[str]]:
    doc = read_file(NEWS / name)
    kind, ingester = ingesters.choose(doc, None)
    records = list(ingester.extract(doc))
    _, mapped = extract_and_map(doc)
    iris = {str(s) for s in mapped.graph.subjects() if str(s).startswith(MEETING_ID)}
    return ([r for r in records if isinstance(r, Meeting)], [r for r in records if isinstance(r, Mandate)], iris)


def test_advisory_what_when_where() -> None:
    meetings, mandates, iris = _extract("nairobi-summit-advisory.txt")
    summit = [m for m in meetings if m.kind == "revcon"]
    assert len(summit) == 1 and (summit[0].number, summit[0].convention) == (1, "apmbc")
    assert (summit[0].date, summit[0].end_date, summit[0].city) == (PartialDate(2004, 11, 29), PartialDate(2004, 12, 3), "Nairobi")
    assert {(m.role, m.holder.name, m.for_meeting) for m in mandates} >= {("president-designate", "Austria", "1RC")}
    assert MEETING_ID + "revcon/apmbc-1rc" in iris
    assert not any("revcon" in i and not i.endswith("apmbc-1rc") for i in iris)


def test_closing_release_named_only() -> None:
    meetings, mandates, iris = _extract("oslo-review-conference-closing.txt")
    conference = [m for m in meetings if m.kind == "revcon"]
    assert [(m.number, m.convention, m.city) for m in conference] == [(4, "apmbc", "Oslo")]
    assert {(m.role, m.holder.name) for m in mandates if m.for_meeting == "4RC"} >= {("president", "Norway")}
    assert [i for i in iris if "/revcon/" in i] == [MEETING_ID + "revcon/apmbc-4rc"]
    # "the Oslo Action Plan" and "the Oslo Process" name no other meeting
    assert not any(m.kind == "conference" for m in meetings)


def test_city_before_an_opening_verb() -> None:
    """"Começa nesta segunda-feira (25), em Siem Reap, no Camboja, a 5ª Conferência": the city
    an opening verb puts before the name, past a time and with its country; a city the
    conventions never met in, or a clause of another subject, gives none."""
    from ccmgraph.ingesters.flat.cities import city_before_name

    def city(text: str) -> str | None:
        return city_before_name(text, text.index("5ª"), 0)

    assert city("Começa nesta segunda-feira (25), em Siem Reap, no Camboja, a 5ª Conferência de Revisão") == "Siem Reap"
    assert city("Comienza este lunes, en Ginebra, la 5ª Reunión") == "Geneva"
    assert city("Começa nesta segunda-feira, em Paris, a 5ª Conferência") is None
    assert city("O debate começa; em Siem Reap, a 5ª Conferência") is None


def test_president_designate_in_title_case(tmp_path: Path) -> None:
    """Advisories write the title "President-Designate": the same post as "President-designate"."""
    text = (NEWS / "nairobi-summit-advisory.txt").read_text(encoding="utf-8")
    assert "President-designate" in text
    (tmp_path / "advisory.txt").write_text(text.replace("President-designate", "President-Designate"), encoding="utf-8")

    def posts(path: Path) -> set[tuple[str, str, str | None]]:
        doc = read_file(path)
        _, ingester = ingesters.choose(doc, None)
        return {(m.role, m.holder.name, m.for_meeting) for m in ingester.extract(doc) if isinstance(m, Mandate)}

    assert posts(tmp_path / "advisory.txt") == posts(NEWS / "nairobi-summit-advisory.txt")
    assert ("president-designate", "Austria", "1RC") in posts(tmp_path / "advisory.txt")
