"""RDF literals for the values records carry: partial dates keep their precision."""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import XSD

from ccmgraph.records import PartialDate


def date_literal(value: PartialDate) -> Literal:
    """xsd:date when complete, else the XSD type that holds exactly what is known.

    A day whose year is unknown stays text: xsd:gMonthDay would say it recurs every year.

    >>> date_literal(PartialDate(2016, 3, 3)).datatype.endswith("#date")
    True
    >>> str(date_literal(PartialDate(None, 3, 27))), date_literal(PartialDate(None, 3, 27)).datatype
    ('--03-27', None)
    """
    if value.complete:
        return Literal(value.iso(), datatype=XSD.date)
    if value.year is None:
        return Literal(value.iso())
    if value.month is None:
        return Literal(value.iso(), datatype=XSD.gYear)
    return Literal(value.iso(), datatype=XSD.gYearMonth)


def time_literal(hhmm: str) -> Literal:
    return Literal(f"{hhmm}:00", datatype=XSD.time)


def text(value: str) -> Literal:
    """A plain English string; whitespace collapsed so that re-reads give equal literals."""
    return Literal(" ".join(value.split()))
