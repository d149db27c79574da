"""Minutes that must be refused, or read with a warning: broken extractions, missing structure,
texts of another field, and which committee (and so which convention) the minutes belong to.

Each damaged document is one of the fixtures with one thing changed, so that a refusal can
only come from that change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ccmgraph.document.read import read_bytes, read_file
from ccmgraph.errors import ExtractionError
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.minutes.ingester import MinutesIngester
from ccmgraph.ingesters.minutes.lexicon import default_lexicon
from ccmgraph.ingesters.minutes.plausible import refuse_broken
from ccmgraph.records import ActorRef, Attendance, Mandate, Meeting, Mention, MinutesApproval, Quote, Record, Warning_

FIXTURES = Path(__file__).parent.parent / "fixtures"
MINUTES = FIXTURES / "minutes"


def _text(name: str) -> str:
    return (MINUTES / name).read_text("utf-8")


def _extract(text: str, name: str = "damaged.txt") -> list[Record]:
    return list(MinutesIngester().extract(read_bytes(text.encode(), name)))


def test_a_person_whose_name_holds_a_party_refuses_the_document() -> None:
    """The next State glued to the end of a delegate's line: the table was not read right."""
    text = _text("cc-minutes-2019-06-04.txt").replace("Ms. Petra Hofer\nChile\n", "Ms. Petra Hofer Chile\n")
    with pytest.raises(ExtractionError, match=r"^damaged.txt: refused: the name 'Ms. Petra Hofer Chile' .* holds the party 'Chile'"):
        _extract(text)


def test_a_state_that_opens_a_name_is_no_party() -> None:
    records = _extract(_text("cc-minutes-2019-07-02.txt"))
    bih = next(a for a in records if isinstance(a, Attendance) and a.party.name == "Bosnia and Herzegovina")
    assert [p.name for p in bih.people] == ["Mr. Jordan Kovac"]
    assert "Jordan" not in {a.party.name for a in records if isinstance(a, Attendance)}


def test_a_person_listed_for_two_parties_refuses_the_document() -> None:
    text = _text("cc-minutes-2019-07-02.txt").replace("Chile Mr. Andres Soto", "Chile Ms. Petra Hofer")
    with pytest.raises(ExtractionError, match=r"^damaged.txt: refused: Ms. Petra Hofer is listed for both Austria and Chile"):
        _extract(text)


def test_a_delegation_of_implausible_size_refuses_the_document() -> None:
    many = " ".join(f"Mr. Given{chr(65 + i)} Surname{chr(65 + i)}" for i in range(9))
    text = _text("cc-minutes-2019-07-02.txt").replace("Austria Ms. Petra Hofer", f"Austria {many}")
    with pytest.raises(ExtractionError, match=r"^damaged.txt: refused: 9 people read for Austria"):
        _extract(text)


def test_a_meeting_that_ends_before_it_starts_refuses_the_document() -> None:
    text = _text("cc-minutes-2019-07-02.txt").replace("10:00 to 11:30 hours", "11:30 to 10:00 hours")
    with pytest.raises(ExtractionError, match=r"^damaged.txt: refused: the meeting at line 1 ends at 10:00, before it starts at 11:30"):
        _extract(text)


def test_refusal_checks_the_records_not_the_layout() -> None:
    quote = Quote("x", 3)
    ok = [Attendance("meeting", ActorRef("Austria", "state"), "present", quote, (ActorRef("Ms. Petra Hofer", "person"),))]
    refuse_broken(ok, "ok.txt", default_lexicon())  # nothing raised
    glued = [Attendance("meeting", ActorRef("Austria", "state"), "present", quote, (ActorRef("Mr. E. Eff Atlantis Peru", "person"),))]
    with pytest.raises(ExtractionError, match="holds the party 'Peru'"):
        refuse_broken(glued, "glued.txt", default_lexicon())
    inside = [Attendance("meeting", ActorRef("Austria", "state"), "present", quote, (ActorRef("Ms. Ana Costa Rica Soto", "person"),))]
    with pytest.raises(ExtractionError, match="holds the party 'Costa Rica'"):
        refuse_broken(inside, "inside.txt", default_lexicon())
    surname = [Attendance("meeting", ActorRef("Peru", "state"), "present", quote, (ActorRef("Mr. Peter Jordan Smith", "person"),))]
    refuse_broken(surname, "surname.txt", default_lexicon())  # a one-word State inside a name may be a surname


def test_minutes_without_agenda_items_warn() -> None:
    text = _text("cc-minutes-2019-07-02.txt")
    head = text.split("\n1. Opening Remarks")[0] + "\nThe meeting discussed the preparations for the 9MSP.\n"
    records = _extract(head)
    messages = [w.message for w in records if isinstance(w, Warning_)]
    assert "minutes have no numbered agenda items" in messages
    assert "minutes name no chair and no presidency" not in messages  # the table names the presidency
    assert any(isinstance(a, Attendance) for a in records)


def test_minutes_without_chair_or_presidency_warn() -> None:
    text = _text("cc-minutes-2019-07-02.txt").replace(" - 9MSP Presidency", "").replace(
        "The President, Ambassador Rohan Perera of Sri Lanka, opened", "The meeting opened")
    messages = [w.message for w in _extract(text) if isinstance(w, Warning_)]
    assert "minutes name no chair and no presidency" in messages


def test_minutes_with_neither_attendance_nor_agenda_are_refused() -> None:
    text = "Convention on Cluster Munitions\nMinutes of the Coordination Committee\n3 March 2016\nThe members met.\n"
    with pytest.raises(ExtractionError, match=r"^damaged.txt: minutes with no attendance list and no numbered agenda items"):
        _extract(text)


@pytest.mark.parametrize("path", [FIXTURES / "other" / "residents-coordination-committee-minutes.txt",
                                  FIXTURES / "other" / "country-coordinating-mechanism-minutes.txt",
                                  Path(__file__).parents[2] / "README.md"])
def test_texts_of_another_field_are_refused(path: Path) -> None:
    doc = read_file(path)
    assert MinutesIngester().sniff(doc) == 0.0
    with pytest.raises(ExtractionError, match="not recognised as any known kind"):
        detect(doc)
    with pytest.raises(ExtractionError, match=r"not the minutes of a committee of the CCM or the APMBC"):
        list(MinutesIngester().extract(doc))  # even when --kind cc-minutes forces the ingester


def test_every_minutes_fixture_is_detected_as_minutes_and_no_news_is() -> None:
    for path in sorted(MINUTES.glob("*.txt")):
        assert detect(read_file(path))[0] == "cc-minutes", path.name
    for path in sorted((FIXTURES / "news").iterdir()):
        try:
            kind = detect(read_file(path))[0]
        except ExtractionError:  # a news fixture that names no convention is refused: not minutes either
            continue
        assert kind != "cc-minutes", path.name


def test_a_page_about_the_committee_is_not_its_minutes() -> None:
    page = ("Coordination Committee\nThe Coordination Committee of the Convention on Cluster Munitions is composed of "
            "the President, the President-designate and the Coordinators. It meets monthly in Geneva.\n")
    assert MinutesIngester().sniff(read_bytes(page.encode(), "page.txt")) < 0.3


# --- the APMBC's Coordinating Committee -------------------------------------------------------

def test_apmbc_minutes_belong_to_the_apmbc() -> None:
    records = list(MinutesIngester().extract(read_file(MINUTES / "cc-minutes-apmbc-2018-02-07.txt")))
    meetings = [m for m in records if isinstance(m, Meeting)]
    assert {m.convention for m in meetings} == {"apmbc"}
    assert {m.convention for m in records if isinstance(m, Mandate)} == {"apmbc"}
    assert [a.convention for a in records if isinstance(a, MinutesApproval)] == ["apmbc"]
    isu = next(a for a in records if isinstance(a, Attendance) and "ISU" in a.party.name)
    assert isu.party.name == "APMBC ISU"
    # a meeting named without its convention in APMBC minutes is the APMBC's
    assert {m.name for m in records if isinstance(m, Mention) and m.kind == "meeting"} == {"APMBC 17MSP"}
    seats = {m.holder.name: m.body for m in records if isinstance(m, Mandate) and m.role == "committee-member"}
    assert seats["Sweden"] == "Committee on Victim Assistance"
    assert seats["Canada"] == "Committee on the Enhancement of Cooperation and Assistance"


def test_the_convention_the_heading_names_wins() -> None:
    """CCM minutes that name the CCM stay the CCM's even when an APMBC meeting is discussed."""
    records = _extract(_text("cc-minutes-2019-07-02.txt").replace(
        "Lao PDR presented the outcomes", "Lao PDR, also active in the APMBC, presented the outcomes"))
    assert {m.convention for m in records if isinstance(m, Meeting)} == {"ccm"}


def test_headings_side_by_side_refuse_the_document() -> None:
    """Two columns read line by line: each line holds a present delegate and an absent party."""
    text = _text("cc-minutes-2019-06-04.txt").replace("1. PRESENT:\n", "1. PRESENT: APOLOGIES RECEIVED\n")
    with pytest.raises(ExtractionError, match=r"^damaged.txt: refused: the attendance headings stand side by side \(line 4\)"):
        _extract(text)
