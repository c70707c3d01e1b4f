"""A report as read from the database, the answer it was made on, and a refusal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["open", "closed"]


class ReportError(Exception):
    """A report refused: ``key`` is the phrase that says why, ``values`` fill it in."""

    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass(frozen=True, slots=True)
class Asked:
    """The answer a report was made on: what was asked, when, of which store.

    ``command`` is None for a bare ``/report`` (the clock and store in service then).
    """

    command: str | None
    options: dict[str, str] = field(default_factory=dict)
    answered_at: dt.datetime | None = None
    store_version: str | None = None
    facts_as_of: dt.date | None = None

    @property
    def line(self) -> str:
        """``/h2h athlete:kerr opponent:jakob``, or "(no answer: /report)"."""
        if self.command is None:
            return "(no answer: /report)"
        return " ".join([f"/{self.command}", *(f"{k}:{v}" for k, v in self.options.items())])


@dataclass(frozen=True, slots=True)
class Report:
    """One report, open or closed."""

    id: int
    user_id: int
    guild_id: int | None
    channel_id: int | None
    locale: str
    created_at: dt.datetime
    what: str
    link: str | None
    asked: Asked
    status: Status
    closed_at: dt.datetime | None = None
    note: str | None = None
    told: str | None = None
