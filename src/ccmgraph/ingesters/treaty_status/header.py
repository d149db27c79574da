"""A status table's header row: which column holds what, learned from the heading's words.

"Partij | Ondertekening | Ratificatie | Type* | In werking | Opzegging | Buiten werking",
"Participant Signature Ratification, Accession(a)", "Países/Territorios | Entrada en vigor |
Ratification | Fecha de firma": a State column's word at a line's start, then only column words
(treaty_status.yml `grid_columns`, six languages, in any order), fillers ("Date of", marks in
brackets) and legend entries ("T=Toetreding"), with a State's row right after. Kinds of deposit
joined by "," or "or", or listed with their marks, are one column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ccmgraph.ingesters.treaty_status.foreign import table_state_spans
from ccmgraph.ingesters.treaty_status.legend import read_legend
from ccmgraph.ingesters.treaty_status.words import compiled, words

#: Columns whose cells are dates ("own": the convention's own, such as its adoption).
DATED = ("signature", "consent", "entry_into_force", "end", "provisional", "own")
#: How far the first row may stand after the header (characters of blank and borders).
FIRST_ROW_GAP = 12
MARK = re.compile(r"\s*\([A-Za-z]{1,3}\)")


@dataclass(frozen=True)
class Column:
    """One column of the header: what its cells hold, and its heading as written."""

    kind: str  # one of DATED, "type" or "note"
    words: str


@dataclass(frozen=True)
class Header:
    """The header row: its columns in order, where it ends, and the marks its legend defines."""

    columns: tuple[Column, ...]
    start: int
    end: int
    marks: dict[str, str]
    # a convention never open for signature (Protocol V): its signature column, which databases
    # print for every treaty, holds no date, and a deposit no mark or type names is a consent to
    # be bound whatever its heading says ("Ratification": there was no signature to ratify)
    unsigned: bool = False


@cache
def _column_patterns() -> list[tuple[str, re.Pattern[str]]]:
    # a heading ends where a lower-case letter does not follow ("RatificatieO=...": glued legend)
    return [(kind, re.compile(rf"(?:{rx})(?-i:(?![a-zà-ÿ]))", re.IGNORECASE))
            for kind, rx in words()["grid_columns"].items()]


@cache
def pattern(name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(str(words()[name]), flags)


@cache
def _line_start_state() -> re.Pattern[str]:
    """A State column's word at a line's start (after blanks or a border): where a header opens."""
    rx = str(words()["grid_columns"]["state"])
    return re.compile(rf"^[ \t|]*(?P<word>{rx})(?-i:(?![a-zà-ÿ]))", re.IGNORECASE | re.MULTILINE)


def find_header(text: str) -> Header | None:
    """The first header row of `text`: a State column word at a line's start, then column words
    only, with a State's row right after them."""
    for m in _line_start_state().finditer(text):
        if text[m.start("word")].islower():
            continue
        columns, end = _columns_after(text, m.end("word"))
        if not any(c.kind in ("signature", "consent") for c in columns) or len(columns) < 2:
            continue
        first = table_state_spans(text[end : end + FIRST_ROW_GAP + 80])
        if first and first[0].start <= FIRST_ROW_GAP and not text[end : end + first[0].start].strip(" \t\n|"):
            return Header(tuple(columns), m.start("word"), end, read_legend(text[m.start("word") : end]).marks)
    return None


def _columns_after(text: str, pos: int) -> tuple[list[Column], int]:
    """The columns a header names from `pos`, up to the first word that is no column word."""
    columns: list[Column] = []
    since, end = pos, pos
    legend, filler, joint = pattern("grid_legend", 0), pattern("grid_filler"), pattern("grid_joint")
    patterns = [(k, rx) for k, rx in _column_patterns() if k != "state"]
    while True:
        p = pos + len(text[pos:]) - len(text[pos:].lstrip())
        hit = next(((k, rx.match(text, p)) for k, rx in patterns if rx.match(text, p)), None)
        if hit and hit[1]:
            kind, m = hit[0], hit[1]
            stop = m.end()
            if stop - 2 > m.start() and text[stop - 1].isupper() and text[stop - 2].islower():
                stop -= 1  # "RatificationS=...": the capital is a legend's code glued to the heading
            gap = re.sub(r"\([A-Za-z]{1,3}\)|\*", "", text[since:p])
            marked = MARK.match(text, stop) is not None or MARK.search(columns[-1].words) is not None if columns else False
            # kinds of deposit joined by "," or "or", or listed with their marks ("Ratifikation
            # Beitritt (B) Nachfolgeerklärung (N)"), are one column whose cells the marks tell apart
            if kind == "consent" and columns and columns[-1].kind == "consent" and (joint.fullmatch(gap) or marked):
                columns[-1] = Column("consent", columns[-1].words + text[since:stop])
            else:
                columns.append(Column(kind, text[p:stop]))
            pos = since = end = stop
            mark = MARK.match(text, pos)
            if mark:  # "Accession(a)": the mark is part of its heading
                columns[-1] = Column(columns[-1].kind, columns[-1].words + mark.group(0))
                pos = since = end = mark.end()
            continue
        if (code := legend.match(text, p)) is not None:
            pos = _legend_end(text, code.end(), patterns)
            continue
        skip = filler.match(text, p)
        if skip and skip.end() > p:
            pos = end = skip.end()
            continue
        return columns, end


def _legend_end(text: str, pos: int, patterns: list[tuple[str, re.Pattern[str]]]) -> int:
    """Where a legend entry that starts its words at `pos` ends: before the next code ("T=")
    or the next heading that is no kind of deposit ("In werking", "Entry into force")."""
    legend = pattern("grid_legend", 0)
    for word in re.finditer(r"\S+", text[pos : pos + 200]):
        at = pos + word.start()
        if at > pos and (legend.match(text, at) or any(k in ("entry_into_force", "end", "provisional") and rx.match(text, at)
                                                        for k, rx in patterns)):
            return at
        glued = legend.search(word.group(0))  # "requirementR=..." never; "RatificatieO=" only
        if glued and glued.start() > 0 and at + glued.start() > pos:
            return at + glued.start()
    return pos + len(text[pos : pos + 200].rstrip("\n").split("\n")[0])


def heading_step(column: Column, signed: bool, has_signature: bool) -> str:
    """What an unmarked date under a consent heading is: the one step the heading names
    unmarked ("Ratification, Acceptance(A), Accession(a)": ratification), for "Ratification or
    accession" the one the row's signature decides, else a consent to be bound."""
    unmarked = re.sub(r"[A-Za-zÀ-ÿ]+\s*\([A-Za-z]{1,3}\)", " ", column.words)
    named = [k for k, rx in compiled("instruments").items() if rx.search(unmarked) and k != "provisional"]
    if not named:  # "Accession(a)" alone: the heading's own step
        named = [k for k, rx in compiled("instruments").items() if rx.search(column.words) and k != "provisional"]
    if len(named) == 1:
        return named[0]
    if set(named) == {"ratification", "accession"} and has_signature:
        return "ratification" if signed else "accession"
    return str(words()["several_instruments"])


def heading_of(line: str) -> Column | None:
    """The one column a line names when it is nothing but a heading ("Ratificatie",
    "Date of signature"), else None (for status boxes, whose labels stand one a line)."""
    columns, end = _columns_after(line, 0)
    return columns[0] if len(columns) == 1 and not line[end:].strip(" \t:*") else None


def step_of(column: Column, *, signed: bool) -> str | None:
    """The step a dated column stands for, or None for the dates that are no State's step
    (denunciation, provisional application, the convention's own adoption)."""
    if column.kind == "consent":
        return heading_step(column, signed, True)
    return column.kind if column.kind in ("signature", "entry_into_force") else None


__all__ = ["DATED", "MARK", "Column", "Header", "find_header", "heading_of", "heading_step", "pattern", "step_of"]
