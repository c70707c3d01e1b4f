"""What following stores, as plain records, and how a database row becomes one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from sqlalchemy import select

from bot.db.schema import follows, reminders

Kind = Literal["meet", "athlete"]


class FollowRefusal(StrEnum):
    """Why a follow or a personal reminder is refused: the cog words it (``phrase``)."""

    LIMIT = "limit"
    DUPLICATE = "duplicate"
    NOTHING_AHEAD = "nothing_ahead"


class FollowError(Exception):
    """A follow (``scope`` "follow") or personal reminder ("remind") the store refuses."""

    def __init__(
        self, refusal: FollowRefusal, scope: Literal["follow", "remind"], limit: int | None = None
    ) -> None:
        super().__init__(f"{scope}.{refusal}")
        self.refusal, self.scope, self.limit = refusal, scope, limit

    @property
    def phrase(self) -> str:
        """The phrase key that says it ("follow.limit", "remind.duplicate", ...)."""
        return f"{self.scope}.{self.refusal}"


# what a reminder counts down to, stored as a key and worded on reading (bot.render.follow)
FIRST_DAY = "first_day"
FINAL = "final:"


def final_label(event: str) -> str:
    """The stored label of an event's final ("final:1500m")."""
    return f"{FINAL}{event}"


def final_event(label: str) -> str | None:
    """The event of a final's label, None for any other label."""
    return label.removeprefix(FINAL) if label.startswith(FINAL) else None


@dataclass(frozen=True, slots=True)
class Follow:
    """A server's standing request to be told about a meet, or every meet of an athlete."""

    id: int
    guild_id: int
    channel_id: int
    role_id: int | None
    kind: Kind
    target: str
    before_s: int
    created_by: int | None
    locale: str | None = None  # the server's Discord locale, when known
    saved_name: str | None = None  # the target's name when the follow was made


@dataclass(frozen=True, slots=True)
class Planned:
    """When to remind about one meet: ``before`` ahead of ``target_at``."""

    meet_id: str
    label: str
    target_at: dt.datetime
    before_s: int

    @property
    def due_at(self) -> dt.datetime:
        """The instant the reminder is due."""
        return self.target_at - dt.timedelta(seconds=self.before_s)


@dataclass(frozen=True, slots=True)
class Reminder:
    """One reminder row, with the follow it belongs to (None for a personal reminder)."""

    id: int
    meet_id: str
    label: str
    target_at: dt.datetime
    due_at: dt.datetime
    before_s: int
    status: str
    user_id: int | None
    follow: Follow | None


def follow_of_row(row: Any) -> Follow:
    """A follows row as a Follow."""
    return Follow(
        id=row.id,
        guild_id=row.guild_id,
        channel_id=row.channel_id,
        role_id=row.role_id,
        kind=row.kind,
        target=row.target,
        before_s=row.before_s,
        created_by=row.created_by,
        locale=row.locale,
        saved_name=row.target_name,
    )


_FOLLOW_COLUMNS = [c.label(f"f_{c.name}") for c in follows.c]


def reminder_of_row(row: Any) -> Reminder:
    """A reminders row joined with its follow's ``f_`` columns as a Reminder."""
    follow = None
    if row.f_id is not None:
        follow = Follow(
            id=row.f_id,
            guild_id=row.f_guild_id,
            channel_id=row.f_channel_id,
            role_id=row.f_role_id,
            kind=row.f_kind,
            target=row.f_target,
            before_s=row.f_before_s,
            created_by=row.f_created_by,
            locale=row.f_locale,
            saved_name=row.f_target_name,
        )
    return Reminder(
        id=row.id,
        meet_id=row.meet_id,
        label=row.label,
        target_at=row.target_at,
        due_at=row.due_at,
        before_s=row.before_s,
        status=row.status,
        user_id=row.user_id,
        follow=follow,
    )


def reminders_with_follow() -> Any:
    """A select of reminders, each with its follow's columns (None for a personal one)."""
    return select(reminders, *_FOLLOW_COLUMNS).select_from(
        reminders.outerjoin(follows, reminders.c.follow_id == follows.c.id)
    )
