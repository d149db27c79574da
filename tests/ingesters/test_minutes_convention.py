"""Minutes carry their committee's convention and no other: the CCM's Coordination Committee's
minutes are the CCM's by their own heading, the APMBC's Coordinating Committee's the APMBC's,
and nothing falls back to a convention the text does not give."""

from __future__ import annotations

import dataclasses

import pytest

from ccmgraph.document.read import Document
from ccmgraph.ingesters.minutes.ingester import MinutesIngester
from ccmgraph.ingesters.minutes.lexicon import default_lexicon
from ccmgraph.ingesters.minutes.mentions import _found
from ccmgraph.records import Mandate, Meeting, MinutesApproval

APMBC_MINUTES = """Anti-Personnel Mine Ban Convention
Coordinating Committee
Minutes of the meeting held on 7 February 2018, Geneva

Present:
Afghanistan - 17MSP Presidency  Ms. Suraya Dalil
Algeria  Mr. Lazhar Soualem
Belgium  Mr. Pieter Vanden Bosch
ICBL  Ms. Amélie Chayer

1. Opening by the President
The meeting was opened by the President of the 17MSP, Ambassador Suraya Dalil of Afghanistan. The 16MSP had asked for a report.

2. Approval of the minutes of 26 January 2018
The minutes were approved.

3. Date of the next meeting
The next meeting will take place on 7 March 2018.
"""


def test_no_convention_is_assumed_before_the_committee_is_known() -> None:
    lexicon = default_lexicon()
    assert lexicon.convention is None
    assert lexicon.completed("ISU") is None  # which ISU, the text has not said yet
    assert dataclasses.replace(lexicon, convention="ccm").completed("ISU") == "CCM ISU"
    with pytest.raises(ValueError):
        lexicon.own


def test_a_bare_meeting_name_is_left_out_while_the_convention_is_unknown() -> None:
    found = _found("as agreed at the 7MSP", default_lexicon())
    assert [f for f in found if f[2] == "meeting"] == []
    apmbc = dataclasses.replace(default_lexicon(), convention="apmbc")
    assert [f[1] for f in _found("as agreed at the 7MSP", apmbc) if f[2] == "meeting"] == ["APMBC 7MSP"]


def test_apmbc_minutes_give_every_fact_the_apmbcs_convention() -> None:
    records = list(MinutesIngester().extract(Document(text=APMBC_MINUTES, sha256="0" * 64, name="m.txt")))
    conventions = {r.convention for r in records if isinstance(r, (Meeting, Mandate, MinutesApproval))}
    assert conventions == {"apmbc"}
    assert any(isinstance(r, Meeting) and r.planned for r in records)  # the next meeting, the APMBC's too
