"""Sentences of flattened text: an honorific's or abbreviation's dot ends no sentence."""

from __future__ import annotations

from ccmgraph.ingesters.flat.passages import passages


def _texts(text: str) -> list[str]:
    return [p.text for p in passages(text)]


def test_honorifics_from_the_vocabulary_keep_a_sentence_whole() -> None:
    text = ("The meeting was chaired by H.E. Amb. Jane Roe of Chile. It was opened by Prof. John Doe. "
            "Dr. Mary Major and Mrs. Ann Minor spoke next.")
    assert _texts(text) == ["The meeting was chaired by H.E. Amb. Jane Roe of Chile.",
                            "It was opened by Prof. John Doe.", "Dr. Mary Major and Mrs. Ann Minor spoke next."]


def test_spaced_honorific_initials_and_other_abbreviations() -> None:
    text = "H. E. Ms. A. Bee spoke under Art. 7 on Report No. 5. The Congo, Dem. Rep. of, reported."
    assert _texts(text) == ["H. E. Ms. A. Bee spoke under Art. 7 on Report No. 5.",
                            "The Congo, Dem. Rep. of, reported."]


def test_a_title_written_without_a_dot_still_ends_a_sentence() -> None:
    # "Ambassador" is an honorific, but written in full its dot is the sentence's
    text = "The post went to the Ambassador. Then the States Parties adopted the report; Mexico objected."
    assert _texts(text) == ["The post went to the Ambassador.", "Then the States Parties adopted the report;",
                            "Mexico objected."]


def test_a_list_opened_by_a_colon_stays_with_its_sentence() -> None:
    text = "Overdue initial reports:\n\nBenin, Chad and Togo.\n\nNothing else. Done."
    assert _texts(text) == ["Overdue initial reports:\nBenin, Chad and Togo.", "Nothing else.", "Done."]
