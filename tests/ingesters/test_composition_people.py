"""People a Standing Committee's page names with their State or organisation (composition/people.py)."""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import Document
from ccmgraph.ingesters.composition.ingester import CompositionIngester
from ccmgraph.records import Mention

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "composition"


def _people(text: str) -> set[tuple[str, str, str | None]]:
    records = CompositionIngester().extract(Document(text=text, sha256="0" * 64, name="page.txt"))
    return {(r.context, r.name, r.party.name if r.party else None) for r in records
            if isinstance(r, Mention) and r.kind == "person"}


def test_speakers_tied_to_a_state_or_organisation_are_named_in_the_sitting() -> None:
    text = (FIXTURES / "standing-speakers-tied.txt").read_text(encoding="utf-8")
    sitting = "apmbc-intersessional-2005-12-05"  # "Dec. 2005" of the breadcrumb, "Monday 5 December"
    assert _people(text) == {
        (sitting, "Mr. Zoltan Ferenc", "Hungary"),
        (sitting, "Ms. Ana Lucia Vera", "Ecuador"),
        (sitting, "Ms. Mette Lund", "Denmark"),
        (sitting, "Mr. Ahmed Karim", "Jordan"),
        (sitting, "Ambassador Steffen Kongstad", "Norway"),
        (sitting, "Mr. Stefano Toscano", "GICHD"),
    }  # not Ms. Ruth Okello: no words tie her to a party


def test_a_page_without_its_sitting_names_no_one() -> None:
    text = (FIXTURES / "standing-speakers-tied.txt").read_text(encoding="utf-8")
    assert _people(text.replace("Dec. 2005 >", "")) == set()  # no year: no meeting for the mentions
