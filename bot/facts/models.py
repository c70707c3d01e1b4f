"""The records of the fact store, one pydantic model per kind of file in ``knowledge/``."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
TIME_PATTERN = r"^(?:\d{1,2}:[0-5]\d|\d{1,2})\.\d{2}$"
_TIME = re.compile(r"^(?:(\d{1,2}):)?(\d{1,2})\.(\d{2})$")

MeetStatus = Literal["scheduled", "completed", "cancelled", "postponed"]
RowStatus = Literal["finished", "dnf", "dns", "dq"]
Round = Literal["final", "semi-final", "heat"]
Role = Literal["athlete", "coach", "official", "journalist", "organisation", "other"]


@functools.lru_cache(maxsize=4096)
def _check_partial_date(value: str) -> str:
    parts = [int(p) for p in value.split("-")]
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


def format_partial(value: str | None) -> str:
    """A partial date for people: "6 Aug 2024", "Aug 2024", "2024", or "date not given"."""
    if not value:
        return "date not given"
    day = partial_start(value)
    if len(value) == 10:
        return f"{day.day} {day:%b %Y}"
    if len(value) == 7:
        return f"{day:%b %Y}"
    return value


def parse_mark(mark: str) -> float:
    """Turn a printed time such as ``3:29.38`` or ``13:13.66`` into seconds."""
    match = _TIME.match(mark)
    if not match:
        raise ValueError(f"unparseable time {mark!r} (expected m:ss.hh or ss.hh)")
    minutes, seconds, hundredths = match.groups()
    if int(seconds) >= 60 and minutes is not None:
        raise ValueError(f"unparseable time {mark!r} (seconds must be below 60)")
    return int(minutes or 0) * 60 + int(seconds) + int(hundredths) / 100


class Record(BaseModel):
    """Base of every record: unknown fields are refused and records never change."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Record):
    """A public page from the source pack that facts cite."""

    id: str = Field(pattern=SLUG)
    url: str | None = Field(default=None, pattern=r"^https?://")
    publisher: str | None = None
    published: PartialDate | None = None
    title: str | None = None
    note: str | None = None

    @property
    def published_date(self) -> dt.date | None:
        """The publication day, when the page gives a whole date."""
        if self.published and len(self.published) == 10:
            return dt.date.fromisoformat(self.published)
        return None


class NotableFact(Record):
    """One cited line about a person, in the pack's words."""

    text: str
    source: str


class Person(Record):
    """An athlete, or another speaker whose words the store quotes."""

    id: str = Field(pattern=SLUG)
    name: str
    role: Role = "athlete"
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    aliases: list[str] = []
    default_for: list[str] = []
    featured: bool = False
    born: dt.date | None = None
    notable: list[NotableFact] = []
    source: str
    note: str | None = None


class ScheduledEvent(Record):
    """A race on a meet's programme, with its local date and start time when known."""

    event: str
    round: Round = "final"
    date: dt.date
    local_time: dt.time | None = None
    source: str
    note: str | None = None


class Meet(Record):
    """An athletics meeting or championship."""

    id: str = Field(pattern=SLUG)
    name: str
    aliases: list[str] = []
    series: str | None = None
    city: str
    country: str
    venue: str | None = None
    timezone: str
    timezone_inferred: bool = False
    year: int
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    status: MeetStatus
    events: list[ScheduledEvent] = []
    entrants: list[str] = []
    # announced, then pulled out (injury, withdrawal) before the meet
    withdrawn: list[str] = []
    source: str
    note: str | None = None


class ResultRow(Record):
    """One athlete's line in a race."""

    place: int | None = Field(default=None, ge=1)
    athlete: str
    # as printed: "3:29.38", "13:13.66", "45.2" is refused (hundredths are always printed)
    time: str | None = Field(default=None, pattern=TIME_PATTERN)
    status: RowStatus = "finished"
    note: str | None = None
    source: str | None = None

    @property
    def seconds(self) -> float | None:
        """The time in seconds, when the row has one."""
        return parse_mark(self.time) if self.time else None


class Race(Record):
    """One race: a meet, an event, a round and (for heats and semis) its number."""

    id: str = Field(pattern=SLUG)
    meet: str
    event: str
    round: Round
    heat: int | None = Field(default=None, ge=1)
    date: dt.date | None = None
    source: str
    results: list[ResultRow]
    note: str | None = None


class Quote(Record):
    """Words a person said, exactly as printed in the cited source."""

    id: str = Field(pattern=SLUG)
    speaker: str
    said_on: PartialDate | None = None
    date_basis: Literal["said", "published", "unknown"] = "said"
    text: str = Field(min_length=1)
    about: list[str] = []
    topics: list[str] = []
    context: str
    medium: str | None = None
    source: str
    note: str | None = None


class TimelineEvent(Record):
    """A dated moment in the rivalry, summarised in one sentence."""

    id: str = Field(pattern=SLUG)
    date: PartialDate
    title: str
    summary: str
    athletes: list[str] = []
    source: str
    note: str | None = None
