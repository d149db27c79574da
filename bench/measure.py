"""Measurements of one size, in its own process (so peak memory is that size's): ccmgraph's
way (on-disk store, parallel pipeline) and the plain way (one rdflib Graph, pySHACL over it,
rdflib SPARQL). Prints one JSON object."""

from __future__ import annotations

import json
import multiprocessing
import queue
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import documents  # noqa: E402

import pyshacl  # noqa: E402
from rdflib import Dataset  # noqa: E402

from ccmgraph import ingesters, queries  # noqa: E402
from ccmgraph.document import read_file  # noqa: E402
from ccmgraph.export import export_store  # noqa: E402
from ccmgraph.mapping import map_document  # noqa: E402
from ccmgraph.pipeline import ingest_paths  # noqa: E402
from ccmgraph.store import Store  # noqa: E402
from ccmgraph.validate import class_skeleton, shapes_graph, validate  # noqa: E402

TRIPLES_PER_DOC = 800  # measured average of generated documents; sizes are then measured, not assumed


def write_docs(folder: Path, count: int, seed: int) -> list[Path]:
    paths = []
    for name, _kind, text in documents(count, seed):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


QUERY_BUDGET_S = float(sys.argv[4]) if len(sys.argv) > 4 else 60.0  # per query: over budget is reported, not waited for


def _timed_runs(run: object, text: str, repeats: int, out: object) -> None:
    samples = []
    try:
        for _ in range(repeats):
            start = time.perf_counter()
            run(text)  # type: ignore[operator]
            samples.append(time.perf_counter() - start)
    except Exception as exc:  # the engine cannot run this query: say so in the table
        out.put(f"error: {type(exc).__name__}")  # type: ignore[attr-defined]
        return
    out.put(samples)  # type: ignore[attr-defined]


def time_queries(run: object, repeats: int) -> dict[str, object]:
    """p50/p95 seconds of every named query that runs without parameters (defaults bound);
    each query in a forked child killed after QUERY_BUDGET_S, reported as "over budget"."""
    context = multiprocessing.get_context("fork")
    found: dict[str, object] = {}
    for name, named in queries.catalogue().items():
        if any(p.required and p.default is None for p in named.params.values()):
            continue
        text = queries.with_values_block(named.text, named.bind({}))
        out = context.Queue()
        child = context.Process(target=_timed_runs, args=(run, text, repeats, out))
        child.start()
        try:
            samples = out.get(timeout=QUERY_BUDGET_S)
            found[name] = samples if isinstance(samples, str) else percentiles(samples)
        except queue.Empty:
            found[name] = None
        child.join(1)
        if child.is_alive():
            child.kill()
            child.join()
    return found


def ours(paths: list[Path], extra: Path, folder: Path, repeats: int) -> dict[str, object]:
    store = Store(folder / "store", mode="write")
    start = time.perf_counter()
    outcomes = ingest_paths(store, paths)
    build_s = time.perf_counter() - start
    workers_peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # before query children
    rejected = [o.error for o in outcomes if not o.accepted]
    triples = len(store)
    sample = [read_file(p) for p in paths[:20]]
    graphs = [map_document(d, k, list(ingesters.get(k).extract(d, meeting_date=None))).graph
              for d in sample for k in [("presidency-news" if d.name.startswith("news") else "cc-minutes")]]
    start = time.perf_counter()
    for g in graphs:
        validate(g)
    validation_s = (time.perf_counter() - start) / len(graphs) * len(paths)
    start = time.perf_counter()
    ingest_paths(store, [extra], workers=1)
    one_doc_s = time.perf_counter() - start
    store.close()
    reader = Store(folder / "store", mode="read")

    def run(text: str) -> None:
        result = reader.select(text)
        for _ in result:  # type: ignore[union-attr]
            pass

    query_s = time_queries(run, repeats)
    start = time.perf_counter()
    data = export_store(reader, "nquads")
    export_s = time.perf_counter() - start
    reader.close()
    return {"triples": triples, "docs": len(paths), "rejected": len(rejected), "first_rejection": rejected[:1],
            "build_s": build_s, "workers_peak_mib": workers_peak_mib, "validation_s": validation_s, "one_doc_s": one_doc_s,
            "queries": query_s, "export_s": export_s, "export_bytes": len(data)}


def baseline(paths: list[Path], extra: Path, repeats: int) -> dict[str, object]:
    graph = Dataset(default_union=True)  # one named graph per document, queried as their union

    def add(path: Path) -> None:
        doc = read_file(path)
        kind = "presidency-news" if doc.name.startswith("news") else "cc-minutes"
        mapped = map_document(doc, kind, list(ingesters.get(kind).extract(doc, meeting_date=None)))
        named = graph.graph(mapped.iri)
        for triple in mapped.graph:
            named.add(triple)

    def check() -> float:
        start = time.perf_counter()
        pyshacl.validate(graph, shacl_graph=shapes_graph(), ont_graph=class_skeleton(), inference="none",
                         advanced=False)
        return time.perf_counter() - start

    start = time.perf_counter()
    for path in paths:
        add(path)
    validation_s = check()
    build_s = time.perf_counter() - start
    start = time.perf_counter()
    add(extra)
    check()
    one_doc_s = time.perf_counter() - start

    def run(text: str) -> None:
        for _ in graph.query(text):
            pass

    query_s = time_queries(run, repeats)
    start = time.perf_counter()
    data = graph.serialize(format="nquads", encoding="utf-8")
    export_s = time.perf_counter() - start
    return {"triples": sum(1 for _ in graph.quads()), "build_s": build_s, "validation_s": validation_s, "one_doc_s": one_doc_s,
            "queries": query_s, "export_s": export_s, "export_bytes": len(data)}


def main() -> None:
    size, with_baseline, repeats = int(sys.argv[1]), sys.argv[2] == "1", int(sys.argv[3])
    count = max(3, size // TRIPLES_PER_DOC)
    with tempfile.TemporaryDirectory(prefix="ccmbench-") as tmp:
        folder = Path(tmp)
        (folder / "docs").mkdir()
        paths = write_docs(folder / "docs", count, seed=size)
        extra = write_docs(folder, 1, seed=size + 1)[0]
        extra = extra.rename(folder / "extra-minutes.txt")
        result: dict[str, object] = {"size": size, "ours": ours(paths, extra, folder, repeats)}
        result["ours_peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        result["ours_children_peak_mib"] = result["ours"]["workers_peak_mib"]  # type: ignore[index]
        if with_baseline:
            result["baseline"] = baseline(paths, extra, repeats)
            result["baseline_peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


if __name__ == "__main__":
    main()
