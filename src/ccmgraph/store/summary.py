"""What the store holds, in a few lines a new user can read after `ccmgraph build`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ccmgraph.paths import queries_dir


def summary(kg: Any) -> str:
    text = (queries_dir() / "store_summary.rq").read_text(encoding="utf-8")
    rows = kg.sparql(text)
    store = kg.store
    lines = [f"store: {store.path or 'in memory'} — {len(store)} quads in {len(store.graphs())} named graphs"]
    for row in rows.to_dicts():
        lines.append(f"  {row['count']:>6}  {row['label']}")
    return "\n".join(lines)


def disk_size(path: Path) -> int:
    """Bytes the store's database takes on disk (its live folder only)."""
    from ccmgraph.store.layout import database

    root = database(path).resolve()
    return sum(f.stat().st_size for f in root.rglob("*") if f.is_file())
