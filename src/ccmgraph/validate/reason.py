"""`ccmgraph check --reason`: HermiT over the ontology and the store's data, and when they
contradict each other, the facts involved.

owlready2 ships HermiT (a Java program). Its `sync_reasoner` classifies and realises every
individual, which takes minutes on a store; a consistency check (`-k`) takes seconds, so
HermiT is run directly on an N-Triples file. A contradiction is traced to the fewest
subjects whose facts (with the types of the things they point at) still contradict the
ontology, by halving. A literal HermiT cannot read (an xsd:anyURI that is no URI) is
reported with its fact and left out of the rest of the check.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ccmgraph.errors import CcmGraphError
from ccmgraph.extras import require

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
MALFORMED = re.compile(r'Literal "(.*)"\^\^<([^>]*)> is malformed')
MAX_PASSES = 25  # malformed literals dropped before giving up


class ReasonerError(CcmGraphError):
    """HermiT could not run (no Java) or failed on the input."""


@dataclass(frozen=True)
class Finding:
    kind: str  # "contradiction" or "malformed literal"
    facts: tuple[ox.Triple, ...]

    def lines(self, limit: int = 12) -> list[str]:
        shown = [f"  {t.subject} {t.predicate} {t.object} ." for t in self.facts[:limit]]
        more = len(self.facts) - limit
        return [f"{self.kind}:"] + shown + ([f"  … and {more} more facts"] if more > 0 else [])


def check(triples: Iterable[ox.Triple], say: Callable[[str], None] = lambda _m: None) -> list[Finding]:
    """Findings for the ontology + data in `triples` (empty: HermiT finds them consistent)."""
    facts = set(triples)
    findings: list[Finding] = []
    for _ in range(MAX_PASSES):
        verdict = _hermit(facts)
        if isinstance(verdict, Finding):
            findings.append(verdict)
            facts -= set(verdict.facts)
            say(f"left out {len(verdict.facts)} facts with a literal HermiT cannot read")
            continue
        if not verdict:
            say("inconsistent: tracing the facts involved")
            involved = sorted(_trace(facts), key=lambda t: (t.predicate != RDF_TYPE, str(t)))  # types first
            findings.append(Finding("contradiction", tuple(involved)))
        return findings
    raise ReasonerError(f"more than {MAX_PASSES} malformed literals; fix those first")


def _trace(facts: set[ox.Triple]) -> set[ox.Triple]:
    """The facts of the fewest subjects that still contradict the ontology (halving)."""
    by_subject: dict[object, set[ox.Triple]] = defaultdict(set)
    for t in facts:
        by_subject[t.subject].add(t)
    typed = {t.subject for t in facts if t.predicate == RDF_TYPE}
    schema = {t for t in facts if str(t.subject).startswith("<https://w3id.org/ccmgraph/ontology")
              or not str(t.subject).startswith("<https://w3id.org/ccmgraph/")}
    data = sorted((s for s in by_subject if not all(t in schema for t in by_subject[s])), key=str)

    def part(subjects: list[object]) -> set[ox.Triple]:
        chosen: set[ox.Triple] = set().union(*(by_subject[s] for s in subjects)) if subjects else set()
        pointed = {t.object for t in chosen if t.object in typed}  # the types of what they point at
        return chosen | {t for o in pointed for t in by_subject[o] if t.predicate == RDF_TYPE}

    while len(data) > 1:
        half = len(data) // 2
        first, second = data[:half], data[half:]
        if _hermit(schema | part(first)) is False:
            data = first
        elif _hermit(schema | part(second)) is False:
            data = second
        else:
            break  # the contradiction needs facts from both halves: report them all
    return part(data) - schema if data else set()


def _hermit(facts: set[ox.Triple]) -> bool | Finding:
    """True: consistent; False: inconsistent; a Finding: a literal HermiT cannot parse."""
    owlready2 = require("owlready2", "reason", "check --reason")
    java = shutil.which("java")
    if java is None:
        raise ReasonerError("check --reason runs HermiT, which needs Java: apt-get install default-jre-headless")
    jar = Path(str(owlready2.__file__)).parent / "hermit"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "union.nt"
        path.write_bytes(ox.serialize(facts, format=ox.RdfFormat.N_TRIPLES) or b"")
        run = subprocess.run([java, "-Xmx2000M", "-cp", f"{jar}:{jar / 'HermiT.jar'}",
                              "org.semanticweb.HermiT.cli.CommandLine", "-k", "--ignoreUnsupportedDatatypes",
                              path.as_uri()], capture_output=True, text=True, timeout=900)
    output = run.stdout + run.stderr
    malformed = MALFORMED.search(output)
    if malformed:
        value = malformed.group(1)
        return Finding("malformed literal", tuple(sorted(
            (t for t in facts if isinstance(t.object, ox.Literal) and t.object.value == value), key=str)))
    if "is not satisfiable" in output or "inconsistent" in output.lower():
        return False
    if run.returncode != 0 or "is satisfiable" not in output:
        raise ReasonerError(f"HermiT failed: {output.strip().splitlines()[-1] if output.strip() else run.returncode}")
    return True
