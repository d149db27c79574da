"""Ways back from a mistake: backup and restore, loading an export, removing one document,
compacting, and upgrading a store written by another Oxigraph series.

Each holds the writer lock for its whole work, and each change to the live database is one
commit: a restore or an upgrade puts a complete database in place with one rename, a removal
is one transaction, a load one transaction per graph.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ccmgraph.errors import InputError, StoreError
from ccmgraph.store import layout, version
from ccmgraph.store.oxigraph import Store

LOAD_FORMATS = {".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}
_HASH = re.compile(r"^[0-9a-f]{64}$")
FILE_NAME = ox.NamedNode("https://w3id.org/ccmgraph/ontology#fileName")


def backup(store: Store, target: Path) -> None:
    """A complete store folder at `target` (its database and format marker), usable with
    `--store target` or `restore`; Oxigraph's consistent backup, under the writer lock."""
    assert store.path is not None
    if target.exists() and any(target.iterdir()):
        raise StoreError(f"backup folder {target} exists and is not empty; give a new folder")
    target.mkdir(parents=True, exist_ok=True)
    store.backup(layout.database(target))
    shutil.copy2(store.path / version.MARKER, target / version.MARKER)


def restore(store: Store, source: Path) -> None:
    """Put a copy of the backup at `source` in place of the store's database, with one rename."""
    database = layout.database(source)
    if not (database / "CURRENT").exists():
        raise StoreError(f"{source} is not a ccmgraph backup (no {database.name}/ database)")
    reason = version.mismatch(source)
    if reason:
        raise StoreError(f"cannot restore: {reason}")
    store.replace_database(lambda staging: shutil.copytree(database, staging, symlinks=False))


@dataclass(frozen=True)
class Loaded:
    graph: str
    triples: int
    error: str | None = None


def load(store: Store, path: Path, check: Callable[[str, str], None]) -> Iterator[Loaded]:
    """Load an export (N-Quads or TriG) back, graph by graph: each graph is validated with
    `check(name, ntriples)` and committed alone, or reported with its reason."""
    fmt = LOAD_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path.name}: give an export in N-Quads (.nq) or TriG (.trig)")
    graphs: dict[str, set[ox.Triple]] = {}
    try:
        for quad in ox.parse(path=str(path), format=fmt):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                raise InputError(f"{path.name}: a triple outside any named graph; exports name the graph of each")
            graphs.setdefault(str(quad.graph_name.value), set()).add(quad.triple)
    except (SyntaxError, OSError) as exc:
        raise InputError(f"{path.name}: not a readable export ({str(exc).splitlines()[0]})") from None
    with store.loading():
        for name in sorted(graphs):
            data = "".join(f"{t} .\n" for t in sorted(graphs[name], key=str))
            try:
                check(name, data)
            except StoreError:
                raise
            except Exception as exc:  # the validator's refusal (ValidationError) or a bad term
                yield Loaded(name, len(graphs[name]), str(exc).splitlines()[0])
                continue
            yield Loaded(name, store.replace_ntriples(name, data.encode("utf-8")))


def find_document(store: Store, document: str) -> str:
    """The graph of a document given by graph IRI, content hash or file name (exactly one)."""
    graphs = [str(g) for g in store.graphs()]
    if document in graphs:
        return document
    matches = [g for g in graphs if g.rsplit("/", 1)[-1] == document.lower()] if _HASH.match(document.lower()) else []
    if not matches:
        literal = ox.Literal(document)
        matches = sorted({q.graph_name.value for q in store.oxigraph.quads_for_pattern(None, FILE_NAME, literal, None)
                          if isinstance(q.graph_name, ox.NamedNode)})
    if not matches:
        raise StoreError(f"no document {document!r} in the store (give its file name, graph IRI or sha256)")
    if len(matches) > 1:
        raise StoreError(f"{len(matches)} documents are named {document!r}: give the IRI of one "
                         f"({', '.join(matches[:3])}{', …' if len(matches) > 3 else ''})")
    return matches[0]


def upgrade(path: Path, backup_to: Path | None = None) -> tuple[Path, str]:
    """Copy the store's database aside untouched, then open it with this Oxigraph series (which
    upgrades it in place if it must) and mark it; returns the backup folder and the old marker."""
    database = layout.database(path)
    if not (database / "CURRENT").exists():
        raise StoreError(f"no store at {path} to upgrade")
    before = version.read_marker(path)
    if version.mismatch(path) is None:
        raise StoreError(f"store {path} is already format {version.FORMAT} for pyoxigraph {version.RUNNING}")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_to or path.with_name(f"{path.name}.backup-{stamp}")
    if target.exists():
        raise StoreError(f"backup folder {target} exists; give another with --backup")
    lock = layout.writer_lock(path, layout.LOCK_WAIT_SECONDS)
    try:
        target.mkdir(parents=True)
        shutil.copytree(database, layout.database(target))  # the files as they are: the old series reads them
        if before is not None:
            shutil.copy2(path / version.MARKER, target / version.MARKER)
        with layout.commit_lock(path, exclusive=True):
            opened = ox.Store(str(database))
            opened.flush()
            del opened
            version.write_marker(path)
    finally:
        layout.release(lock)
    old = f"format {before.get('format')}, pyoxigraph {before.get('oxigraph')}" if before else "no marker"
    return target, old
