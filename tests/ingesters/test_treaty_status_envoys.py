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
