"""A meeting's bracketed abbreviation gives its number; a meeting others precede keeps their days."""

from ccmgraph.ingesters.news.dating import date_spans, own_date
from ccmgraph.ingesters.news.meetings import find_phrases


def _phrases(text: str) -> list[tuple[str, int | None, str]]:
    return [(p.kind, p.number, text[p.start : p.end]) for p in find_phrases(text)]


def test_misspelt_ordinal_takes_the_number_of_its_abbreviation() -> None:
    text = "The Nine Meeting of States Parties (9MSP) met in Geneva."
    assert _phrases(text) == [("msp", 9, "Nine Meeting of States Parties (9MSP)")]


def test_abbreviation_right_after_a_plain_name() -> None:
    assert _phrases("the Meeting of States Parties (4MSP) in Lusaka") == [("msp", 4, "Meeting of States Parties (4MSP)")]


def test_abbreviation_of_another_kind_or_disagreeing_words_give_no_number() -> None:
    assert [n for _, n, _ in _phrases("a Meeting of States Parties (2RC) was held")] == [None]
    assert [n for _, n, _ in _phrases("the Three Meeting of States Parties (5MSP) was held")] == [None]


def test_meeting_that_others_precede_does_not_take_their_days() -> None:
    text = "Two preparatory meetings in Geneva will precede the Third Review Conference on 6 December 2013 and 10 April 2014."
    start = text.index("Third Review")
    end = start + len("Third Review Conference")
    assert own_date(text, start, end, date_spans(text), clause_start=0) is None


def test_meeting_held_on_its_days_keeps_them() -> None:
    text = "The Third Review Conference will take place on 23 June 2014 in Maputo."
    start = text.index("Third Review")
    link = own_date(text, start, start + len("Third Review Conference"), date_spans(text))
    assert link is not None and link.span.date.iso() == "2014-06-23"
