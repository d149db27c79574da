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
        import pandas as pd  # optional dependency

        return pd.DataFrame(self.to_dicts(), columns=self.columns)

    def column(self, name: str) -> list[Any]:
        return [python_value(row.get(name)) for row in self.terms]

    def render(self, fmt: str = "table") -> str:
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
        return render_table(shown, [[_short(r.get(c)) for c in shown] for r in self.terms])


def readable_columns(columns: Sequence[str]) -> list[str]:
    """For the terminal table: an IRI column whose label travels beside it ("party" next to
    "party_label", "person" next to "person_name") is left out; csv/tsv/json keep every column.

    >>> readable_columns(["meeting", "party", "party_label", "person", "person_name"])
    ['meeting', 'party_label', 'person_name']
    """
    present = set(columns)
    return [c for c in columns if not ({f"{c}_label", f"{c}_name"} & present)]


def _short(term: Node | None) -> str:
    if isinstance(term, URIRef):
        text = str(term)
        return text.replace("https://w3id.org/ccmgraph/id/", "id:")
    return lexical(term)


def render_table(columns: Sequence[str], rows: Sequence[Sequence[str]], width: int = 60) -> str:
    cells = [[c[:width] for c in row] for row in rows]
    sizes = [max([len(col)] + [len(r[i]) for r in cells]) for i, col in enumerate(columns)]
    line = "  ".join(col.ljust(sizes[i]) for i, col in enumerate(columns))
    rule = "  ".join("-" * s for s in sizes)
    body = ["  ".join(r[i].ljust(sizes[i]) for i in range(len(columns))) for r in cells]
    return "\n".join([line, rule, *body, f"({len(rows)} rows)"])
