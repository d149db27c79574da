"""Generate src/ccmgraph/namespaces.py from ontology/ccm.ttl.

The ontology is the source of truth for term names; the generated closed namespace makes a
typo in a term an AttributeError in Python instead of a silent new IRI. Run it after editing
the ontology; tests/test_ontology.py fails when the committed file is stale.

    python tools/gen_namespaces.py            # rewrite src/ccmgraph/namespaces.py
    python tools/gen_namespaces.py -o FILE    # write elsewhere (the staleness test does)
"""

from __future__ import annotations

import argparse
import keyword
from pathlib import Path
from string import Template

from rdflib import RDF, RDFS, Graph, Literal, URIRef

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "ccm.ttl"
TARGET = ROOT / "src" / "ccmgraph" / "namespaces.py"
CCM = "https://w3id.org/ccmgraph/ontology#"

TEMPLATE = Path(__file__).with_name("namespaces.py.tmpl")


def ccm_terms(graph: Graph) -> list[tuple[str, str]]:
    """(local name, English label) of every ccm: term that the ontology types, sorted."""
    terms: dict[str, str] = {}
    for subject in set(graph.subjects(RDF.type, None)):
        if isinstance(subject, URIRef) and str(subject).startswith(CCM):
            labels = [o for o in graph.objects(subject, RDFS.label) if isinstance(o, Literal)]
            terms[str(subject)[len(CCM):]] = str(labels[0]) if labels else ""
    return sorted(terms.items(), key=lambda item: (item[0].lower(), item[0]))


def render(ontology: Path = ONTOLOGY) -> str:
    """The text of namespaces.py for the ontology at `ontology`."""
    graph = Graph().parse(ontology, format="turtle")
    lines = []
    for name, label in ccm_terms(graph):
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError(f"{ontology}: term ccm:{name} is not a Python identifier")
        lines.append(f"    {name}: URIRef  # {label}".rstrip())
    template = Template(TEMPLATE.read_text(encoding="utf-8"))
    return template.substitute(ns=CCM, terms="\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=TARGET)
    args = parser.parse_args()
    args.output.write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
