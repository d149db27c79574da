"""Status tables of a convention never open for signature (CCW Protocol V).

The database prints a Signature column for every treaty; for Protocol V it holds no date on any
row, so a row's first date is its deposit, a consent to be bound whatever code stands beside it. A row
the page cut after its date ("Ireland 08-11-2006" at the end, its code and entry into force
lost) is that consent; on a table of a convention that was open for signature the same lone date
is a signature, as before.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.treaty_status.grid import grid_rows
from ccmgraph.ingesters.treaty_status.ingester import TreatyStatusIngester
from ccmgraph.records import TreatyEvent, Warning_

FIXTURES = Path(__file__).parents[1] / "fixtures" / "treaty-status"


def test_a_protocol_v_row_cut_after_its_date_is_a_consent_to_be_bound() -> None:
    records = list(TreatyStatusIngester().extract(read_file(FIXTURES / "database-p5-cut-code.txt")))
    events = {(r.state.name, r.convention, r.event, r.date.iso() if r.date else "")
              for r in records if isinstance(r, TreatyEvent)}
    assert events == {
        ("Albania", "ccw-p5", "consent_to_be_bound", "2006-05-12"), ("Albania", "ccw-p5", "entry_into_force", "2006-11-12"),
        ("Austria", "ccw-p5", "consent_to_be_bound", "2007-10-01"), ("Austria", "ccw-p5", "entry_into_force", "2008-04-01"),
        ("Belgium", "ccw-p5", "consent_to_be_bound", "2010-01-25"), ("Belgium", "ccw-p5", "entry_into_force", "2010-07-25"),
        ("Canada", "ccw-p5", "consent_to_be_bound", "2009-05-19"), ("Canada", "ccw-p5", "entry_into_force", "2009-11-19"),
        ("Ireland", "ccw-p5", "consent_to_be_bound", "2006-11-08"),  # no entry into force: the page lost it
    }
    assert not [w for w in records if isinstance(w, Warning_) and "Ireland" in w.message]


def test_a_lone_date_of_a_signable_convention_stays_a_signature() -> None:
    text = (FIXTURES / "database-ccm-signature-only.txt").read_text(encoding="utf-8")
    signable = {row.state: row.steps for row in grid_rows(text) or []}
    assert signable["Angola"] == [("signature", signable["Afghanistan"][0][1])]
    assert [step for step, _ in signable["Afghanistan"]] == ["signature", "consent_to_be_bound", "entry_into_force"]
    unsigned = {row.state: row.steps for row in grid_rows(text, signable=False) or []}
    assert isinstance(unsigned["Afghanistan"], str)  # no way: its signature column takes no date
    assert [step for step, _ in unsigned["Angola"]] == ["consent_to_be_bound"]
