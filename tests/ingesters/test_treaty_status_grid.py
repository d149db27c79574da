"""The general status table (columns learned from the header), status boxes and dated notices,
on documents written in the layouts real status pages use; nothing spurious comes out."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import Document
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.treaty_status.header import find_header, heading_of
from ccmgraph.ingesters.treaty_status.ingester import TreatyStatusIngester
from ccmgraph.records import TreatyEvent, Warning_
from ccmgraph.resolve.stage import resolve_records

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "treaty-status"


def _doc(name: str, text: str | None = None) -> Document:
    body = (FIXTURES / name).read_text(encoding="utf-8") if text is None else text
    return Document(text=body, sha256="0" * 64, name=name)


def _read(name: str, text: str | None = None) -> tuple[set[tuple[str | None, str, str, str]], list[str]]:
    """(State key, convention, step, date) as the graph will hold them, and the warnings."""
    records = list(TreatyStatusIngester().extract(_doc(name, text)))
    events = [r for r in records if isinstance(r, TreatyEvent)]
    resolution = resolve_records(records, events[0].convention)
    return ({(r.state.key, r.convention, r.event, r.date.iso()) for r in resolution.records if isinstance(r, TreatyEvent)},
            [w.message for w in records if isinstance(w, Warning_)])


def test_header_words_become_columns_in_any_language_and_order() -> None:
    header = find_header("Países\nEntrada en vigor |\nRatificación |\nFirma |\n| Alemania |\n2010-08-01\n")
    assert header is not None and [c.kind for c in header.columns] == ["entry_into_force", "consent", "signature"]
    dutch = find_header("Partij\n\nOnder tekening\n\nRatificatie\n\nType*\n\nIn werking\n\nOpzegging\n\nBuiten werking\n\n"
                        "Albanië\n\n03-12-08\n")
    assert dutch is not None and [c.kind for c in dutch.columns] == [
        "signature", "consent", "type", "entry_into_force", "end", "end"]
    # a line of prose that opens with a State word is no header
    assert find_header("States Parties have ratified the Convention.\nAlbania 3 Dec 2008\n") is None
    assert heading_of("Ratificatie").kind == "consent" and heading_of("Ratificatie van het verdrag") is None  # type: ignore[union-attr]


def test_dutch_party_table_one_cell_a_line_with_vanished_empty_cells() -> None:
    assert detect(_doc("party-table-cell-per-line-nl.txt"))[0] == "treaty-status"
    events, warnings = _read("party-table-cell-per-line-nl.txt")
    # the legend under the table says R is any of ratification, acceptance, approval or
    # notification: a consent to be bound, not the "Ratificatie" of the column's heading
    assert events == {
        ("state/AFG", "ccm", "signature", "2008-12-03"),
        ("state/ALB", "ccm", "signature", "2008-12-03"), ("state/ALB", "ccm", "consent_to_be_bound", "2009-06-16"),
        ("state/ALB", "ccm", "entry_into_force", "2010-08-01"),
        # inverted names: "Comoren, de", "Congo, Democratische Republiek" (not the Republic of the Congo)
        ("state/COM", "ccm", "signature", "2008-12-03"), ("state/COM", "ccm", "consent_to_be_bound", "2010-07-28"),
        ("state/COM", "ccm", "entry_into_force", "2011-01-01"),
        ("state/COD", "ccm", "signature", "2009-03-18"),
        # T is an accession: no signature column filled, the type says so
        ("state/GRD", "ccm", "accession", "2011-06-29"), ("state/GRD", "ccm", "entry_into_force", "2011-12-01"),
        ("state/ESP", "ccm", "signature", "2008-12-03"), ("state/ESP", "ccm", "consent_to_be_bound", "2009-06-17"),
        ("state/ESP", "ccm", "entry_into_force", "2010-08-01"),
    }
    # Ireland's row has two dates and no type: it fits no way, and is left out with its reason
    assert any("Ierland" in w and "no way" in w for w in warnings)


def test_reversed_columns_with_dashes_and_a_word_after_the_date() -> None:
    events, warnings = _read("reversed-columns-es.txt")
    assert events == {
        ("state/DEU", "ccm", "entry_into_force", "2010-08-01"), ("state/DEU", "ccm", "ratification", "2009-07-08"),
        ("state/DEU", "ccm", "signature", "2008-12-03"),
        ("state/AND", "ccm", "entry_into_force", "2013-10-01"), ("state/AND", "ccm", "accession", "2013-04-09"),
        ("state/CYP", "ccm", "signature", "2009-09-23"),
        ("state/FRA", "ccm", "entry_into_force", "2010-08-01"), ("state/FRA", "ccm", "ratification", "2009-09-25"),
        ("state/FRA", "ccm", "signature", "2008-12-03"),
    }
    # a row whose signature would follow its ratification is wrong somewhere: left out, said so
    assert any("Japón" in w for w in warnings)


def test_status_box_of_one_state_labels_then_values() -> None:
    assert detect(_doc("status-box-de.txt"))[0] == "treaty-status"
    events, _ = _read("status-box-de.txt")
    # the convention's own adoption and entry into force are no State's steps
    assert events == {("state/DEU", "ccm", "signature", "2008-12-03"), ("state/DEU", "ccm", "ratification", "2009-07-08"),
                      ("state/DEU", "ccm", "entry_into_force", "2010-08-01")}


def test_a_box_whose_values_do_not_fit_its_labels_is_not_read() -> None:
    text = ("Übereinkommen über Streumunition\n\nDeutschland\nUnterzeichnung\nRatifikation\nVorbehalte\n\n"
            "03.12.2008\nNein\n08.07.2009\n\nDeutschland hat das Übereinkommen am 8. Juli 2009 ratifiziert.\n")
    records = list(TreatyStatusIngester().extract(_doc("box.txt", text))) if _has_steps(text) else []
    assert not any(isinstance(r, TreatyEvent) and r.event == "signature" for r in records)


def _has_steps(text: str) -> bool:
    try:
        return any(isinstance(r, TreatyEvent) for r in TreatyStatusIngester().extract(_doc("box.txt", text)))
    except Exception:  # noqa: BLE001 - a refusal is the right answer too
        return False


def test_promulgation_decree_as_the_gazette_writes_it() -> None:
    text = ("Presidência da República\n\nDECRETO No 3.128, DE 5 DE AGOSTO DE 1999.\n\nPromulga a Convenção sobre a "
            "Proibição do Uso, Armazenamento, Produção e Transferência de Minas Antipessoal e sobre sua Destruição, "
            "aberta a assinaturas em Ottawa, em 3 de dezembro de 1997.\n\nConsiderando que a Convenção entrou em vigor "
            "internacional em 1o de março de 1999;\n\nConsiderando que o governo brasileiro depositou o Instrumento de "
            "Ratificação da referida Convenção em 30 de abril de 1999, e que a mesma entrará em vigor, para o Brasil, "
            "em 1o de novembro de 1999, nos termos do parágrafo 2 de seu Artigo 17;\n")
    assert detect(_doc("decree.txt", text))[0] == "treaty-status"
    events, _ = _read("decree.txt", text)
    # the opening for signature and the Convention's own entry into force are no steps of Brazil
    assert events == {("state/BRA", "apmbc", "ratification", "1999-04-30"),
                      ("state/BRA", "apmbc", "entry_into_force", "1999-11-01")}


def test_news_that_mentions_a_deposit_stays_news() -> None:
    text = ("Belize joins the ban on cluster munitions\n\nOn 2 September 2014, Belize deposited its instrument of "
            "accession to the Convention on Cluster Munitions, becoming the 114th State to join. The Cluster Munition "
            "Coalition welcomed the step and urged other States in the region to follow, saying that every new State "
            "Party strengthens the norm against these weapons and the protection of civilians.\n")
    kind, _ = detect(_doc("news.txt", text))
    assert kind != "treaty-status"


def test_inverted_and_unknown_names_in_rows_one_a_line() -> None:
    text = ("Verdrag inzake clustermunitie\n\nPartij Ondertekening Ratificatie Type In werking\n"
            "Albanië 03-12-08 16-06-09 R 01-08-10\n"
            "Nederlanden, het Koninkrijk der 03-12-08 23-02-11 R 01-08-11\n"
            "Ruritanië 03-12-08\n"
            "Spanje 03-12-08 17-06-09 R 01-08-10\n"
            "Zweden 03-12-08 23-04-12 R 01-10-12\n")
    events, warnings = _read("rows.txt", text)
    assert {(s, e, d) for s, _, e, d in events if s == "state/NLD"} == {
        ("state/NLD", "signature", "2008-12-03"), ("state/NLD", "ratification", "2011-02-23"),
        ("state/NLD", "entry_into_force", "2011-08-01")}
    assert {s for s, _, _, _ in events} == {"state/ALB", "state/NLD", "state/ESP", "state/SWE"}
    # a name no table knows is said, never read as the State before it
    assert any("Ruritanië" in w for w in warnings)
    assert ("state/ALB", "ccm", "signature", "2008-12-03") in events and len(events) == 12


def test_kinds_of_deposit_listed_with_their_marks_are_one_column() -> None:
    """The Swiss law collection's header: "Ratifikation Beitritt (B) Nachfolgeerklärung (N)" is
    one column whose marks tell its cells apart, no signature column."""
    header = find_header((FIXTURES / "geltungsbereich-marked-columns-de.txt").read_text(encoding="utf-8"))
    assert header is not None and [c.kind for c in header.columns] == ["consent", "entry_into_force"]
    events, warnings = _read("geltungsbereich-marked-columns-de.txt")
    assert events == {
        ("state/AFG", "ccm", "ratification", "2011-09-08"), ("state/AFG", "ccm", "entry_into_force", "2012-03-01"),
        ("state/AND", "ccm", "accession", "2013-04-09"), ("state/AND", "ccm", "entry_into_force", "2013-10-01"),
        ("state/DEU", "ccm", "ratification", "2009-07-08"), ("state/DEU", "ccm", "entry_into_force", "2010-08-01"),
        ("state/CHE", "ccm", "ratification", "2012-07-17"), ("state/CHE", "ccm", "entry_into_force", "2013-01-01"),
    } and not warnings


def test_english_law_collection_notice() -> None:
    text = ("Convention on Cluster Munitions\n\nConcluded at Dublin on 30 May 2008\n\nApproved by the Federal "
            "Assembly on 16 March 2012\n\nInstrument of ratification deposited by Switzerland on 17 July 2012\n\n"
            "Entry into force for Switzerland on 1 January 2013\n\n(Status as of 25 February 2021)\n")
    events, _ = _read("notice.txt", text)
    # the conclusion, the parliament's approval and the status date are no steps
    assert events == {("state/CHE", "ccm", "ratification", "2012-07-17"),
                      ("state/CHE", "ccm", "entry_into_force", "2013-01-01")}


def test_a_capital_mark_under_ratified_acceded_is_the_accession_the_heading_names() -> None:
    """"09/04/2013 (A)" under "Ratified / Acceded": the heading names no acceptance, so the mark
    (by its default an acceptance) is the one step the heading names with its initial."""
    events, _ = _read("ratified-acceded-capital-mark.txt")
    assert ("state/AND", "ccm", "accession", "2013-04-09") in events
    assert ("state/GRD", "ccm", "accession", "2011-06-29") in events
    assert not {e for e in events if e[2] == "acceptance"}
    assert ("state/ALB", "ccm", "ratification", "2009-06-16") in events
