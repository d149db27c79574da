"""The officers of a meeting in each layout the field writes them: final-report prose, the UN
Yearbook's one sentence, a page's label lines and Bureau list, "were:" lists, appositions and
a presidency taken up on a date. Each gives exactly its mandates (State and, where named,
person; the meeting): nothing for a member whose role is not given, a body's President that is
no meeting's, or a State only thanked."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph import ingesters
from ccmgraph.document.read import read_file
from ccmgraph.ingesters.cut_lists import without_cut_item
from ccmgraph.ingesters.undated import without_dated_twins
from ccmgraph.records import Mandate, PartialDate, Record

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _mandates(path: str) -> set[tuple[str, str | None, str, str, str]]:
    doc = read_file(FIXTURES / path)
    read, cut = without_cut_item(doc)
    kind, ingester = ingesters.choose(read, None)
    records: list[Record] = [*cut, *ingester.extract(read)]
    records = without_dated_twins([*records, *ingesters.every_kind(read, kind, records)])
    return {(m.role, m.for_meeting, m.holder.kind, m.holder.name, m.convention) for m in records if isinstance(m, Mandate)}


def _states(role: str, meeting: str, convention: str, *names: str) -> set[tuple[str, str | None, str, str, str]]:
    return {(role, meeting, "state", n, convention) for n in names}


VP_14MSP = ("Afghanistan", "Chile", "Colombia", "Costa Rica", "Indonesia", "Netherlands", "Poland", "Zambia")


@pytest.mark.parametrize(("path", "expected"), [
    ("meeting_pages/ccm-1rc-final-report-officers.txt", {  # Zambia and Costa Rica only thanked
        *_states("president", "1RC", "ccm", "Croatia"),
        ("president", "1RC", "person", "Ambassador Vesela Mrđen Korać", "ccm"),
    }),
    ("meeting_pages/apmbc-14msp-final-report-officers.txt", {  # Mozambique only thanked
        *_states("president", "14MSP", "apmbc", "Belgium"),
        ("president", "14MSP", "person", "H.E. Mr. Bertrand de Crombrugghe", "apmbc"),
        *_states("vice-president", "14MSP", "apmbc", *VP_14MSP),
        ("other", "14MSP", "person", "H.E. Mr. Urs Schmid", "apmbc"),  # the Secretary-General
    }),
    ("meeting_pages/apmbc-14msp-yearbook-officers.txt", {
        *_states("president", "14MSP", "apmbc", "Belgium"),
        ("president", "14MSP", "person", "Bertrand de Crombrugghe", "apmbc"),
        *_states("vice-president", "14MSP", "apmbc", *VP_14MSP),
    }),
    ("meeting_pages/apmbc-14msp-officer-labels.txt", {
        *_states("president", "14MSP", "apmbc", "Belgium"),
        *_states("vice-president", "14MSP", "apmbc", *VP_14MSP),
    }),
    ("meeting_pages/ccm-1msp-president-label.txt", {
        *_states("president", "1MSP", "ccm", "Laos"),
        ("president", "1MSP", "person", "H.E. Mr. Thongloun Sisoulith", "ccm"),
    }),
    ("meeting_pages/apmbc-14msp-bureau-roles.txt", {  # Colombia's line gives no role: none
        *_states("president", "14MSP", "apmbc", "Belgium"),
        *_states("vice-president", "14MSP", "apmbc", "Afghanistan", "Chile"),
    }),
    ("meeting_pages/apmbc-14msp-bureau-unroled.txt", _states("president", "14MSP", "apmbc", "Belgium")),
    ("meeting_pages/apmbc-14msp-vice-presidents-were.txt", {
        *_states("president", "14MSP", "apmbc", "Belgium"),
        *_states("vice-president", "14MSP", "apmbc", *VP_14MSP),
    }),
    ("news/apmbc-5rc-presidency-appositions.txt", {
        *_states("president", "5RC", "apmbc", "Cambodia"), *_states("president", "21MSP", "apmbc", "Germany"),
    }),
    ("news/ccm-9msp-presidency-held-by.txt", _states("president", "9MSP", "ccm", "Spain")),
    ("news/ccm-12msp-presidency-taken-over.txt", _states("president", "12MSP", "ccm", "Mexico")),
    ("meeting_pages/ccm-11msp-other-bodies-officers.txt", {  # no HRC or UNGA President; Germany only thanked
        *_states("president", "10MSP", "ccm", "United Kingdom"),
        *_states("president", "11MSP", "ccm", "Iraq"),
        ("president", "11MSP", "person", "Ambassador Abdul-Karim Hashim Mostafa", "ccm"),
    }),
])
def test_officers_in_each_layout(path: str, expected: set[tuple[str, str | None, str, str, str]]) -> None:
    assert _mandates(path) == expected


def test_a_presidency_taken_over_in_a_month_starts_that_month() -> None:
    doc = read_file(FIXTURES / "news/ccm-12msp-presidency-taken-over.txt")
    kind, ingester = ingesters.choose(doc, None)
    starts = {m.start for m in ingester.extract(doc) if isinstance(m, Mandate) and m.for_meeting == "12MSP"}
    assert starts == {PartialDate(2023, 9)}  # no day invented


@pytest.mark.parametrize("line", [
    "President of the General Assembly: Mr. Mogens Lykketoft (Denmark)",
    "Vice-Presidents: Afghanistan, Chile and the International Campaign to Ban Landmines",
    "President: Belgium and thanked Mozambique",
])
def test_a_label_line_of_another_body_or_with_other_words_is_none(tmp_path: Path, line: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Fourteenth Meeting of the States Parties to the Anti-Personnel Mine Ban Convention\n\n"
                    "Geneva, 30 November - 4 December 2015\n\n" f"{line}\n\n"
                    "The Fourteenth Meeting of the States Parties reviewed the implementation of the Maputo Action Plan.\n",
                    encoding="utf-8")
    doc = read_file(page)
    kind, ingester = ingesters.choose(doc, None)
    assert not [m for m in ingester.extract(doc) if isinstance(m, Mandate)]
