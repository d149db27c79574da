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

import yaml  # noqa: E402

from ccmgraph.query import named as queries  # noqa: E402
from ccmgraph.build import ONTOLOGY_GRAPH, ontology_graph, reference_graphs  # noqa: E402
from ccmgraph.document.read import Document, read_file  # noqa: E402
from ccmgraph.export.write import write_export  # noqa: E402
from ccmgraph.pipeline import extract_and_map  # noqa: E402
from ccmgraph.pipeline import commit_graph, ingest_paths  # noqa: E402
from ccmgraph.store.oxigraph import Store  # noqa: E402
from ccmgraph.validate.shacl import class_skeleton, shapes_graph, validate  # noqa: E402
from ccmgraph.validate.fast import ntriples  # noqa: E402

REFERENCE = reference_graphs()  # the bundled tables, mapped once: both ways store the same graphs
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


QUERY_BUDGET_S = float(sys.argv[4]) if len(sys.argv) > 4 else 60.0  # per query: runs stop there
BASELINE_BUDGET_S = float(sys.argv[5]) if len(sys.argv) > 5 else QUERY_BUDGET_S  # the same, the plain way


def _timed_runs(run: object, text: str, repeats: int, out: object) -> None:
    """Run `text` up to `repeats` times, sending each duration as soon as it is known."""
    try:
        for _ in range(repeats):
            start = time.perf_counter()
            rows = run(text)  # type: ignore[operator]
            out.put((time.perf_counter() - start, rows))  # type: ignore[attr-defined]
    except Exception as exc:  # the engine cannot run this query: say so in the table
        out.put(f"error: {type(exc).__name__}")  # type: ignore[attr-defined]


TYPICAL = yaml.safe_load((Path(__file__).parent / "query_params.yml").read_text(encoding="utf-8"))


def typical_values(named: queries.NamedQuery) -> dict[str, object]:
    """The values a researcher would typically give every parameter of `named`."""
    values = {}
    own = TYPICAL.get("by_query", {}).get(named.name, {})  # where a query reads a parameter its own way
    for name, param in named.params.items():
        value = own.get(name, TYPICAL["by_name"].get(name, TYPICAL["by_kind"].get(param.kind)))
        if value is not None:
            values[name] = value
    return values


def workload() -> dict[str, str]:
    """Query label -> text: every named query as a researcher asks it (typical values), and
    those whose parameters may be left out also as a whole-store run ("NAME (all)")."""
    runs = {}
    for name, named in queries.catalogue().items():
        typical = named.bind(typical_values(named)) if _askable(named, typical_values(named)) else None
        if typical is not None:
            runs[name] = queries.with_values_block(named.text, typical)
        whole = named.bind({}) if _askable(named, {}) else None
        if whole is not None and whole != typical:
            runs[f"{name} (all)" if typical is not None else name] = queries.with_values_block(named.text, whole)
    return runs


def _askable(named: queries.NamedQuery, values: dict[str, object]) -> bool:
    """Whether `values` fill every required parameter without a default."""
    return all(name in values or not p.required or p.default is not None for name, p in named.params.items())


def time_queries(run: object, repeats: int, budget: float) -> dict[str, object]:
    """p50/p95 seconds of every run of workload(), from up to `repeats` runs in a forked child
    stopped after `budget` seconds: p50/p95 of the runs that finished, "over budget" if none did."""
    context = multiprocessing.get_context("fork")
    found: dict[str, object] = {}
    for label, text in workload().items():
        out = context.Queue()
        child = context.Process(target=_timed_runs, args=(run, text, repeats, out))
        child.start()
        samples: list[float] = []
        rows = 0
        deadline = time.monotonic() + budget
        verdict: object = None
        while len(samples) < repeats:
            try:
                got = out.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break  # over budget: keep the runs that finished
            if isinstance(got, str):
                verdict = got
                break
            samples.append(got[0])
            rows = got[1]
        found[label] = verdict if verdict is not None else [*percentiles(samples), rows] if samples else None
        child.join(1)
        if child.is_alive():
            child.kill()
            child.join()
    return found


def _kind(doc: Document) -> str:
    """The kind the generator wrote (its file names say it), as `ccmgraph build` is told it."""
    return "presidency-news" if doc.name.startswith("news") else "cc-minutes"


def ours(paths: list[Path], extra: Path, folder: Path, repeats: int) -> dict[str, object]:
    store = Store(folder / "store", mode="write")
    start = time.perf_counter()
    with store.loading():  # what `ccmgraph build` does: documents, then ontology and reference tables
        outcomes = ingest_paths(store, paths)
        store.replace_graph(ONTOLOGY_GRAPH, ontology_graph())
        outcomes += [commit_graph(store, name, iri, graph) for name, iri, graph in REFERENCE]
    build_s = time.perf_counter() - start
    build_peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers_peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # before query children
    rejected = [o.error for o in outcomes if not o.accepted]
    triples = len(store)
    sample = [read_file(p) for p in paths[:20]]
    mapped = [extract_and_map(d, _kind(d))[1] for d in sample]
    start = time.perf_counter()
    for m in mapped:  # as the pipeline does: written once, judged by the compiled engine
        validate(lambda m=m: m.graph, ntriples(m.triples))  # type: ignore[misc]
    validation_s = (time.perf_counter() - start) / len(mapped) * len(paths)
    start = time.perf_counter()
    ingest_paths(store, [extra], workers=1)
    one_doc_s = time.perf_counter() - start
    store.close()
    reader = Store(folder / "store", mode="read")

    def run(text: str) -> int:
        return sum(1 for _ in reader.select(text))  # type: ignore[union-attr]

    query_s = time_queries(run, repeats, QUERY_BUDGET_S)
    start = time.perf_counter()
    with (folder / "export.nq").open("wb") as handle:
        write_export(reader, "nquads", handle)
    export_s = time.perf_counter() - start
    export_bytes = (folder / "export.nq").stat().st_size
    reader.close()
    return {"triples": triples, "docs": len(paths), "rejected": len(rejected), "first_rejection": rejected[:1],
            "build_s": build_s, "build_peak_mib": build_peak_mib, "workers_peak_mib": workers_peak_mib, "validation_s": validation_s, "one_doc_s": one_doc_s,
            "queries": query_s, "export_s": export_s, "export_bytes": export_bytes}


def baseline(paths: list[Path], extra: Path, repeats: int, with_queries: bool) -> dict[str, object]:
    graph = Dataset(default_union=True)  # one named graph per document, queried as their union

    def add(path: Path) -> None:
        doc = read_file(path)
        mapped = extract_and_map(doc, _kind(doc))[1]
        named = graph.graph(mapped.iri)
        for triple in mapped.triples:
            named.add(triple)

    def check() -> float:
        start = time.perf_counter()
        pyshacl.validate(graph, shacl_graph=shapes_graph(), ont_graph=class_skeleton(), inference="none",
                         advanced=False)
        return time.perf_counter() - start

    start = time.perf_counter()
    for path in paths:
        add(path)
    for graph_iri, table in [(ONTOLOGY_GRAPH, ontology_graph()), *((iri, g) for _, iri, g in REFERENCE)]:
        named = graph.graph(graph_iri)
        for triple in table:
            named.add(triple)
    validation_s = check()
    build_s = time.perf_counter() - start
    start = time.perf_counter()
    add(extra)
    check()
    one_doc_s = time.perf_counter() - start

    def run(text: str) -> int:
        return sum(1 for _ in graph.query(text))

    query_s = time_queries(run, repeats, BASELINE_BUDGET_S) if with_queries else {}
    start = time.perf_counter()
    data = graph.serialize(format="nquads", encoding="utf-8")
    export_s = time.perf_counter() - start
    return {"triples": sum(1 for _ in graph.quads()), "build_s": build_s, "validation_s": validation_s, "one_doc_s": one_doc_s,
            "queries": query_s, "export_s": export_s, "export_bytes": len(data)}


def main() -> None:
    # argv[2]: 0 no baseline, 1 the baseline with its queries, 2 its build and export only
    size, with_baseline, repeats = int(sys.argv[1]), sys.argv[2] in ("1", "2"), int(sys.argv[3])
    count = max(3, size // TRIPLES_PER_DOC)
    with tempfile.TemporaryDirectory(prefix="ccmbench-") as tmp:
        folder = Path(tmp)
        (folder / "docs").mkdir()
        paths = write_docs(folder / "docs", count, seed=size)
        extra = write_docs(folder, 1, seed=size + 1)[0]
        extra = extra.rename(folder / "extra-minutes.txt")
        result: dict[str, object] = {"size": size, "repeats": repeats, "ours": ours(paths, extra, folder, repeats)}
        result["ours_peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        result["ours_children_peak_mib"] = result["ours"]["workers_peak_mib"]  # type: ignore[index]
        if with_baseline:
            result["baseline"] = baseline(paths, extra, repeats, sys.argv[2] == "1")
            result["baseline_peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


if __name__ == "__main__":
    main()
