"""Treaty events of news prose: two States' deposits "on 7 and 8 October respectively", a count
and its list in one sentence ("the seven States that had consented to be bound by Protocol V
...: A, ..., G"; "another five since then--A, ..., E, which acceded"), signatories by apposition.

What must give nothing: a day after the article's own day, an article with no full day at its
head, three States for two days, a count the list does not match (a warning), "the four States
that have not ratified: ...", "urged Angola to ratify".
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.ingesters.undated import without_dated_twins
from ccmgraph.records import TreatyEvent, Warning_

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def _records(name: str) -> list[object]:
    return without_dated_twins(list(NewsIngester().extract(read_file(FIXTURES / name))))


def events(name: str) -> set[tuple[str, str, str, str]]:
    """The document's treaty events as (State, convention, event, ISO date or "")."""
    return {(e.state.name, e.convention, e.event, e.date.iso() if e.date else "")
            for e in _records(name) if isinstance(e, TreatyEvent)}


def test_respectively_pairs_each_state_with_its_day_in_the_article_year() -> None:
    assert events("treaty12-respectively.txt") == {
        ("Malawi", "ccm", "ratification", "2009-10-07"),
        ("Macedonia", "ccm", "ratification", "2009-10-08"),
    }


def test_respectively_days_after_the_article_day_or_with_no_head_date_get_no_year() -> None:
    for name in ("treaty12-respectively-after-head.txt", "treaty12-respectively-no-head.txt"):
        assert not {e for e in events(name) if e[3]}, name


def test_respectively_with_three_states_for_two_days_pairs_none() -> None:
    assert not {e for e in events("treaty12-respectively-unequal.txt") if e[3]}


def test_a_counted_list_after_a_colon_of_states_that_consented_to_be_bound() -> None:
    assert events("treaty12-colon-list.txt") == {
        (state, "ccw-p5", "consent_to_be_bound", "")
        for state in ("Guatemala", "Madagascar", "Moldova", "Portugal", "Republic of Korea", "Romania", "Tunisia")
    }  # nothing of "the four States that have not ratified: ...", nor of "urged Angola to ratify"


def test_a_list_its_count_does_not_match_gives_nothing_and_a_warning() -> None:
    records = _records("treaty12-colon-list-miscount.txt")
    assert not [r for r in records if isinstance(r, TreatyEvent)]
    assert any("6 States counted and 7 listed" in w.message for w in records if isinstance(w, Warning_))


def test_another_n_since_then_list_with_a_trailing_which_acceded_and_signatories() -> None:
    assert events("treaty12-another-since.txt") == {
        ("Zambia", "apmbc", "signature", ""),
        ("São Tomé and Principe", "apmbc", "signature", ""),
        ("Chad", "apmbc", "signature", ""),
        ("Sierra Leone", "apmbc", "signature", ""),
        ("Equatorial Guinea", "apmbc", "accession", ""),  # "which acceded": the last State's only
        ("Angola", "apmbc", "signature", ""),  # "Angola, a treaty signatory,"
        ("Guinea-Bissau", "apmbc", "signature", ""),  # "signatories Guinea-Bissau and Senegal"
        ("Senegal", "apmbc", "signature", ""),
    }


def test_past_year_only_for_a_day_not_after_the_article_day() -> None:
    from ccmgraph.ingesters.news.dating import ArticleDate, past_year
    from ccmgraph.records import PartialDate

    head = ArticleDate(2009, frozenset({10}), PartialDate(2009, 10, 14))
    assert past_year(PartialDate(None, 10, 14), head) == 2009
    assert past_year(PartialDate(None, 10, 15), head) is None
    assert past_year(PartialDate(None, 10, 7), ArticleDate(2009, frozenset({10}))) is None


def test_another_n_under_a_negated_or_wished_step_gives_nothing() -> None:
    from ccmgraph.ingesters.news.items import Paragraph
    from ccmgraph.ingesters.news.text import default_recogniser, sentences
    from ccmgraph.ingesters.news.undated import counted_lists

    text = ("Ten African States have not ratified the Mine Ban Treaty, and another two since then--Chad and "
            "Zambia, which acceded.")
    found = [e for s in sentences(Paragraph(text, 1)) for e in counted_lists(s, default_recogniser, "apmbc")]
    assert found == []


def test_respectively_with_the_un_name_of_macedonia_pairs_the_whole_name() -> None:
    """"the former Yugoslav Republic of Macedonia" is one State (the registry's lower-case alias),
    not "Macedonia" after four stray words, so the pairing still sees two States for two days."""
    assert {(e[1], e[2], e[3]) for e in events("treaty12-respectively-un-name.txt")} == {
        ("ccm", "ratification", "2009-10-07"), ("ccm", "ratification", "2009-10-08")}
    assert len(events("treaty12-respectively-un-name.txt")) == 2
