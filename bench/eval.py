"""`python bench/eval.py`: extraction scored against gold, per document kind and fact type.

Each gold file (YAML, one per document, `tests/fixtures/gold/` by default) says what a document
states. The document is ingested alone into a fresh store by bench/eval_extract.py, in a
subprocess with a time limit, and its facts are read back through the contract queries
(meetings, mandates, treaty_events, overdue_reports, meeting_attendance, people). Gold and
system facts are matched by bench/eval_match.py. Precision = matched / system facts, recall =
matched / gold facts, per kind and fact type; then all kinds together.

    python bench/eval.py [--gold DIR] [--docs DIR] [--set tune|holdout|all] [--kind KIND]
                         [--json] [--verbose] [--timeout S] [--jobs N]

Documents are ingested by the `ccmgraph` this Python imports: to score another checkout, put its
`src` first on PYTHONPATH.

A query that does not exist yet counts as zero system facts, with a note under the table. A
refused document scores zero system facts (column `refused`); an other-field document must be
refused (row `refusal`). The exit code is 0 unless the inputs are malformed (one line, 1).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from eval_match import (FACT_TYPES, ROWS, Actor, Fact, Finding, Judge, Tally, load_city_names,  # noqa: E402
                        load_org_aliases, load_theme_names, merge, score_all)

KINDS = ("meeting-page", "composition", "treaty-status", "overdue-reports", "news", "action-plan",
         "cc-minutes", "other-field")
SETS = ("tune", "holdout")
DEFAULT_GOLD = ROOT / "tests" / "fixtures" / "gold"
#: Where the documents the default gold names are looked for, in this order (recursively).
DEFAULT_DOC_ROOTS = (ROOT / "tests" / "fixtures", ROOT / "ingest" / "corpus")
ORG_ALIASES = ROOT / "ingest" / "reference" / "organisations.csv"
THEMES = ROOT / "ingest" / "reference" / "themes.csv"
CITIES = HERE / "cities.yml"

#: Gold lists -> the fact type they hold (attendance is split in two, see `gold_facts`).
GOLD_LISTS: dict[str, str] = {"meetings": "meeting", "mandates": "mandate", "treaty_events": "treaty_event",
                              "overdue_reports": "overdue_report", "people": "person"}
ATTENDANCE_FIELDS = ("party", "status", "people")
TOP_LEVEL = ("document", "url", "kind", "set", "convention", "expect", "facts")


class Malformed(Exception):
    """Inputs the scorer cannot judge: one line, exit 1."""


# -- gold ------------------------------------------------------------------------------------

def gold_value(value: Any) -> str:
    """A gold value as text: YAML dates and years become ISO strings."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value).strip()


def gold_fact(raw: Any, allowed: Sequence[str], where: str) -> Fact:
    """One gold fact, its values as strings; null or empty fields are not given."""
    if not isinstance(raw, Mapping):
        raise Malformed(f"{where}: a fact must be a mapping, not {raw!r}")
    unknown = sorted(set(map(str, raw)) - set(allowed))
    if unknown:
        raise Malformed(f"{where}: unknown field(s) {', '.join(unknown)} (known: {', '.join(allowed)})")
    return {str(k): gold_value(v) for k, v in raw.items() if v not in (None, "") and k != "people"}


def gold_facts(facts: Any, where: str) -> dict[str, list[Fact]]:
    """A gold file's `facts:` as lists per fact type; attendance gives attendance.party
    (party+status) and attendance.person (party+person, one per name)."""
    if facts is None:
        return {}
    if not isinstance(facts, Mapping):
        raise Malformed(f"{where}: facts must be a mapping")
    out: dict[str, list[Fact]] = {}
    for name, items in facts.items():
        if items is None:
            items = []
        if not isinstance(items, list):
            raise Malformed(f"{where}: facts.{name} must be a list")
        if name == "attendance":
            party, person = out.setdefault("attendance.party", []), out.setdefault("attendance.person", [])
            for i, raw in enumerate(items):
                fact = gold_fact(raw, ATTENDANCE_FIELDS, f"{where}: attendance[{i}]")
                party.append(fact)
                people = raw.get("people") or []
                if not isinstance(people, list):
                    raise Malformed(f"{where}: attendance[{i}].people must be a list")
                person += [{**({"party": fact["party"]} if "party" in fact else {}), "person": gold_value(p)}
                           for p in people]
        elif name in GOLD_LISTS:
            ftype = FACT_TYPES[GOLD_LISTS[name]]
            out[ftype.name] = [gold_fact(raw, ftype.fields, f"{where}: {name}[{i}]")
                               for i, raw in enumerate(items)]
        else:
            known = ", ".join([*GOLD_LISTS, "attendance"])
            raise Malformed(f"{where}: unknown fact list {name!r} (known: {known})")
    return out


@dataclass
class GoldDoc:
    """One gold file: the document it judges and what that document states."""

    file: Path
    document: Path
    kind: str
    set: str
    facts: dict[str, list[Fact]]
    notes: list[str] = field(default_factory=list)

    @property
    def expect_refused(self) -> bool:
        return self.kind == "other-field"


def find_document(name: str, roots: Sequence[Path]) -> Path | None:
    """`name` under the first root that has it, as a path relative to it or anywhere below it."""
    for root in roots:
        if (root / name).is_file():
            return root / name
        found = sorted(p for p in root.rglob(Path(name).name) if p.is_file()) if root.is_dir() else []
        if found:
            return found[0]
    return None


def load_gold(path: Path, roots: Sequence[Path]) -> GoldDoc:
    """Read and check one gold file."""
    where = path.name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise Malformed(f"{where}: not readable YAML ({str(exc).splitlines()[0]})") from exc
    if not isinstance(data, Mapping):
        raise Malformed(f"{where}: a gold file is a mapping")
    for key in ("document", "kind", "set"):
        if not data.get(key):
            raise Malformed(f"{where}: no {key!r}")
    kind, subset = str(data["kind"]), str(data["set"])
    if kind not in KINDS:
        raise Malformed(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    if subset not in SETS:
        raise Malformed(f"{where}: set {subset!r} is not one of {', '.join(SETS)}")
    expect = data.get("expect")
    if expect is not None and (expect != "refused" or kind != "other-field"):
        raise Malformed(f"{where}: expect: refused is for other-field documents only")
    document = find_document(str(data["document"]), roots)
    if document is None:
        under = ", ".join(map(str, roots))
        raise Malformed(f"{where}: document {data['document']!r} not found under {under}")
    notes = [f"{where}: key {k!r} ignored" for k in data if k not in TOP_LEVEL]
    return GoldDoc(path, document, kind, subset, gold_facts(data.get("facts"), where), notes)


def load_gold_dir(gold: Path, roots: Sequence[Path]) -> list[GoldDoc]:
    if not gold.is_dir():
        raise Malformed(f"gold folder {gold} does not exist")
    files = sorted([*gold.glob("*.yml"), *gold.glob("*.yaml")])
    return [load_gold(f, roots) for f in files]


# -- system ----------------------------------------------------------------------------------

Column = str | tuple[str, str]   # a column, or (IRI column, label column) for an actor


@dataclass(frozen=True)
class SystemSpec:
    """How one contract query's rows become facts of one type."""

    query: str
    fact_type: str
    fields: Mapping[str, Column]
    keep: Callable[[Mapping[str, str | None]], bool] = lambda row: True


SYSTEM_SPECS: tuple[SystemSpec, ...] = (
    SystemSpec("meetings", "meeting", {"convention": "convention", "kind": "kind", "number": "number",
                                       "start": "start", "end": "end", "city": "city"}),
    SystemSpec("mandates", "mandate", {"convention": "convention", "role": "role", "theme": "theme_label",
                                       "holder": ("holder", "holder_label"), "holder_kind": "holder_kind",
                                       "start": "start", "end": "end", "meeting": "meeting"}),
    SystemSpec("treaty_events", "treaty_event", {"state": ("state", "state_label"),
                                                 "convention": "convention", "event": "event",
                                                 "date": "date"}),
    SystemSpec("overdue_reports", "overdue_report", {"state": ("state", "state_label"),
                                                     "convention": "convention", "report": "report",
                                                     "due": "due", "as_of": "as_of"}),
    SystemSpec("meeting_attendance", "attendance.party", {"party": ("party", "party_label"),
                                                          "status": "status"}),
    SystemSpec("meeting_attendance", "attendance.person", {"party": ("party", "party_label"),
                                                           "person": ("person", "person_name")},
               keep=lambda row: bool(row.get("person") or row.get("person_name"))),
    SystemSpec("people", "person", {"name": ("person", "name"),
                                    "affiliation": ("affiliation", "affiliation_label")}),
)


def number_from_iri(iri: str | None) -> str | None:
    """The ordinal a meeting IRI carries by contract ('…/msp/ccm-7msp' -> '7'), else None."""
    match = re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*?-(\d+)[a-z]+", (iri or "").rstrip("/").rsplit("/", 1)[-1])
    return match.group(1) if match else None


def system_facts(queries: Mapping[str, Any], notes: set[str]) -> dict[str, list[Fact]]:
    """Facts per type from one document's query results (distinct facts only); a failed query
    or a missing column gives nothing for its facts or fields, and a note."""
    out: dict[str, list[Fact]] = {}
    for spec in SYSTEM_SPECS:
        result = queries.get(spec.query)
        facts = out.setdefault(spec.fact_type, [])
        if result is None:
            continue
        if "error" in result:
            err = result["error"]
            missing = "no named query" in err or "unknown" in err.lower()
            notes.add(f"query {spec.query}: {'does not exist yet' if missing else err}; "
                      f"its facts count as zero system facts")
            continue
        columns = list(result["columns"])
        wanted = {c for col in spec.fields.values() for c in ((col,) if isinstance(col, str) else col)}
        for absent in sorted(wanted - set(columns)):
            notes.add(f"query {spec.query}: no column {absent!r}"
                      + ("; meeting numbers read from meeting IRIs" if absent == "number" else ""))
        seen: set[tuple[Any, ...]] = set()
        for values in result["rows"]:
            row = dict(zip(columns, values))
            if not spec.keep(row):
                continue
            fact: Fact = {}
            for name, col in spec.fields.items():
                if isinstance(col, tuple):
                    iri, label = row.get(col[0]) or "", row.get(col[1]) or ""
                    fact[name] = Actor(iri, label) if iri or label else None
                else:
                    fact[name] = row.get(col)
            if spec.fact_type == "meeting" and "number" not in columns:
                fact["number"] = number_from_iri(row.get("meeting"))
            if spec.fact_type == "meeting" and "/hcp-conference/" in (row.get("meeting") or ""):
                fact["kind"] = "hcp-conference"   # its class's slug is the generic "conference"
            key = tuple(fact.get(f) for f in spec.fields)
            if key not in seen:
                seen.add(key)
                facts.append(fact)
    return out


def run_extract(document: Path, timeout: float) -> dict[str, Any]:
    """bench/eval_extract.py on one document in its own process group and a store folder made
    here; after `timeout` seconds the group is killed and the folder removed all the same."""
    with tempfile.TemporaryDirectory(prefix="ccmgraph-eval-") as tmp:
        command = [sys.executable, str(HERE / "eval_extract.py"), str(document), str(Path(tmp) / "store")]
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                start_new_session=True)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)   # the group this call started, nothing else
            proc.communicate()
            return {"failed": f"no answer within {timeout:g} s"}
    try:
        return dict(json.loads(out.strip().splitlines()[-1]))
    except (IndexError, ValueError):
        tail = (err.strip().splitlines() or ["no output"])[-1]
        return {"failed": f"extractor exited {proc.returncode}: {tail}"}


# -- scoring ---------------------------------------------------------------------------------

@dataclass
class DocResult:
    """One document's outcome and tallies."""

    gold: GoldDoc
    status: str                 # accepted | refused | failed
    reason: str | None
    system_kind: str | None
    tallies: dict[str, Tally]
    findings: list[Finding]


def score_document(gold: GoldDoc, extracted: Mapping[str, Any], judge: Judge, notes: set[str]) -> DocResult:
    """Tallies of one document; a refused or failed one has no system facts."""
    reason: str | None
    if "failed" in extracted or extracted.get("crashed"):
        status, reason = "failed", str(extracted.get("failed") or extracted.get("error"))
    elif not extracted.get("accepted"):
        status, reason = "refused", extracted.get("error")
    else:
        status, reason = "accepted", None
    system = system_facts(extracted.get("queries") or {}, notes) if status == "accepted" else {}
    findings: list[Finding] = []
    tallies = score_all(gold.facts, system, judge, findings)
    refused = status == "refused"
    tallies["refusal"] = Tally(int(gold.expect_refused), int(refused), int(gold.expect_refused and refused))
    if gold.expect_refused and not refused:
        findings.insert(0, Finding("refusal", "missing", {"document": gold.document.name}))
    return DocResult(gold, status, reason, extracted.get("kind"), tallies, findings)


@dataclass
class KindSummary:
    documents: int = 0
    refused: int = 0
    failed: int = 0
    tallies: dict[str, Tally] = field(default_factory=dict)


def summarise(results: Iterable[DocResult]) -> tuple[dict[str, KindSummary], KindSummary]:
    """Per kind (in KINDS order) and over all kinds."""
    kinds: dict[str, KindSummary] = {}
    total = KindSummary()
    for r in results:
        for s in (kinds.setdefault(r.gold.kind, KindSummary()), total):
            s.documents += 1
            s.refused += r.status == "refused"
            s.failed += r.status == "failed"
            merge(s.tallies, r.tallies.items())
    return {k: kinds[k] for k in KINDS if k in kinds}, total


# -- output ----------------------------------------------------------------------------------

def ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def table_lines(label: str, s: KindSummary) -> list[str]:
    """Rows of one kind: every row with gold or system facts."""
    lines, first = [], True
    for row in ROWS:
        t = s.tallies.get(row, Tally())
        if not (t.gold or t.system):
            continue
        head = (f"{label:<16}{s.documents:>5}{s.refused:>8}{s.failed:>7}  " if first else " " * 38)
        lines.append(f"{head}{row:<20}{t.gold:>6}{t.system:>8}{t.matched:>9}{ratio(t.precision):>7}"
                     f"{ratio(t.recall):>7}")
        first = False
    if first:
        lines.append(f"{label:<16}{s.documents:>5}{s.refused:>8}{s.failed:>7}  (no gold and no system facts)")
    return lines


def print_table(kinds: Mapping[str, KindSummary], total: KindSummary, notes: Iterable[str]) -> None:
    header = f"{'kind':<16}{'docs':>5}{'refused':>8}{'failed':>7}  {'fact':<20}{'gold':>6}{'system':>8}" \
             f"{'matched':>9}{'P':>7}{'R':>7}"
    print(header)
    print("-" * len(header))
    for kind, s in kinds.items():
        print("\n".join(table_lines(kind, s)))
    print("-" * len(header))
    print("\n".join(table_lines("all kinds", total)))
    notes = sorted(set(notes))
    if notes:
        print("\nNotes:")
        print("\n".join(f"- {n}" for n in notes))


def print_failures(results: Sequence[DocResult]) -> None:
    print("\nPer-document failures:")
    for r in results:
        kind = f", read as {r.system_kind}" if r.system_kind else ""
        print(f"\n{r.gold.document.name} ({r.gold.kind}, {r.gold.set}): {r.status}{kind}"
              + (f": {r.reason}" if r.reason else ""))
        for f in r.findings:
            print(f"  {f}")


def tally_json(t: Tally) -> dict[str, Any]:
    return {"gold": t.gold, "system": t.system, "matched": t.matched,
            "precision": t.precision, "recall": t.recall}


def summary_json(s: KindSummary) -> dict[str, Any]:
    return {"documents": s.documents, "refused": s.refused, "failed": s.failed,
            "facts": {row: tally_json(s.tallies.get(row, Tally())) for row in ROWS}}


def as_json(kinds: Mapping[str, KindSummary], total: KindSummary, notes: Iterable[str],
            results: Sequence[DocResult], subset: str) -> dict[str, Any]:
    return {"set": subset, "kinds": {k: summary_json(s) for k, s in kinds.items()},
            "all": summary_json(total),
            "notes": sorted(set(notes)),
            "documents": [{"document": r.gold.document.name, "gold": r.gold.file.name, "kind": r.gold.kind,
                           "set": r.gold.set, "status": r.status, "reason": r.reason,
                           "system_kind": r.system_kind,
                           "failures": [str(f) for f in r.findings]} for r in results]}


# -- main ------------------------------------------------------------------------------------

def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    p.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="folder of gold YAML files")
    p.add_argument("--docs", type=Path, help="folder of the documents the gold names (default: the fixtures)")
    p.add_argument("--set", dest="subset", choices=(*SETS, "all"), default="all")
    p.add_argument("--kind", help="only documents of this kind")
    p.add_argument("--json", action="store_true", help="print the numbers as JSON")
    p.add_argument("--verbose", "-v", action="store_true", help="list what each document got wrong")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds per document (default 120)")
    p.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1), help="documents at once")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        if args.kind is not None and args.kind not in KINDS:
            raise Malformed(f"--kind {args.kind!r} is not one of {', '.join(KINDS)}")
        if args.docs is not None and not args.docs.is_dir():
            raise Malformed(f"documents folder {args.docs} does not exist")
        roots = (args.docs,) if args.docs is not None else DEFAULT_DOC_ROOTS
        golds = [g for g in load_gold_dir(args.gold, roots)
                 if args.subset in ("all", g.set) and args.kind in (None, g.kind)]
    except Malformed as exc:
        print(f"eval: {exc}", file=sys.stderr)
        return 1
    judge = Judge(load_org_aliases(ORG_ALIASES), load_theme_names(THEMES), load_city_names(CITIES))
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        extracted = list(pool.map(lambda g: run_extract(g.document, args.timeout), golds))
    notes: set[str] = {n for g in golds for n in g.notes}
    results = [score_document(g, e, judge, notes) for g, e in zip(golds, extracted)]
    failed = [r.gold.document.name for r in results if r.status == "failed"]
    if failed:
        notes.add(f"{len(failed)} document(s) failed, no system facts from them ({', '.join(failed)});"
                  " --verbose says why")
    if not golds:
        kind = f", kind {args.kind}" if args.kind else ""
        notes.add(f"no gold files in {args.gold} for set {args.subset}{kind}")
    kinds, total = summarise(results)
    if args.json:
        print(json.dumps(as_json(kinds, total, notes, results, args.subset), indent=2))
        return 0
    print_table(kinds, total, notes)
    if args.verbose:
        print_failures(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
