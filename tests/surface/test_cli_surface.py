"""The command line as a new user meets it: every query form, one-line errors, whole cells."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from conftest import FIXTURES, run_cli
from ccmgraph import KnowledgeGraph
from ccmgraph.errors import QueryError
from ccmgraph.extras import MissingExtra

AUS = "https://w3id.org/ccmgraph/id/state/AUS"


def test_ask_gives_true_or_false(built_store: Path) -> None:
    yes = run_cli("sparql", f"ASK {{ <{AUS}> ?p ?o }}", store=built_store)
    no = run_cli("sparql", "ASK { <https://example.org/nothing> ?p ?o }", store=built_store)
    assert (yes.returncode, yes.stdout, no.returncode, no.stdout) == (0, "true\n", 0, "false\n")


def test_construct_and_describe_give_rdf(built_store: Path) -> None:
    turtle = run_cli("sparql", f"CONSTRUCT WHERE {{ <{AUS}> ?p ?o }}", store=built_store)
    assert turtle.returncode == 0, turtle.stderr
    graph = Graph().parse(data=turtle.stdout, format="turtle")
    assert str(graph.value(URIRef(AUS), RDFS.label)) == "Australia"
    assert "@prefix ccm:" in turtle.stdout  # the store's own prefixes, not ns1:
    lines = run_cli("sparql", f"DESCRIBE <{AUS}>", "--format", "ntriples", store=built_store)
    assert lines.returncode == 0 and len(Graph().parse(data=lines.stdout, format="nt")) == len(graph)
    assert all(line.startswith(f"<{AUS}>") for line in lines.stdout.splitlines())
    wrong = run_cli("sparql", f"DESCRIBE <{AUS}>", "--format", "csv", store=built_store)
    assert wrong.returncode == 2 and "gives a graph" in wrong.stderr


def test_a_syntax_error_names_its_place_and_an_update_is_refused(built_store: Path) -> None:
    typo = run_cli("sparql", "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTR(?s) }", store=built_store)
    assert typo.returncode == 1 and "syntax error at line 3, column 3" in typo.stderr
    assert "update" not in typo.stderr.lower() and len(typo.stderr.splitlines()) == 1
    update = run_cli("sparql", "DELETE WHERE { ?s ?p ?o }", store=built_store)
    assert update.returncode == 1 and "Update is refused" in update.stderr


def test_api_answers_each_form(kg: KnowledgeGraph) -> None:
    assert kg.sparql(f"ASK {{ <{AUS}> a <https://w3id.org/ccmgraph/ontology#State> }}") is True
    described = kg.sparql(f"DESCRIBE <{AUS}>")
    assert isinstance(described, Graph) and (URIRef(AUS), RDFS.label, None) in described
    with pytest.raises(QueryError, match="line 1, column"):
        kg.sparql("SELECT ?x WHERE { ?x ?y }")
    union = kg.rdflib_graph()
    assert str(union.value(URIRef(AUS), RDFS.label)) == "Australia"
    assert len(list(union.query(f"SELECT ?o WHERE {{ <{AUS}> ?p ?o }}"))) >= 3


def test_a_missing_store_is_an_error_with_the_hint(tmp_path: Path) -> None:
    missing = tmp_path / "never-built"
    for args in (["query", "coordinators"], ["sparql", "ASK {}"], ["export"], ["network", "-o", "x.html"]):
        result = run_cli(*args, store=missing)
        assert result.returncode == 1 and "run `ccmgraph build`" in result.stderr, args
    assert not missing.exists()


def test_actors_by_name_in_query(built_store: Path) -> None:
    by_name = run_cli("query", "actor_mandates", "-p", "actor=Australia", "--format", "csv", store=built_store)
    by_code = run_cli("query", "actor_mandates", "-p", "actor=AUS", "--format", "csv", store=built_store)
    assert by_name.returncode == 0, by_name.stderr
    assert by_name.stdout == by_code.stdout and by_name.stdout.count("\n") > 1
    unknown = run_cli("query", "actor_mandates", "-p", "actor=Xyzzy Republic of Nowhere 42", store=built_store)
    assert unknown.returncode == 1 and "not a known State" in unknown.stderr


def test_tables_keep_iris_whole_and_rows_on_one_line(built_store: Path) -> None:
    long = ("SELECT ?s ?quote WHERE { ?s <https://w3id.org/ccmgraph/ontology#quoteText> ?quote "
            "FILTER (STRLEN(?quote) > 80) } ORDER BY ?s LIMIT 20")
    table = run_cli("sparql", long, store=built_store)
    assert table.returncode == 0, table.stderr
    body = table.stdout.splitlines()[2:-1]
    assert len(body) == 20 and "(20 rows)" in table.stdout
    iris = [line.split()[0] for line in body]
    assert all(iri.startswith("https://w3id.org/ccmgraph/id/") and len(iri) > 60 for iri in iris)
    assert all(line.endswith("…") for line in body)  # long text is cut visibly
    wide = run_cli("sparql", long, "--wide", store=built_store)
    assert "…" not in wide.stdout and len(wide.stdout.splitlines()) == 23
    broken = ('SELECT ?s ?text WHERE { ?s ?p ?text FILTER (isLiteral(?text) && CONTAINS(STR(?text), "\\n")) } '
              "ORDER BY ?s ?text LIMIT 10")
    rows = run_cli("sparql", broken, "--wide", store=built_store)
    assert rows.returncode == 0, rows.stderr
    assert "(10 rows)" in rows.stdout and len(rows.stdout.splitlines()) == 13 and "⏎" in rows.stdout


def test_export_takes_its_format_from_the_extension(built_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.nq"
    result = run_cli("export", "-o", str(target), store=built_store)
    assert result.returncode == 0, result.stderr
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines and all(line.endswith("> .") and line.count(" <") >= 2 for line in lines[:50])
    clash = run_cli("export", "-o", str(tmp_path / "x.ttl"), "--format", "nquads", store=built_store)
    assert clash.returncode == 2 and "extension says turtle" in clash.stderr
    unknown = run_cli("export", "-o", str(tmp_path / "x.doc"), store=built_store)
    assert unknown.returncode == 2 and not (tmp_path / "x.doc").exists()


def test_network_refuses_an_unknown_theme_or_convention(built_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "n.html"
    theme = run_cli("network", "--theme", "nosuch", "-o", str(out), store=built_store)
    assert theme.returncode == 2 and "no theme 'nosuch'" in theme.stderr and "victim-assistance" in theme.stderr
    convention = run_cli("network", "--convention", "cmm", "-o", str(out), store=built_store)
    assert convention.returncode == 2 and "conventions: apmbc, ccm" in convention.stderr
    assert not out.exists()
    fine = run_cli("network", "--theme", "Victim Assistance", "-o", str(out), store=built_store)
    assert fine.returncode == 0 and out.exists()


def test_warnings_are_shown_one_line_each_and_quiet_silences_them(built_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(built_store, store)
    (store / ".ccmgraph.lock").unlink(missing_ok=True)
    source = FIXTURES / "minutes" / "cc-minutes-no-year.txt"
    loud = run_cli("ingest", str(source), store=store)
    assert loud.returncode == 0, loud.stderr
    warnings = [line for line in loud.stderr.splitlines() if line.startswith("  warning: ")]
    assert warnings and "warnings)" in loud.stderr
    quiet = run_cli("--quiet", "ingest", str(source), store=store)
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_a_missing_extra_is_named(kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if pandas were not installed
    with pytest.raises(MissingExtra, match=r"pip install 'ccmgraph\[pandas\]'"):
        kg.query("coordinators", year=2016).to_dataframe()
