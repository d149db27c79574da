"""Named queries: `queries/NAME.rq` files with a grlc-style `#+` YAML header.

Parameters are `?_name` (required) or `?__name` (optional) variables, used as ordinary
variables of the query's patterns (`?mandate ccm:convention ?__convention`). A given value is
turned into an RDF term of the kind the header declares (`#+ params:`) and bound as one VALUES
row at the start of the outer WHERE group, the term serialised by rdflib (quotes escaped, IRIs
checked), so a value can never change the query's shape; the store then looks that value up
first. An absent optional parameter stays unbound and its pattern matches anything, at no cost.
Why not `FILTER (!BOUND(?__x) || ?v = ?__x)`: stores cannot push such a filter down, so one
meeting cost as much as all of them. Conditions that are no pattern (a year within a period, a
slug or a label) still use that filter.

A line starting `#?` is a pattern that applies only when every parameter it names is given
(and its `?__x_date` variables are bound): otherwise it stays a comment, so the file as written
is the query with no parameters.
It serves constraints that must not drop rows when absent (a meeting's convention is optional).
A `meeting` parameter takes a meeting IRI or an ISO date: an IRI binds `?__meeting`, a date
binds `?__meeting_date`, which a `#? ?__meeting schema:startDate ?__meeting_date` line uses.

The same text runs locally and on remote endpoints, so both give the same rows. (Oxigraph's
own substitutions would need every parameter in the SELECT projection, which aggregates forbid.)
Queries therefore use parameters in their outer group, not inside nested groups or BINDs,
which SPARQL evaluates before the VALUES join.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from ccmgraph import iris
from ccmgraph.errors import QueryError
from ccmgraph.paths import queries_dir
from ccmgraph.resolve.actors import lookup_state, resolve_actor

PARAM = re.compile(r"\?(__?)([A-Za-z][A-Za-z0-9]*)")
BOUND_VAR = re.compile(r"\?(__?[A-Za-z][A-Za-z0-9]*(?:_date)?)\b")  # a parameter's variable(s)
WHEN_BOUND = re.compile(r"^([ \t]*)#\?[ \t]?(.*)$", re.MULTILINE)  # `#?` patterns
DATE_SUFFIX = "_date"  # a meeting given by its date binds ?__meeting_date
_IRI_OK = re.compile(r"^[a-z][a-z0-9+.-]*:[^\s<>\"{}|\\^`]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Param:
    name: str
    kind: str = "string"  # iri, actor, convention, state, meeting, date, integer, string
    required: bool = False
    default: str | None = None
    allowed: tuple[str, ...] = ()
    doc: str = ""  # what the header says about it (the query page's form shows it)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    summary: str
    tags: tuple[str, ...]
    columns: tuple[str, ...]
    params: dict[str, Param] = field(default_factory=dict)
    path: Path | None = None

    def bind(self, values: dict[str, Any]) -> dict[str, Node]:
        """Validate user values and turn them into RDF terms, variable name -> term."""
        unknown = sorted(set(values) - set(self.params))
        if unknown:
            raise QueryError(
                f"query {self.name!r} has no parameter {unknown[0]!r}; "
                f"parameters: {', '.join(self.params) or 'none'}"
            )
        bound: dict[str, Node] = {}
        for name, param in self.params.items():
            value = values.get(name, param.default)
            if value is None or value == "":
                if param.required:
                    raise QueryError(f"query {self.name!r} needs parameter {name!r}")
                continue
            if param.allowed and str(value) not in param.allowed:
                raise QueryError(f"parameter {name!r} must be one of {', '.join(param.allowed)}; got {value!r}")
            variable = ("_" if param.required else "__") + name
            term = to_term(param, value)
            if param.kind == "meeting" and isinstance(term, Literal):
                variable += DATE_SUFFIX
                if f"?{variable}" not in self.text:  # else the date would be dropped without a word
                    raise QueryError(f"query {self.name!r} takes the meeting as an IRI, not a date: "
                                     f"give {name}=https://w3id.org/ccmgraph/id/meeting/…")
            bound[variable] = term
        return bound


def to_term(param: Param, value: Any) -> Node:
    """One parameter value as an RDF term of the declared kind, or a clear QueryError."""
    text = str(value).strip()
    try:
        if param.kind == "integer":
            return Literal(int(text), datatype=XSD.integer)
        if param.kind == "date":
            return Literal(dt.date.fromisoformat(text).isoformat(), datatype=XSD.date)
        if param.kind == "convention":
            if not re.fullmatch(r"[a-z0-9-]+", text):
                raise ValueError
            return iris.convention(text)
        if param.kind == "state":
            return _state(text)
        if param.kind == "meeting":
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                return Literal(dt.date.fromisoformat(text).isoformat(), datatype=XSD.date)
            return _iri(text)
        if param.kind == "iri":
            return _iri(text)
        if param.kind == "actor":  # an IRI, ISO3 code or name, resolved as the ingesters do
            return _actor(text)
        return Literal(text)
    except ValueError:
        raise QueryError(f"parameter {param.name!r}: {text!r} is not a valid {param.kind}") from None


def _iri(text: str) -> URIRef:
    if not _IRI_OK.match(text):
        raise ValueError(text)
    return URIRef(text)


def _state(text: str) -> URIRef:
    if re.fullmatch(r"[A-Za-z]{3}", text):
        return iris.state(text)
    if text.startswith(iris.BASE):
        return _iri(text)
    entry = lookup_state(text)
    if entry is None:
        raise ValueError(text)
    return iris.state(entry.iso3)


_MINT = {"state": iris.state, "organisation": iris.organisation, "person": iris.person}


def _actor(text: str) -> URIRef:
    """An actor as researchers name it: an IRI, an ISO3 code, or a State, organisation or person
    name resolved with the registry the ingesters use."""
    if "://" in text or text.startswith("urn:"):
        return _iri(text)
    if len(text) == 3 and text.isalpha() and text.isupper():
        return iris.state(text)
    found = resolve_actor(text)
    if found.kind not in _MINT:
        raise QueryError(f"{text!r} is not a known State, organisation or person name; give its IRI")
    return _MINT[found.kind](found.key)


def parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    header_lines = [line[2:] for line in text.splitlines() if line.startswith("#+")]
    try:
        header = yaml.safe_load("\n".join(header_lines)) or {}
    except yaml.YAMLError as exc:
        raise QueryError(f"{path.name}: header is not YAML: {exc}") from None
    for _indent, pattern in WHEN_BOUND.findall(text):
        if not BOUND_VAR.search(pattern):
            raise QueryError(f"{path.name}: a `#?` line names no parameter: {pattern.strip()!r}")
    declared = header.get("params") or {}
    defaults = {k: v for d in header.get("defaults") or [] for k, v in d.items()}
    enumerate_ = {k: tuple(map(str, v)) for d in header.get("enumerate") or [] for k, v in d.items()}
    params: dict[str, Param] = {}
    for prefix, name in PARAM.findall(text):
        spec = declared.get(name) or {}
        params[name] = Param(
            name=name,
            kind=spec.get("kind", "string"),
            required=prefix == "_",
            default=None if defaults.get(name) is None else str(defaults[name]),
            allowed=enumerate_.get(name, ()),
            doc=str(spec.get("doc", "")),
        )
    return NamedQuery(
        name=path.stem,
        text=text,
        summary=str(header.get("summary", "")).strip(),
        tags=tuple(header.get("tags") or ()),
        columns=tuple(header.get("columns") or ()),
        params=params,
        path=path,
    )


@cache
def catalogue(folder: Path | None = None) -> dict[str, NamedQuery]:
    root = folder or queries_dir()
    return {p.stem: parse(p) for p in sorted(root.glob("*.rq"))}


def get(name: str) -> NamedQuery:
    found = catalogue()
    if name not in found:
        raise QueryError(f"no named query {name!r}; `ccmgraph queries` lists {len(found)}")
    return found[name]


def with_values_block(text: str, bindings: dict[str, Node]) -> str:
    """Put one VALUES row for the bound parameters at the start of the outer WHERE group and
    turn on the `#?` patterns whose parameters are all bound."""
    if not bindings:
        return text
    match = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE)
    if match is None:
        raise QueryError("query has no WHERE clause to bind parameters in")
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(term.n3() for term in bindings.values())
    block = f"\n  VALUES ({names}) {{ ({terms}) }}\n"
    text = text[: match.end()] + block + text[match.end():]

    given = {name.removesuffix(DATE_SUFFIX) for name in bindings}

    def switch(line: re.Match[str]) -> str:
        named = BOUND_VAR.findall(line.group(2))
        dates = [v for v in named if v.endswith(DATE_SUFFIX)]
        applies = all(v.removesuffix(DATE_SUFFIX) in given for v in named) and all(v in bindings for v in dates)
        return line.group(1) + line.group(2) if applies else line.group(0)

    return WHEN_BOUND.sub(switch, text)
