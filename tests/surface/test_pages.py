"""The query page and entity pages of `ccmgraph serve`, in headless Chromium: a named query run
from its form gives the rows `ccmgraph query` gives, IRIs open entity pages, nothing is fetched
from outside the server."""

from __future__ import annotations

import csv
import io
import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from ccmgraph import KnowledgeGraph
from surface.browser import chromium

pytestmark = [pytest.mark.slow, pytest.mark.skipif(chromium() is None, reason="needs chromium (apt-get install chromium)")]
ROWS = "document.getElementById('status') && document.getElementById('status').getAttribute('data-rows')"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from surface.cdp import Browser

    page = Browser()
    yield page
    page.close()


def test_a_named_query_runs_from_its_form(origin: str, browser, kg: KnowledgeGraph, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    browser.goto(origin + "/")
    browser.wait_for("!!(window.ccmgraphPage && document.querySelector('[data-name=coordinators]'))")
    browser.evaluate("document.querySelector('[data-name=coordinators]').click()")
    browser.evaluate("document.querySelector('#form-fields input[name=year]').value = '2016'")
    browser.evaluate("document.getElementById('run-named').click()")
    rows = int(browser.wait_for(ROWS, 60))
    expected = kg.query("coordinators", year=2016)
    assert rows == len(expected) > 5
    browser.wait_for(f"document.querySelectorAll('.yasr table tbody tr').length === {min(rows, 50)}")
    cells = browser.evaluate("Array.from(document.querySelectorAll('.yasr table tbody tr')).map("
                             "tr => Array.from(tr.querySelectorAll('td')).map(td => td.textContent))")
    labels = {c for row in cells for c in row}
    assert {str(r["party_label"]) for r in expected.to_dicts()[:len(cells)]} <= labels
    links = browser.evaluate("Array.from(document.querySelectorAll('.yasr table a')).map(a => a.getAttribute('href'))")
    assert links and all(h.startswith("/entity?iri=") for h in links if "XMLSchema" not in h)
    csv_link = browser.evaluate("document.getElementById('download-csv').href")
    with urllib.request.urlopen(csv_link, timeout=30) as response:
        table = list(csv.reader(io.StringIO(response.read().decode("utf-8"))))
    assert len(table) - 1 == rows and table[0][:3] == ["convention", "theme_label", "party"]
    external = browser.evaluate("performance.getEntriesByType('resource').map(e => e.name)"
                                f".filter(n => !n.startsWith('{origin}'))")
    assert external == []  # YASGUI and the page's own code come from the server: works offline
    browser.screenshot(tmp_path / "query-page.png")


def test_a_bad_parameter_is_shown_in_the_form(origin: str, browser) -> None:  # type: ignore[no-untyped-def]
    browser.goto(origin + "/?query=coordinators&year=twenty")
    browser.wait_for("!!window.ccmgraphPage")
    browser.evaluate("document.getElementById('run-named').click()")
    message = browser.wait_for("document.getElementById('form-error').textContent")
    assert "not a valid integer" in message


def test_an_iri_opens_its_entity_page(origin: str, browser, kg: KnowledgeGraph) -> None:  # type: ignore[no-untyped-def]
    browser.goto(origin + "/?query=actor_mandates&actor=Australia&run=1")
    assert int(browser.wait_for(ROWS, 60)) == len(kg.mandates("Australia")) > 0
    browser.goto(origin + "/entity?iri=" + urllib.request.quote("https://w3id.org/ccmgraph/id/state/AUS", safe=""))
    assert browser.evaluate("document.querySelector('h1').textContent") == "Australia"
    sections = browser.evaluate("Array.from(document.querySelectorAll('h2')).map(h => h.textContent)")
    assert sections[:2] == ["Named queries that take it", "Facts"] and "Sources" in sections
    queries = browser.evaluate("Array.from(document.querySelectorAll('ul.queries a')).map(a => a.textContent)")
    assert {"actor_mandates", "obligations", "provenance"} <= set(queries) and "meeting_attendance" not in queries
    stated_in = browser.evaluate("Array.from(document.querySelectorAll('table.facts td:nth-child(3)')).map(t => t.textContent).join(' ')")
    assert "mandates.csv" in stated_in
    browser.evaluate("document.querySelector('ul.queries a').click()")
    assert int(browser.wait_for(ROWS, 60)) > 0  # the entity's named query runs with it


def test_pages_refuse_what_they_should(origin: str) -> None:
    for path, status in [("/static/../app.py", 404), ("/static/yasgui/nothing.js", 404),
                         ("/entity?iri=not%20an%20iri", 400), ("/entity?iri=https%3A%2F%2Fexample.org%2Fnone", 404)]:
        try:
            with urllib.request.urlopen(origin + path, timeout=30) as response:
                code = response.status
        except urllib.error.HTTPError as exc:
            code = exc.code
        assert code == status, path
    with urllib.request.urlopen(origin + "/api/queries", timeout=30) as response:
        names = {q["name"] for q in json.load(response)}
    assert {"coordinators", "meeting_attendance", "provenance"} <= names
