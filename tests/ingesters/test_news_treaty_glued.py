"""Treaty events of news prose across a glued joint.

A page that ran its subtitle into the body ("gains groundMalawi and Macedonia ...") still gives
each State its day; a name with an inner capital ("McDonald") is no joint.
"""

from __future__ import annotations

from ccmgraph.ingesters.news.items import Paragraph
from conftest import news_treaty_events as events


def test_a_state_glued_to_the_subtitle_before_it_is_read_with_its_day() -> None:
    assert events("treaty15-glued.txt") == {
        ("Malawi", "ccm", "ratification", "2009-10-07"),
        ("Macedonia", "ccm", "ratification", "2009-10-08"),
    }  # nothing of "needs seven more ratifications to enter into force"


def test_glued_joints_cut_only_after_a_lower_case_word() -> None:
    from ccmgraph.ingesters.news.glued import treaty_sentences
    text = "Two more deposits.Then McDonald spoke; MacArthur and DeMistura listened."
    assert [s.text for s in treaty_sentences(Paragraph(text, 1))] == [
        "Two more deposits.", "Then McDonald spoke; MacArthur and DeMistura listened."]
