"""Generate the foreign State-name tables of ingest/reference/ from the ISO 3166 translations pycountry ships.

French and Spanish status tables (UN Treaty Collection, national gazettes) name States in
their own language ("Afrique du Sud", "Alemania"); so do German, Portuguese and Dutch ones
(the Swiss and Austrian law collections, "Schweiz"; Portuguese gazettes, "Suíça"; the Dutch
treaty database, "Zwitserland"). French and Spanish go to state_names_fr_es.csv, German,
Portuguese (European and Brazilian) and Dutch to state_names_de_pt_nl.csv, Italian (the Italian
treaty database's tables, "Svizzera") to state_names_it.csv. The names come from iso-codes, the
translations of ISO 3166-1 that pycountry bundles as gettext catalogues, never from memory.
UNTC writes inverted ISO names in brackets ("Bolivie (État plurinational de)") or turned
round ("République de Moldova"); both are derived from the ISO form "Moldova, République de"
by rule. A form that is also a common word or a given name (state_name_collisions.csv) is
marked, so that it counts only where a State must stand (a table's row, a notice's slot).

    python tools/gen_state_names.py            # rewrite both tables in ingest/reference/
    python tools/gen_state_names.py -o DIR     # write them into DIR (the staleness test does)
"""

from __future__ import annotations

import argparse
import csv
import gettext
import io
import re
from pathlib import Path

import pycountry
from importlib.metadata import version

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "ingest" / "reference"
COLLISIONS = REFERENCE / "state_name_collisions.csv"
#: Table file -> the gettext languages it holds ("pt_BR" rows are written "pt": one language).
TABLES = {"state_names_fr_es.csv": ("fr", "es"), "state_names_de_pt_nl.csv": ("de", "pt", "pt_BR", "nl"),
          "state_names_it.csv": ("it",)}
FIELDS = ("name", "iso3", "lang", "form", "collides", "source")
SOURCE = "iso-codes iso3166-1 translations as bundled by pycountry {version}"


def _collisions() -> dict[tuple[str, str], str]:
    """(lang, folded word) -> why the word is more than a State's name."""
    with COLLISIONS.open(encoding="utf-8", newline="") as handle:
        return {(r["lang"], r["word"].casefold()): r["why"] for r in csv.DictReader(handle)}


def derived(iso_name: str) -> list[str]:
    """The UN forms an inverted ISO name stands for: "X (Y)" and "Y X"; a bracketed remark
    dropped ("Saint-Siège (état de la cité du Vatican)" -> "Saint-Siège").

    >>> derived("Bolivie, état plurinational de")
    ['Bolivie (État plurinational de)', 'État plurinational de Bolivie']
    >>> derived("Iran, République islamique d'")
    ["Iran (République islamique d')", "République islamique d'Iran"]
    """
    out: list[str] = []
    inverted = re.fullmatch(r"([^,()]+),\s*([^,()]+)", iso_name)
    if inverted:
        head, qualifier = inverted[1].strip(), inverted[2].strip()
        out.append(f"{head} ({qualifier[0].upper()}{qualifier[1:]})")
        joint = "" if qualifier.endswith(("'", "’")) else " "
        out.append(f"{qualifier[0].upper()}{qualifier[1:]}{joint}{head}")
    bracketed = re.fullmatch(r"([^()]+?)\s*\([^()]+\)", iso_name)
    if bracketed:
        out.append(bracketed[1])
    return out


def rows(languages: tuple[str, ...]) -> list[dict[str, str]]:
    """One row per (form, State, language), English forms left out (the registry has them)."""
    collisions = _collisions()
    source = SOURCE.format(version=version("pycountry"))
    out: dict[tuple[str, str, str], dict[str, str]] = {}
    for locale in languages:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
        lang = locale.split("_")[0]
        for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
            english = {getattr(country, a, None) for a in ("name", "common_name", "official_name")} - {None}
            for attribute in ("name", "common_name", "official_name"):
                msgid = getattr(country, attribute, None)
                if not msgid:
                    continue
                translated = catalogue.gettext(msgid)
                forms = [(translated, f"iso-{attribute}"), *((d, "un-rule") for d in derived(translated))]
                for form, how in forms:
                    if form in english or (form, country.alpha_3, lang) in out:
                        continue
                    why = collisions.get((lang, form.casefold()), "")
                    out[(form, country.alpha_3, lang)] = {"name": form, "iso3": country.alpha_3, "lang": lang,
                                                          "form": how, "collides": why, "source": source}
    return sorted(out.values(), key=lambda r: (r["iso3"], r["lang"], r["name"]))


def render(languages: tuple[str, ...]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(languages))
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-o", "--output", type=Path, default=REFERENCE, help="folder the tables are written to")
    args = parser.parse_args()
    for name, languages in TABLES.items():
        (args.output / name).write_text(render(languages), encoding="utf-8")


if __name__ == "__main__":
    main()
