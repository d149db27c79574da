"""`python bench/eval_extract.py DOC [STORE_DIR]`: what ccmgraph extracts from one document, as JSON.

The document is ingested (kind detected, as a user would) into a fresh temporary store, so
every fact the store holds afterwards came from that document. The contract queries are then
read back, each without parameters. One JSON object goes to stdout:

    {"accepted": bool, "error": str | null, "kind": str | null,
     "queries": {NAME: {"columns": [...], "rows": [[str | null, ...], ...]} | {"error": str}}}

A query that fails (for instance one that does not exist yet) is reported under its name,
never raised. bench/eval.py runs this in a subprocess per document, with a time limit.
Only the public API (`ccmgraph.KnowledgeGraph`) is used.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from typing import Any

#: The contract queries bench/eval.py scores (DESIGN.md, "Named queries").
CONTRACT_QUERIES = ("meetings", "mandates", "treaty_events", "overdue_reports", "meeting_attendance",
                    "people")


def plain(value: Any) -> str | None:
    """One result cell as text: ISO dates, IRIs and literals as their string, unbound as None."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def extract(path: str, store: str | None = None) -> dict[str, Any]:
    """Ingest `path` into a fresh store (folder `store`, which must not hold one yet, else a
    temporary folder) and read the contract queries back."""
    if store is None:
        with tempfile.TemporaryDirectory(prefix="ccmgraph-eval-") as tmp:
            return extract(path, tmp)
    from ccmgraph import KnowledgeGraph

    kg = KnowledgeGraph(store)
    try:
        outcome = kg.ingest([path], kind=None)[0]
        result: dict[str, Any] = {"accepted": bool(outcome.accepted), "error": outcome.error,
                                  "kind": outcome.kind, "queries": {}}
        if not outcome.accepted:
            return result
        for name in CONTRACT_QUERIES:
            try:
                rows = kg.query(name)
                result["queries"][name] = {
                    "columns": list(rows.columns),
                    "rows": [[plain(row.get(c)) for c in rows.columns] for row in rows.to_dicts()]}
            except Exception as exc:  # a missing or broken query scores zero, with a note
                result["queries"][name] = {"error": f"{type(exc).__name__}: {exc}"}
        return result
    finally:
        kg.close()


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print("usage: eval_extract.py DOCUMENT [STORE_DIR]", file=sys.stderr)
        return 2
    try:
        result = extract(*argv)
    except Exception as exc:  # the scorer counts this document as failed, with the reason
        result = {"accepted": False, "error": f"{type(exc).__name__}: {exc}", "kind": None,
                  "queries": {}, "crashed": True}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
