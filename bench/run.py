"""`python bench/run.py [--quick]`: ccmgraph against the plain way, at growing sizes.

Each size runs in its own process (bench/measure.py) so that peak memory is that size's.
The plain way (one in-memory rdflib Dataset, pySHACL over all of it, rdflib's SPARQL) runs
with its queries up to --baseline-max triples and without them up to --baseline-build-max (its
queries there would take hours); beyond, the table says "skipped".
Every figure of ccmgraph is followed by its ratio to the baseline (x: how many times better).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def measure(size: int, baseline: str, repeats: int, budget: float, baseline_budget: float) -> dict:
    """One size in its own process; `baseline`: "0" none, "1" with its queries, "2" build only."""
    out = subprocess.run([sys.executable, str(HERE / "measure.py"), str(size), baseline,
                          str(repeats), str(budget), str(baseline_budget)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def ratio(ours: float | None, base: float | None, higher_is_better: bool = False) -> str:
    if not ours or not base:
        return ""
    value = ours / base if higher_is_better else base / ours
    return f" ({value:.1f}x)"


def repeats_note(results: list[dict]) -> str:
    return str(results[0].get("repeats", "several"))


def fmt_q(value: object) -> str:
    if value is None:
        return "over budget"
    if isinstance(value, str):
        return value
    p50, p95, *rows = value  # type: ignore[misc]
    return f"{p50 * 1000:.1f}/{p95 * 1000:.1f} ms" + (f", {rows[0]:,} rows" if rows else "")


def table(results: list[dict], budget: float, baseline_budget: float) -> str:
    lines = ["| figure | " + " | ".join(f"{r['ours']['triples']:,} triples" for r in results) + " |",
             "|---|" + "---|" * len(results)]

    def row(label: str, cells: list[str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    def base(r: dict, key: str) -> float | None:
        return r["baseline"][key] if "baseline" in r else None

    row("documents (rejected)", [f"{r['ours']['docs']} ({r['ours']['rejected']})" for r in results])
    row("build with validation, triples/s", [
        f"{r['ours']['triples'] / r['ours']['build_s']:,.0f}"
        + ratio(r["ours"]["triples"] / r["ours"]["build_s"],
                r["baseline"]["triples"] / r["baseline"]["build_s"] if "baseline" in r else None, True)
        for r in results])
    row("build wall time, s", [f"{r['ours']['build_s']:.1f}" for r in results])
    row("validation time, s (ours: CPU, est.)", [
        f"{r['ours']['validation_s']:.1f}" + ratio(r["ours"]["validation_s"], base(r, "validation_s"))
        for r in results])
    row("ingest one new document, s", [
        f"{r['ours']['one_doc_s']:.2f}" + ratio(r["ours"]["one_doc_s"], base(r, "one_doc_s")) for r in results])
    row("export, triples/s", [
        f"{r['ours']['triples'] / r['ours']['export_s']:,.0f}"
        + ratio(r["ours"]["triples"] / r["ours"]["export_s"],
                r["baseline"]["triples"] / r["baseline"]["export_s"] if "baseline" in r else None, True)
        for r in results])
    row("peak memory of the build, MiB (main / each worker)", [
        f"{r['ours']['build_peak_mib']:.0f} / {r['ours_children_peak_mib']:.0f}" for r in results])
    row("peak memory with queries and export, MiB", [f"{r['ours_peak_mib']:.0f}" for r in results])
    row("baseline peak memory, MiB", [f"{r['baseline_peak_mib']:.0f}" if "baseline" in r else "skipped"
                                      for r in results])
    for name in sorted(results[0]["ours"]["queries"]):
        cells = []
        for r in results:
            mine = r["ours"]["queries"].get(name)
            other = r.get("baseline", {}).get("queries", {}).get(name, "skipped")
            cell = fmt_q(mine)
            if isinstance(mine, list) and isinstance(other, list):
                cell += ratio(mine[0], other[0])
            elif "baseline" in r:
                cell += f" (baseline {fmt_q(other)})"
            cells.append(cell)
        row(f"query {name} p50/p95", cells)
    lines.append(f"\nRatios (Nx) compare with the plain way measured in the same run. Each query runs up to "
                 f"{repeats_note(results)} times, stopped after {budget:.0f} s ours and {baseline_budget:.0f} s "
                 f"the plain way; p50/p95 are of the runs that finished, \"over budget\" when none did.")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k and 30k triples only, the baseline's queries at 10k (CI, < 3 min)")
    parser.add_argument("--sizes", default=None, help="comma-separated triple counts")
    parser.add_argument("--baseline-max", type=int, default=None,
                        help="largest size with baseline queries (default 100k; 10k with --quick)")
    parser.add_argument("--baseline-build-max", type=int, default=1_000_000,
                        help="largest size with the baseline's build, validation and export")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw results here")
    args = parser.parse_args()
    sizes = [10_000, 30_000] if args.quick else [10_000, 100_000, 1_000_000, 5_000_000]
    if args.sizes:
        sizes = [int(s) for s in args.sizes.split(",")]
    repeats, budget, baseline_budget = (3, 5.0, 5.0) if args.quick else (10, 30.0, 15.0)
    if args.baseline_max is None:  # quick: the plain way's queries, mostly over budget at 30k, cost CI minutes
        args.baseline_max = 10_000 if args.quick else 100_000
    results = []
    for size in sizes:
        print(f"measuring {size:,} triples ...", file=sys.stderr, flush=True)
        way = "1" if size <= args.baseline_max else "2" if size <= args.baseline_build_max else "0"
        results.append(measure(size, way, repeats, budget, baseline_budget))
        if args.json:
            args.json.write_text(json.dumps(results, indent=1))
    print(table(results, budget, baseline_budget))


if __name__ == "__main__":
    main()
