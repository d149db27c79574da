"""One State's overdue report in the Monitor's Portuguese, Spanish and French translations."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import Document
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.overdue.foreign import foreign_reports
from ccmgraph.ingesters.overdue.ingester import OverdueIngester
from ccmgraph.records import OverdueReport
from ccmgraph.resolve.stage import resolve_records

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "overdue-reports"


def _reports(name: str) -> set[tuple[str | None, str, str, str | None, str | None]]:
    doc = Document(text=(FIXTURES / name).read_text(encoding="utf-8"), sha256="0" * 64, name=name)
    assert detect(doc)[0] == "overdue-reports"
    resolution = resolve_records(list(OverdueIngester().extract(doc)), "apmbc")
    return {(r.state.key, r.convention, r.report, r.due.iso() if r.due else None, r.as_of.iso() if r.as_of else None)
            for r in resolution.records if isinstance(r, OverdueReport)}


def test_portuguese_country_reports_two_forms() -> None:
    """"vencia ... mas em Setembro de 2002 ainda não tinha sido entregue" gives the as-of month;
    Mozambique's submitted annual report is no overdue one."""
    assert _reports("monitor-pt-country-report.txt") == {
        ("state/GNB", "apmbc", "initial", "2002-04-30", None),
        ("state/CPV", "apmbc", "initial", "2002-04-30", "2002-09")}


def test_spanish_country_report() -> None:
    assert _reports("monitor-es-country-report.txt") == {("state/GNQ", "apmbc", "initial", "1999-08-28", None)}


def test_french_country_report() -> None:
    assert _reports("monitor-fr-country-report.txt") == {("state/GMB", "apmbc", "initial", "2003-08-28", None)}


def test_submitted_or_unnamed_reports_are_not_overdue() -> None:
    said = [
        "Moçambique entregou o seu relatório anual em 2 de Maio de 2002.",
        "Namibia ha presentado su informe inicial el 21 de septiembre de 1999.",
        "Le Sénégal a remis son rapport annuel le 30 avril 2004.",
        # which report it is the words must say
        "Guiné-Bissau ainda não apresentou o seu relatório, que devia ter sido entregue até 30 de Abril de 2002.",
        # a report said overdue with no due date is the list reader's, not this one's
        "La Gambie n'a pas encore remis son rapport initial.",
    ]
    assert [r for text in said for r in foreign_reports(text)] == []
