"""Committees' members listed right after the committee's name, on pages of any kind.

Written in: a decision's bullets ("•Committee on Victim Assistance: Colombia and Belgium;") on a
meeting page, new and continuing members alike; a document list's "Submitted by the Committee on
the Implementation of Article 5 (A, B, C and D)" (another way of writing the committee's name);
a capitals heading run into its list. Traps: a committee named before requests of States, a
committee with "(Chair)" and nobody; a page of another kind with no committee.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph import ingesters
from ccmgraph.document.read import read_file
from ccmgraph.records import Mandate

FIXTURES = Path(__file__).parents[1] / "fixtures"


def posts(path: Path) -> set[tuple[str, str, str | None, str | None, str | None]]:
    doc = read_file(path)
    kind, ingester = ingesters.choose(doc, None)
    records = list(ingester.extract(doc))
    records += ingesters.every_kind(doc, kind, records)
    return {(m.holder.name, m.role, m.convention, m.theme, m.body) for m in records if isinstance(m, Mandate)}


A5 = ("committee-member", "apmbc", "Article 5 Implementation", "Committee on Article 5 Implementation")
VA = ("committee-member", "apmbc", "Victim Assistance", "Committee on Victim Assistance")


def test_a_decisions_bullets_give_new_and_continuing_members_and_nothing_else() -> None:
    assert posts(FIXTURES / "meeting_pages" / "apmbc-14msp-committee-members-decisions.txt") == {
        ("Costa Rica", *A5), ("Zambia", *A5), ("Ecuador", *A5), ("Ireland", *A5),
        ("Colombia", *VA), ("Belgium", *VA),
    }


def test_a_document_lists_committees_by_either_name_with_their_states() -> None:
    assert posts(FIXTURES / "meeting_pages" / "apmbc-document-list-committees.txt") == {
        ("Costa Rica", *A5), ("Ecuador", *A5), ("Ireland", *A5), ("Zambia", *A5),
        ("Chile", *A5), ("Colombia", *A5), ("Netherlands", *A5), ("Switzerland", *A5),
    }


def test_minutes_and_news_gain_no_committee_members_from_the_lists_reader() -> None:
    """Minutes and news fixtures name committees in passing: nothing is added to what their own
    readers give."""
    for path in [FIXTURES / "minutes", FIXTURES / "news"]:
        for file in sorted(path.glob("*.txt")):
            doc = read_file(file)
            try:
                kind, ingester = ingesters.choose(doc, None)
                records = list(ingester.extract(doc))
            except Exception:  # a fixture made to be refused
                continue
            added = [m for m in ingesters.every_kind(doc, kind, records)
                     if isinstance(m, Mandate) and m.role == "committee-member"]
            assert not added, file.name
