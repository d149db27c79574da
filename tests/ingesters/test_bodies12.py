"""APMBC posts and meetings news prose names in passing, each with the text where it must not fire.

"Australia, in its capacity as Coordinator of the Convention's informal sponsorship programme"
(a theme ingest/reference/themes.csv names, in lower case past "the Convention's"); "the
Sponsorship Programme's Donors' Group, coordinated by Canada"; "their June 2014 Maputo Review
Conference" (a month and year, then the city, before the meeting's name); "the Fourth Review
Conference in 2019".
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.mapping.themes import resolve_theme
from ccmgraph.records import Mandate, Meeting, Record

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def _records(name: str) -> list[Record]:
    return list(NewsIngester().extract(read_file(FIXTURES / name)))


def _mandates(name: str) -> set[tuple[str, str, str, str | None, str | None]]:
    return {(m.role, m.holder.name, m.convention, m.theme, m.for_meeting)
            for m in _records(name) if isinstance(m, Mandate)}


def _meetings(name: str) -> set[tuple[str, str | None, int | None, str | None, str | None]]:
    return {(m.kind, m.convention, m.number, m.date.iso() if m.date else None, m.city)
            for m in _records(name) if isinstance(m, Meeting)}


def test_coordinator_of_the_conventions_informal_sponsorship_programme() -> None:
    """Mozambique, "in its capacity as host country", holds no post."""
    assert _mandates("bodies12-sponsorship-coordinator.txt") == {
        ("coordinator", "Australia", "apmbc", "informal sponsorship programme", None)}


def test_the_sponsorship_programme_is_a_theme_of_the_apmbc() -> None:
    theme = resolve_theme("apmbc", "Sponsorship Programme")
    assert theme is not None
    assert resolve_theme("apmbc", "informal sponsorship programme") == theme
    assert resolve_theme("apmbc", "Programa de Patrocinio") == theme
    assert resolve_theme("apmbc", "Programme de parrainage") == theme
    assert resolve_theme("ccm", "Sponsorship Programme") is None


def test_the_donors_group_coordinated_by_a_state() -> None:
    assert _mandates("bodies12-donors-group.txt") == {("coordinator", "Canada", "apmbc", "Sponsorship Programme", None)}


def test_in_its_capacity_as_host_country_is_no_post() -> None:
    assert _mandates("bodies12-host-country.txt") == set()


def test_a_football_leagues_sponsorship_programme_is_nothing() -> None:
    records = _records("bodies12-football-sponsorship.txt")
    assert not [r for r in records if isinstance(r, (Mandate, Meeting))]


def test_a_month_year_and_a_city_before_the_review_conference() -> None:
    """The committees met in Geneva: the Review Conference's city is the one its name holds."""
    assert _meetings("bodies12-maputo-review-conference.txt") == {
        ("revcon", "apmbc", None, "2014-06", "Maputo"),
        ("revcon", "apmbc", 4, "2019", None),
    }
    assert _mandates("bodies12-maputo-review-conference.txt") == set()


def test_a_month_year_that_opens_another_clause_dates_no_meeting() -> None:
    """"By June 2014 Mozambique had prepared the Review Conference": no date of the meeting's own."""
    assert not [m for m in _meetings("bodies12-month-year-elsewhere.txt") if m[3] == "2014-06"]
