"""The ingester seam: a kind another package declares as an entry point is found like ours."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.metadata import EntryPoint
from typing import ClassVar

import pytest

from ccmgraph import ingesters
from ccmgraph.document.read import Document
from ccmgraph.records import PartialDate, Record


class PluginIngester:
    """A minimal ingester as a third-party package would write it."""

    kinds: ClassVar[tuple[str, ...]] = ("plugin-kind",)

    def sniff(self, doc: Document) -> float:
        return 0.0

    def extract(self, doc: Document, *, meeting_date: PartialDate | None = None) -> Iterator[Record]:
        return iter(())


@pytest.fixture
def plugin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    point = EntryPoint(name="plugin", value=f"{__name__}:PluginIngester", group=ingesters.ENTRY_POINT_GROUP)

    def fake(group: str) -> list[EntryPoint]:
        return [point] if group == ingesters.ENTRY_POINT_GROUP else []

    monkeypatch.setattr(ingesters, "entry_points", fake)
    ingesters.ingester_classes.cache_clear()
    yield
    ingesters.ingester_classes.cache_clear()


def test_an_entry_point_adds_a_kind(plugin: None) -> None:
    assert "plugin-kind" in ingesters.kinds()
    assert isinstance(ingesters.get("plugin-kind"), PluginIngester)
    assert {"cc-minutes", "presidency-news"} <= set(ingesters.kinds())  # ours stay


def test_without_entry_points_only_our_kinds() -> None:
    ingesters.ingester_classes.cache_clear()
    assert "plugin-kind" not in ingesters.kinds()
    with pytest.raises(Exception, match="unknown document kind 'plugin-kind'"):
        ingesters.get("plugin-kind")
