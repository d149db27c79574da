"""Meeting cities: by their English name, and as the words right after a meeting's name hold it there.

"the Third Review Conference, which is being held in Maputo", "the 17MSP concluded in Geneva",
"la 21e assemblée des Etats parties qui se tient depuis lundi à Genève", "... here in Geneva.",
"se celebró en Ginebra la XII Reunión" (the verb before the name, `city_before_name`):
the forms are flat.yml `held_city`, shared by the readers of flattened pages, meeting pages and
news, so that one meeting's city is read one way wherever it stands. Only a city the conventions
have met in is taken (`known_city`): a headline's typo ("Concludes in Genvea") names none.
"""

from __future__ import annotations

import re
from functools import cache

from ccmgraph.ingesters.flat.vocab import vocab
from ccmgraph.vocabulary import convention_spans, host_cities


def city_names() -> dict[str, str]:
    """Meeting cities as the conventions' other languages write them, by English name (flat.yml)."""
    return {str(k): str(v) for k, v in vocab()["city_names"].items()}


def english_city(name: str) -> str:
    """A meeting city as the graph names it: "Genève", "Ginebra" and "Genf" are Geneva; a name
    the table does not hold is kept as written.

    >>> english_city("Carthagène"), english_city("Lusaka")
    ('Cartagena', 'Lusaka')
    """
    return city_names().get(name, name)


def known_city(written: str) -> str | None:
    """A city written where its language cannot be told (in capitals, or in a Spanish or French
    dateline), by its English name, if the conventions have met there (vocabulary `host_cities`)
    or flat.yml names its foreign form; else None.

    >>> known_city("GENEVA"), known_city("Ginebra"), known_city("PHNOM PENH"), known_city("Ciudad")
    ('Geneva', 'Geneva', 'Phnom Penh', None)
    """
    words = written.split()
    if not words or len(words) > 3:
        return None
    plain = " ".join(w if not w.isupper() else w.capitalize() for w in words) if written.isupper() else " ".join(words)
    if plain in city_names():
        return english_city(plain)
    return plain if plain in host_cities() else None


def name_tail() -> str:
    """What may stand between a meeting's name and the words that place it (a pattern)."""
    return str(vocab()["held_name_tail"])


@cache
def _forms() -> re.Pattern[str]:
    forms = "|".join(f"(?:{form})".replace("(?P<city>", f"(?P<city{i}>") for i, form in enumerate(vocab()["held_city"]))
    return re.compile(name_tail() + f"(?:{forms})", re.IGNORECASE)


_OF_THE = re.compile(r"\s+(?:of|to|de|du|del|da)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?", re.IGNORECASE)


def past_convention(text: str, end: int, stop: int) -> int:
    """Where the convention's own name, written out right after a meeting's name ("of the
    Convention on Cluster Munitions (CCM)"), ends; `end` where none is."""
    of = _OF_THE.match(text, end, stop)
    spans = convention_spans(text[of.end() : stop]) if of else []
    if of is None or not spans or spans[0][0] != 0:
        return end
    at = of.end() + spans[0][1]
    abbreviation = re.compile(r"\s*\([^()]{1,20}\)").match(text, at, stop)
    return abbreviation.end() if abbreviation else at


def city_after_name(text: str, end: int, stop: int) -> str | None:
    """The city the words of text[end:stop], right after a meeting's name, hold it in, or None.

    >>> city_after_name("the 17MSP concluded in Geneva recording success", 9, 48)
    'Geneva'
    >>> city_after_name("la 21e assemblée des Etats parties qui se tient depuis lundi à Genève.", 34, 70)
    'Geneva'
    >>> city_after_name("the 17MSP in Geneva International Centre", 9, 40) is None
    True
    >>> city_after_name("the 2RC to the Convention on Cluster Munitions (CCM), which was held in Lausanne.", 7, 81)
    'Lausanne'
    """
    m = _forms().match(text, end, stop) or _forms().match(text, past_convention(text, end, stop), stop)
    if m is None:
        return None
    written = next(v for k, v in m.groupdict().items() if k.startswith("city") and v)
    return known_city(written)


@cache
def _lead() -> re.Pattern[str]:
    return re.compile("".join(str(vocab()["held_city_lead"]).split()), re.IGNORECASE)  # blanks are layout


def city_before_name(text: str, start: int, clause_start: int) -> str | None:
    """The city the verb of its being held, put before a meeting's name, holds it in (flat.yml
    `held_city_lead`), a city the conventions met in; or None.

    >>> city_before_name("Entre los días 2 y 5 de diciembre se celebró en Ginebra la XII Reunión", 59, 0)
    'Geneva'
    >>> city_before_name("Se celebró en Ginebra una reunión de expertos y la XII Reunión", 51, 0) is None
    True
    """
    m = _lead().search(text[max(clause_start, start - 120) : start])
    return known_city(m["city"]) if m else None


def city_in_name(text: str, start: int, end: int, kind: str) -> str | None:
    """The city a meeting's name itself holds, right before or after it (flat.yml
    `city_in_name_*`), for the kinds named by their city, if the conventions met there.

    >>> city_in_name("the 2014 Maputo Review Conference raised", 16, 33, "revcon")
    'Maputo'
    >>> city_in_name("la Conferencia de Revisión de Maputo.", 3, 26, "revcon")
    'Maputo'
    >>> city_in_name("the Second Review Conference of the Convention", 11, 28, "revcon") is None
    True
    """
    if kind not in vocab()["city_in_name_kinds"]:
        return None
    before = re.search(str(vocab()["city_in_name_before"]), text[max(0, start - 40) : start])
    after = re.compile(str(vocab()["city_in_name_after"])).match(text, end)
    for m in (before, after):
        if m is not None and (city := known_city(m["city"])) is not None:
            return city
    return None


@cache
def _venues() -> re.Pattern[str]:
    names = {str(v): str(city) for city, venues in vocab()["venue_cities"].items() for v in venues}
    alternatives = "|".join(re.escape(v) for v in sorted(names, key=len, reverse=True))
    return re.compile(rf"{vocab()['venue_lead']}(?P<venue>{alternatives})(?![\w-])")


def venue_city(text: str) -> str | None:
    """The city of the first venue of one city that `text` puts something at (flat.yml
    `venue_cities`): "in Room XVII at the Palais des Nations" is in Geneva.

    >>> venue_city("will take place on 23 August in Room XVII at the Palais des Nations."), venue_city("at the UN")
    ('Geneva', None)
    """
    m = _venues().search(text)
    return city_of_venue(m["venue"]) if m else None


def city_of_venue(venue: str) -> str | None:
    """The one city a venue named as written stands in ("Palais des Nations, Room XIX": Geneva)."""
    return next((str(city) for city, venues in vocab()["venue_cities"].items()
                 for v in venues if venue == v or venue.startswith(f"{v} ") or venue.startswith(f"{v},")), None)
