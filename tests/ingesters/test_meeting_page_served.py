"""Committee seats a State's record lists in prose: each committee named after the State's
verb of sitting, with the years that follow it; none without years, none for a meeting of
the committee, none where no verb makes the State a member."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.records import Mandate

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"
PAGE = PAGES / "apmbc-committee-seats-es.txt"

Seat = tuple[str, str | None, int | None, int | None, str]


def _seats(path: Path) -> set[Seat]:
    return {(m.holder.name, m.theme, m.start.year if m.start else None, m.end.year if m.end else None, m.convention)
            for m in MeetingPageIngester().extract(read_file(path))
            if isinstance(m, Mandate) and m.role == "committee-member"}


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    text = PAGE.read_text(encoding="utf-8")
    assert old in text
    page = tmp_path / PAGE.name
    page.write_text(text.replace(old, new), encoding="utf-8")
    return page


def test_each_committee_with_its_years() -> None:
    assert _seats(PAGE) == {
        ("Colombia", "Victim Assistance", 2016, 2017, "apmbc"),
        ("Colombia", "Article 5 Implementation", 2018, 2019, "apmbc"),
        ("Colombia", "Enhancement of Cooperation and Assistance", 2020, 2021, "apmbc"),
    }


def test_an_english_list_with_years_in_parentheses(tmp_path: Path) -> None:
    sentence = ("En su intervención, la delegación recordó que Colombia ha formado parte del Comité de Asistencia a "
                "Víctimas entre 2016 y 2017, del Comité sobre la implementación del artículo 5 entre 2018 y 2019 y del "
                "Comité de Fortalecimiento de la Cooperación y la Asistencia entre 2020 y 2021.")
    page = _variant(tmp_path, sentence, "The delegation recalled that Colombia has served on the Committee on Victim "
                    "Assistance (2016-2017) and on the Committee on Cooperative Compliance.")
    assert _seats(page) == {("Colombia", "Victim Assistance", 2016, 2017, "apmbc")}  # no years, no seat


@pytest.mark.parametrize(("old", "new"), [
    ("ha formado parte del Comité de Asistencia", "ha participado en la reunión del Comité de Asistencia"),
    ("Colombia ha formado parte del", "Colombia presentó un informe del"),
])
def test_no_seat_without_a_verb_of_sitting(tmp_path: Path, old: str, new: str) -> None:
    assert ("Colombia", "Victim Assistance", 2016, 2017, "apmbc") not in _seats(_variant(tmp_path, old, new))
