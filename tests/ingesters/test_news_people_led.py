"""A State "led by" a person at a meeting is the State that person speaks for; a meeting so led
ties its leader to no State. A State's possessive written with a bare apostrophe ("the
Philippines' Permanent Representative X") ties its post's holder; a closing quote mark does not."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import Mention

PAGE = Path(__file__).parents[1] / "fixtures" / "news" / "people-state-led-by.txt"


def test_a_state_led_by_its_minister_and_a_meeting_led_by_its_president() -> None:
    people = {(m.name, m.party.name if m.party else None)
              for m in NewsIngester().extract(read_file(PAGE)) if isinstance(m, Mention) and m.kind == "person"}
    assert {p for p in people if p[0] != "Raphael Hernandez"} == {
        ("Anouparb Vongnorkeo", "Laos"), ("Tormod Endresen", None), ("Carlos Sorreta", "Philippines")}
    assert ("Raphael Hernandez", "Philippines") not in people
