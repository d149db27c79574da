"""A numbered meeting recalled by its month(s): the held clause after its name ("qui s'est
déroulée à Carthagène en novembre-décembre 2009") dates and places it, and so does a host
named before it with the month set off after it ("acogió la Segunda Conferencia de Examen
de la Convención, en diciembre de 2009,"); a month with no such words dates nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.records import Meeting, PartialDate

PAGES = Path(__file__).parents[1] / "fixtures" / "meeting_pages"
FR = PAGES / "apmbc-2rc-month-statement-fr.txt"
ES = PAGES / "apmbc-2rc-host-month-es.txt"

Row = tuple[str | None, PartialDate | None, PartialDate | None, str | None]


def _meetings(path: Path) -> list[Row]:
    return [(m.short_name, m.date, m.end_date, m.city)
            for m in MeetingPageIngester().extract(read_file(path)) if isinstance(m, Meeting)]


def _variant(tmp_path: Path, path: Path, old: str, new: str) -> Path:
    page = tmp_path / path.name
    text = path.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, new), encoding="utf-8")
    return page


def test_a_held_clause_with_its_city_and_months() -> None:
    assert _meetings(FR) == [("2RC", PartialDate(2009, 11), PartialDate(2009, 12), "Cartagena")]


def test_an_english_held_clause(tmp_path: Path) -> None:
    page = _variant(tmp_path, FR, "la deuxième conférence d'examen de la convention d'Ottawa, qui s'est déroulée à "
                    "Carthagène en novembre-décembre 2009,", "the First Review Conference of the Ottawa Convention, which "
                    "was held in Nairobi in November-December 2004,")
    assert _meetings(page) == [("1RC", PartialDate(2004, 11), PartialDate(2004, 12), "Nairobi")]


def test_a_host_and_the_month_after_the_name() -> None:
    assert _meetings(ES) == [("2RC", PartialDate(2009, 12), None, None)]


@pytest.mark.parametrize(("old", "new"), [
    ("Colombia acogió la", "Tras la"),  # no host: the month may be another event's
    ("en diciembre de 2009, y", "en diciembre de 2009 firmó y"),  # the apposition does not close
])
def test_no_month_without_the_words_that_make_it_the_meetings(tmp_path: Path, old: str, new: str) -> None:
    assert _meetings(_variant(tmp_path, ES, old, new)) == [("2RC", None, None, None)]


def test_no_month_in_a_clause_with_another_verb(tmp_path: Path) -> None:
    page = _variant(tmp_path, FR, "qui s'est déroulée à Carthagène en", "qui a été préparée à Genève en")
    assert _meetings(page) == [("2RC", None, None, None)]
