"""Typed records that ingesters yield: what a document says, with no RDF in sight.

Extraction knows text, not RDF; mapping knows RDF, not text. These frozen dataclasses are
the contract between the two. Names of actors stay as written ("Bosnia & Herzegovina",
"Ambassador Sinjela"); the resolver turns them into canonical IRIs later.

Every record carries the `Quote` it was read from, so every fact keeps its passage.
Records refer to each other inside one document by `key` (a short local id such as
"meeting", "item-5.1", "news-3"); the mapper turns keys into IRIs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, Union

ActorKind = Literal["state", "organisation", "person", "unknown"]
AttendanceStatus = Literal["present", "apologies_received", "apologies_not_received"]
MeetingKind = Literal[
    "cc",  # Coordination Committee meeting
    "msp",  # Meeting of States Parties
    "revcon",  # Review Conference
    "intersessional",
    "preparatory",  # preparatory meeting or committee of a conference
    "meeting-of-experts",  # CCW Protocol V meetings of experts
    "seminar",
    "workshop",
    "side-event",
    "ndm",  # International Meeting of Mine Action National Programme Directors
    "unga",  # UN General Assembly (First Committee sessions included)
    "pledging",
    "conference",
    "bilateral",
    "other",
]


@dataclass(frozen=True)
class Quote:
    """The passage a fact was read from: its text and its 1-based first line in the document."""

    text: str
    line: int
    page: int | None = None


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date as precise as the document gives it; any part may be missing, never guessed.

    >>> PartialDate(2016, 3, 3).iso()
    '2016-03-03'
    >>> PartialDate(None, 3, 27).iso()
    '--03-27'
    >>> PartialDate(2017, 3).iso()
    '2017-03'
    """

    year: int | None
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.year is not None and self.month is not None and self.day is not None:
            dt.date(self.year, self.month, self.day)  # raises ValueError on 31 February
        elif self.month is not None and self.day is not None:
            dt.date(2000, self.month, self.day)  # leap year: 29 February is possible

    @property
    def complete(self) -> bool:
        return None not in (self.year, self.month, self.day)

    def to_date(self) -> dt.date:
        if not self.complete:
            raise ValueError(f"partial date {self.iso()} has no single day")
        assert self.year and self.month and self.day
        return dt.date(self.year, self.month, self.day)

    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}" if self.day else f"--{self.month:02d}"
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True)
class ActorRef:
    """A State, organisation or person as the document names it; `kind` is a hint only.

    `party` is the context the resolver needs for a person: the delegation (State or
    organisation, as written) the person sits with or speaks for. `role` is a role the text
    glues to the name ("Permanent Representative"), split off by the ingester when it can.
    """

    name: str
    kind: ActorKind = "unknown"
    party: str | None = None
    role: str | None = None
    key: str | None = None  # set by the resolver: "state/NLD", "org/cmc", "person/...", None if unresolved
    label: str | None = None  # set by the resolver: the canonical name of `key`


@dataclass(frozen=True)
class Meeting:
    """A meeting or event the document is about, reports, or schedules (`planned`)."""

    key: str
    kind: MeetingKind
    quote: Quote
    date: PartialDate | None = None
    end_date: PartialDate | None = None
    title: str | None = None
    short_name: str | None = None  # "6MSP", "15MSP", "19NDM-UN"
    convention: str | None = None  # "ccm", "apmbc", "ccw-p5", "ccw"
    venue: str | None = None
    city: str | None = None
    start_time: str | None = None  # "10:00"
    end_time: str | None = None
    chair: ActorRef | None = None  # the person who chaired
    chair_party: ActorRef | None = None
    presidency: ActorRef | None = None  # the State holding the presidency at the time
    planned: bool = False
    scheduled_at: str | None = None  # key of the meeting that scheduled this one
    number: int | None = None  # ordinal of an MSP, Review Conference, intersessional or preparatory meeting
    participants: int | None = None  # participation count the text gives ("over 300 participants")
    states_participating: int | None = None  # States (Parties and observers) the text counts
    identity: str | None = None  # set by the resolver: the meeting's key under id/meeting/ ("msp/ccm-7msp")


@dataclass(frozen=True)
class Attendance:
    """One party's line in an attendance table, with its people and the status it had."""

    meeting: str
    party: ActorRef
    status: AttendanceStatus
    quote: Quote
    people: tuple[ActorRef, ...] = ()
    role_note: str | None = None  # "6MSP President", "Immediate Past President"


MandateRole = Literal[
    "president",
    "president-designate",
    "immediate-past-president",
    "vice-president",
    "coordinator",
    "co-chair",
    "co-rapporteur",
    "committee-member",
    "committee-chair",
    "isu-director",
    "friend-of-the-president",
    "other",
]
TreatyEventKind = Literal[
    "signature",
    "ratification",
    "accession",
    "acceptance",
    "approval",
    "succession",
    "entry_into_force",
    "consent_to_be_bound",
]


@dataclass(frozen=True)
class Mandate:
    """A post held: presidency, thematic coordination, ISU directorship, committee seat."""

    holder: ActorRef
    role: MandateRole
    quote: Quote
    convention: str  # no default: a post whose convention the text does not give is not written
    theme: str | None = None  # as written: "Universalization", "Victim Assistance"
    start: PartialDate | None = None
    end: PartialDate | None = None
    for_meeting: str | None = None  # short name of the meeting presided, e.g. "6MSP"
    context: str | None = None  # key of the meeting or news item that reports it
    body: str | None = None  # committee or body as written: "Committee on Victim Assistance"
    on_behalf_of: ActorRef | None = None  # the State a person holds the post for


@dataclass(frozen=True)
class AgendaItem:
    """A numbered agenda item; a coordinators' report names its theme and coordinators."""

    key: str
    meeting: str
    number: str  # "5.1", "8.2"
    title: str
    quote: Quote
    theme: str | None = None
    coordinators: tuple[ActorRef, ...] = ()
    parent: str | None = None  # key of the enclosing item


@dataclass(frozen=True)
class MinutesApproval:
    """The approval of the minutes of an earlier meeting, identified by its date."""

    meeting: str
    approved_meeting_date: PartialDate
    quote: Quote
    approved_meeting_kind: MeetingKind = "cc"
    convention: str = "ccm"  # whose committee met: "ccm" (Coordination), "apmbc" (Coordinating)


@dataclass(frozen=True)
class Commitment:
    """Something agreed ("It was agreed that …") or promised by an actor, due by a date or meeting."""

    meeting: str
    text: str
    quote: Quote
    kind: Literal["decision", "commitment"] = "commitment"
    actors: tuple[ActorRef, ...] = ()
    due: PartialDate | None = None
    due_meeting: str | None = None  # key of the meeting it is due at ("next meeting")
    item: str | None = None  # key of the agenda item


@dataclass(frozen=True)
class FinancialContribution:
    """A contribution reported as made (e.g. to the ISU budget)."""

    contributor: ActorRef
    quote: Quote
    recipient: ActorRef | None = None
    reported_at: str | None = None  # meeting or news item key
    note: str | None = None


@dataclass(frozen=True)
class Mention:
    """An entity named in a passage: State, organisation, convention, meeting or action.

    `kind` "action" carries a plan abbreviation and number in `name` ("DAP 1.3").
    `kind` "convention" carries a short name ("apmbc", "ccw-p5").
    """

    context: str  # key of the meeting, agenda item or news item the passage belongs to
    name: str
    kind: Literal["state", "organisation", "person", "convention", "action", "meeting", "unknown"]
    quote: Quote
    target: str | None = None  # set by the resolver: a mentioned meeting's key, an actor's key
    label: str | None = None  # set by the resolver: the canonical name of a mentioned actor
    party: ActorRef | None = None  # a person's State or organisation, where the passage ties them to it


@dataclass(frozen=True)
class NewsItem:
    """One item of a news page: its title, date and the passage it spans."""

    key: str
    title: str
    quote: Quote
    date: PartialDate | None = None


@dataclass(frozen=True)
class Statement:
    """A statement made or issued by an actor."""

    actors: tuple[ActorRef, ...]
    quote: Quote
    title: str | None = None
    about: str | None = None
    date: PartialDate | None = None
    at_meeting: str | None = None
    context: str | None = None


@dataclass(frozen=True)
class Vote:
    """A recorded vote, e.g. on the UN General Assembly resolution on the CCM."""

    title: str
    quote: Quote
    in_favour: int | None = None
    against: int | None = None
    abstentions: int | None = None
    date: PartialDate | None = None
    at_meeting: str | None = None
    context: str | None = None


@dataclass(frozen=True)
class ObligationFulfilment:
    """A declaration that a party completed an obligation (e.g. Article 4 clearance)."""

    party: ActorRef
    convention: str
    article: str  # "4"
    quote: Quote
    obligation: str | None = None  # "clearance", "stockpile-destruction"
    date: PartialDate | None = None
    context: str | None = None


@dataclass(frozen=True)
class Publication:
    """A publication and who launched it, where and when."""

    title: str
    quote: Quote
    launched_by: tuple[ActorRef, ...] = ()
    launched_at: str | None = None  # meeting key
    date: PartialDate | None = None
    context: str | None = None


@dataclass(frozen=True)
class TreatyEvent:
    """One step of a State's participation in a convention, as a status table or a text gives it;
    `date` is None where the text states the step without its date ("Belize has ratified")."""

    state: ActorRef
    convention: str  # "ccm", "apmbc", "ccw-p5"
    event: TreatyEventKind
    date: PartialDate | None
    quote: Quote
    context: str | None = None


@dataclass(frozen=True)
class OverdueReport:
    """A transparency report a document lists as overdue (as reported, not derived)."""

    state: ActorRef
    convention: str
    report: Literal["initial", "annual"]
    quote: Quote
    due: PartialDate | None = None
    as_of: PartialDate | None = None  # the date the list speaks for
    year: int | None = None  # the reporting year of an annual report
    context: str | None = None


@dataclass(frozen=True)
class MeetingDocument:
    """A document of a meeting, with its symbol ("CCM/MSP/2018/1") and title."""

    meeting: str  # key of the meeting
    symbol: str
    quote: Quote
    title: str | None = None
    date: PartialDate | None = None


@dataclass(frozen=True)
class PlanAction:
    """One numbered action of an action plan text ("Action 12"), with its text."""

    plan: str  # key of the plan in action_plans.csv ("dubrovnik", "maputo")
    number: str  # "1.3", "12"
    text: str
    quote: Quote


@dataclass(frozen=True)
class Warning_:
    """Something the extractor noticed but did not turn into a fact (kept in the report)."""

    message: str
    quote: Quote | None = None


Record = Union[
    Meeting,
    Attendance,
    Mandate,
    AgendaItem,
    MinutesApproval,
    Commitment,
    FinancialContribution,
    Mention,
    NewsItem,
    Statement,
    Vote,
    ObligationFulfilment,
    Publication,
    TreatyEvent,
    OverdueReport,
    MeetingDocument,
    PlanAction,
    Warning_,
]
