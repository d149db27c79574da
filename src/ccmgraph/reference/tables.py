"""Read one curated CSV table: its rows with line numbers and raw text, and its content hash.

A reference row is a fact with a source; a row without one, a date that is not a date, or
a column the mapper needs but the file lacks is bad input and raises InputError naming the
file, the line and the reason (zavod strictness: going on would write unsourced facts).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ccmgraph.errors import InputError
from ccmgraph.records import PartialDate

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class Row:
    """One data row: 1-based line number in the file, its text as written, its cells."""

    table: str
    line: int
    text: str
    cells: dict[str, str]

    def get(self, column: str) -> str:
        return (self.cells.get(column) or "").strip()

    def date(self, column: str) -> PartialDate | None:
        """The cell as a date of the precision written (YYYY, YYYY-MM, YYYY-MM-DD), or None."""
        value = self.get(column)
        if not value:
            return None
        match = _DATE.match(value)
        try:
            if match is None:
                raise ValueError(value)
            year, month, day = (int(g) if g else None for g in match.groups())
            return PartialDate(year, month, day)
        except ValueError:
            raise InputError(f"{self.table} line {self.line}: {column} {value!r} is not a date") from None

    def integer(self, column: str) -> int | None:
        value = self.get(column)
        if not value:
            return None
        if not value.isdigit():
            raise InputError(f"{self.table} line {self.line}: {column} {value!r} is not a whole number")
        return int(value)

    def many(self, column: str) -> list[str]:
        """A cell holding several values separated by semicolons."""
        return [part.strip() for part in self.get(column).split(";") if part.strip()]


@dataclass(frozen=True)
class Table:
    """A whole table: file name, SHA-256 of its bytes, and its rows."""

    name: str
    sha256: str
    rows: tuple[Row, ...]

    def principal_source(self) -> str | None:
        """The http(s) URL most rows cite (ties: the first in sorted order); None if no row cites one."""
        counts = Counter(row.get(source_column(row)) for row in self.rows)
        urls = sorted((-n, url) for url, n in counts.items() if url.startswith(("http://", "https://")))
        return urls[0][1] if urls else None


def source_column(row: Row) -> str:
    return "source_url" if "source_url" in row.cells else "source"


def read_table(path: Path, required: tuple[str, ...] = ()) -> Table:
    """Read a CSV table; every row must name its source and have the required columns."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path.name}: cannot be read ({exc.strerror})") from None
    text = data.decode("utf-8-sig")
    lines = text.splitlines()
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    if "source" not in header and "source_url" not in header:
        raise InputError(f"{path.name}: no source column")
    missing = [column for column in required if column not in header]
    if missing:
        raise InputError(f"{path.name}: missing column {missing[0]!r}")
    rows = []
    for cells in reader:
        line = reader.line_num
        row = Row(path.name, line, lines[line - 1] if line <= len(lines) else "", dict(cells))
        if not row.get(source_column(row)):
            raise InputError(f"{path.name} line {line}: row has no source")
        rows.append(row)
    return Table(path.name, hashlib.sha256(data).hexdigest(), tuple(rows))
