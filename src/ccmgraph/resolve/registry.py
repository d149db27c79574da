"""The registry of canonical States and organisations, loaded once from ISO 3166 and our tables.

States come from pycountry (ISO 3166-1) plus ingest/reference/state_aliases.csv (other
spellings, demonyms, canonical short names, entries that are not States) and, where known,
wikidata_states.csv. Organisations come from ingest/reference/organisations.csv. Every name
is indexed by `name_key`, so case, diacritics and "the" never make a second entity; a key
claimed by two entities is dropped rather than guessed.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycountry

from ccmgraph.errors import InputError
from ccmgraph.paths import ingest_dir
from ccmgraph.resolve.text import name_key


@dataclass(frozen=True)
class StateEntry:
    """A State: ISO 3166-1 alpha-3 code, canonical short English name, Wikidata QID if known."""

    iso3: str
    name: str
    wikidata: str | None


@dataclass(frozen=True)
class OrgEntry:
    """An organisation of the curated table; `key` is its IRI slug (id/org/<key>)."""

    key: str
    name: str
    abbreviation: str
    kind: str
    url: str = ""


def read_table(file_name: str, columns: tuple[str, ...], required: bool = True) -> list[dict[str, str]]:
    """Rows of a reference CSV; a missing file or column is an InputError naming the file."""
    path: Path = ingest_dir() / "reference" / file_name
    if not path.is_file():
        if required:
            raise InputError(f"{path}: reference table is missing")
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"{path}: missing column(s) {', '.join(missing)}")
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def _add(index: dict[str, str], clashes: set[str], name: str, value: str) -> None:
    key = name_key(name)
    if not key or key in clashes:
        return
    if index.setdefault(key, value) != value:
        del index[key]
        clashes.add(key)


_ALIAS_KINDS = ("alias", "demonym", "name", "territory")
_ISO_CODES = frozenset(c.alpha_3 for c in pycountry.countries)


@cache
def _aliases() -> list[dict[str, str]]:
    """Rows of state_aliases.csv; an unknown kind, or a code ISO lacks outside a `name` row, is an error."""
    rows = read_table("state_aliases.csv", ("alias", "iso3", "kind"))
    named = {r["iso3"] for r in rows if r["kind"] == "name"}
    for number, row in enumerate(rows, start=2):
        if row["kind"] not in _ALIAS_KINDS or not row["alias"]:
            raise InputError(f"state_aliases.csv line {number}: kind must be one of {', '.join(_ALIAS_KINDS)}")
        if row["iso3"] not in _ISO_CODES and row["iso3"] not in named:
            raise InputError(f"state_aliases.csv line {number}: {row['iso3']!r} is no ISO 3166-1 alpha-3 code")
    return rows


@cache
def states() -> dict[str, StateEntry]:
    """Every State by alpha-3 code (ISO entries that are territories left out)."""
    rows = _aliases()
    territories = {r["iso3"] for r in rows if r["kind"] == "territory"}
    names = {r["iso3"]: r["alias"] for r in rows if r["kind"] == "name"}
    qids = {r["iso3"]: r["wikidata"] for r in read_table("wikidata_states.csv", ("iso3", "wikidata"), False)}
    if bad := sorted(iso3 for iso3, qid in qids.items() if not re.fullmatch(r"Q[1-9][0-9]*", qid)):
        raise InputError(f"wikidata_states.csv: {', '.join(bad)} without a QID of the form Q123")
    codes = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    codes.update({iso3: name for iso3, name in names.items() if iso3 not in codes})
    return {
        iso3: StateEntry(iso3, names.get(iso3, default), qids.get(iso3) or None)
        for iso3, default in sorted(codes.items())
        if iso3 not in territories
    }


@cache
def state_forms() -> list[tuple[str, str]]:
    """(written form, alpha-3): curated names first, then ISO short, common and official names."""
    known = states()
    forms = [(r["alias"], r["iso3"]) for r in _aliases() if r["kind"] in ("alias", "name") and r["iso3"] in known]
    for country in pycountry.countries:
        if country.alpha_3 in known:
            names = (getattr(country, a, None) for a in ("name", "common_name", "official_name"))
            forms += [(n, country.alpha_3) for n in names if n]
    forms += [(entry.name, entry.iso3) for entry in known.values()]
    return list(dict.fromkeys(forms))


@cache
def state_index() -> dict[str, str]:
    """name_key -> alpha-3; a curated form beats ISO forms, two ISO States on one key drop it."""
    index: dict[str, str] = {}
    clashes: set[str] = set()
    curated = {name_key(r["alias"]) for r in _aliases() if r["kind"] in ("alias", "name")}
    for written, iso3 in state_forms():
        if name_key(written) in curated and name_key(written) in index:
            continue
        _add(index, clashes, written, iso3)
    return index


#: The generated tables of State names in other languages (tools/gen_state_names.py).
FOREIGN_NAME_TABLES = ("state_names_fr_es.csv", "state_names_de_pt_nl.csv", "state_names_it.csv")


@cache
def foreign_state_index() -> dict[str, tuple[str, bool]]:
    """name_key -> (alpha-3, collides) for the State names in other languages: French and
    Spanish (state_names_fr_es.csv), German, Portuguese and Dutch (state_names_de_pt_nl.csv),
    Italian (state_names_it.csv).

    Kept apart from `state_index`: these names count only where a State must stand (a status
    table's row, a notice's slot), never in prose. A key two States share, or one an English
    form already gives another State, is dropped; `collides` marks a name that is also a
    common word or a given name ("Maurice").
    """
    known, english = states(), state_index()
    index: dict[str, tuple[str, bool]] = {}
    clashes: set[str] = set()
    rows = [row for table in FOREIGN_NAME_TABLES for row in read_table(table, ("name", "iso3", "lang", "collides"), False)]
    for row in rows:
        key, iso3 = name_key(row["name"]), row["iso3"]
        if iso3 not in known or not key or key in clashes or english.get(key, iso3) != iso3:
            continue
        if key in index and index[key][0] != iso3:
            del index[key]
            clashes.add(key)
            continue
        index[key] = (iso3, bool(row["collides"]) or (key in index and index[key][1]))
    return index


@cache
def state_articles() -> tuple[tuple[str, bool], ...]:
    """(article, elided) from state_articles.csv, longest first ("de l'" before "l'"), with a
    straight apostrophe: the articles French and Spanish write before a State's name."""
    rows = read_table("state_articles.csv", ("article", "elided"), False)
    found = {row["article"].replace("’", "'"): row["elided"] == "yes" for row in rows if row["article"]}
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


def without_article(name: str, *, elided_only: bool = False) -> str | None:
    """`name` without the article state_articles.csv says may open it, or None if none does
    ("de l’Angola" -> "Angola"; `elided_only` keeps "la Belgique" whole).

    >>> without_article("de l’Angola"), without_article("l'ex-République yougoslave de Macédoine")
    ('Angola', 'ex-République yougoslave de Macédoine')
    >>> without_article("la Belgique", elided_only=True), without_article("Lesotho")
    (None, None)
    """
    text = name.strip().replace("’", "'")
    for article, elided in state_articles():
        if elided_only and not elided:
            continue
        glue = "" if article.endswith("'") else " "
        if text[: len(article)].lower() == article and text[len(article) :].startswith(glue):
            rest = text[len(article) :].strip()
            return name.strip()[len(name.strip()) - len(rest) :] if rest else None
    return None


@cache
def state_codes() -> dict[str, str]:
    """Alpha-2 and alpha-3 codes (upper case, as written) -> alpha-3."""
    known = states()
    codes = {iso3: iso3 for iso3 in known}
    codes.update({c.alpha_2: c.alpha_3 for c in pycountry.countries if c.alpha_3 in known})
    return codes


@cache
def demonym_forms() -> list[tuple[str, str]]:
    return [(r["alias"], r["iso3"]) for r in _aliases() if r["kind"] == "demonym"]


@cache
def demonym_index() -> dict[str, str]:
    index: dict[str, str] = {}
    clashes: set[str] = set()
    for written, iso3 in demonym_forms():
        _add(index, clashes, written, iso3)
    return index


@cache
def foreign_demonym_index() -> dict[str, str]:
    """name_key -> alpha-3 for the Spanish and French adjectives of nationality
    (state_demonyms_fr_es.csv): "mozambiqueña", "norvégienne". Apart from the English ones,
    as they count only right after a presidency's word; a key two States share is dropped."""
    index: dict[str, str] = {}
    clashes: set[str] = set()
    known = states()
    for row in read_table("state_demonyms_fr_es.csv", ("demonym", "iso3", "lang"), False):
        if row["iso3"] not in known:
            raise InputError(f"state_demonyms_fr_es.csv: {row['iso3']!r} is no ISO 3166-1 alpha-3 code")
        _add(index, clashes, row["demonym"], row["iso3"])
    return index


@cache
def _organisation_rows() -> list[dict[str, str]]:
    """Rows of organisations.csv; a key that is no IRI slug, repeated, or lacks a name is an error."""
    rows = read_table("organisations.csv", ("key", "name", "abbreviation", "aliases", "kind", "url", "source"))
    seen: set[str] = set()
    for number, row in enumerate(rows, start=2):
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", row["key"]) or row["key"] in seen or not row["name"]:
            raise InputError(f"organisations.csv line {number}: key {row['key']!r} is not a new IRI slug with a name")
        seen.add(row["key"])
    return rows


@cache
def organisations() -> dict[str, OrgEntry]:
    rows = _organisation_rows()
    return {r["key"]: OrgEntry(r["key"], r["name"], r["abbreviation"], r["kind"], r["url"]) for r in rows}


@cache
def organisation_aliases() -> dict[str, list[str]]:
    """Every written form of each organisation: name, abbreviation, aliases."""
    rows = _organisation_rows()
    return {
        r["key"]: [r["name"], *([r["abbreviation"]] if r["abbreviation"] else []), *filter(None, (a.strip() for a in r["aliases"].split(";")))]
        for r in rows
    }


@cache
def organisation_index() -> dict[str, str]:
    index: dict[str, str] = {}
    clashes: set[str] = set()
    for key, forms in organisation_aliases().items():
        for form in forms:
            _add(index, clashes, form, key)
    return index


def clear_caches() -> None:
    """Forget the loaded tables (after CCMGRAPH_DATA changes, e.g. in tests)."""
    loaders = (_aliases, states, state_forms, state_index, foreign_state_index, state_articles, state_codes,
               demonym_forms, demonym_index, foreign_demonym_index)
    for function in (*loaders, _organisation_rows, organisations, organisation_aliases, organisation_index):
        function.cache_clear()
