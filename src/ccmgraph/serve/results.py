"""SPARQL 1.1 result formats (JSON, XML, CSV, TSV) written from rows the endpoint already counted.

pyoxigraph serialises whole result sets; the endpoint needs to stop at a row limit first, so
it writes the formats itself. Only pyoxigraph is imported: this runs in the query workers.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

MEDIA = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

Row = Sequence[object | None]


def content_type(fmt: str) -> str:
    """The Content-Type of a result: CSV and TSV say they are UTF-8 (clients such as grlc's
    `requests` read a bare text/* as Latin-1 and garble every accented name)."""
    return MEDIA[fmt] + ("; charset=utf-8" if fmt in ("csv", "tsv") else "")


def choose(accept: str, explicit: str | None) -> str:
    """The result format a client asked for: `format=` wins, then the Accept header, then JSON."""
    if explicit:
        wanted = explicit.lower()
        for name, media in MEDIA.items():
            if wanted in (name, media):
                return name
    for part in (accept or "").split(","):
        media = part.split(";")[0].strip().lower()
        for name, known in MEDIA.items():
            if media == known or (name == "xml" and media == "application/xml"):
                return name
    return "json"


def _json_term(term: object) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    assert isinstance(term, ox.Literal)
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def _xml_term(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    assert isinstance(term, ox.Literal)
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != XSD_STRING:
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


def _tsv_term(term: object) -> str:
    if term is None:
        return ""
    return str(term).replace("\t", "\\t").replace("\n", "\\n")


def solutions(fmt: str, variables: Sequence[str], rows: Sequence[Row]) -> bytes:
    """A SELECT result in `fmt`."""
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": list(variables)}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        head = "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
        body = "".join("<result>" + "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                                            for v, t in zip(variables, row) if t is not None) + "</result>"
                       for row in rows)
        return (f'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head>{head}</head><results>{body}</results></sparql>").encode("utf-8")
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow(["" if t is None else getattr(t, "value", str(t)) for t in row])
        return out.getvalue().encode("utf-8")
    lines = ["\t".join(f"?{v}" for v in variables)] + ["\t".join(_tsv_term(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def boolean(fmt: str, value: bool) -> bytes:
    """An ASK result in `fmt` (CSV and TSV carry the bare word)."""
    word = "true" if value else "false"
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode("utf-8")
    if fmt == "xml":
        return (f'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{word}</boolean></sparql>").encode("utf-8")
    return f"{word}\n".encode()
