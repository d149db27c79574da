"""Lists of States cut off by the end of the text, and French elided articles before States.

An excerpt that stops inside a list's last item ("... Costa Rica and Zam") keeps the States
before it and drops the fragment with a one-line warning (ingesters/cut_lists.py), never
resolving it to a wrong State ("Guinea-Bis" is not Guinea). French lists write States after an
elided article ("l'Afghanistan", "l’Albanie", "d'Allemagne", "de l'Angola", lower-case
"l'ex-République yougoslave de Macédoine"): each is its State, never a party named with its
article (ingest/reference/state_articles.csv, resolve/text.py's words).
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph import ingesters
from ccmgraph.document.read import read_file
from ccmgraph.ingesters.composition.foreign import foreign_state_spans
from ccmgraph.ingesters.cut_lists import cut_item, without_cut_item
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.pipeline import extract_and_map
from ccmgraph.records import Mandate, TreatyEvent, Warning_
from ccmgraph.resolve.actors import find_actor_names, lookup_state, resolve_actor

FIXTURES = Path(__file__).parents[1] / "fixtures"
ELIDED = "l'Afghanistan, l'Albanie, d'Allemagne, de l'Angola, l’Autriche et l'ex-République yougoslave de Macédoine"


def _members(name: str) -> tuple[set[str], list[str]]:
    """The committee members' States of a composition fixture, read as the pipeline reads it,
    and the warnings of the cut."""
    read, cut = without_cut_item(read_file(FIXTURES / "composition" / name))
    kind, ingester = ingesters.choose(read, None)
    records = list(ingester.extract(read))
    records += ingesters.every_kind(read, kind, records)
    states = {resolve_actor(m.holder.name, "state").key for m in records
              if isinstance(m, Mandate) and m.role == "committee-member"}
    return states, [w.message for w in cut]


def test_a_list_cut_off_by_the_end_keeps_its_states_and_drops_the_fragment_with_a_warning() -> None:
    states, warnings = _members("cut-list-committee-members.txt")
    assert states == {"COL", "BEL", "ECU", "IRL", "CRI"}
    assert len(warnings) == 1 and "'Zam'" in warnings[0] and "\n" not in warnings[0]


def test_a_list_ending_in_a_whole_name_keeps_it_and_warns_nothing() -> None:
    assert _members("cut-list-whole-last-name.txt") == ({"COL", "BEL", "ECU", "IRL", "CRI", "ZMB"}, [])


def test_the_pipeline_reports_the_cut_as_a_warning() -> None:
    _, mapped = extract_and_map(read_file(FIXTURES / "composition" / "cut-list-committee-members.txt"))
    assert [w for w in mapped.warnings if "'Zam'" in w] and not [w for w in mapped.warnings if "'Zambia'" in w]


def test_a_fragment_is_never_read_as_the_shorter_state_it_starts_with() -> None:
    text = "Signed on the day by Chile, Peru and Guinea-Bis"
    assert cut_item(text) == (text.index(" and "), "Guinea-Bis")
    assert cut_item("Austria, Bosnia and Herz") == (7, "Bosnia and Herz")
    assert cut_item("ratifié par l'Autriche, la Belgique et d'Allem") is not None


def test_what_ends_otherwise_is_left_as_written() -> None:
    for text in ["Chile, Peru and Niger", "Chile, Peru and Guinea-Bissau", "Austria and Belgium Ratify",
                 "Austria, Belgium, Bul.", "Meeting in Geneva, Bul", "Chile, Peru and the", "Austria, Belgium.\nThe Bul",
                 "l'Autriche, la Belgique et l'Italie"]:
        assert cut_item(text) is None, text


def test_french_elided_articles_give_each_its_state_in_order() -> None:
    assert [s.iso3 for s in foreign_state_spans(ELIDED)] == ["AFG", "ALB", "DEU", "AGO", "AUT", "MKD"]


def test_a_state_given_with_its_article_resolves_to_the_state_never_to_a_party_so_named() -> None:
    for written, iso3 in [("l'Afghanistan", "AFG"), ("l’Albanie", "ALB"), ("d'Allemagne", "DEU"), ("d’Allemagne", "DEU"),
                          ("de l'Angola", "AGO"), ("l’Autriche", "AUT"), ("l'ex-République yougoslave de Macédoine", "MKD")]:
        resolved = resolve_actor(written, "state")
        assert (resolved.kind, resolved.key) == ("state", iso3), written


def test_a_french_list_of_ratifications_gives_exactly_its_four_states_and_parties_bound() -> None:
    """"Ont ratifié : l’Albanie, l'Allemagne, ...": each a ratification, named without its
    article; "États parties : l'Afghanistan et ...": Parties, on no step the list says: each a
    consent to be bound."""
    records = list(NewsIngester().extract(read_file(FIXTURES / "news" / "fr-states-parties-elided.txt")))
    events = [e for e in records if isinstance(e, TreatyEvent)]
    assert {(resolve_actor(e.state.name, "state").key, e.convention, e.event) for e in events} == {
        (iso3, "apmbc", "ratification") for iso3 in ("ALB", "DEU", "AGO", "AUT")} \
        | {(iso3, "apmbc", "consent_to_be_bound") for iso3 in ("AFG", "MKD")}
    assert all(not e.state.name.lower().startswith(("l'", "l’", "d'", "de ")) for e in events)


def test_the_european_union_and_other_states_are_no_state() -> None:
    assert resolve_actor("l'Union européenne", "state").kind != "state"
    assert lookup_state("l'Union européenne") is None
    assert foreign_state_spans("l'Union européenne et d'autres États") == []
    assert [k for _, _, k, _ in find_actor_names("l'Union européenne et d'autres États") if k == "state"] == []
    assert resolve_actor("d'autres États", "state").kind != "state"
