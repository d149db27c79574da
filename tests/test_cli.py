"""End to end through the real CLI: build, ingest, query, export, errors as one line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from conftest import MINUTES_2016_03_03, NEWS_2017, run_cli

from ccmgraph.resolve.actors import normalise_person

ID = "https://w3id.org/ccmgraph/id/"
# Read from the minutes of 3 March 2016 by hand: the attendance table's two columns interleave in
# the text, so Ecuador, France and Iraq print under the apology headings although they were present
# (named delegates, alphabetical place in the present column, France speaks in item 6).
PRESENT = {
    "state/NLD": {"Henk Cor Van der Kwast", "Mark Versteden", "Dorien de Keyzer"},
    "state/HRV": {"Zlata Penić-Ivanko"},
    "state/AUS": {"Hugh Watson"},
    "state/AUT": {"Thomas Hajnoczi", "Thomas Zehetner"},
    "state/BIH": {"Ivica Dronjic"},
    "state/CRI": {"Norman Lizano Ortiz"},
    "state/CZE": {"Markéta Homolková"},
    "state/ECU": {"Leon Aviles Salgado"},
    "state/FRA": {"Marie-Gaelle Robles"},
    "state/IRQ": {"Emad Al-Juhaishi"},
    "state/MEX": {"Victor Martinez"},
    "state/NZL": {"Katy Donnelly"},
    "state/CHE": {"Laurent Masmejean"},
    "state/ZMB": {"Encyla T. C. Sinjela", "Samson Lungo"},
    "org/cmc": {"Amelie Chayer"},
    "org/unoda": {"Silvia Mercogliano"},
    "org/ccm-isu": {"Sheila N. Mweemba", "Liliana Mota"},
}
APOLOGIES = {"state/NOR": "apologies_received", "org/icrc": "apologies_received",
             "state/CHL": "apologies_not_received"}


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _key(name: str) -> str:
    return normalise_person(name).key


def test_meeting_attendance_of_3_march_2016(tmp_path: Path) -> None:
    store = tmp_path / "store"
    run_cli("ingest", str(MINUTES_2016_03_03), store=store, check=True)
    out = run_cli("query", "meeting_attendance", "-p", "meeting=2016-03-03", "--format", "csv",
                  store=store, check=True).stdout
    rows = _rows(out)
    statuses = {r["party"].removeprefix(ID): r["status"] for r in rows}
    expected = {p: "present" for p in PRESENT} | APOLOGIES
    assert statuses == expected
    people = {(r["party"].removeprefix(ID), _key(r["person_name"])) for r in rows if r["person"]}
    assert people == {(p, _key(n)) for p, names in PRESENT.items() for n in names}
    persons = [r["person"] for r in rows if r["person"]]
    assert len(persons) == len(set(persons)), "every named person once"
    assert all(not r["person"] for r in rows if r["status"] != "present")


def test_coordinators_2016(built_store: Path) -> None:
    out = run_cli("query", "coordinators", "-p", "year=2016", "-p", "convention=ccm", "--format", "csv",
                  store=built_store, check=True).stdout
    from_minutes = [r for r in _rows(out) if r["source"].endswith("cc-minutes-2016-03-03.txt")]
    groups: dict[str, set[str]] = {}
    for r in from_minutes:
        groups.setdefault(r["theme_label"], set()).add(r["party"].removeprefix(ID + "state/"))
    assert sorted(map(sorted, groups.values())) == sorted(map(sorted, [
        {"ECU", "ZMB"}, {"FRA", "MEX"}, {"AUS", "CHL"}, {"BIH", "NOR"}, {"AUT", "IRQ"},
        {"CRI"}, {"NZL"}, {"CHE", "CZE"},
    ]))


def test_provenance_of_a_party(built_store: Path) -> None:
    out = run_cli("query", "provenance", "-p", f"subject={ID}state/NLD", "--format", "csv",
                  store=built_store, check=True).stdout
    rows = _rows(out)
    assert any("The Netherlands – 6MSP President" in r["quote"] for r in rows)
    assert all(r["document"].startswith(ID + "document/") for r in rows)


def test_reingest_changes_nothing_and_export_is_deterministic(tmp_path: Path) -> None:
    store = tmp_path / "store"
    run_cli("ingest", str(MINUTES_2016_03_03), str(NEWS_2017), store=store, check=True)
    first = run_cli("export", "--format", "nquads", store=store, check=True).stdout
    run_cli("ingest", str(MINUTES_2016_03_03), store=store, check=True)
    second = run_cli("export", "--format", "nquads", store=store, check=True).stdout
    assert first == second and first.count("\n") > 300
    turtle = [run_cli("export", "--format", "turtle", store=store, check=True).stdout for _ in range(2)]
    assert turtle[0] == turtle[1]


def test_rejected_files_leave_the_store_unchanged(tmp_path: Path) -> None:
    store = tmp_path / "store"
    run_cli("ingest", str(MINUTES_2016_03_03), store=store, check=True)
    before = run_cli("export", "--format", "nquads", store=store, check=True).stdout
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    undated = tmp_path / "undated.txt"
    undated.write_text(MINUTES_2016_03_03.read_text(encoding="utf-8").replace("Held on Thursday, 3 March 2016\n", ""))
    result = run_cli("ingest", str(empty), str(undated), store=store)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and "empty.txt" in lines[0] and "undated.txt" in lines[1]
    assert "Traceback" not in result.stderr
    assert run_cli("export", "--format", "nquads", store=store, check=True).stdout == before


def test_usage_errors_exit_2() -> None:
    assert run_cli("query").returncode == 2
    assert run_cli("ingest", "x.txt", "--kind", "nonsense").returncode == 2


def test_unknown_query_is_one_line(tmp_path: Path) -> None:
    result = run_cli("query", "no_such_query", store=tmp_path / "s")
    assert result.returncode == 1 and result.stderr.count("\n") == 1
