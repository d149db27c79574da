"""People French, Spanish and German news name by their post, without an honorific.

"el Ministro de Relaciones Exteriores, Jaime Bermúdez"; "la portavoz de la ONU, Marie Okabe";
"Le secrétaire général de l'ONU, Ban Ki-moon"; "El secretario general (Ban Ki-moon)"; "Der Staatsminister im Auswärtigen Amt, Gernot
Erler (SPD)"; "el Canciller Jaime Bermúdez"; "UN-Generalsekretär Ban Ki-moon"; a name with its honorific
("la Representante Permanente de Colombia ante ..., Embajadora María Emma Mejía") takes the
post's party too. These languages
put the post, with its article, before the name; the English reader (people.py) knows only
English posts. The name must be two to six capitalised words (particles inside) standing where
the post ends, and the post's party is a State or organisation it names after "de"/"of" (the
first one, never one after "ante"/"auprès de"/"bei"), or its State's adjective in the
language's own words (`foreign_demonyms`): else the person is written without a party.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ccmgraph.records import ActorRef
from ccmgraph.resolve.actors import find_actor_names
from ccmgraph.ingesters.flat.cities import known_city
from ccmgraph.resolve.registry import states as registry_states
from ccmgraph.ingesters.news.text import FoundActor

_CAP = "A-ZÀ-ÝĀ-Ž"


@cache
def _table() -> dict[str, Any]:
    with open(Path(__file__).with_name("people.yml"), encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)["foreign_posts"]
    return data


@cache
def _post() -> re.Pattern[str]:
    """An article, a post's role word (maybe glued to a party: "UN-Generalsekretär"), the words
    of the post up to a comma (or none), and the name."""
    roles = "|".join(sorted((re.escape(str(w)) for w in _table()["role_words"]), key=len, reverse=True))
    articles = "|".join(re.escape(str(w)) for w in _table()["articles"])
    particle = "|".join(re.escape(str(w)) for w in _table()["particles"])
    word = rf"[{_CAP}][\w'’]+(?:-[\w'’]+)*"
    later = rf"(?:{word}|[a-z]+-[{_CAP}][\w'’]+)"  # "Ban ki-Moon"
    ranks = "|".join(re.escape(str(w)) for w in _table()["ranks"])  # "..., General Oscar Naranjo": no name word
    name = rf"(?P<name>{word}(?:\s+(?:(?:{particle})\s+)*{later}){{1,5}})"
    return re.compile(
        rf"(?:(?<![\w-])(?i:{articles})\s+(?:[\w-]+\s+)?|(?<![\w-])[{_CAP}][\w]*-)"
        rf"(?P<role>(?i:{roles}))(?![\w-])"
        rf"(?:(?P<post>(?:\s+[^\s,;:.()\"“”«»]+){{1,16}}?)\s*[,(]\s*|\s*\(\s*|\s+)"
        rf"(?:(?:{ranks})\s+)?{name}(?=\s*[,.;:()\"”»]|\s+(?-i:[a-zà-ÿ])|\s*$)")


def foreign_posted(text: str, actors: list[FoundActor]) -> list[tuple[int, int, ActorRef, ActorRef | None]]:
    """(start, end, person, party or None) of each person a foreign post names before them."""
    out: list[tuple[int, int, ActorRef, ActorRef | None]] = []
    taken = [(a, b) for a, b, _ in actors]
    for m in _post().finditer(text):
        a, b = m.span("name")
        if _not_name(m["name"]):
            continue
        if (own := next((f for f in actors if f[0] == a and f[1] <= b), None)) is not None:
            if own[2].kind == "person" and (party := _party(text, m, actors)) is not None:
                out.append((own[0], own[1], own[2], party))  # "..., Embajadora María Emma Mejía": the post is hers
            continue
        if any(x < b and a < y for x, y in taken):
            continue
        out.append((a, b, ActorRef(m["name"], "person"), _party(text, m, actors)))
    for m in _plural_post().finditer(text):
        names = [n for n in re.finditer(_name_run(), m["names"])]
        if len(names) < 2 or len(names) > 3:
            continue
        spans = [(m.start("names") + n.start(), m.start("names") + n.end()) for n in names]
        if any(x < b and a < y for a, b in spans for x, y in taken) \
                or any(_not_name(n.group(0)) or known_city(n.group(0)) is not None for n in names):
            continue  # "les ministres, Genève et Vienne": places or bodies, not people
        out += [(a, b, ActorRef(text[a:b], "person"), None) for a, b in spans]
    return out


def _name_run() -> str:
    """Two to six capitalised words, particles inside: one name written without an honorific."""
    joins = set(map(str, _table()["plural_and"]))  # "Jody Williams y Tun Channareth": two names, not one
    particle = "|".join(re.escape(str(w)) for w in _table()["particles"] if str(w) not in joins)
    word = rf"[{_CAP}][\w'’]+(?:-[\w'’]+)*"
    return rf"{word}(?:\s+(?:(?:{particle})\s+)*{word}){{1,5}}"


@cache
def _plural_post() -> re.Pattern[str]:
    """A plural article and post, a comma, then two or three names joined by a comma or "et"/"y"
    and ending the clause ("des co-lauréats du prix ..., Jody Williams et Tun Channareth,")."""
    articles = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in _table()["plural_articles"])
    roles = "|".join(sorted((re.escape(str(w)).replace(r"\ ", r"\s+") for w in _table()["plural_role_words"]),
                            key=len, reverse=True))
    joins = "|".join(re.escape(str(w)) for w in _table()["plural_and"])
    name = _name_run()
    return re.compile(
        rf"(?<![\w-])(?i:{articles})\s+(?i:{roles})(?![\w-])(?:\s+[^\s,;:.()\"“”«»]+){{0,12}}?\s*,\s*"
        rf"(?P<names>{name}(?:\s*,\s*{name})?\s+(?:{joins})\s+{name})(?=\s*[,.;:()\"”»]|\s*$)")


def _not_name(name: str) -> bool:
    """Whether a run after a post is a body or a place, not a name (its words are the
    language's words of institutions)."""
    words = set(re.split(r"[\s-]+", name))
    return bool(words & set(map(str, _table()["not_name_words"])))


def _party(text: str, m: re.Match[str], actors: list[FoundActor]) -> ActorRef | None:
    """The party the post names after "de"/"of" before any "ante"/"auprès", or its adjective."""
    start, end = m.start(), m.start("name")
    lead = re.compile(r"(?:\b(?i:" + "|".join(map(str, _table()["of_words"])) + r")\s*|-)$")
    stop = re.compile(r"\b(?i:" + "|".join(map(str, _table()["to_words"])) + r")\b")
    elided = re.sub(r"(?<=\b[lLdD])['’]", " ", text[start:end])  # "de l'ONU": the recogniser needs a space
    actors = [*actors, *((start + at, start + at + len(written), ActorRef(written, kind))  # type: ignore[arg-type]
                         for at, written, kind, _ in find_actor_names(elided)
                         if not any(a <= start + at < b for a, b, _ in actors))]
    for a, b, ref in sorted(actors, key=lambda f: f[0]):
        if ref.kind not in ("state", "organisation") or not (start <= a and b <= end):
            continue
        if stop.search(text, start, a):
            break
        if lead.search(text[start:a]) or b + 1 == m.start("role"):  # "de Colombia", "UN-Generalsekretär"
            return ref
    for word in re.findall(r"[\w]+", m["post"] or ""):
        iso3 = _table()["demonyms"].get(word.lower())
        if iso3 and (entry := registry_states().get(iso3)) is not None:
            return ActorRef(entry.name, "state")
    return None
