"""bench/eval.py, the extraction scorer: the matcher on hand-made gold and system facts with exact
precision and recall, the document-level rules (refusals, missing queries, gold checks), and one
run over the gold of the two bundled documents. Today's scores are not asserted: they change."""

from __future__ import annotations

import doctest
import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
GOLD = ROOT / "tests" / "fixtures" / "gold"
BUNDLED_GOLD = ("cc-minutes-2016-03-03.yml", "ccm-presidency-news-2017.yml")


def load(name: str, file: str) -> ModuleType:
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(name, BENCH / file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


em = load("eval_match", "eval_match.py")
ev = load("bench_eval", "eval.py")
Actor, Judge, T = em.Actor, em.Judge, em.FACT_TYPES


ID = "https://w3id.org/ccmgraph/id/"


def state(code: str, label: str = "") -> object:
    return Actor(f"{ID}state/{code}", label)


def org(key: str, label: str) -> object:
    return Actor(f"{ID}org/{key}", label)


def pr(tally: object) -> tuple[int, int, int, float | None, float | None]:
    return (tally.gold, tally.system, tally.matched, tally.precision, tally.recall)


def test_doctests_of_the_matcher() -> None:
    assert doctest.testmod(em).failed == 0


def test_right_wrong_date_spurious_and_missing() -> None:
    ccm = {"convention": "ccm", "event": "ratification"}
    gold = [{"state": "AFG", **ccm, "date": "2011-09-08"},                      # right
            {"state": "BGR", **ccm, "date": "2011-04-08"},                      # wrong date
            {"state": "CAN", **ccm, "event": "signature", "date": "2008-12-03"}]  # missing
    system = [{"state": state("AFG", "Afghanistan"), **ccm, "date": "2011-09-08"},
              {"state": state("BGR"), **ccm, "date": "2011-04-09"},
              {"state": state("FRA"), **ccm, "date": "2009-09-25"}]              # spurious
    findings: list[object] = []
    t = em.score(T["treaty_event"], gold, system, Judge(), findings)["treaty_event"]
    assert pr(t) == (3, 3, 1, 1 / 3, 1 / 3)
    assert sorted(f.what for f in findings) == ["missing", "missing", "spurious", "spurious"]


def test_iso_code_against_iri_and_label() -> None:
    j = Judge()
    assert j.agrees("state", "NLD", state("NLD", "Netherlands"))
    assert not j.agrees("state", "NLD", state("NZL", "New Zealand"))
    assert not j.agrees("state", "NLD", None)
    assert j.agrees("party", "CMC", org("cmc", "Cluster Munition Coalition"))


def test_gold_fields_left_out_are_not_judged() -> None:
    gold = [{"state": "PRY", "report": "initial"}]
    system = [{"state": state("PRY"), "convention": "ccm", "report": "initial", "due": "2016-02-29",
               "as_of": None}]
    assert pr(em.score(T["overdue_report"], gold, system, Judge())["overdue_report"]) == (1, 1, 1, 1.0, 1.0)


def test_person_written_two_ways() -> None:
    gold = [{"name": "Henk Cor van der Kwast", "affiliation": "NLD"},
            {"name": "Zlata Penić-Ivanko", "affiliation": "HRV"},
            {"name": "Thomas Zehetner", "affiliation": "AUT"}]
    system = [{"name": Actor(f"{ID}person/henk-cor-van-der-kwast", "H.E. Henk Cor Van der Kwast"),
               "affiliation": state("NLD")},
              {"name": Actor("", "Ms. Zlata Penic Ivanko"), "affiliation": state("HRV")},
              {"name": Actor("", "Thomas Hajnoczi"), "affiliation": state("AUT")}]   # another person
    assert pr(em.score(T["person"], gold, system, Judge())["person"]) == (3, 3, 2, 2 / 3, 2 / 3)


def test_person_is_named_then_affiliated() -> None:
    """A person is matched by name; the affiliation is judged on matched people only, so a person
    given without one counts as found but not affiliated, and a wrong one as wrong."""
    gold = [{"name": "Sheila Mweemba", "affiliation": "ISU"}, {"name": "James Manzou", "affiliation": "ZWE"},
            {"name": "Olivier Shu", "affiliation": "FSD"}]
    system = [{"name": Actor("", "Sheila Mweemba")},
              {"name": Actor("", "James Manzou"), "affiliation": state("ZAF")},
              {"name": Actor("", "Mark Grey Marongwe"), "affiliation": state("ZWE")}]   # not in the gold
    tallies = em.score(T["person"], gold, system, Judge())
    assert pr(tallies["person"]) == (3, 3, 2, 2 / 3, 2 / 3)
    assert pr(tallies["person.affiliation"]) == (2, 1, 0, 0.0, 0.0)


def test_theme_variant() -> None:
    gold = [{"convention": "ccm", "role": "coordinator", "theme": "clearance and risk reduction education",
             "holder": "BIH", "holder_kind": "state", "start": "2016"},
            {"convention": "ccm", "role": "coordinator", "theme": "victim assistance", "holder": "AUS"}]
    system = [{"convention": "ccm", "role": "coordinator", "theme": "Clearance and Risk Reduction",
               "holder": state("BIH", "Bosnia and Herzegovina"), "holder_kind": "state", "start": "2016",
               "end": "2017", "meeting": None},
              {"convention": "ccm", "role": "coordinator", "holder": state("AUS"), "holder_kind": "state",
               "theme": "International Cooperation and Assistance"}]
    assert pr(em.score(T["mandate"], gold, system, Judge())["mandate"]) == (2, 2, 1, 0.5, 0.5)


def test_mandate_meeting_and_convention_exact() -> None:
    gold = [{"convention": "ccm", "role": "president", "holder": "DEU", "meeting": "7MSP"}]
    right = {"convention": f"{ID}convention/ccm", "role": "president", "holder": state("DEU"),
             "meeting": f"{ID}meeting/msp/ccm-7msp"}
    assert em.score(T["mandate"], gold, [right], Judge())["mandate"].matched == 1
    for wrong in ({**right, "meeting": f"{ID}meeting/msp/ccm-6msp"},
                  {**right, "convention": "apmbc"}, {**right, "role": "president-designate"}):
        assert em.score(T["mandate"], gold, [wrong], Judge())["mandate"].matched == 0


def test_meeting_attributes_scored_on_matched_meetings() -> None:
    gold = [{"convention": "ccm", "kind": "msp", "number": "7", "start": "2017-09-04", "end": "2017-09-06",
             "city": "Geneva"},
            {"convention": "ccm", "kind": "cc", "start": "2016-03-03"},
            {"convention": "ccm", "kind": "cc", "start": "2016-01-21"}]
    system = [{"convention": "ccm", "kind": "msp", "number": "7", "start": "2017-09-04", "end": "2017-09-07",
               "city": None},
              {"convention": "ccm", "kind": "cc", "number": None, "start": "2016-03-03"},
              {"convention": "ccm", "kind": "cc", "number": None, "start": "2016-04-28"},    # not the gold's
              {"convention": "ccm", "kind": "msp", "number": "6", "start": "2016-09-05"}]   # spurious
    t = em.score(T["meeting"], gold, system, Judge())
    assert pr(t["meeting"]) == (3, 4, 2, 0.5, 2 / 3)
    assert pr(t["meeting.start"]) == (2, 2, 2, 1.0, 1.0)      # both matched meetings give a start
    assert pr(t["meeting.end"]) == (1, 1, 0, 0.0, 0.0)        # wrong end
    assert pr(t["meeting.city"]) == (1, 0, 0, None, 0.0)      # city not given by the system
    assert pr(t["meeting.number"]) == (1, 1, 1, 1.0, 1.0)


def test_each_system_fact_matched_once_and_matching_is_maximal() -> None:
    twice = [{"party": "NLD", "status": "present"}] * 2
    system = [{"party": state("NLD"), "status": "present"}]
    tally = em.score(T["attendance.party"], twice, system, Judge())["attendance.party"]
    assert pr(tally) == (2, 1, 1, 1.0, 0.5)
    # a vague gold fact (no status) must not take the only system fact the precise one agrees with
    gold = [{"party": "NLD"}, {"party": "NLD", "status": "present"}]
    system = [{"party": state("NLD"), "status": "present"},
              {"party": state("NLD"), "status": "apologies_received"}]
    assert em.score(T["attendance.party"], gold, system, Judge())["attendance.party"].matched == 2


def test_organisation_by_alias_table() -> None:
    judge = Judge(em.load_org_aliases(ROOT / "ingest" / "reference" / "organisations.csv"))
    isu = org("ccm-isu", "Implementation Support Unit of the Convention on Cluster Munitions")
    assert judge.agrees("party", "CCM ISU", isu)
    assert not judge.agrees("party", "APMBC ISU", isu)
    assert judge.agrees("affiliation", "UNODA",
                        org("unoda", "United Nations Office for Disarmament Affairs"))


# -- documents ---------------------------------------------------------------------------------

def write_gold(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def test_gold_values_normalised_and_attendance_split(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text("x")
    g = ev.load_gold(write_gold(tmp_path, "g.yml", """
document: doc.txt
kind: cc-minutes
set: tune
facts:
  meetings: [{convention: ccm, kind: msp, number: 7, start: 2017-09-04, end: null}]
  mandates: [{role: coordinator, holder: MEX, start: 2014}]
  attendance: [{party: NLD, status: present, people: [Henk Cor van der Kwast, Mark Versteden]},
               {party: CMC, status: present, people: []}]
"""), [tmp_path])
    assert g.facts["meeting"] == [{"convention": "ccm", "kind": "msp", "number": "7", "start": "2017-09-04"}]
    assert g.facts["mandate"] == [{"role": "coordinator", "holder": "MEX", "start": "2014"}]
    assert g.facts["attendance.party"] == [{"party": "NLD", "status": "present"},
                                           {"party": "CMC", "status": "present"}]
    assert [p["person"] for p in g.facts["attendance.person"]] == ["Henk Cor van der Kwast", "Mark Versteden"]


def extracted(queries: dict[str, object], accepted: bool = True) -> dict[str, object]:
    return {"accepted": accepted, "error": None if accepted else "not a document of this field",
            "kind": "cc-minutes" if accepted else None, "queries": queries}


ATTENDANCE = {"columns": ["meeting", "meeting_date", "party", "party_label", "status", "person",
                         "person_name"],
              "rows": [["m", "2016-03-03", f"{ID}state/NLD", "Netherlands", "present",
                        f"{ID}person/mark-versteden", "Mark Versteden"],
                       ["m", "2016-03-03", f"{ID}state/NLD", "Netherlands", "present", f"{ID}person/x-y",
                        "X Y"],
                       ["m", "2016-03-03", f"{ID}state/NOR", "Norway", "apologies_received", None, None]]}


def test_document_scoring_missing_query_refusal_and_false_positives(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text("x")
    gold = ev.load_gold(write_gold(tmp_path, "g.yml", """
document: doc.txt
kind: cc-minutes
set: tune
facts:
  attendance: [{party: NLD, status: present, people: [Mark Versteden]}]
  mandates: [{role: president, holder: NLD}]
"""), [tmp_path])
    notes: set[str] = set()
    missing = {"error": "QueryError: no named query 'mandates'; `ccmgraph queries` lists 31"}
    queries = {"meeting_attendance": ATTENDANCE, "mandates": missing}
    r = ev.score_document(gold, extracted(queries), ev.Judge(), notes)
    assert r.status == "accepted"
    assert pr(r.tallies["attendance.party"]) == (1, 2, 1, 0.5, 1.0)  # Norway is not in the gold
    assert pr(r.tallies["attendance.person"]) == (1, 2, 1, 0.5, 1.0)
    assert pr(r.tallies["mandate"]) == (1, 0, 0, None, 0.0)
    assert any("mandates" in n and "does not exist" in n for n in notes)

    refused = ev.score_document(gold, extracted({}, accepted=False), ev.Judge(), set())
    assert refused.status == "refused" and refused.tallies["attendance.party"].system == 0
    assert pr(refused.tallies["refusal"]) == (0, 1, 0, 0.0, None)

    failed = ev.score_document(gold, {"failed": "no answer within 1 s"}, ev.Judge(), set())
    assert failed.status == "failed" and failed.tallies["attendance.person"].system == 0


def test_other_field_document_must_be_refused(tmp_path: Path) -> None:
    (tmp_path / "recipe.txt").write_text("x")
    text = "document: recipe.txt\nkind: other-field\nset: holdout\nexpect: refused\n"
    gold = ev.load_gold(write_gold(tmp_path, "g.yml", text), [tmp_path])
    ok = ev.score_document(gold, extracted({}, accepted=False), ev.Judge(), set())
    assert pr(ok.tallies["refusal"]) == (1, 1, 1, 1.0, 1.0)
    wrong = ev.score_document(gold, extracted({"meeting_attendance": ATTENDANCE}), ev.Judge(), set())
    assert pr(wrong.tallies["refusal"]) == (1, 0, 0, None, 0.0)
    assert wrong.tallies["attendance.party"].system == 2 and wrong.tallies["attendance.party"].matched == 0
    kinds, total = ev.summarise([ok, wrong])
    assert kinds["other-field"].refused == 1 and pr(total.tallies["refusal"]) == (2, 1, 1, 1.0, 0.5)


@pytest.mark.parametrize("text, says", [
    ("document: doc.txt\nkind: minutes\nset: tune\n", "kind 'minutes'"),
    ("document: doc.txt\nkind: news\nset: dev\n", "set 'dev'"),
    ("document: nowhere.txt\nkind: news\nset: tune\n", "not found"),
    ("document: doc.txt\nkind: news\nset: tune\nfacts: {meetings: [{kind: msp, town: Geneva}]}\n", "town"),
    ("document: doc.txt\nkind: news\nset: tune\nfacts: {votes: []}\n", "votes"),
    ("document: doc.txt\nkind: news\nset: tune\nfacts: [\n", "YAML"),
])
def test_malformed_gold_is_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               text: str, says: str) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "doc.txt").write_text("x")
    write_gold(tmp_path / "gold", "g.yml", text)
    assert ev.main(["--gold", str(tmp_path / "gold"), "--docs", str(tmp_path / "docs")]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and says in err


def test_end_to_end_on_the_bundled_documents(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in BUNDLED_GOLD:
        shutil.copy(GOLD / name, gold / name)
    run = [sys.executable, str(BENCH / "eval.py"), "--gold", str(gold)]
    table = subprocess.run(run + ["--verbose"], capture_output=True, text=True, timeout=120)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["kind", "docs", "refused", "failed", "fact", "gold", "system", "matched",
                                "P", "R"]
    for label in ("cc-minutes", "news", "all kinds"):
        assert any(line.startswith(label) for line in lines)
    assert "Per-document failures:" in table.stdout
    for line in lines[2:]:
        cells = line.split()
        if len(cells) >= 6 and cells[-1] != "-" and cells[-1].replace(".", "").isdigit():
            assert all(0.0 <= float(c) <= 1.0 for c in cells[-2:] if c != "-")

    numbers = json.loads(subprocess.run(run + ["--json"], capture_output=True, text=True, timeout=120).stdout)
    assert set(numbers["kinds"]) == {"cc-minutes", "news"} and numbers["all"]["documents"] == 2
    for row, t in numbers["all"]["facts"].items():
        assert t["gold"] == sum(k["facts"][row]["gold"] for k in numbers["kinds"].values())
        assert t["matched"] <= min(t["gold"], t["system"]) or row.startswith("meeting.")
        for value in (t["precision"], t["recall"]):
            assert value is None or 0.0 <= value <= 1.0
    # the gold's counts are the gold files' counts, whatever the system says
    assert numbers["kinds"]["cc-minutes"]["facts"]["attendance.party"]["gold"] == 20
    assert numbers["kinds"]["cc-minutes"]["facts"]["attendance.person"]["gold"] == 22
    assert numbers["kinds"]["news"]["facts"]["meeting"]["gold"] == 7


def test_a_theme_by_its_registry_key_or_other_name_agrees_and_no_other_theme_does() -> None:
    """The system writes the APMBC clearance theme by its label; gold may write its key."""
    judge = em.Judge(theme_names=em.load_theme_names(ROOT / "ingest" / "reference" / "themes.csv"))
    assert judge.agrees("theme", "clearance", "Article 5 Implementation")
    assert judge.agrees("theme", "Mine clearance", "Article 5 Implementation")
    assert not judge.agrees("theme", "victim assistance", "Article 5 Implementation")
    assert not judge.agrees("theme", "stockpile destruction", "Article 5 Implementation")


def test_a_city_under_another_languages_name_is_the_same_city() -> None:
    """Gold keeps "Ginebra" as a Spanish page writes it; the system's "Geneva" is that city, and
    Bern or a country's name is not."""
    j = Judge(city_names=em.load_city_names(ROOT / "bench" / "cities.yml"))
    assert j.agrees("city", "Ginebra", "Geneva") and j.agrees("city", "Genève", "Geneva")
    assert j.agrees("city", "La Haye", "The Hague") and j.agrees("city", "Dubrovnik", "Dubrovnik")
    assert not j.agrees("city", "Ginebra", "Bern") and not j.agrees("city", "Genève", "Vienna")
    assert not j.agrees("city", "Mexico", "Mexico City")


def test_dated_treaty_events_are_scored_apart() -> None:
    """An undated step the gold leaves out lowers precision of all treaty events, not of the
    dated ones: row treaty_event.dated counts only facts with a date."""
    ccm = {"convention": "ccm", "event": "ratification"}
    gold = [{"state": "ESP", **ccm, "date": "2009-06-17"}, {"state": "AUT", **ccm, "date": "2009-04-02"}]
    system = [{"state": state("ESP"), **ccm, "date": "2009-06-17"},
              {"state": state("AUT"), **ccm, "date": "2009-04-03"},      # a wrong date
              {"state": state("ALB"), **ccm, "date": None}]              # undated, left out by the gold
    t = em.score(T["treaty_event"], gold, system, Judge())
    assert pr(t["treaty_event"]) == (2, 3, 1, 1 / 3, 0.5)
    assert pr(t["treaty_event.dated"]) == (2, 2, 1, 0.5, 0.5)
