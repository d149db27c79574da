"""Dates outside the conventions' era are refused with the reason, never kept without their year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import MINUTES_2016_03_03, run_cli

from ccmgraph.text.dates import find_dates, month_year

MINUTES = MINUTES_2016_03_03.read_text(encoding="utf-8")


@pytest.mark.parametrize("text", ["3 March 9999", "3 March 99999", "3 March 1066", "1989-12-31", "March 3, 1800",
                                  f"1 January {dt.date.today().year + 6}"])
def test_a_year_outside_the_era_is_refused_with_its_reason(text: str) -> None:
    with pytest.raises(ValueError, match="outside the conventions' era"):
        find_dates(text)


def test_years_of_the_era_and_missing_years_are_read_as_written() -> None:
    assert [s.iso() for _, s, _ in find_dates("3 March 2016, 1990-01-01; on 27 March")] == \
        ["2016-03-03", "1990-01-01", "--03-27"]
    assert month_year(f"May {dt.date.today().year + 5}") is not None
    with pytest.raises(ValueError):
        month_year("May 1066")


def test_minutes_dated_out_of_era_are_rejected_not_merged(tmp_path: Path) -> None:
    files = []
    for year in ("9999", "99999", "1066"):
        path = tmp_path / f"minutes-{year}.txt"
        path.write_text(MINUTES.replace("Held on Thursday, 3 March 2016", f"Held on Thursday, 3 March {year}"),
                        encoding="utf-8")
        files.append(path)
    result = run_cli("ingest", *map(str, files), store=tmp_path / "store")
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 3, result.stderr
    for year, line in zip(("9999", "99999", "1066"), lines):
        assert line.startswith("rejected") and f"year {year} is outside the conventions' era" in line, line
    meetings = run_cli("sparql", "SELECT ?m WHERE { ?m a <https://w3id.org/ccmgraph/ontology#Meeting> }",
                       "--format", "csv", store=tmp_path / "store")
    assert "--03-03" not in meetings.stdout
