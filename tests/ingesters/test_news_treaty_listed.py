"""Lists of States inside a sentence that a count or a label introduces, and a State announcing
its own step: undated treaty events, strictly read (news/listed.py, news/nouns.py).

Written in: "4 States Parties (A, B, C and D)", "2 signatories (A and B)", "90 States Parties,
including A and B", "70 States had ratified the Convention, among them A, B and C", "had been
ratified by 75 States, including A and B", "80 l'ont ratifiée, parmi lesquels ...",
"haben 60 Staaten das Übereinkommen ratifiziert, darunter A und B", "Grenada announcing its
accession to the international treaty banning cluster munitions". What must give nothing:
"6 States not party (...)", a bracket of two under a count of three, "have not ratified the
Convention, including ...", "announced its intention to accede", "its planned ratification".
"""

from __future__ import annotations

from conftest import news_treaty_events as events


def test_counted_and_labelled_lists_and_own_announcements() -> None:
    got = events("treaty-listed-counts.txt")
    assert got == {
        *((s, "ccm", "consent_to_be_bound", "") for s in ("Albania", "Ireland", "Mexico", "Norway")),
        *((s, "ccm", "ratification", "") for s in ("Belgium", "Spain", "Sweden")),
        *((s, "ccm", "ratification", "") for s in ("Italie", "Croatie", "Portugal")),
        *((s, "ccm", "ratification", "") for s in ("Österreich", "Dänemark")),
        *((s, "ccm", "ratification", "") for s in ("Lebanon", "Zambia")),  # "ratified by 75 States, including"
        *((s, "ccm", "consent_to_be_bound", "") for s in ("Ghana", "Senegal")),  # "90 States Parties, including"
        *((s, "ccm", "signature", "") for s in ("Angola", "Kenya")),
        ("Grenada", "ccm", "accession", ""),
    }


def test_what_is_no_list_of_a_step_gives_nothing() -> None:
    named = {state for state, *_ in events("treaty-listed-counts.txt")}
    assert not named & {"China", "India", "Pakistan", "Russia", "Israel", "United States"}  # "States not party"
    assert not named & {"Chile", "Peru"}  # "3 States Parties (Chile and Peru)": two, not three
    assert not named & {"Finland", "Poland", "Tuvalu"}  # "have not ratified", an intention, a plan
    # "... Cuba (6 April) and the most recent ratifications are Chad (26 March)": Cuba is no
    # subject of "ratifications", and days without their year far from the page's date date nothing
    assert not named & {"Andorra", "Cuba", "Chad", "Iraq"}
    assert "Brazil" not in named  # "20 States not party, including Brazil"


def test_labels_that_name_the_step_by_a_participle_or_a_noun() -> None:
    """"États ayant ratifié : A, B et C", "Estados que han ratificado la Convención: A y B" (the
    generic word: the page's convention), "Adesões: A e B": each State its step; "États n'ayant
    pas encore ratifié : ..." is no label of a step."""
    assert events("treaty-participle-labels.txt") == {
        *((s, "ccm", "ratification", "") for s in ("Belgique", "Luxembourg", "Irlande", "Chile", "Ecuador")),
        *((s, "ccm", "accession", "") for s in ("Cuba", "Andorra")),
    }


def test_a_list_lead_that_calls_the_treaty_by_its_generic_name_is_the_pages() -> None:
    """"Los Estados que han ratificado la Convención son: ..." on a page of the CCM: each a
    ratification of it; the same lead naming the Arms Trade Treaty gives nothing."""
    assert events("treaty-list-generic.txt") == {(s, "ccm", "ratification", "") for s in ("Chile", "Ecuador", "Perú")}


def test_a_passive_step_takes_its_agent_in_french_and_spanish() -> None:
    """"ratifiée par le Luxembourg en 2009", "fue ratificada por Uruguay en 2009": the agent's
    step on its date; "signé par la ministre au nom de la Norvège": the agent is no State."""
    assert events("treaty-passive-agent.txt") == {("Luxembourg", "ccm", "ratification", "2009"),
                                                  ("Uruguay", "ccm", "ratification", "2009")}


def test_a_label_alone_over_one_state_a_line() -> None:
    """"States Parties:" over "• Albania", ...: bound, each; "Signatories (2):" over two: each a
    signature; "Accessions (3):" over two States is short of its count, and "States not party:"
    is no label of a step: nothing."""
    assert events("treaty-label-one-a-line.txt") == {
        *((s, "ccm", "consent_to_be_bound", "") for s in ("Albania", "Andorra", "Belgium")),
        *((s, "ccm", "signature", "") for s in ("Angola", "Indonesia")),
    }


def test_a_state_being_the_nth_signatory_signed_on_the_date_after() -> None:
    """"Lao PDR, being the second signatory to the CCM in December 2008": its signature that
    month; "hoped to be the second signatory ... in 2021" is a wish, no step."""
    assert events("treaty-nth-signatory.txt") == {("Lao PDR", "ccm", "signature", "2008-12")}
