"""Treaty events in news prose, each with its own date, in two layouts (titled items, one article).

Written in: a chain of events sharing one subject, "for it" and "for the Pacific Island State"
naming the State of the sentence before, the latest event of a kind ("most recently X on ...",
"the last accession was X in ...", "Since X in ..., no State has joined"), and what must give
nothing: the Convention's own signature and entry into force beside the places they happened
in ("in Oslo, Norway"), a deadline, a State that is expected to accede or urged to ratify.
"""

from __future__ import annotations

from pathlib import Path

from ccmgraph.document.read import read_file
from ccmgraph.ingesters.news.ingester import NewsIngester
from ccmgraph.records import TreatyEvent

FIXTURES = Path(__file__).parents[1] / "fixtures" / "news"


def events(name: str) -> set[tuple[str, str, str, str]]:
    return {(e.state.name, e.convention, e.event, e.date.iso() if e.date else "")
            for e in NewsIngester().extract(read_file(FIXTURES / name)) if isinstance(e, TreatyEvent)}


def test_titled_items_chains_and_the_state_of_the_sentence_before() -> None:
    """Each event's convention is the one its own clause names, else the page's."""
    assert events("treaty-prose-items.txt") == {
        ("Chad", "ccm", "signature", "2008-12-03"),
        ("Chad", "ccm", "ratification", "2013-03-26"),
        ("Chad", "ccm", "entry_into_force", "2013-09-01"),
        ("Niue", "ccm", "accession", "2020-08-06"),
        ("Niue", "ccm", "entry_into_force", "2021-02-01"),
        ("Sri Lanka", "ccm", "entry_into_force", "2018-09-01"),  # "The convention": the page's
        ("Sri Lanka", "apmbc", "entry_into_force", "2018-06-01"),  # "and the Mine Ban Treaty will enter ..."
    }


def test_one_article_the_latest_events_and_becoming_a_state_party() -> None:
    assert events("treaty-prose-article.txt") == {
        ("Philippines", "ccm", "ratification", "2019-01-03"),
        ("Sri Lanka", "ccm", "accession", "2018-03"),
        ("Palau", "ccm", "entry_into_force", "2016-10-01"),
        ("Palau", "ccm", "signature", ""),  # "had signed the Convention before its entry into force": no date
        ("Benin", "ccm", "ratification", "2017-07-10"),  # "became a State Party when it deposited ..."
        ("Saint Lucia", "ccm", "consent_to_be_bound", "2020-09"),
    }


def test_events_dated_by_the_article_by_a_leading_date_and_with_their_co_subjects() -> None:
    """"(New York, 1 July 2011) – ... today, as Burkina Faso and Moldova ratified it": both, on the
    dateline's day; "on Wednesday 29 June" close to it is of 2011; "on 3 December", months away,
    has no year to take: Chad's signature stands undated; "would accede" is no event; "On 15 August 2007, Iraq acceded to the
    Mine Ban Treaty" opens with its date and names its convention after the event word; "today
    announced ... the ratification by Austria" dates the announcement, not the ratification (the
    step stands undated)."""
    page = Path(__file__).parents[1] / "fixtures" / "news" / "treaty-article-dated.txt"
    got = {(e.state.name, e.convention, e.event, e.date.iso() if e.date else "")
           for e in NewsIngester().extract(read_file(page)) if isinstance(e, TreatyEvent)}
    assert got == {
        ("Burkina Faso", "ccm", "ratification", "2011-07-01"),
        ("Moldova", "ccm", "ratification", "2011-07-01"),
        ("Grenada", "ccm", "accession", "2011-06-29"),
        ("Chad", "ccm", "signature", ""),
        ("Iraq", "apmbc", "accession", "2007-08-15"),
        ("Saint Vincent and the Grenadines", "ccm", "signature", "2009-09-23"),  # "X and of Y signed"
        ("Cyprus", "ccm", "signature", "2009-09-23"),
        ("Austria", "ccm", "ratification", ""),  # the noun "the ratification by Austria": a step, undated
    }


# French and Spanish items ("La France a adhéré le 31 octobre 2006 au protocole V", "España ratificó
# la Convención el 17 de junio de 2009"); one English article: "France joined the CCW Protocol V in
# 2006" (not "joined the CCM Coordination Committee"), a day without its year that shares the next
# date's ("on 22 October and ... on 13 October 2003"), "entered into force for it" after the State
# of the same sentence. The convention is the one the clause or sentence names, never the page's over it.


def test_french_and_spanish_items() -> None:
    assert events("treaty-languages-items.txt") == {
        ("France", "ccw-p5", "accession", "2006-10-31"),
        ("France", "ccm", "ratification", "2009-09-25"),
        ("México", "ccm", "ratification", "2009-05-06"),
        ("Spain", "ccm", "ratification", "2009-06-17"),
    }  # the Convention's own entry into force (1 August 2010) is no State's; "adhère aux principes" no event


def test_joined_yearless_days_and_for_it() -> None:
    assert events("treaty-joined-article.txt") == {
        ("France", "ccw-p5", "consent_to_be_bound", "2006"),
        ("Burundi", "apmbc", "ratification", "2003-10-22"),
        ("Sudan", "apmbc", "ratification", "2003-10-13"),
        ("Colombia", "apmbc", "ratification", "2000-09-06"),
        ("Colombia", "apmbc", "entry_into_force", "2001-03-01"),
    }


def test_a_possessive_state_a_treatys_name_year_and_a_dateline() -> None:
    """"Montenegro’s ratification ... on 25 January" is Montenegro's (not Serbia's, named before
    it), dated by the item's year; "the 1997 Mine Ban Treaty" dates no ratification; a headline's
    "signs" over the item's dateline is no signature of that day."""
    from ccmgraph.document.read import read_file
    from ccmgraph.ingesters import choose
    from ccmgraph.records import TreatyEvent

    doc = read_file(Path(__file__).parents[1] / "fixtures" / "news" / "treaty-possessive-dateline.txt")
    _, ingester = choose(doc, None)
    found = {(e.state.name, e.convention, e.event, e.date.iso() if e.date else "") for e in ingester.extract(doc)
             if isinstance(e, TreatyEvent)}
    assert found == {("Montenegro", "ccm", "ratification", "2010-01-25")}


# Entries into force and signatures in the layouts news gives them (session 8): "will come into
# force for <State>", "became a State Party to the Convention on ...", "entrera en vigueur pour
# le <State>", "entrará em vigor para <State>", "On Friday 12 June, <State> and <State> became the
# 97th and 98th signatories", the instrument of the State reported just before. Nothing from a
# law's own entry into force, the Convention's own, a due date, or a State a later sentence names.


def test_entry_into_force_in_french_spanish_and_portuguese() -> None:
    assert events("treaty-force-languages.txt") == {
        ("South Sudan", "ccm", "accession", "2023-08-03"),
        ("South Sudan", "ccm", "entry_into_force", "2024-02-01"),
        ("Madagascar", "ccm", "ratification", "2017-05-20"),
        ("Madagascar", "ccm", "entry_into_force", "2017-11-01"),
        ("Mozambique", "ccm", "ratification", "2011-03-14"),
        ("Mozambique", "ccm", "entry_into_force", "2011-09-01"),
    }  # not the Convention's own (1 August 2010), a report's due date, nor the national law's


def test_the_instrument_of_the_state_just_reported_and_a_state_party_to_a_named_convention() -> None:
    """"The deposit of the instrument of ratification, deposited on 12 March 2025" is the Marshall
    Islands' (the State the item reported last); Ghana, named in between, ends that: the
    acceptance "deposited on 30 June 2000 by another State" is no one's. The Act that "came into
    force on 1 April 2013" is no State's step; Australia's own is its becoming a State Party."""
    assert events("treaty-force-article.txt") == {
        ("Marshall Islands", "apmbc", "signature", "1997-12"),
        ("Marshall Islands", "apmbc", "ratification", "2025-03-12"),
        ("Marshall Islands", "apmbc", "entry_into_force", "2025-09-01"),
        ("Australia", "ccm", "entry_into_force", "2013-04-01"),
        ("Palau", "ccm", "accession", "2016-04"),
        ("Palau", "ccm", "entry_into_force", "2016-10-01"),  # "became binding on Palau on"
    }  # "became binding on the first thirty States on 1 August 2010": the Convention's own


def test_several_states_signing_on_a_leading_date_and_coming_into_force() -> None:
    assert events("treaty-signatories-items.txt") == {
        ("Jamaica", "ccm", "signature", "2009-06-12"),  # the weekday's date, of the item's year
        ("Nigeria", "ccm", "signature", "2009-06-12"),
        ("South Sudan", "ccm", "accession", "2023-08-03"),
        ("South Sudan", "ccm", "entry_into_force", "2024-02-01"),
        ("Nigeria", "ccm", "ratification", "2023-02-28"),
        ("Nigeria", "ccm", "entry_into_force", "2023-08-01"),  # "It will take effect from", right after
        ("Burkina Faso", "ccm", "ratification", "2010-02-16"),
        ("Moldova", "ccm", "ratification", "2010-02-16"),
    }  # "Uganda became a signatory last December": no date; 1 August 2010 is the Convention's own


def test_a_brackets_states_a_plan_and_the_conventions_own_adoption_give_nothing() -> None:
    """States in a bracket before the event word are not its subject; "on track to ratify in
    2011" and "due to accede" are plans; "adopted in 2008" is the convention's own year."""
    assert events("treaty-prose-brackets-plans.txt") == {("Samoa", "ccm", "ratification", "2010-04-28")}


def test_a_dateline_joined_to_the_first_sentence_and_an_original_signatory() -> None:
    """"Wednesday 26 April 2006 On 24 April 2006, Brunei Darussalam deposited ...": the leading
    date is the deposit's, not the dateline's; "was one of the original signatories ... in 2008"
    is a signature, "was expected to be one of the first signatories" none."""
    assert events("treaty-dateline-joined.txt") == {
        ("Brunei Darussalam", "apmbc", "ratification", "2006-04-24"),
        ("Brunei Darussalam", "apmbc", "entry_into_force", "2006-10-01"),
        ("Norway", "ccm", "signature", "2008"),
    }
