"""Special envoys of a convention named in passing: role "other", theme "special envoy".

Written in: a country profile (read as a status page) naming "Special Envoy on the
Universalization Prince Mired", a news item naming "the Mine Ban Treaty envoy, Princess Astrid of
Belgium"; and what must give nothing: a UN envoy for a country, a regional body's special envoy,
an envoy of no convention.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters import choose, every_kind
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mandate

ROOT = Path(__file__).resolve().parents[1] / "fixtures"


def _posts(records: object) -> set[tuple[str, str, str | None, str, str | None]]:
    return {(m.role, m.holder.name, m.holder.party, m.convention, m.theme)
            for m in records if isinstance(m, Mandate)}  # type: ignore[attr-defined]


def test_a_country_profile_names_the_special_envoy_on_universalization() -> None:
    doc = read_file(ROOT / "treaty-status" / "monitor-profile-envoy.txt")
    kind, ingester = choose(doc)
    assert kind == "treaty-status"
    records = list(ingester.extract(doc))
    assert _posts([*records, *every_kind(doc, kind, records)]) == {
        ("other", "Prince Mired", None, "apmbc", "special envoy")}  # not the UN's, nor the Forum's


def test_an_envoy_named_after_the_convention() -> None:
    doc = read_file(ROOT / "news" / "envoy-in-passing.txt")
    assert _posts(NewsIngester().extract(doc)) == {
        ("other", "Princess Astrid", "Belgium", "apmbc", "special envoy")}  # "The EU envoy" holds none


def test_envoys_of_the_convention_and_its_president_named_beside_them() -> None:
    """"HRH Prince Mired of Jordan, Special Envoy of the Convention": the person's post (an
    envoy's is the person's own), not Jordan's; "the Convention's Special Envoys, A and B" after
    another person's post are A and B; "the President's Special Envoy on Universalization" is of
    the page's convention; a minister's envoy for a region holds none."""
    doc = read_file(ROOT / "news" / "envoy-person-of-state-before.txt")
    got = {(r, name.removeprefix("HRH "), *rest) for r, name, *rest in _posts(NewsIngester().extract(doc)) if r == "other"}
    assert got == {("other", "Prince Mired", "Jordan", "apmbc", "special envoy"),
                   ("other", "Princess Astrid", "Belgium", "apmbc", "special envoy")}  # one person each, by the resolver


def test_an_envoy_of_the_convention_in_a_list_of_speakers() -> None:
    """"X of Jordan, Convention's Special Envoy, and the UN Secretary-General's Special Envoy ...,
    Ms Y": X's post, not Y's (a post after "and" is another's, and the UN's is none of this graph)."""
    doc = read_file(ROOT / "news" / "envoy-convention-s-in-a-list.txt")
    assert {p for p in _posts(NewsIngester().extract(doc)) if p[0] == "other"} == {
        ("other", "HRH Prince Mired Bin Raad Bin Zeid Al Hussein", "Jordan", "apmbc", "special envoy")}
