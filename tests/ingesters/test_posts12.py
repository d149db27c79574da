"""Presidencies in five phrasings news prose uses, each with the text where it must not fire.

"X was elected as new Convention President for the 11MSP" / "elected President of the
Convention (for the Sixth Meeting)"; "thanked Ambassador Y of Z for assuming the presidency of the
meeting" (the item's one numbered meeting); a possessive written with a backtick or a curly
apostrophe ("Switzerland`s presidency of the 2RC"); "Y of Z was voted chair of the Ottawa Treaty's
Fourteenth Meeting" (APMBC); "X becomes President of the CCM, following Y" (Y held it before).
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.meeting_page.ingester import MeetingPageIngester
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mandate

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def _mandates(name: str, page: bool = False) -> set[tuple[str, str, str, str | None, str | None]]:
    records = (MeetingPageIngester() if page else NewsIngester()).extract(read_file(FIXTURES / name))
    return {(m.role, m.holder.name, m.convention, m.for_meeting, m.on_behalf_of.name if m.on_behalf_of else None)
            for m in records if isinstance(m, Mandate)}


def test_elected_as_new_convention_president_for_a_meeting() -> None:
    assert _mandates("posts12-elected-convention-president.txt") == {
        ("president", "Iraq", "ccm", "11MSP", None),
        ("president", "Ambassador Abdul-Karim Hashim Mostafa", "ccm", "11MSP", "Iraq"),
    }  # Mexico, only thanked, holds nothing


def test_elected_president_of_the_convention_for_a_meeting() -> None:
    assert _mandates("posts12-elected-president-of-the-convention.txt") == {("president", "Germany", "ccm", "6MSP", None)}


def test_elected_president_of_the_convention_and_never_the_one_the_president_thanked() -> None:
    """Two meetings named: no meeting is guessed; Switzerland, thanked by the President, is none."""
    assert _mandates("posts12-elected-no-meeting.txt") == {("president", "Mexico", "ccm", None, None)}


def test_elected_president_of_a_club_is_no_post() -> None:
    assert _mandates("posts12-elected-not-a-convention.txt") == set()


def test_thanked_for_assuming_the_presidency_of_the_meeting() -> None:
    assert _mandates("posts12-assuming-presidency-of-meeting.txt") == {
        ("president", "Norway", "apmbc", "4RC", None),
        ("president", "Ambassador Hans Brattskar", "apmbc", "4RC", "Norway"),
    }


def test_thanked_for_anything_else_is_no_presidency() -> None:
    assert _mandates("posts12-thanked-for-other-work.txt") == set()
    assert _mandates("posts12-president-thanked.txt") == set()


def test_a_possessive_with_a_backtick_or_a_curly_apostrophe() -> None:
    assert _mandates("posts12-backtick-presidency.txt") == {("president", "Switzerland", "ccm", "2RC", None)}
    assert _mandates("posts12-possessive-presidency.txt") == {("president", "Chile", "apmbc", "15MSP", None)}


def test_a_presidency_of_the_security_council_is_no_treaty_presidency() -> None:
    assert _mandates("posts12-possessive-security-council.txt") == set()


def test_voted_chair_of_the_ottawa_treaty_meeting() -> None:
    assert _mandates("posts12-voted-chair-ottawa.txt") == {
        ("president", "Austria", "apmbc", "14MSP", None),
        ("president", "Ambassador Thomas Hajnoczi", "apmbc", "14MSP", "Austria"),
    }


def test_voted_chair_of_a_board_is_no_post() -> None:
    assert _mandates("posts12-voted-chair-other.txt") == set()


def test_becomes_president_following_the_one_before() -> None:
    """Switzerland takes the presidency (and the 2RC it will preside over); Sri Lanka had it
    before: a President of the CCM of no meeting this page names, never of the 2RC."""
    assert _mandates("posts12-becomes-president.txt") == {
        ("president", "Switzerland", "ccm", "2RC", None),
        ("president", "Sri Lanka", "ccm", None, None),
    }


def test_following_a_possessive_names_no_predecessor() -> None:
    assert _mandates("posts12-following-possessive.txt") == {("president", "Switzerland", "ccm", None, None)}


def test_becomes_president_of_another_body_is_no_post() -> None:
    assert _mandates("posts12-becomes-president-other.txt") == set()


def test_the_kind_ingest_detects_reads_them_alike() -> None:
    """`ccmgraph ingest` detects these short pages as meeting pages, whose prose is read like news."""
    for path in sorted(FIXTURES.glob("posts12-*.txt")):
        assert _mandates(path.name, page=True) == _mandates(path.name), path.name
