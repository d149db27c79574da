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
        ("revcon", "apmbc", 3, "2014-06", "Maputo"),
        ("revcon", "apmbc", 4, "2019", None),
    }
    assert _mandates("bodies12-maputo-review-conference.txt") == set()


def test_a_month_year_that_opens_another_clause_dates_no_meeting() -> None:
    """"By June 2014 Mozambique had prepared the Review Conference": no date of the meeting's own."""
    assert not [m for m in _meetings("bodies12-month-year-elsewhere.txt") if m[3] == "2014-06"]


def test_the_oslo_diplomatic_conference_and_its_president() -> None:
    """The conference that adopted the APMBC (1-18 September 1997), held in Oslo, its kind's one city."""
    name = "bodies12-oslo-diplomatic-conference.txt"
    assert _meetings(name) == {("conference", "apmbc", None, "1997-09-01", "Oslo")}
    assert _mandates(name) == {
        ("president", "South Africa", "apmbc", None, None),
        ("president", "Ambassador Jacob Selebi", "apmbc", None, None),
    }
    person = next(m for m in _records(name) if isinstance(m, Mandate) and m.holder.kind == "person")
    assert person.on_behalf_of is not None and person.on_behalf_of.name == "South Africa"


def test_the_president_of_the_oslo_diplomatic_conference_named_before_the_post() -> None:
    name = "bodies12-oslo-president-before.txt"
    assert _mandates(name) == {
        ("president", "South Africa", "apmbc", None, None),
        ("president", "Ambassador Jacob Selebi", "apmbc", None, None),
    }
    assert _meetings(name) <= {("conference", "apmbc", None, "1997-09-01", "Oslo")}


def test_the_oslo_conference_on_cluster_munitions_is_no_apmbc_diplomatic_conference() -> None:
    """Nor is a bare "Diplomatic Conference" any one of them: no meeting, no presidency."""
    records = _records("bodies12-oslo-process-ccm.txt")
    assert not [r for r in records if isinstance(r, Meeting) and r.convention == "apmbc"]
    assert not [r for r in records if isinstance(r, Mandate)]


def test_coordinator_of_the_sponsorship_programme_and_never_a_national_programme() -> None:
    """"Programme" names a State's own body unless the themes table names the whole theme."""
    assert _mandates("bodies12-sponsorship-capitalised.txt") == {
        ("coordinator", "Australia", "apmbc", "Sponsorship Programme", None)}
