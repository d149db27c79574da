"""Treaty events a text states without their date: kept as facts with no date, strictly read.

Written in: a list of the States that have ratified, in a sentence ("The first States which have
ratified the Ottawa treaty are: Canada, ...") or under a heading, one State a line; a State the
subject of a past event verb with the convention named after it, in English, French and
Spanish. What must give nothing: a list of those that have not ratified, "has yet to ratify",
"is expected to ratify", "called on Finland to ratify", "has not ratified", "If Ukraine ratified",
"signed a memorandum of understanding", "signed the accord", another convention called
"the Convention on ..." on a page of the CCM, the Convention's own entry into
force; and an undated step the same document dates ("Mali ratified the Ottawa treaty in June
1998", "On 16 September 1998, Burkina Faso deposited ...") stays the dated fact only.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.cut_lists import without_cut_item
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.iris import BASE
from ccmgraph.pipeline import extract_and_map
from ccmgraph.records import TreatyEvent
from ccmgraph.resolve.actors import resolve_actor
from conftest import news_treaty_events as events

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"



def test_a_list_of_ratifications_and_a_subject_state_without_dates() -> None:
    assert events("treaty-undated-list.txt") == {
        ("Burkina Faso", "apmbc", "ratification", "1998-09-16"),  # listed too: the dated fact only
        ("Canada", "apmbc", "ratification", ""),
        ("Ireland", "apmbc", "ratification", ""),
        ("Mauritius", "apmbc", "ratification", ""),
        ("Mali", "apmbc", "ratification", "1998-06"),  # listed, and dated in the next sentence
        ("Belize", "apmbc", "ratification", ""),  # "Belize has also ratified the Mine Ban Treaty"
    }


def test_no_undated_event_of_a_wish_a_negation_a_condition_or_an_agreement() -> None:
    got = {state for state, *_ in events("treaty-undated-list.txt")}
    assert not got & {"Poland", "Marshall Islands", "Finland", "Ukraine", "Norway", "Afghanistan", "Iraq"}
    assert ("Canada", "apmbc", "signature", "") not in events("treaty-undated-list.txt")


def test_a_heading_over_one_state_a_line_and_foreign_subjects() -> None:
    assert events("treaty-undated-clauses.txt") == {
        ("Albania", "ccm", "ratification", ""),
        ("Austria", "ccm", "ratification", ""),
        ("Belgium", "ccm", "ratification", ""),
        ("Suisse", "ccm", "ratification", ""),  # "La Suisse a ratifié la Convention sur les armes à sous-munitions"
        ("Lebanon", "ccm", "ratification", ""),
        ("Malta", "ccm", "ratification", ""),
        ("Germany", "ccm", "signature", "2008-12-03"),  # not "signed a declaration": no undated signature
    }  # nor Lebanon's signature of "the Convention on the Rights of Persons with Disabilities"


def test_a_spanish_subject_under_a_heading_line_with_no_article_date() -> None:
    """"Municiones de racimo / España ratificó hoy la Convención ...": "hoy" with no date to
    take is no date; the fact stands undated."""
    assert events("treaty-undated-es.txt") == {("Spain", "ccm", "ratification", "")}


def test_the_pipeline_keeps_one_fact_of_a_step_the_document_dates() -> None:
    doc = read_file(FIXTURES / "treaty-undated-list.txt")
    _, mapped = extract_and_map(doc)
    ask = """PREFIX ccm: <https://w3id.org/ccmgraph/ontology#>
             SELECT ?e ?d WHERE { ?e a ccm:TreatyEvent ; ccm:party <%sstate/%s>
                                  OPTIONAL { ?e ccm:eventDate ?d } }"""
    assert [str(r.d) for r in mapped.graph.query(ask % (BASE, "MLI"))] == ["1998-06"]
    assert [r.d for r in mapped.graph.query(ask % (BASE, "BLZ"))] == [None]
    assert [str(r.d) for r in mapped.graph.query(ask % (BASE, "BFA"))] == ["1998-09-16"]


def test_one_state_a_line_in_one_paragraph_and_a_list_that_runs_on(tmp_path: Path) -> None:
    """Lines of one paragraph, bulleted, are items too; a list whose last item runs on into other
    words ("Haiti and Kenya, which have not ratified it") is no list of the step."""
    page = tmp_path / "signatories.txt"
    page.write_text("Signatories of the Convention on Cluster Munitions\n\n"
                    "States that have signed the Convention on Cluster Munitions:\n- Angola\n- Indonesia\n\n"
                    "The States which have signed the Convention on Cluster Munitions include: Haiti and"
                    " Kenya, which have not ratified it for years.\n", encoding="utf-8")
    got = {(e.state.name, e.convention, e.event, e.date) for e in NewsIngester().extract(read_file(page))
           if isinstance(e, TreatyEvent)}
    assert got == {("Angola", "ccm", "signature", None), ("Indonesia", "ccm", "signature", None)}


def test_deposits_of_instruments_are_the_pages_conventions_steps() -> None:
    """"Uruguay, Malta and France deposited their instruments of ratification.": the page's one
    convention; an instrument of another treaty is not, and a day without a year leaves the
    dated reader's event (treaty.py) undated, never a second one."""
    assert events("treaty-undated-deposits.txt") == {
        ("Uruguay", "ccm", "ratification", ""), ("Malta", "ccm", "ratification", ""),
        ("France", "ccm", "ratification", ""), ("Ecuador", "ccm", "accession", ""),
        ("Zambia", "ccm", "ratification", "")}  # Chad's is the ATT's; Cyprus's minister is no State


# Steps named by a noun, a frame, a relative clause, an agent or in German.
# Treaty events named by a noun, a frame, a relative clause, an agent or in German.
#
# Written in: "the most recent ratification by Palau", "the accession of Cuba to the Convention in
# April 2016", "Mauritius' ratification on 1 October 2015", "ratified by Canada in 2015", "The
# Ambassador of Iceland signed", "Belize became the latest country to accede", "welcomed Benin and
# Rwanda as the States that have most recently ratified", "two signatories that have not yet
# ratified: Indonesia and Jamaica", "on 7 and 8 October 2009 respectively", "submitted a Document
# of Acceptance", "entered into force in Iraq on 1 November 2013", "Deutschland hat ...
# ratifiziert", "ist ... beigetreten". What must give nothing: a call ("urged the ratification by
# Angola"), a process ("Finland's accession process"), an intention ("reiterated its intention to
# ratify in 2019"), another treaty ("the accession of Tuvalu to the Arms Trade Treaty", "den Vertrag
# über den Waffenhandel"), non-signatories, a negation ("which has not ratified", "nicht
# ratifiziert"), a modal ("soll ... ratifiziert haben"), the Convention's own entry into force.


def test_nouns_passives_agents_frames_relatives_and_signatories() -> None:
    assert events("treaty-nouns-frames.txt") == {
        ("Palau", "ccm", "ratification", ""),
        ("Lebanon", "ccm", "ratification", ""),  # "the ratification of the Convention ... by Lebanon"
        ("Cuba", "ccm", "accession", "2016-04"),
        ("Mauritius", "ccm", "ratification", "2015-10-01"),
        ("Canada", "ccm", "ratification", "2015"),
        ("Iceland", "ccm", "signature", ""),
        ("Belize", "ccm", "accession", ""),
        ("Chile", "ccm", "ratification", ""),  # "congratulated Chile on its ratification of the Convention"
        ("Benin", "ccm", "ratification", ""),
        ("Rwanda", "ccm", "ratification", ""),
        ("Indonesia", "ccm", "signature", ""),
        ("Jamaica", "ccm", "signature", ""),
        ("Burkina Faso", "ccm", "ratification", ""),  # "provided the 29th and 30th ratifications"
        ("Moldova", "ccm", "ratification", ""),
        ("Malawi", "ccm", "ratification", "2009-10-07"),
        ("Macedonia", "ccm", "ratification", "2009-10-08"),
        ("Japan", "ccm", "acceptance", "2009-07-14"),
        ("Iraq", "ccm", "entry_into_force", "2013-11-01"),
    }


def test_calls_processes_intentions_other_treaties_and_negations_give_nothing() -> None:
    got = {state for state, *_ in events("treaty-nouns-frames.txt")}
    assert not got & {"Nigeria", "Ghana", "Angola", "Finland", "Kenya", "Tuvalu", "Russia", "China", "Ethiopia"}


def test_german_perfect_tense() -> None:
    assert events("treaty-german.txt") == {
        ("Germany", "ccm", "ratification", "2009-07-08"),
        ("Switzerland", "ccm", "signature", "2008-12-03"),
        ("Cuba", "ccm", "accession", ""),
    }


def test_a_question_heading_over_one_state_a_line_and_a_mission_depositing() -> None:
    """"Who has ratified?" over "- Albania", "- The Holy See", "- Macedonia, FYR": each State;
    "Who has not yet ratified?" gives nothing; "The Permanent Mission of Sri Lanka deposited the
    instrument of accession": Sri Lanka's step."""
    assert events("treaty-question-list.txt") == {
        ("Albania", "ccm", "ratification", ""),
        ("Holy See", "ccm", "ratification", ""),
        ("Macedonia", "ccm", "ratification", ""),
        ("Zambia", "ccm", "ratification", ""),
        ("Sri Lanka", "apmbc", "accession", ""),
    }


def test_a_count_then_the_list_of_them_and_an_accession_among_ratifications() -> None:
    """"five had ratified ... In chronological order, they are: A, B, C, D, and E": each, when
    the list counts as many as the count (four announced and three listed: none); Equatorial
    Guinea, "which acceded", is an accession, not a ratification."""
    assert events("treaty-counted-list.txt") == {
        ("Mauritius", "apmbc", "ratification", ""),
        ("Djibouti", "apmbc", "ratification", ""),
        ("Mali", "apmbc", "ratification", ""),
        ("Zimbabwe", "apmbc", "ratification", ""),
        ("Equatorial Guinea", "apmbc", "accession", ""),
    }


def test_lists_of_parties_and_signatories_grouped_by_region() -> None:
    """"14 States Parties (by region)" over "Africa (4)" over its States: each a consent to be
    bound (the list says they are Parties, not how they joined), each of "5 Signatories" a
    signature. A region whose count is not its list's ("Asia (3)" over two), a list running
    into prose ("..., which joined in 2010"), a list of Parties qualified otherwise ("States
    that still possess stocks"), the Parties of another treaty ("States Parties to the Arms
    Trade Treaty: ..."), a count ("Signatories: 108") and a list holding what is no State ("Iceland,
    the European Union and Indonesia") give nothing."""
    got = events("treaty-region-lists.txt")
    parties = {"Burkina Faso", "Malawi", "Mali", "Sierra Leone", "Mexico", "Nicaragua", "Uruguay",
               "Albania", "Austria", "Croatia", "Denmark", "Ireland"}
    assert got == {(s, "ccm", "signature", "") for s in ("Angola", "Benin", "Kenya", "Canada", "Colombia")} \
        | {(s, "ccm", "consent_to_be_bound", "") for s in parties}


def test_labelled_lists_in_french_and_spanish() -> None:
    """"États parties : A, B ; Signataires : C, D", "Ont ratifié : Japon et Mexique": French names,
    the signatories and ratifications each their step; the Parties ("États parties", "Estados
    Partes en la Convención ... por región: África (2): ...", "The 5 States Parties to the
    Anti-Personnel Mine Ban Convention are: ...") a consent to be bound each, as they do not say
    how each joined, but México's gives way to the ratification the page states ("Mexique").
    "Han firmado: ..., que todavía no han ratificado" runs into prose: nothing."""
    got = events("treaty-region-lists-fr-es.txt")
    assert got == {(s, "ccm", "signature", "") for s in ("Angola", "Bénin", "Canada")} \
        | {(s, "ccm", "ratification", "") for s in ("Japon", "Mexique")} \
        | {(s, "ccm", "consent_to_be_bound", "") for s in ("Albanie", "Autriche", "Belgique", "Burkina Faso",
                                                          "Burundi", "Malawi", "Malí", "Nicaragua", "Uruguay")} \
        | {(s, "apmbc", "consent_to_be_bound", "") for s in ("Mauritius", "Djibouti", "Ireland", "Austria", "Denmark")}


def test_a_region_list_the_end_of_the_text_cuts_off_gives_the_states_before_the_cut() -> None:
    """"Americas (6)" over "Bolivia, Canada, Col" ending the text: the page is cut off inside
    the list, Bolivia and Canada signed, "Col" is nothing; so too where the pipeline has dropped
    "Col" already (cut_lists.py). "Mauretania" is Mauritania. "Asia (2)" over one State gives
    nothing; the "5 States Parties" each a consent to be bound."""
    expected = {(s, "ccm", "signature", "") for s in ("Angola", "Benin", "Kenya", "Mauretania", "Bolivia", "Canada")} \
        | {(s, "ccm", "consent_to_be_bound", "") for s in ("Burkina Faso", "Malawi", "Albania", "Austria", "Croatia")}
    assert events("treaty-region-lists-cut.txt") == expected
    read, warnings = without_cut_item(read_file(FIXTURES / "treaty-region-lists-cut.txt"))
    assert warnings and read.text.rstrip().endswith("Bolivia, Canada")
    assert {(e.state.name, e.convention, e.event, "") for e in NewsIngester().extract(read)
            if isinstance(e, TreatyEvent)} == expected
    assert resolve_actor("Mauretania", "state").key == "MRT"


def test_a_region_list_short_of_its_count_that_ends_as_lists_end_gives_nothing() -> None:
    """"Americas (4)" over "Bolivia and Canada" ending the text: a whole list ("and" before its
    last State) of two, not the four it counts, so nothing; "Africa (3)" is read."""
    assert events("treaty-region-lists-short.txt") == {(s, "ccm", "signature", "") for s in ("Angola", "Benin", "Kenya")}


def test_lists_introduced_as_the_following_states_that_took_a_step() -> None:
    """"Les 40 États suivants ont déjà ratifié le traité d'Ottawa : ..." and "The following States
    have signed the CCM: ...": each State its step, undated, French names that are also words
    ("Maurice", "Grenade") read as States between the commas of the list. Another treaty's
    list, and the same words in prose, give nothing."""
    got = events("treaty-following-lists.txt")
    assert got == {
        ("Canada", "apmbc", "ratification", ""), ("Irlande", "apmbc", "ratification", ""),
        ("Maurice", "apmbc", "ratification", ""), ("Grenade", "apmbc", "ratification", ""),
        ("Norvège", "apmbc", "ratification", ""),
        ("Afghanistan", "ccm", "signature", ""), ("Grenada", "ccm", "signature", ""),
        ("Mauritius", "ccm", "signature", ""),
    }


def test_since_the_beginning_of_the_year_takes_the_year_the_lead_reports() -> None:
    """A count lead dated "since the beginning of the year" takes the year of the page's lead
    (no article date: the first sentence's full day); a year of another clause ("in 2008"
    is Paraguay's) dates nothing else; "signed but not yet ratified" states the signature."""
    assert events("treaty-year-of-writing.txt") == {
        ("Belgium", "ccw-p5", "consent_to_be_bound", "2009"),
        ("Iraq", "ccw-p5", "consent_to_be_bound", "2009"),
        ("Norway", "ccw-p5", "consent_to_be_bound", "2009"),
        ("Paraguay", "ccw-p5", "ratification", "2008"),
        ("Burundi", "ccw-p5", "signature", ""),
        ("Uganda", "ccw-p5", "signature", ""),
    }


def test_accede_after_depositing_its_instrument_takes_the_deposit_date() -> None:
    """"X became the latest State to accede to the CCM after depositing its instrument of
    accession ... on D": one accession, dated D; "has not yet signed" gives nothing."""
    found = events("treaty-accede-after-depositing.txt")
    assert ("Antigua and Barbuda", "ccm", "accession", "2010-08-23") in found
    assert {("Haiti", "ccm", "signature", ""), ("Jamaica", "ccm", "signature", "")} <= found
    assert not [e for e in found if e[0] in ("Cuba",) or e[0] == "Antigua and Barbuda" and e[3] != "2010-08-23"]
    assert not [e for e in found if e[0] == "Chad" and e[2] == "ratification"]
