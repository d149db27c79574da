"""Lines of attendance lists: is this a party, a person, or a person's job?

Attendance tables turned into text mix party lines ("The Netherlands – 6MSP President"),
people ("H.E Thomas Hajnoczi", "Thomas Zehetner") and job titles ("Counsellor"). These
helpers tell them apart; which names are States or organisations is asked of an injected
`known` function, so that this module knows text, not registries.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ccmgraph.resolve.actors import looks_like_person
from ccmgraph.resolve.people import split_honorific
from ccmgraph.vocabulary import bullets, honorific_pattern, role_pattern

Known = Callable[[str], bool]
"""Tells whether a name denotes a State or organisation."""


@cache
def _bullet() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{bullets()})\s+")


@cache
def _role() -> re.Pattern[str]:
    return re.compile(role_pattern(), re.IGNORECASE)


@cache
def _honorific_token() -> re.Pattern[str]:
    return re.compile(honorific_pattern())


def split_people(text: str) -> list[str]:
    """People written one after another without a separator, split where an honorific opens a
    name (a run of honorifics, "H.E. Ambassador X", opens one name).

    >>> split_people("H.E. Michael Biontino Mr. Toralf Pilz")
    ['H.E. Michael Biontino', 'Mr. Toralf Pilz']
    >>> split_people("7MSP President H.E. Ambassador Jane Roe")
    ['7MSP President', 'H.E. Ambassador Jane Roe']
    """
    starts, previous = [0], False
    for m in re.finditer(r"\S+", text):
        honorific = bool(_honorific_token().fullmatch(m.group(0)))
        if honorific and not previous and m.start() > 0:
            starts.append(m.start())
        previous = honorific
    return [p for p in (text[a:b].strip(" ,;") for a, b in zip(starts, starts[1:] + [len(text)])) if p]


def strip_bullet(line: str) -> str:
    """The line without list marks and surrounding blanks.

    >>> strip_bullet("   o H.E. Mr. Darlington Mwape")
    'H.E. Mr. Darlington Mwape'
    >>> strip_bullet("• Zambia – 4MSP President")
    'Zambia – 4MSP President'
    """
    previous = None
    text = line
    while previous != text:
        previous, text = text, _bullet().sub("", text, count=1)
    return text.strip()


def is_role_line(text: str) -> bool:
    """A job title standing alone ("Deputy Permanent Representative"), not a name.

    >>> is_role_line("Deputy Permanent Representative"), is_role_line("Mr. Samson Lungo")
    (True, False)
    """
    honorific, rest = split_honorific(text)
    if honorific and rest and not _role().match(rest):
        return False
    return bool(_role().search(text)) and len(text.split()) <= 8


def split_person(text: str) -> tuple[str, str | None]:
    """A person's name and the job written after it ("Mr. Kapambwe Simbao, Counsellor").

    >>> split_person("Mr. Kapambwe Simbao, Counsellor")
    ('Mr. Kapambwe Simbao', 'Counsellor')
    >>> split_person("Ms. Anna Lee (Head of Delegation)")
    ('Ms. Anna Lee', 'Head of Delegation')
    """
    m = re.fullmatch(r"(.+?)\s*(?:,\s*|\(\s*|\s[–—-]\s)(.+?)\)?", text.strip())
    if m and is_role_line(m.group(2)) and not is_role_line(m.group(1)):
        return m.group(1).strip(), m.group(2).strip()
    return text.strip(), None


def is_person_line(text: str) -> bool:
    """An honorific and a name, or a bare name that names no State or organisation."""
    name, _ = split_person(text)
    honorific, rest = split_honorific(name)
    if honorific and rest and not _role().fullmatch(rest):
        return True
    return not is_role_line(name) and looks_like_person(name)


_DASH = re.compile(r"\s+[–—-]\s+|\s*[:|]\s*|\s+-(?=\S)|(?<=\S)-\s+")
_PAREN = re.compile(r"^(?P<a>[^()]+?)\s*\((?P<b>[^()]+)\)\s*(?P<rest>.*)$")


def split_party_line(text: str, known: Known) -> tuple[str, str | None] | None:
    """(party as written, note) when the line names a party, else None.

    The note is what stands beside the party: a role ("6MSP President") or, in lists that
    keep a party's people on its line, their names. Whichever side is a known party wins,
    so "Secretariat - CCM ISU" gives ("CCM ISU", "Secretariat"); a party with a body in
    brackets keeps the body as its note ("Sweden (Committee on Victim Assistance)").
    """
    text = text.strip().rstrip(".;,")
    m = _PAREN.match(text)
    if m:
        a, b, rest = m["a"].strip(), m["b"].strip(), m["rest"].strip(" –—-:")
        short = len(b.split()) <= 2 and not any(w[:1].islower() for w in b.split())
        if known(b) and (short or not known(a)):  # "Implementation Support Unit (CCM ISU)": the short name
            return b, None if known(a) else a
        if known(a):
            return a, ", ".join(p for p in (b, rest) if p) or None
    parts = _DASH.split(text, maxsplit=1)
    if len(parts) == 2:
        a, b = (p.strip() for p in parts)
        if a and known(a):
            return a, b or None
        if b and known(b):
            return b, a or None
    return (text, None) if known(text) else None


_SEPARATOR = re.compile(r"\s*(?:,|;|\band\b|&)\s*")


def split_names(text: str, known: Known) -> list[str]:
    """Names in a written list, keeping names that contain "and" or "&" whole.

    >>> known = {"Bosnia & Herzegovina", "Norway", "Trinidad and Tobago", "Chile"}.__contains__
    >>> split_names("Bosnia & Herzegovina and Norway", known)
    ['Bosnia & Herzegovina', 'Norway']
    >>> split_names("Chile, Trinidad and Tobago and Norway", known)
    ['Chile', 'Trinidad and Tobago', 'Norway']
    """
    text = text.strip().rstrip(".")
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for sep in _SEPARATOR.finditer(text):
        if sep.start() > pos:
            spans.append((pos, sep.start()))
        pos = sep.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    i = 0
    while i < len(spans):
        for j in range(len(spans) - 1, i - 1, -1):  # longest known join first
            candidate = text[spans[i][0] : spans[j][1]].strip()
            if j == i or known(candidate):
                pieces.append(candidate)
                i = j + 1
                break
    return [p for p in (p.strip() for p in pieces) if p]


def honorific_at(text: str, offset: int) -> int | None:
    """The end of the honorific word at `offset` ("Mr." in "Mr. Jonas Keller"), or None.

    >>> honorific_at("Austria Ms. Petra Hofer", 8), honorific_at("Austria Ms. Petra Hofer", 0)
    (11, None)
    """
    m = re.compile(r"\S+").match(text, offset)
    return m.end() if m and _honorific_token().fullmatch(m.group(0)) else None


def has_honorific(text: str) -> bool:
    """Whether some word of `text` is an honorific: the text names people by their titles."""
    return any(honorific_at(text, m.start()) is not None for m in re.finditer(r"\S+", text))
