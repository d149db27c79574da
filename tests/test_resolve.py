"""Resolution on real names: the treaty status table, the corpus documents and written variants."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from ccmgraph.errors import InputError
from ccmgraph.paths import ingest_dir
from ccmgraph.resolve.actors import (
    find_actor_names,
    looks_like_person,
    lookup_demonym,
    lookup_org,
    lookup_state,
    match_surname,
    normalise_person,
    reload_tables,
    resolve_actor,
)

FIXTURES = Path(__file__).parent / "fixtures"
MINUTES = FIXTURES / "minutes" / "cc-minutes-2016-03-03.txt"
NEWS = FIXTURES / "news" / "ccm-presidency-news-2017.txt"


def _treaty_states() -> list[tuple[str, str]]:
    with (ingest_dir() / "reference" / "treaty_status.csv").open(encoding="utf-8") as handle:
        return sorted({(row["state"], row["iso3"]) for row in csv.DictReader(handle)})


def test_every_state_of_the_treaty_status_table_resolves_to_its_iso3() -> None:
    pairs = _treaty_states()
    assert len(pairs) >= 150
    wrong = [(name, iso3, lookup_state(name)) for name, iso3 in pairs if getattr(lookup_state(name), "iso3", None) != iso3]
    assert wrong == []


@pytest.mark.parametrize(
    ("written", "iso3"),
    [
        ("The Netherlands", "NLD"),
        ("the netherlands", "NLD"),
        ("Bosnia & Herzegovina", "BIH"),
        ("Cote d'Ivoire", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("Democratic Republic of Congo", "COD"),
        ("DRC", "COD"),
        ("Congo", "COG"),
        ("Lao PDR", "LAO"),
        ("Laos", "LAO"),
        ("Republic of Korea", "KOR"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("UK", "GBR"),
        ("United States", "USA"),
        ("Holy See", "VAT"),
        ("Palestine", "PSE"),
        ("Kosovo", "XKX"),
        ("Czech Republic", "CZE"),
        ("Czechia", "CZE"),
        ("Macedonia", "MKD"),
        ("Moldova", "MDA"),
        ("Iran (Islamic Republic of)", "IRN"),
        ("Syria", "SYR"),
        ("Russia", "RUS"),
        ("Vietnam", "VNM"),
        ("Viet Nam", "VNM"),
        ("Swaziland", "SWZ"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("St. Kitts and Nevis", "KNA"),
        ("NZL", "NZL"),
        ("NZ", "NZL"),
    ],
)
def test_written_forms_of_states(written: str, iso3: str) -> None:
    entry = lookup_state(written)
    assert entry is not None and entry.iso3 == iso3


def test_canonical_short_names() -> None:
    assert lookup_state("Netherlands, Kingdom of the") is None or lookup_state("Netherlands").name == "Netherlands"
    assert lookup_state("Bosnia & Herzegovina").name == "Bosnia and Herzegovina"
    assert lookup_state("Cote d'Ivoire").name == "Côte d'Ivoire"
    assert lookup_state("Congo, The Democratic Republic of the").name == "Democratic Republic of the Congo"


@pytest.mark.parametrize("written", ["Korea", "nl", "Jersey", "Herzegovina", "Atlantis", "", "Coordination Committee"])
def test_names_that_are_no_state(written: str) -> None:
    assert lookup_state(written) is None


def test_demonyms_name_states_and_ambiguous_ones_do_not() -> None:
    assert lookup_demonym("Dutch").iso3 == "NLD"
    assert lookup_demonym("the Croatian").iso3 == "HRV"
    assert lookup_demonym("Namibian").iso3 == "NAM"
    assert lookup_demonym("Swiss").iso3 == "CHE"
    assert lookup_demonym("Korean") is None
    assert lookup_demonym("Congolese") is None


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("CMC", "cmc"),
        ("Cluster Munition Coalition", "cmc"),
        ("ICRC", "icrc"),
        ("UN Office for Disarmament Affairs", "unoda"),
        ("UNODA", "unoda"),
        ("Secretariat - CCM ISU", "ccm-isu"),
        ("Secretariat – CCM ISU", "ccm-isu"),
        ("CCM-ISU", "ccm-isu"),
        ("APMBC ISU", "apmbc-isu"),
        ("CCW ISU", "ccw-isu"),
        ("GICHD", "gichd"),
        ("Humanity & Inclusion", "handicap-international"),
        ("Handicap International", "handicap-international"),
        ("Norwegian Peoples Aid", "npa"),
        ("Norwegian People’s Aid", "npa"),
        ("Landmine and Cluster Munition Monitor", "monitor"),
        ("The HALO Trust", "halo-trust"),
        ("European Union", "eu"),
    ],
)
def test_written_forms_of_organisations(written: str, key: str) -> None:
    entry = lookup_org(written)
    assert entry is not None and entry.key == key


def test_person_variants_share_one_key() -> None:
    forms = ["H.E. Henk Cor Van der Kwast", "Ambassador Henk Cor van der Kwast", "Amb. HENK COR VAN DER KWAST"]
    assert {normalise_person(f).key for f in forms} == {"henk-cor-van-der-kwast"}
    assert normalise_person(forms[0]).display == "Henk Cor Van der Kwast"
    marketa = normalise_person("Ms. Markéta Homolková")
    assert (marketa.key, marketa.honorific, marketa.display) == ("marketa-homolkova", "Ms.", "Markéta Homolková")
    assert normalise_person("H.E Thomas Hajnoczi").honorific == "H.E."
    assert normalise_person("Thomas Zehetner").honorific == ""


def _people_of_minutes() -> list:
    lines = MINUTES.read_text(encoding="utf-8").splitlines()
    return [normalise_person(line) for line in lines[:60] if looks_like_person(line)]


def test_surnames_in_discussion_match_the_attendance_list() -> None:
    known = _people_of_minutes()
    assert match_surname("Ambassador Sinjela", known).display == "Encyla T. C. Sinjela"
    assert match_surname("Ambassador Hajnoczi", known).key == "thomas-hajnoczi"
    assert match_surname("Ambassador van der Kwast", known).key == "henk-cor-van-der-kwast"
    assert match_surname("Mr. Smith", known) is None


def test_ambiguous_surname_is_not_guessed() -> None:
    known = [normalise_person("Thomas Hajnoczi"), normalise_person("Anna Hajnoczi")]
    assert match_surname("Ambassador Hajnoczi", known) is None
    assert match_surname("A. Hajnoczi", known).display == "Anna Hajnoczi"


def test_people_of_the_minutes_attendance_list() -> None:
    names = {p.display for p in _people_of_minutes()}
    assert {"Henk Cor Van der Kwast", "Zlata Penić-Ivanko", "Thomas Zehetner", "Ivica Dronjic", "Liliana Mota"} <= names
    assert not names & {"Costa Rica", "Cluster Munition Coalition", "Secretariat - CCM ISU", "APOLOGIES RECEIVED"}


@pytest.mark.parametrize("line", ["Victim Assistance", "APOLOGIES NOT RECEIVED", "Costa Rica", "UNODA", "Statement on Syria", "Pic web"])
def test_lines_that_are_not_people(line: str) -> None:
    assert not looks_like_person(line)


def test_find_actor_names_in_minutes() -> None:
    text = MINUTES.read_text(encoding="utf-8")
    found = find_actor_names(text)
    keys = {key for _, _, _, key in found}
    assert {"NLD", "HRV", "AUS", "AUT", "BIH", "CRI", "CZE", "MEX", "NZL", "CHE", "ZMB", "ECU", "NOR", "FRA", "CHL", "IRQ"} <= keys
    assert {"cmc", "unoda", "ccm-isu", "icrc", "apmbc-isu", "ccw-isu", "gichd"} <= keys
    assert {"KNA", "ATG", "CIV", "COD", "PLW"} <= keys
    for offset, written, _, _ in found:
        assert text[offset : offset + len(written)] == written
    starts = [offset for offset, *_ in found]
    assert starts == sorted(starts)
    assert all(a[0] + len(a[1]) <= b[0] for a, b in zip(found, found[1:]))
    assert not any(written == "Herzegovina" for _, written, _, _ in found)


def test_find_actor_names_longest_match_and_case() -> None:
    text = (
        "The Democratic People's Republic of Korea and the Republic of Korea met Guinea-Bissau, "
        "Papua New Guinea and Bosnia &\nHerzegovina; the Dutch presidency thanked the Swiss "
        "government. A turkey and some chad were served. the cmc said nothing."
    )
    found = [(written, key) for _, written, _, key in find_actor_names(text)]
    assert found == [
        ("Democratic People's Republic of Korea", "PRK"),
        ("Republic of Korea", "KOR"),
        ("Guinea-Bissau", "GNB"),
        ("Papua New Guinea", "PNG"),
        ("Bosnia &\nHerzegovina", "BIH"),
        ("Dutch", "NLD"),
        ("Swiss", "CHE"),
    ]


def test_find_actor_names_in_news() -> None:
    found = find_actor_names(NEWS.read_text(encoding="utf-8"))
    keys = [key for _, _, _, key in found]
    assert {"DEU", "MOZ", "NOR", "AUS", "CHL", "ITA", "AUT", "IRQ", "npa", "handicap-international", "ccm-isu"} <= set(keys)
    assert ("German", "DEU") in {(w, k) for _, w, _, k in found}


def test_resolve_actor_kinds() -> None:
    assert resolve_actor("The Netherlands") == resolve_actor("Netherlands", "state")
    assert resolve_actor("Cluster Munition Coalition").key == "cmc"
    assert resolve_actor("H.E. Encyla T. C. Sinjela").kind == "person"
    unresolved = resolve_actor("Friends of the Chair on Something")
    assert (unresolved.kind, unresolved.key) == ("unresolved", "friends-of-the-chair-on-something")
    assert resolve_actor("Monitoring group", "organisation").kind == "unresolved"


# Passages written for these tests in the layouts other years use: whole lists on one line,
# bullets, capitals in headings, a page footer in the middle of a list, roles after names.
ONE_LINE_LIST = (
    "PRESENT: Norway (Mr. Steffen Kongstad), Lao PDR, Côte d’Ivoire, Bosnia & Herzegovina, "
    "ICBL-CMC, UNDP, GICHD and the Implementation Support Unit.\n"
    "APOLOGIES RECEIVED: CHILE, IRAQ\n"
)
BULLETS = (
    "• Republic of Korea – Mr. Kim Jae-won\n"
    "• Democratic People's Republic of Korea\n"
    "12|P a g e\n"
    "• St. Vincent & the Grenadines\n"
    "• Humanity & Inclusion – Ms. Alma Taslidžan\n"
)
NEWS_PARAGRAPH = (
    "The Lao delegation thanked the Swiss Government, Norwegian People’s Aid (NPA) and the UN Mine "
    "Action Service. Mr. Chad Smith of Human Rights Watch spoke after the Landmine and Cluster "
    "Munition Monitor; a turkey was not served in Turkey."
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(written, key) for _, written, _, key in find_actor_names(text)]


def test_actor_names_in_a_one_line_list() -> None:
    assert _found(ONE_LINE_LIST) == [
        ("Norway", "NOR"),
        ("Lao PDR", "LAO"),
        ("Côte d’Ivoire", "CIV"),
        ("Bosnia & Herzegovina", "BIH"),
        ("ICBL-CMC", "icbl-cmc"),
        ("UNDP", "undp"),
        ("GICHD", "gichd"),
        ("Implementation Support Unit", "ccm-isu"),
        ("CHILE", "CHL"),
        ("IRAQ", "IRQ"),
    ]


def test_actor_names_in_bullets_with_a_page_footer() -> None:
    assert _found(BULLETS) == [
        ("Republic of Korea", "KOR"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("St. Vincent & the Grenadines", "VCT"),
        ("Humanity & Inclusion", "handicap-international"),
    ]


def test_actor_names_in_a_news_paragraph() -> None:
    assert _found(NEWS_PARAGRAPH) == [
        ("Lao", "LAO"),
        ("Swiss", "CHE"),
        ("Norwegian People’s Aid", "npa"),
        ("NPA", "npa"),
        ("UN Mine Action Service", "unmas"),
        ("Human Rights Watch", "hrw"),
        ("Landmine and Cluster Munition Monitor", "monitor"),
        ("Turkey", "TUR"),
    ]


def test_people_with_roles_and_other_layouts() -> None:
    kim = normalise_person("Mr. Kim Jae-won")
    assert (kim.display, kim.key) == ("Kim Jae-won", "kim-jae-won")
    assert normalise_person("Ms. Sheila N. Mweemba, ISU Director").key == "sheila-n-mweemba"
    assert normalise_person("Ms. Alma Taslidžan (Handicap International)").display == "Alma Taslidžan"
    assert normalise_person("Ms. Zlata Penić-Ivanko – Croatia").key == "zlata-penic-ivanko"
    assert normalise_person("Sinjela, Encyla").key == "sinjela-encyla"  # inverted name kept whole, not cut
    assert looks_like_person("Ms. Sheila N. Mweemba, ISU Director")
    assert looks_like_person("Mr. Chad Smith")
    assert not looks_like_person("12|P a g e")
    assert not looks_like_person("• Democratic People's Republic of Korea")
    assert resolve_actor("Mr. Chad Smith").kind == "person"
    assert resolve_actor("Chad").kind == "state"


def test_every_curated_form_resolves_to_its_own_entry() -> None:
    """A clash between two rows would silently drop a form; this catches it."""
    with (ingest_dir() / "reference" / "state_aliases.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["kind"] in ("alias", "name"):
            assert getattr(lookup_state(row["alias"]), "iso3", None) == row["iso3"], row
        elif row["kind"] == "demonym":
            assert getattr(lookup_demonym(row["alias"]), "iso3", None) == row["iso3"], row
        else:
            assert lookup_state(row["alias"]) is None, row
    with (ingest_dir() / "reference" / "organisations.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            forms = [row["name"], row["abbreviation"], *row["aliases"].split(";")]
            assert {lookup_org(f).key for f in forms if f.strip()} == {row["key"]}, row


def test_wikidata_ids_where_known() -> None:
    assert lookup_state("Netherlands").wikidata == "Q29999"  # the Kingdom, the treaty party (Q55: the country)
    assert lookup_state("Mozambique").wikidata == "Q1029"
    assert lookup_state("Holy See").wikidata is None  # not sure which item: left without sameAs


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    reference = tmp_path / "ingest" / "reference"
    reference.mkdir(parents=True)
    for name in ("state_aliases.csv", "organisations.csv"):
        (reference / name).write_text((ingest_dir() / "reference" / name).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("CCMGRAPH_DATA", str(tmp_path))
    reload_tables()
    yield reference
    monkeypatch.undo()
    reload_tables()


def test_tables_can_be_extended_and_reloaded(data_copy: Path) -> None:
    with (data_copy / "organisations.csv").open("a", encoding="utf-8") as handle:
        handle.write("geneva-call,Geneva Call,,Appel de Genève,ngo,https://www.genevacall.org/,test row\n")
    reload_tables()
    assert lookup_org("Appel de Genève").key == "geneva-call"
    assert lookup_state("Netherlands").wikidata is None  # wikidata_states.csv is optional


@pytest.mark.parametrize(
    ("file_name", "row", "message"),
    [
        ("state_aliases.csv", "Nederland,NDL,alias,typo in the code\n", "'NDL' is no ISO 3166-1"),
        ("state_aliases.csv", "Holland,NLD,nickname,\n", "kind must be one of"),
        ("organisations.csv", "CMC 2,Cluster Munition Coalition,,,ngo,,\n", "not a new IRI slug"),
        ("organisations.csv", "cmc,Cluster Munition Coalition,,,ngo,,\n", "not a new IRI slug"),
    ],
)
def test_bad_table_rows_are_input_errors(data_copy: Path, file_name: str, row: str, message: str) -> None:
    with (data_copy / file_name).open("a", encoding="utf-8") as handle:
        handle.write(row)
    reload_tables()
    with pytest.raises(InputError, match=message):
        lookup_org("CMC") if file_name == "organisations.csv" else lookup_state("Netherlands")


def test_missing_table_names_the_file(data_copy: Path) -> None:
    (data_copy / "organisations.csv").unlink()
    reload_tables()
    with pytest.raises(InputError, match="organisations.csv: reference table is missing"):
        lookup_org("CMC")
