"""Query results as typed rows: IRIs stay IRIs, dates become dates; plain dicts or a DataFrame."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from rdflib import Literal, URIRef
from rdflib.term import Node


def python_value(term: Node | None) -> Any:
    """A Python value for a term: IRIs stay URIRef, literals become int/date/str/bool."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if not isinstance(value, Literal) else str(value)
    return term


def lexical(term: Node | None) -> str:
    return "" if term is None else str(term)


@dataclass
class Rows:
    """The rows of one SELECT: `columns` in projection order, `terms` as RDF terms."""

    columns: list[str]
    terms: list[dict[str, Node | None]]

    def __len__(self) -> int:
        return len(self.terms)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.to_dicts())

    def __getitem__(self, index: int) -> dict[str, Any]:
        return self.to_dicts()[index]

    def to_dicts(self) -> list[dict[str, Any]]:
        return [{c: python_value(row.get(c)) for c in self.columns} for row in self.terms]

    def to_dataframe(self) -> Any:
        from ccmgraph.extras import require

        pd = require("pandas", "pandas", "to_dataframe()")
        return pd.DataFrame(self.to_dicts(), columns=self.columns)

    def column(self, name: str) -> list[Any]:
        return [python_value(row.get(name)) for row in self.terms]

    def render(self, fmt: str = "table", *, wide: bool = False) -> str:
        if fmt == "json":
            return json.dumps([{c: lexical(r.get(c)) for c in self.columns} for r in self.terms],
                              indent=2, ensure_ascii=False)
        if fmt in ("csv", "tsv"):
            out = io.StringIO()
            writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
            writer.writerow(self.columns)
            for r in self.terms:
                writer.writerow([lexical(r.get(c)) for c in self.columns])
            return out.getvalue()
        shown = readable_columns(self.columns)
        width = None if wide else CELL_WIDTH
        return render_table(shown, [[_cell(r.get(c), width) for c in shown] for r in self.terms])


def readable_columns(columns: Sequence[str]) -> list[str]:
    """For the terminal table: an IRI column whose label travels beside it ("party" next to
    "party_label", "person" next to "person_name") is left out; csv/tsv/json keep every column.

    >>> readable_columns(["meeting", "party", "party_label", "person", "person_name"])
    ['meeting', 'party_label', 'person_name']
    """
    present = set(columns)
    return [c for c in columns if not ({f"{c}_label", f"{c}_name"} & present)]


CELL_WIDTH = 60  # characters of text shown per cell unless --wide; IRIs are never cut


def _cell(term: Node | None, width: int | None) -> str:
    """One table cell on one line: IRIs whole (a copied IRI must work), other text
    with its line breaks shown as ⏎ and, past `width`, cut with an ellipsis.

    >>> _cell(Literal("first line\\nsecond"), None), _cell(Literal("x" * 70), 60)[-3:]
    ('first line ⏎ second', 'xx…')
    >>> _cell(URIRef("https://example.org/" + "a" * 80), 60).endswith("a" * 10)
    True
    """
    if isinstance(term, URIRef):
        return str(term)
    text = " ⏎ ".join(part.strip() for part in lexical(term).splitlines()) if term is not None else ""
    text = text.replace("\t", " ")
    if width is not None and len(text) > width:
        return text[: width - 1] + "…"
    return text


def render_table(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Aligned columns; each row on one line (cells are made single-line by `_cell`)."""
    sizes = [max([len(col)] + [len(r[i]) for r in rows]) for i, col in enumerate(columns)]
    line = "  ".join(col.ljust(sizes[i]) for i, col in enumerate(columns))
    rule = "  ".join("-" * s for s in sizes)
    body = ["  ".join(r[i].ljust(sizes[i]) for i in range(len(columns))).rstrip() for r in rows]
    return "\n".join([line.rstrip(), rule, *body, f"({len(rows)} rows)"])
