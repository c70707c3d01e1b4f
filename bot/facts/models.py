"""The records of the fact store, one record type per kind of file in ``knowledge/``.

Records are pydantic dataclasses with ``__slots__``: pydantic validates them as strictly as a
``BaseModel`` (unknown fields refused, patterns, ranges), but an instance holds only its fields.
A ``BaseModel`` instance also carries a ``__dict__`` and a set of the fields it was given, about
1 KB more per record; at 100x the shipped store that was 200 MB of 300.
Lists in the files become tuples, so records are immutable and hashable all the way down.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal, TypeVar

from pydantic import AfterValidator, ConfigDict, Field, TypeAdapter
from pydantic.dataclasses import dataclass

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
TIME_PATTERN = r"^(?:\d{1,2}:[0-5]\d|\d{1,2})\.\d{2}$"
_TIME = re.compile(r"^(?:(\d{1,2}):)?(\d{1,2})\.(\d{2})$")
T = TypeVar("T")

MeetStatus = Literal["scheduled", "completed", "cancelled", "postponed"]
RowStatus = Literal["finished", "dnf", "dns", "dq"]
Round = Literal["final", "semi-final", "heat"]
Role = Literal["athlete", "coach", "official", "journalist", "organisation", "other"]
# what a source says about an athlete and a meet: entered by the organisers, a plan the athlete
# or his team reported, or a withdrawal (a plan is not an entry)
EntryKind = Literal["confirmed", "plan", "withdrawal"]


# every field has a range: a value far outside it is a typo or an attack, and would otherwise
# surface later as an error in date arithmetic instead of a located problem
FIRST_YEAR, LAST_YEAR = 1900, 2100
Year = Annotated[int, Field(ge=FIRST_YEAR, le=LAST_YEAR)]
Day = Annotated[dt.date, Field(ge=dt.date(FIRST_YEAR, 1, 1), le=dt.date(LAST_YEAR, 12, 31))]
Slug = Annotated[str, Field(pattern=SLUG, max_length=120)]  # a record's own id
Ref = Annotated[str, Field(min_length=1, max_length=120)]  # another record's id
Name = Annotated[str, Field(min_length=1, max_length=200)]  # names, places, labels
Text = Annotated[str, Field(max_length=4000)]  # sentences: quotes, notes, summaries
Url = Annotated[str, Field(pattern=r"^https?://", max_length=2000)]
# the shortest words of the cited source that prove a fact (a table row or a clause), quoted
# exactly: a curator's proof, checked by ``python -m bot check``, never more of the article
Evidence = Annotated[str, Field(min_length=1, max_length=300)]
MAX_ITEMS = 500  # items in any list of a record (a race's results, a meet's entrants)
FEW = Field(max_length=MAX_ITEMS)
Names = Annotated[tuple[Name, ...], FEW]
Refs = Annotated[tuple[Ref, ...], FEW]


def _check_partial_date(value: str) -> str:
    parts = [int(p) for p in value.split("-")]
    if not FIRST_YEAR <= parts[0] <= LAST_YEAR:
        raise ValueError(f"year {parts[0]} is outside {FIRST_YEAR}-{LAST_YEAR}")
    dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return value


# "2024-08-06", or "2024-08" / "2024" where the source gives no more than that
PartialDate = Annotated[
    str,
    Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
    AfterValidator(_check_partial_date),
]


def partial_start(value: str) -> dt.date:
    """The first day a partial date can mean ("2024-08" -> 2024-08-01), for sorting."""
    parts = [int(p) for p in value.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def parse_mark(mark: str) -> float:
    """Turn a printed time such as ``3:29.38`` or ``13:13.66`` into seconds."""
    match = _TIME.match(mark)
    if not match:
        raise ValueError(f"unparseable time {mark!r} (expected m:ss.hh or ss.hh)")
    minutes, seconds, hundredths = match.groups()
    if int(seconds) >= 60 and minutes is not None:
        raise ValueError(f"unparseable time {mark!r} (seconds must be below 60)")
    return int(minutes or 0) * 60 + int(seconds) + int(hundredths) / 100


# every record: unknown fields are refused, and a record never changes once validated
RECORD = ConfigDict(extra="forbid")


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class Source:
    """A public page from the source pack that facts cite."""

    id: Slug
    url: Url | None = None
    publisher: Name | None = None
    published: PartialDate | None = None
    # True where the page prints no date and ``published`` is the date by which it was known
    # (the latest thing it reports)
    published_derived: bool = False
    # True where that derived day is the day of what the page looks ahead to (a preview of that
    # day's final): it was out by that day, so it is known from it, not from the next
    published_ahead: bool = False
    title: Text | None = None
    note: Text | None = None

    @property
    def published_date(self) -> dt.date | None:
        """The publication day, when the page gives a whole date."""
        if self.published and len(self.published) == 10:
            return dt.date.fromisoformat(self.published)
        return None


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class NotableFact:
    """One cited line about a person, in the pack's words."""

    text: Text
    source: Ref
    evidence: Evidence | None = None
    # other pages that state the same fact (restatements merged into this one)
    also: Refs = ()


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class Person:
    """An athlete, or another speaker whose words the store quotes."""

    id: Slug
    name: Name
    role: Role = "athlete"
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    aliases: Names = ()
    default_for: Names = ()
    born: Day | None = None
    notable: Annotated[tuple[NotableFact, ...], FEW] = ()
    source: Ref
    note: Text | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class ScheduledEvent:
    """A race on a meet's programme, with its local date and start time when known."""

    event: Name
    round: Round = "final"
    date: Day
    local_time: dt.time | None = None
    source: Ref
    evidence: Evidence | None = None
    note: Text | None = None
    # the editor's record (how sources disagree, how a value was kept): never shown to fans,
    # who read ``note``
    record: Text | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class Entry:
    """One athlete's link to a meet before it is run, as a source reported it on a date."""

    athlete: Ref
    kind: EntryKind
    # when the source said it (its publication date when it gives no other)
    reported: PartialDate | None = None
    source: Ref
    evidence: Evidence | None = None
    note: Text | None = None
    # the editor's record (how sources disagree, how a value was kept): never shown to fans,
    # who read ``note``
    record: Text | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class Meet:
    """An athletics meeting or championship."""

    id: Slug
    name: Name
    aliases: Names = ()
    series: Name | None = None
    city: Name
    country: Name
    venue: Name | None = None
    timezone: Name
    timezone_inferred: bool = False
    year: Year
    start_date: Day | None = None
    end_date: Day | None = None
    status: MeetStatus
    events: Annotated[tuple[ScheduledEvent, ...], FEW] = ()
    entries: Annotated[tuple[Entry, ...], FEW] = ()
    source: Ref
    evidence: Evidence | None = None
    note: Text | None = None
    # the editor's record (how sources disagree, how a value was kept): never shown to fans,
    # who read ``note``
    record: Text | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class Series:
    """What fans call a series or a recurring meeting, and which meets it names.

    Its meets are matched, not listed, so next year's edition needs no edit here: every meet
    whose ``series`` is one of ``series`` and, when ``cities`` is given, whose city is one of
    them. Aliases are names, not facts, and carry no source; a year belongs on a meet's own
    aliases ("Tokyo 2020"), never here. A record with ``cities`` and no ``series`` is a city's
    nickname ("Brum"): every meet held there.
    """

    id: Slug
    name: Name
    aliases: Names = ()
    series: Names = ()
    cities: Names = ()
    note: Text | None = None

    def covers(self, meet: Meet) -> bool:
        """Whether ``meet`` is an edition of this series or meeting (or held in its city)."""
        if not self.series and not self.cities:
            return False  # names nothing (python -m bot check says so)
        return (not self.series or meet.series in self.series) and (
            not self.cities or meet.city in self.cities
        )


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class LexiconWord:
    """A word fans and the press use for a championship or a kind of race, as a source prints it.

    It names the meets of a series of ``series.yaml`` (Norwegian "VM": the World Championships)
    or stands for an English word the reader knows (``means``: "innendørs" is "indoors").
    """

    id: Slug
    word: Name
    lang: Literal["en", "nb"]
    series: Ref | None = None
    means: Name | None = None
    source: Ref
    evidence: Evidence


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class ResultRow:
    """One athlete's line in a race."""

    place: int | None = Field(default=None, ge=1, le=MAX_ITEMS)
    athlete: Ref
    # as printed: "3:29.38", "13:13.66", "45.2" is refused (hundredths are always printed)
    time: str | None = Field(default=None, pattern=TIME_PATTERN)
    status: RowStatus = "finished"
    note: Text | None = None
    # the editor's record (how sources disagree, how a value was kept): never shown to fans,
    # who read ``note``
    record: Text | None = None
    source: Ref | None = None
    evidence: Evidence | None = None
    # athletes the row's source says finished ahead of this one, when places are not given
    # ("Nuguse passed him to win by 0.02 s"): evidence of the order, not a place
    behind: Refs = ()

    @property
    def seconds(self) -> float | None:
        """The time in seconds, when the row has one."""
        return parse_mark(self.time) if self.time else None


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class Race:
    """One race: a meet, an event, a round and (for heats and semis) its number."""

    id: Slug
    meet: Ref
    event: Name
    round: Round
    heat: int | None = Field(default=None, ge=1, le=99)
    date: Day | None = None
    source: Ref
    evidence: Evidence | None = None
    results: Annotated[tuple[ResultRow, ...], FEW]
    note: Text | None = None
    # the editor's record (how sources disagree, how a value was kept): never shown to fans,
    # who read ``note``
    record: Text | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class Quote:
    """Words a person said, exactly as printed in the cited source."""

    id: Slug
    speaker: Ref
    said_on: PartialDate | None = None
    date_basis: Literal["said", "published", "unknown"] = "said"
    text: Text = Field(min_length=1)
    about: Refs = ()
    topics: Names = ()
    context: Text
    medium: Name | None = None
    source: Ref
    evidence: Evidence | None = None
    note: Text | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class TimelineEvent:
    """A dated moment in the rivalry, summarised in one sentence."""

    id: Slug
    date: PartialDate
    title: Text
    summary: Text
    athletes: Refs = ()
    source: Ref
    evidence: Evidence | None = None
    note: Text | None = None
    # the editor's record (restatements merged, disagreements): never shown to fans
    record: Text | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class Rivalry:
    """Athletes the bot is about, the events they contest, and a source that calls it a rivalry."""

    id: str = Field(pattern=SLUG)
    title: str
    athletes: tuple[str, ...] = Field(min_length=2)
    events: tuple[str, ...] = Field(min_length=1)
    source: str
    note: str | None = None


# what a published head-to-head count covers: the races the source counts (finals and other
# races it names), the same with heats, championships only, or the pair's latest meetings
TallyScope = Literal["races", "with_heats", "championships", "last_meetings"]
Count = Annotated[int, Field(ge=0, le=999)]


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class PublishedTally:
    """A head-to-head count a source states for two athletes, in its own terms.

    It may differ from the races the store holds (heats counted, a meeting the store lacks);
    /h2h shows it beside the store's tally, never in its place.
    """

    id: Slug
    athletes: Annotated[tuple[Ref, ...], Field(min_length=2, max_length=2)]
    scope: TallyScope = "races"
    # the events the source counts over ("mile/1500m"); empty: all their races, or not said
    events: tuple[Name, ...] = ()
    # how many meetings the source counts, when it says
    meetings: Count | None = None
    # wins in ``athletes`` order, each only when the source states it
    wins: Annotated[tuple[Count | None, ...], Field(min_length=2, max_length=2)] = (None, None)
    # the count runs up to this day ("before the Tokyo final"); None: up to its source's date
    until: PartialDate | None = None
    source: Ref
    evidence: Evidence | None = None
    note: Text | None = None
    # the editor's record, never shown to fans
    record: Text | None = None


_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


def _adapter(kind: type[T]) -> TypeAdapter[T]:
    """The validator of a record class, built once per class."""
    adapter = _ADAPTERS.get(kind)
    if adapter is None:
        adapter = _ADAPTERS[kind] = TypeAdapter(kind)
    return adapter


def validate_record(kind: type[T], data: Any) -> T:
    """Validate one record's raw data (a mapping from a knowledge file) as ``kind``."""
    return _adapter(kind).validate_python(data)


def dump_record(record: Any) -> dict[str, Any]:
    """One record as JSON-ready data, every field included (the inverse of validation)."""
    return _adapter(type(record)).dump_python(record, mode="json")
