"""The named queries as a grlc Web API: each parameter typed the way grlc reads it.

grlc (https://github.com/CLARIAH/grlc) pastes a parameter's value into the query text in
place of its variable, typed by the variable's name: `?_year_integer` becomes
`"2016"^^xsd:integer`, `?_subject_iri` becomes `<…>`, `?_day_xsd_date` a date, a bare
`?_plan` a plain string. A pasted constant cannot stand where ccmgraph's own variables stand
(`FILTER (!BOUND(?__year))` would read `!BOUND(2016)`), and grlc cannot switch on the `#?`
lines. So each query is written once more for grlc: the parameters' variables are renamed
to ordinary ones, and one `BIND (typed grlc variable AS ?ccmgraph_name)` per parameter at the
start of the outer WHERE group gives them their value, or none when an optional parameter
is absent. A `#?` line becomes `FILTER (!(BOUND…) || EXISTS { … })`.

What grlc cannot take: names for actors and States (it has no resolver: give the IRI) and
a meeting by its date (give the meeting's IRI).
"""

from __future__ import annotations

import re
from pathlib import Path

from ccmgraph.query.named import BOUND_VAR, DATE_SUFFIX, WHEN_BOUND, NamedQuery, catalogue

XSD_PREFIX = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>"  # grlc adds it (badly) when absent
CONVENTION_BASE = "https://w3id.org/ccmgraph/id/convention/"
INTERNAL = "ccmgraph_"  # grlc reads only variables that start with ?_ as parameters
IRI_KINDS = ("iri", "actor", "state", "meeting")


def grlc_variable(name: str, kind: str, required: bool) -> str:
    """The variable grlc reads for a parameter of this kind.

    >>> grlc_variable("year", "integer", False), grlc_variable("subject", "iri", True)
    ('?__year_integer', '?_subject_iri')
    >>> grlc_variable("date", "date", True), grlc_variable("plan", "string", False)
    ('?_date_xsd_date', '?__plan')
    """
    stem = ("?_" if required else "?__") + name
    if kind == "integer":
        return stem + "_integer"
    if kind == "date":
        return stem + "_xsd_date"
    if kind in IRI_KINDS:
        return stem + "_iri"
    return stem  # string, convention: a plain literal


def _value(name: str, kind: str, required: bool) -> str:
    variable = grlc_variable(name, kind, required)
    if kind == "convention":  # the same short names as `ccmgraph query`: ccm, apmbc, ccw-p5
        return f'IRI(CONCAT("{CONVENTION_BASE}", {variable}))'
    return variable


def for_grlc(named: NamedQuery) -> str:
    """The text of `named` with parameters grlc types as its `#+ params` say."""
    text = named.text

    def internal(match: re.Match[str]) -> str:
        return "?" + INTERNAL + match.group(1).lstrip("_")

    def switched(line: re.Match[str]) -> str:
        pattern = BOUND_VAR.sub(internal, line.group(2))
        used = sorted(set(re.findall(r"\?" + INTERNAL + r"\w+", pattern)))
        bound = " && ".join(f"BOUND({v})" for v in used)
        return f"{line.group(1)}FILTER (!({bound}) || EXISTS {{ {pattern} }})"

    lines = text.splitlines()
    header = [line for line in lines if line.startswith("#+")]
    body = "\n".join(line for line in lines if not line.startswith("#+"))
    body = WHEN_BOUND.sub(switched, body)
    body = BOUND_VAR.sub(internal, body)
    if named.params:
        binds = "".join(f"\n  BIND ({_value(p.name, p.kind, p.required)} AS ?{INTERNAL}{p.name})"
                        for p in named.params.values())
        match = re.search(r"\bWHERE\s*\{", body, re.IGNORECASE)
        assert match is not None, named.name
        body = body[: match.end()] + binds + body[match.end():]
    if XSD_PREFIX not in body:
        body = XSD_PREFIX + "\n" + body
    return "\n".join(header) + "\n" + body + ("\n" if not body.endswith("\n") else "")


def write_grlc(folder: Path, endpoint: str | None = None) -> list[Path]:
    """Write every named query for grlc into `folder` (grlc's local_sparql_dir), with
    `endpoint.txt` naming the SPARQL endpoint when given."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for named in catalogue().values():
        path = folder / f"{named.name}.rq"
        path.write_text(for_grlc(named), encoding="utf-8")
        written.append(path)
    if endpoint:
        (folder / "endpoint.txt").write_text(endpoint + "\n", encoding="utf-8")
    return written


__all__ = ["DATE_SUFFIX", "for_grlc", "grlc_variable", "write_grlc"]
