"""Presidents nominated to preside, Chairs-designate and counted Vice-Presidents in press prose.

Written in: a holder named before "has been designated ... to preside over the First
Conference" with a relative clause between (president-designate, not president); two
vice-presidents "designated ... to support the President, A of India and B of Lithuania"
(exactly as many as counted, each with their State); "designated the chairperson of the
upcoming Second Meeting of States Parties, which opens in Beirut ..." (the Chair of a numbered
meeting is its President-designate; the relative clause is no holder); Vice-Presidents only
proposed ("should be designated") are no fact.
"""

from __future__ import annotations

from conftest import news_mandates


_mandates = news_mandates


def test_nominated_to_preside_and_counted_vice_presidents() -> None:
    assert _mandates("ccwp5-nominated-to-preside.txt") == {
        ("president-designate", "Netherlands", "1CONF", None),
        ("president-designate", "Ambassador Johannes C. Landman", "1CONF", "Netherlands"),
        ("vice-president", "India", "1CONF", None),
        ("vice-president", "Ambassador Jayant Prasad", "1CONF", "India"),
        ("vice-president", "Lithuania", "1CONF", None),
        ("vice-president", "Ambassador Edvardas Borisovas", "1CONF", "Lithuania"),
    }


def test_chairperson_designated_and_proposed_vice_presidents() -> None:
    assert _mandates("ccm-2msp-chairperson-designated.txt") == {
        ("president-designate", "Lebanon", "2MSP", None),
        ("president-designate", "H.E. Mr. Adnan Mansour", "2MSP", "Lebanon"),
    }
