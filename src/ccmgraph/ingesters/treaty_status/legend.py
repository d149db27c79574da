"""What a status table's header says: what each mark means and which columns come in which order.

UN Treaty Collection: "Participant Signature Approval(AA), Acceptance(A), Accession(a),
Ratification"; the Netherlands treaty database: "R=Ratification, Acceptance, Approval or
Notification A=Accession ... Entry into force"; the Monitor: "the first date is signature;
the second date is ratification ... Accession is indicated below with (a)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ccmgraph.ingesters.flat.dates import find_dates
from ccmgraph.ingesters.treaty_status.words import compiled, instrument_of, words


@dataclass
class Legend:
    """Marks -> kind of step, and the columns in order (signature, consent, entry_into_force)."""

    marks: dict[str, str] = field(default_factory=dict)
    columns: list[str] = field(default_factory=list)
    #: whether the headings name accession ("Ratification/Accession"): a consent with no
    #: signature before it is then an accession
    names_accession: bool = False
    #: the step of an unmarked consent date when the heading names the deposit only and the
    #: sentence over the table names one instrument; None: ratification, the default
    consent_kind: str | None = None

    @property
    def known(self) -> bool:
        """Whether the header told how to read a row (columns named, or the order stated)."""
        return bool(self.columns)


def read_legend(header: str) -> Legend:
    """The legend of a table whose header (the text before its first row) is `header`.

    >>> l = read_legend("Participant Signature Provisional application(n) Approval(AA), Acceptance(A), Accession(a), Ratification")
    >>> l.marks["AA"], l.marks["a"], l.marks["n"], l.columns
    ('approval', 'accession', 'provisional', ['signature', 'consent'])
    """
    legend = Legend(marks=dict(words()["default_marks"]))
    for pattern in words()["legends"]:
        for m in re.finditer(pattern, header):
            kind = instrument_of(_nearest(m["words"]) if "(" in m.group(0) else m["words"])
            if kind:
                legend.marks[m["code"]] = kind
    stated = any(re.search(p, header, re.IGNORECASE) for p in words()["column_sentences"])
    found: list[tuple[int, str]] = []
    heading = _heading(header)
    for name, rx in compiled("columns").items():
        hit = rx.search(heading)
        if hit:
            found.append((hit.start(), name))
    legend.columns = [name for _, name in sorted(found)]
    legend.names_accession = compiled("instruments")["accession"].search(heading) is not None
    deposit = "consent" in legend.columns and re.search(words()["bare_deposit"], heading, re.IGNORECASE)
    named = _instruments(heading) if deposit else set()
    if deposit and len(named) == 1:  # "Datum der Hinterlegung der Notifikationsurkunde": that instrument
        legend.consent_kind = next(iter(named))
    elif deposit and not named:
        legend.consent_kind = _lead_kind(header, heading)
        if legend.consent_kind is None:
            legend.columns.remove("consent")  # "Datum der Hinterlegung" of what, it does not say
    if stated and "signature" not in legend.columns:
        legend.columns = ["signature", "consent"]
    if legend.columns and legend.columns[0] != "signature" and "signature" in legend.columns:
        legend.columns.remove("signature")
        legend.columns.insert(0, "signature")
    return legend


#: Steps a deposit is not.
_NOT_DEPOSITED = frozenset({"signature", "entry_into_force", "provisional"})


def _instruments(text: str) -> set[str]:
    """The instruments of consent `text` names."""
    return {k for k, rx in compiled("instruments").items() if k not in _NOT_DEPOSITED and rx.search(text)}


def _lead_kind(header: str, heading: str) -> str | None:
    """The one instrument the sentence introducing the table names (the last of the three
    filled lines above its heading to end with a colon), else None."""
    filled = [line for line in header.split("\n") if line.strip()]
    above = filled[:-1] if filled and filled[-1].strip() and filled[-1].strip() in heading else filled
    lead = next((line for line in reversed(above[-3:]) if line.rstrip().endswith(":")), None)
    kinds = _instruments(lead) if lead is not None else set()
    return next(iter(kinds)) if len(kinds) == 1 else None


def _nearest(written: str) -> str:
    """The words a mark in brackets stands for: those right before it, after the last comma
    and after any other heading ("Country Signature Ratification Accession(a)": Accession)."""
    last = written.split(",")[-1]
    hits = [m for rx in compiled("instruments").values() for m in rx.finditer(last)]
    return max(hits, key=lambda m: m.start()).group(0) if hits else last


def _heading(header: str) -> str:
    """The column headings: the start of the first row's line, or else the line before it
    (passing over a line that is only a legend of marks, "R=Ratification ... A=Accession")."""
    lines = header.split("\n")
    if lines[-1].strip():
        return lines[-1]
    filled = [line for line in lines if line.strip()]
    for at in range(len(filled) - 1, max(-1, len(filled) - 4), -1):
        if not re.match(words()["legend_line"], filled[at]):
            return _wrapped(filled[: at + 1])
    return filled[-1] if filled else ""


def _wrapped(filled: list[str]) -> str:
    """A header the flattening wrapped over short lines ("Parties Date of Signature Date of
    ratification", "/", "Other", "Entry Into Force ..."): those lines back to the first one that
    holds a date or is long (the page's title and dates above the table are no headings)."""
    start = len(filled) - 1
    while start > 0 and len(filled[start - 1]) <= 80 and not find_dates(filled[start - 1]) \
            and len(filled) - start < 8:
        start -= 1
    return " ".join(line.strip() for line in filled[start:])
