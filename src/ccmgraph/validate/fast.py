"""The fast gate of validation: a compiled SHACL engine (the `shacl` package, in Rust) decides
accept, pySHACL stays the judge of every rejection.

pySHACL walks rdflib graphs in pure Python: about 100 ms for a 1,500-triple minutes graph, most
of a document's cost in `ccmgraph build`. The `shacl` engine compiles the shapes once per
process and validates the same graph in about 3 ms, plus 4 ms to write it as N-Triples.
tests/test_validate_engines.py checks that it gives pySHACL's verdict on every shape test case,
every fixture document, every reference table and thousands of graphs broken on purpose.

It does not judge a graph (returns None) when it cannot see what pySHACL sees:
- a literal that rdflib flags as ill-typed ("yes"^^xsd:boolean): rdflib keeps such a literal
  with a normalised lexical form ("false"), so written out it would look well-typed;
- data rdflib cannot write as N-Triples or the engine's parser refuses (an IRI with a space);
- the engine is not installed, or CCMGRAPH_SHACL_ENGINE=pyshacl asks for the reference alone.
It is stricter than pySHACL on a few lexical forms (" 1"^^xsd:integer, "10:00"^^xsd:time); a
rejection is always re-judged by pySHACL, so there it only costs time.

The engine runs single-threaded on graphs of this size, so worker processes forked after the
parent has validated (pipeline.py forks) inherit no thread pool; a test checks this.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from types import ModuleType

from rdflib import Graph, Literal
from rdflib.term import Node
from rdflib.plugins.serializers.nt import _nt_row  # the row writer of rdflib's own "nt" format

ENGINE_VARIABLE = "CCMGRAPH_SHACL_ENGINE"  # "fast" (default) or "pyshacl"


def engine_module() -> ModuleType | None:
    """The `shacl` module, or None when it is missing or switched off."""
    if os.environ.get(ENGINE_VARIABLE, "fast").lower() == "pyshacl":
        return None
    try:
        import shacl
    except ImportError:
        return None
    return shacl


class CompiledShapes:
    """Shapes compiled once; the ontology's class skeleton is added to each data graph
    (the union is what pySHACL validates when given `ont_graph`)."""

    def __init__(self, engine: ModuleType, shapes: Graph, ontology: Graph) -> None:
        self._shapes = engine.Shapes.from_text(shapes.serialize(format="nt"), format="ntriples")
        self._ontology = ontology.serialize(format="nt")

    def conforms(self, graph: Graph) -> bool | None:
        """The engine's verdict on `graph`, or None where it cannot judge it (see module doc)."""
        data = ntriples(graph)
        return None if data is None else self.conforms_text(data)

    def conforms_text(self, data: str) -> bool | None:
        """The verdict on a graph already written by ntriples()."""
        try:
            return bool(self._shapes.validate_text(data + self._ontology, format="ntriples").conforms)
        except ValueError:  # its parser refused what rdflib wrote
            return None


def ntriples(graph: Iterable[tuple[Node, Node, Node]]) -> str | None:
    """`graph` (or any triples) as rdflib writes N-Triples, in the same pass as the check for ill-typed literals
    (a second pass over the triples cost a fifth of the fast path); None when it holds one, or
    an IRI rdflib cannot write (it raises a bare Exception for one with a space)."""
    rows = []
    try:
        for triple in graph:
            obj = triple[2]
            if isinstance(obj, Literal) and obj.ill_typed:
                return None
            rows.append(_nt_row(triple))
    except Exception:  # noqa: BLE001 - what rdflib raises for an IRI it cannot write
        return None
    return "".join(rows)


def has_ill_typed_literal(graph: Graph) -> bool:
    """Whether rdflib could not parse some literal for its datatype (and so rewrote it)."""
    return any(isinstance(o, Literal) and o.ill_typed for o in graph.objects())
