"""Meetings a history lists "successively" after the numbered one of their kind ("les
assemblées suivantes; ces assemblées ont eu lieu successivement à Beyrouth (Liban) du 12 au 16
septembre 2011, à Oslo ...") are numbered on from it, each with its days and city. A list out
of order, an item without its days, or a list with no numbered meeting before it numbers nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.records import Meeting, PartialDate

PAGE = Path(__file__).parents[1] / "fixtures" / "meeting_pages" / "fr-ccm-msp-history-successive.txt"


def _meetings(path: Path) -> dict[str, tuple[object, ...]]:
    return {m.short_name or m.title: (m.convention, m.number, m.date, m.end_date, m.city)
            for m in MeetingPageIngester().extract(read_file(path)) if isinstance(m, Meeting)}


def test_a_successive_list_numbers_on_from_the_first_meeting() -> None:
    assert _meetings(PAGE) == {
        "1MSP": ("ccm", 1, PartialDate(2010, 11, 9), PartialDate(2010, 11, 12), "Vientiane"),
        "2MSP": ("ccm", 2, PartialDate(2011, 9, 12), PartialDate(2011, 9, 16), "Beirut"),
        "3MSP": ("ccm", 3, PartialDate(2012, 9, 11), PartialDate(2012, 9, 14), "Oslo"),
        "4MSP": ("ccm", 4, PartialDate(2013, 9, 10), PartialDate(2013, 9, 13), "Lusaka"),
        "5MSP": ("ccm", 5, PartialDate(2014, 9, 2), PartialDate(2014, 9, 5), "San José"),
        "1RC": ("ccm", 1, PartialDate(2015, 9, 7), PartialDate(2015, 9, 11), "Dubrovnik"),
    }


@pytest.mark.parametrize(("old", "new"), [
    ("du 11 au 14 septembre 2012", "du 11 au 14 septembre 2010"),  # out of order
    ("à Oslo (Norvège) du 11 au 14 septembre 2012", "à Oslo (Norvège) en 2012"),  # an item without its days
    ("La première Assemblée des États parties a été convoquée", "L’Assemblée a été convoquée"),  # nothing numbered before
    ("ont eu lieu successivement", "ont eu lieu"),  # not said to follow one another
])
def test_a_list_that_does_not_number_its_meetings_adds_none(tmp_path: Path, old: str, new: str) -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert old in text
    page = tmp_path / "page.txt"
    page.write_text(text.replace(old, new), encoding="utf-8")
    assert not {"2MSP", "3MSP", "4MSP", "5MSP"} & set(_meetings(page))
