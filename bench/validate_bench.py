"""`python bench/validate_bench.py [--repeats N] [--agreement]`: validation alone, per graph.

For each fixture document and reference table: milliseconds per validation with pySHACL
alone (the reference) and with validate() (fast engine first, pySHACL on rejection), and the
triples per second both reach. --agreement also runs the whole agreement sweep of
validate_agreement.py (every broken copy of every graph, over 5,000 graphs; minutes).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from rdflib import Graph

from ccmgraph.validate.shacl import fast_shapes, pyshacl_report, validate
from ccmgraph.validate.agreement import compare, corpus

TESTS = Path(__file__).resolve().parent.parent / "tests"


def median_ms(run: Callable[[Graph], object], graph: Graph, repeats: int) -> float:
    run(graph)  # warm: shapes parsed and compiled once per process
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        run(graph)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def timings(graphs: dict[str, Graph], repeats: int) -> None:
    print("| graph | triples | pySHACL ms | validate() ms | x |\n|---|---|---|---|---|")
    total = {"triples": 0, "py": 0.0, "fast": 0.0}
    for name, graph in graphs.items():
        if name.startswith("case"):
            continue
        py = median_ms(pyshacl_report, graph, repeats)
        fast = median_ms(validate, graph, repeats)
        total["triples"] += len(graph)
        total["py"] += py
        total["fast"] += fast
        print(f"| {name} | {len(graph):,} | {py:.1f} | {fast:.1f} | {py / fast:.0f} |")
    n, py, fast = total["triples"], total["py"], total["fast"]
    print(f"| all | {n:,} | {py:.0f} | {fast:.0f} | {py / fast:.0f} |")
    print(f"\ntriples/s: pySHACL {n / py * 1000:,.0f}, validate() {n / fast * 1000:,.0f}")


def agreement(graphs: dict[str, Graph]) -> int:
    judged = differences = undecided = 0
    for name, graph in graphs.items():
        result = compare(graph)
        judged += result.graphs
        undecided += result.undecided
        differences += len(result.differences)
        for line in result.differences:
            print(f"DIFFERS {name}: {line}")
        print(f"{name}: {result.graphs} graphs, {len(result.differences)} differences", flush=True)
    print(f"\nagreement: {judged} graphs judged by both, {differences} differences, "
          f"{undecided} left to pySHACL (ill-typed literals)")
    return differences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--agreement", action="store_true", help="also run the full agreement sweep")
    args = parser.parse_args()
    if fast_shapes() is None:
        raise SystemExit("the fast engine (pip package shacl) is not available: nothing to compare")
    graphs = dict(corpus(TESTS))
    timings(graphs, args.repeats)
    if args.agreement and agreement(graphs):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
