"""The minutes ingester against the corpus minutes and minutes written in other layouts.

Expected records live beside each document (`<doc>.expected.yml`), written by reading the
document, not by running the parser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from ccmgraph.document.read import Document, read_bytes, read_file
from ccmgraph.errors import ExtractionError
from ccmgraph.ingesters import detect
from ccmgraph.ingesters.minutes.ingester import MinutesIngester
from ccmgraph.ingesters.minutes.lexicon import Lexicon, default_lexicon
from ccmgraph.records import (
    AgendaItem,
    Attendance,
    Commitment,
    FinancialContribution,
    Mandate,
    Meeting,
    Mention,
    MinutesApproval,
    PartialDate,
    Record,
    Warning_,
)
from ccmgraph.text.names import is_person_line, is_role_line, split_party_line, strip_bullet

FIXTURES = Path(__file__).parent.parent / "fixtures" / "minutes"
EXPECTED = sorted(FIXTURES.glob("*.expected.yml"))


def extract(path: Path, **kw: Any) -> list[Record]:
    return list(MinutesIngester().extract(read_file(path), **kw))


def of(records: list[Record], cls: type) -> list[Any]:
    return [r for r in records if isinstance(r, cls)]


def iso(date: PartialDate | None) -> str | None:
    return date.iso() if date else None


@pytest.fixture(scope="module", params=EXPECTED, ids=lambda p: p.name.split(".")[0])
def case(request: pytest.FixtureRequest) -> tuple[list[Record], dict[str, Any], Document]:
    expected_path: Path = request.param
    doc_path = expected_path.with_name(expected_path.name.replace(".expected.yml", ".txt"))
    doc = read_file(doc_path)
    return list(MinutesIngester().extract(doc)), yaml.safe_load(expected_path.read_text("utf-8")), doc


def test_meeting(case: tuple[list[Record], dict[str, Any], Document]) -> None:
    records, expected, _ = case
    meeting = next(m for m in of(records, Meeting) if m.key == "meeting")
    want = expected["meeting"]
    assert (meeting.kind, meeting.convention) == ("cc", want.get("convention", "ccm"))
    assert iso(meeting.date) == want["date"]
    assert (meeting.venue, meeting.city) == (want["venue"], want["city"])
    assert (meeting.start_time, meeting.end_time) == (want["start_time"], want["end_time"])
    assert meeting.chair is not None and meeting.chair.kind == "person"
    assert meeting.chair.name == want["chair"]
    assert meeting.chair_party is not None and meeting.chair_party.name == want["chair_party"]
    assert meeting.presidency is not None and meeting.presidency.name == want["presidency"]


def test_attendance_rows_people_and_statuses(case: tuple[list[Record], dict[str, Any], Document]) -> None:
    records, expected, _ = case
    got = [[a.party.name, a.status, a.role_note, [p.name for p in a.people]] for a in of(records, Attendance)]
    assert got == expected["attendance"]
    assert all(p.kind == "person" for a in of(records, Attendance) for p in a.people)


def test_people_keep_their_delegation_and_role(case: tuple[list[Record], dict[str, Any], Document]) -> None:
    """Each person is attached to the party they sit with; a job written beside a name is split off."""
    records, expected, _ = case
    attendance = of(records, Attendance)
    assert all(p.party == a.party.name for a in attendance for p in a.people)
    roles = [[p.name, p.role] for a in attendance for p in a.people if p.role]
    assert roles == expected.get("roles", roles)
    people = [p.name for a in attendance for p in a.people]
    assert len(people) == len(set(people))  # every named person once


def test_every_changed_status_is_warned(case: tuple[list[Record], dict[str, Any], Document]) -> None:
    records, expected, _ = case
    warned = [w.message.split(" is printed")[0] for w in of(records, Warning_) if "is printed under" in w.message
              and "was present" in w.message]
    assert warned == expected["status_warnings"]


def test_presidency_mandates(case: tuple[list[Record], dict[str, Any], Document]) -> None:
    records, expected, _ = case
    got = [[m.holder.name, m.role, m.for_meeting] for m in of(records, Mandate) if m.role != "coordinator"]
    assert got == expected["presidency_mandates"]


def test_agenda_items(case: tuple[list[Record], dict[str, Any], Document]) -> None:
    records, expected, _ = case
    items = of(records, AgendaItem)
    assert {i.number: i.title for i in items} == expected["items"]
    for item in items:
        assert item.key == f"item-{item.number}"
        if "." in item.number:
            assert item.parent == f"item-{item.number.rsplit('.', 1)[0]}"


def test_coordinators_and_their_mandates(case: tuple[list[Record], dict[str, Any], Document]) -> None:
    records, expected, _ = case
    items = {i.key: [i.theme, [c.name for c in i.coordinators]] for i in of(records, AgendaItem) if i.coordinators}
    assert items == expected["coordinators"]
    year = int(expected["meeting"]["date"][:4])
    mandates: dict[str, list[Any]] = {}
    for m in of(records, Mandate):
        if m.role == "coordinator":
            assert (m.convention, m.start) == (expected["meeting"].get("convention", "ccm"), PartialDate(year))
            mandates.setdefault(m.context, [m.theme, []])[1].append(m.holder.name)
    assert mandates == expected["coordinators"]


def test_minutes_approval(case: tuple[list[Record], dict[str, Any], Document]) -> None:
    records, expected, _ = case
    assert [iso(a.approved_meeting_date) for a in of(records, MinutesApproval)] == expected["approvals"]


def test_decisions_and_commitments(case: tuple[list[Record], dict[str, Any], Document]) -> None:
    records, expected, _ = case
    got = of(records, Commitment)
    assert len(got) == len(expected["commitments"])
    for record, (kind, item, actors, due_meeting, due, begins) in zip(got, expected["commitments"]):
        assert (record.kind, record.item) == (kind, item)
        assert [a.name for a in record.actors] == actors
        assert (record.due_meeting, iso(record.due)) == (due_meeting, due)
        assert record.text.startswith(begins)


def test_financial_contributions(case: tuple[list[Record], dict[str, Any], Document]) -> None:
    records, expected, _ = case
    got = of(records, FinancialContribution)
    assert [c.contributor.name for c in got] == expected["contributions"]
    assert {c.recipient.name if c.recipient else None for c in got} <= {expected["contribution_recipient"]}


def test_next_meeting(case: tuple[list[Record], dict[str, Any], Document]) -> None:
    records, expected, _ = case
    upcoming = next(m for m in of(records, Meeting) if m.key == "next-meeting")
    want = expected["next_meeting"]
    assert (upcoming.planned, upcoming.scheduled_at, upcoming.kind) == (True, "meeting", "cc")
    assert (iso(upcoming.date), upcoming.start_time, upcoming.venue) == (want["date"], want["start_time"], want["venue"])


def test_mentions(case: tuple[list[Record], dict[str, Any], Document]) -> None:
    records, expected, _ = case
    got = {(m.context, m.kind, m.name) for m in of(records, Mention)}
    missing = [tuple(m) for m in expected["mentions"] if tuple(m) not in got]
    assert not missing
    keys = {i.key for i in of(records, AgendaItem)}
    assert {m.context for m in of(records, Mention)} <= keys


def test_every_quote_is_on_its_line(case: tuple[list[Record], dict[str, Any], Document]) -> None:
    """A quote starts on the line it names (its first words are there, maybe running onto the next)."""
    records, _, doc = case
    lines = doc.lines + [""]
    for record in records:
        quote = getattr(record, "quote", None)
        if quote is None:
            continue
        first_words = " ".join(quote.text.split()[:2])
        here = " ".join(lines[quote.line - 1].split())
        assert here and (first_words in here or first_words in f"{here} {lines[quote.line].strip()}"), quote


def test_extraction_is_deterministic(case: tuple[list[Record], dict[str, Any], Document]) -> None:
    records, _, doc = case
    assert list(MinutesIngester().extract(doc)) == records


# --- layouts and damage the expected files do not cover -------------------------------------------

def _corpus_text() -> str:
    return (FIXTURES / "cc-minutes-2016-03-03.txt").read_text("utf-8")


@pytest.mark.parametrize("footer", ["6|P a g e", "Page 3 of 7", "- 2 -"])
def test_footers_mid_list_change_nothing(footer: str) -> None:
    text = _corpus_text()
    damaged = text.replace("Austria\nH.E Thomas", f"Austria\n{footer}\nH.E Thomas").replace(
        "ICRC\n", f"ICRC\n{footer}\n")
    doc = read_bytes(damaged.encode(), "damaged.txt")
    got = [(a.party.name, a.status, a.people) for a in of(list(MinutesIngester().extract(doc)), Attendance)]
    want = [(a.party.name, a.status, a.people) for a in of(extract(FIXTURES / "cc-minutes-2016-03-03.txt"), Attendance)]
    assert got == want


@pytest.mark.parametrize("width", [45, 70, 110])
def test_a_one_line_table_wrapped_anywhere_reads_the_same(width: int) -> None:
    """The PDF's text wraps a run-on table at any word, inside names and party names too."""
    import textwrap

    text = (FIXTURES / "cc-minutes-2019-07-02.txt").read_text("utf-8")
    table = next(line for line in text.splitlines() if line.startswith("Present:"))
    wrapped = text.replace(table, "\n".join(textwrap.wrap(table, width)))
    assert wrapped.count("\n") > text.count("\n")

    def rows(source: str) -> list[tuple[str, str, list[tuple[str, str | None]]]]:
        records = list(MinutesIngester().extract(read_bytes(source.encode(), "wrapped.txt")))
        return [(a.party.name, a.status, [(p.name, p.role) for p in a.people]) for a in of(records, Attendance)]

    assert rows(wrapped) == rows(text)
    records = list(MinutesIngester().extract(read_bytes(wrapped.encode(), "wrapped.txt")))
    lines = wrapped.splitlines()
    for attendance in of(records, Attendance):  # each row is quoted from the line its party is on
        assert attendance.party.name.split()[0] in lines[attendance.quote.line - 1] or attendance.party.name == "CCM ISU"


def test_truthful_single_column_headings_are_kept_even_with_a_speaker() -> None:
    """In a one-column table a speaking party under an apology heading is a conflict, not a move."""
    text = (FIXTURES / "cc-minutes-2013-06-18.txt").read_text("utf-8")
    text = text.replace("The CMC presented", "Germany expressed its support. The CMC presented")
    records = list(MinutesIngester().extract(read_bytes(text.encode(), "speaker.txt")))
    germany = next(a for a in of(records, Attendance) if a.party.name == "Germany")
    assert germany.status == "apologies_received"
    assert any("Germany" in w.message and "heading kept" in w.message for w in of(records, Warning_))


def test_date_without_year_is_kept_partial_and_warned() -> None:
    records = extract(FIXTURES / "cc-minutes-no-year.txt")
    meeting = of(records, Meeting)[0]
    assert meeting.date == PartialDate(None, 3, 27)
    assert any("without its year" in w.message for w in of(records, Warning_))
    assert [a.approved_meeting_date for a in of(records, MinutesApproval)] == [PartialDate(None, 2, 20)]
    assert [m.date for m in of(records, Meeting) if m.planned] == [PartialDate(None, 4, 24)]
    assert not any(m.start for m in of(records, Mandate))


def test_caller_date_completes_a_date_without_year() -> None:
    records = extract(FIXTURES / "cc-minutes-no-year.txt", meeting_date=PartialDate(2021, 3, 27))
    assert of(records, Meeting)[0].date == PartialDate(2021, 3, 27)
    assert [a.approved_meeting_date for a in of(records, MinutesApproval)] == [PartialDate(2021, 2, 20)]


def test_no_date_raises_unless_given() -> None:
    path = FIXTURES / "cc-minutes-no-date.txt"
    with pytest.raises(ExtractionError, match=r"cc-minutes-no-date.txt: minutes give no meeting date.*--meeting-date"):
        extract(path)
    records = extract(path, meeting_date=PartialDate(2020, 11, 5))
    assert of(records, Meeting)[0].date == PartialDate(2020, 11, 5)
    assert [a.status for a in of(records, Attendance)] == ["present", "present"]


def test_impossible_date_raises() -> None:
    with pytest.raises(ExtractionError, match=r"cc-minutes-31-february.txt: impossible date at line 2"):
        extract(FIXTURES / "cc-minutes-31-february.txt")


def test_approval_in_january_of_december_minutes_is_the_year_before() -> None:
    text = _corpus_text().replace("Thursday, 3 March 2016", "Thursday, 14 January 2016").replace(
        "Approval of the Minutes of 21 January 2016", "Approval of the Minutes of 10 December")
    records = list(MinutesIngester().extract(read_bytes(text.encode(), "january.txt")))
    assert [a.approved_meeting_date for a in of(records, MinutesApproval)] == [PartialDate(2015, 12, 10)]


def test_sniff_and_detection() -> None:
    minutes = read_file(FIXTURES / "cc-minutes-2016-03-03.txt")
    news = read_file(FIXTURES.parent / "news" / "ccm-presidency-news-2017.txt")
    assert MinutesIngester().sniff(minutes) >= 0.9
    assert MinutesIngester().sniff(news) < 0.3
    assert detect(minutes)[0] == "cc-minutes"


def test_lexicon_is_injected() -> None:
    """Another registry plugs in: a lexicon that knows no Iraq leaves its line unread, with a warning."""
    base = default_lexicon()
    lexicon = Lexicon(lookup=lambda n: None if "Iraq" in n else base.lookup(n),
                      find=lambda t: [f for f in base.find(t) if f[3] != "IRQ"])
    records = list(MinutesIngester(lexicon).extract(read_file(FIXTURES / "cc-minutes-2016-03-03.txt")))
    assert "Iraq" not in {a.party.name for a in of(records, Attendance)}
    assert any("Iraq" in w.message for w in of(records, Warning_))


@pytest.mark.parametrize("line, person", [
    ("H.E Thomas Hajnoczi", True), ("Thomas Zehetner", True), ("Ms. Sheila N. Mweemba", True),
    ("Deputy Permanent Representative", False), ("Counsellor", False), ("Austria", False),
])
def test_person_lines(line: str, person: bool) -> None:
    assert is_person_line(line) is person


def test_party_lines_and_bullets() -> None:
    known = default_lexicon().known
    assert split_party_line("Secretariat - CCM ISU", known) == ("CCM ISU", "Secretariat")
    assert split_party_line("The Netherlands – 6MSP President", known) == ("The Netherlands", "6MSP President")
    assert split_party_line("Sri Lanka (8MSP President)", known) == ("Sri Lanka", "8MSP President")
    assert split_party_line("Mr. Hugh Watson", known) is None
    assert strip_bullet("   o Mr. X Y") == "Mr. X Y" and is_role_line("Head of Delegation")


# --- one-line entries, loose headings, restarts of the alphabetical order -------------------------

def test_party_runs_split_parties_and_people_but_not_states_in_names() -> None:
    from ccmgraph.ingesters.minutes.entries import party_runs, split_note
    lexicon = default_lexicon()
    assert party_runs("Peru Mr. Jorge Salas Chile Ms. Ana Soto Mr. B Cole", lexicon) == [
        ("Peru", "Mr. Jorge Salas"), ("Chile", "Ms. Ana Soto Mr. B Cole")]
    assert party_runs("Mr. Jordan Smith", lexicon) is None  # a State inside a person's name
    assert party_runs("Chad Smith", lexicon) is None  # what follows the State is not a person
    assert split_note("Head of Delegation") == ("Head of Delegation", [])
    assert split_note("Ms. Ana Soto, Counsellor") == (None, [("Ms. Ana Soto", "Counsellor")])


def test_loose_heading_needs_known_parties_and_inner_heading_a_capital() -> None:
    from ccmgraph.ingesters.minutes.attendance import find_heading
    lexicon = default_lexicon()
    assert find_heading("Apologies received Ghana, Lao PDR", lexicon) == ("apologies_received", None, "Ghana, Lao PDR", "")
    assert find_heading("Present at the meeting were the Coordinators", lexicon) is None
    assert find_heading("held on 2 May 2015 hours 1. Present: Peru", lexicon) == ("present", 1, "Peru", "held on 2 May 2015 hours")
    assert find_heading("the delegates present: all", lexicon) is None


def test_dropped_and_is_restored_only_for_known_names() -> None:
    lexicon = default_lexicon()
    assert lexicon.canonical_name("Trinidad Tobago") == "Trinidad and Tobago"
    assert lexicon.identify("Costa Chile") is None


def test_restart_of_alphabetical_order_without_blank_line_moves_named_block() -> None:
    """The same named block stays printed as apologies when the order does not restart (one column)."""
    text = (FIXTURES / "cc-minutes-2019-06-04.txt").read_text("utf-8")
    records = list(MinutesIngester().extract(read_bytes(text.encode(), "restart.txt")))
    assert {a.party.name: a.status for a in of(records, Attendance)}["Netherlands"] == "present"
    one_column = text.replace("UNODA\nMontenegro\nMr. Luka Vukovic\n", "")  # Mozambique, Netherlands, ...: in order
    records = list(MinutesIngester().extract(read_bytes(one_column.encode(), "one-column.txt")))
    status = {a.party.name: a.status for a in of(records, Attendance)}
    assert status["Netherlands"] == "apologies_received"
    assert any("Netherlands" in w.message and "heading kept" in w.message for w in of(records, Warning_))
