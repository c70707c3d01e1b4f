"""Follows, reminders, server events and results posts in the database: every read and write.

No wording here: a refusal is a typed ``FollowError`` (the cog words it), and reminder
labels are stored as keys.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.db.schema import follows, reminders, results_posted, server_events
from bot.follow.claims import Claims
from bot.follow.event_rows import ServerEventRows
from bot.follow.records import (
    Follow,
    FollowError,
    FollowRefusal,
    Kind,
    Planned,
    Reminder,
    follow_of_row,
    reminder_of_row,
    reminders_with_follow,
)
from bot.follow.replan_rows import Planner, Replanned, apply_plans, changed_plans, replan_personal
from bot.follow.store_base import (
    FOLLOW_LIMIT_LOCK,
    LEASE,
    REMIND_LIMIT_LOCK,
    REPLAN_LOCK,
    plan_digest,
    plan_values,
)

__all__ = ["LEASE", "FollowStore", "Replanned"]

log = logging.getLogger(__name__)


class FollowStore(Claims, ServerEventRows):
    """Every read and write of following, each one a short transaction."""

    # ---- follows

    async def add_follow(
        self,
        *,
        guild_id: int,
        channel_id: int,
        role_id: int | None,
        kind: Kind,
        target: str,
        before_s: int,
        created_by: int,
        now: dt.datetime,
        limit: int,
        locale: str | None = None,
        name: str | None = None,
    ) -> Follow:
        """Save a follow; refuses a duplicate and more than ``limit`` per server.

        The count and the insert are one step for every process (the server's lock), so
        forty simultaneous requests leave exactly ``limit`` follows.
        """
        async with self.write(FOLLOW_LIMIT_LOCK, guild_id) as conn:
            count = await conn.scalar(
                select(func.count()).select_from(follows).where(follows.c.guild_id == guild_id)
            )
            if (count or 0) >= limit:
                raise FollowError(FollowRefusal.LIMIT, "follow", limit)
            row = (
                await conn.execute(
                    self.insert(follows)
                    .values(
                        guild_id=guild_id,
                        channel_id=channel_id,
                        role_id=role_id,
                        kind=kind,
                        target=target,
                        before_s=before_s,
                        created_by=created_by,
                        created_at=now,
                        locale=locale,
                        target_name=name,
                    )
                    .on_conflict_do_nothing()
                    .returning(*follows.c)
                )
            ).one_or_none()
            if row is None:
                raise FollowError(FollowRefusal.DUPLICATE, "follow")
            return follow_of_row(row)

    async def follows(self, guild_id: int | None = None) -> list[Follow]:
        """A server's follows (every server's when ``guild_id`` is None), oldest first."""
        query = select(follows).order_by(follows.c.id)
        if guild_id is not None:
            query = query.where(follows.c.guild_id == guild_id)
        async with self.engine.connect() as conn:
            return [follow_of_row(row) for row in await conn.execute(query)]

    async def remove_follow(self, guild_id: int, follow_id: int) -> Follow | None:
        """Delete one of a server's follows (its reminders go with it)."""
        async with self.write() as conn:
            row = (
                await conn.execute(
                    delete(follows)
                    .where(follows.c.id == follow_id, follows.c.guild_id == guild_id)
                    .returning(*follows.c)
                )
            ).one_or_none()
            return follow_of_row(row) if row else None

    async def set_locales(self, locales: Mapping[int, str]) -> int:
        """Record servers' Discord locales on their follows; returns follows changed."""
        if not locales:
            return 0
        async with self.engine.connect() as conn:
            rows = await conn.execute(select(follows.c.guild_id, follows.c.locale).distinct())
            stored: dict[int, set[str | None]] = {}
            for guild_id, locale in rows:
                stored.setdefault(guild_id, set()).add(locale)
        stale = [
            {"gid": guild, "loc": locale}
            for guild, locale in locales.items()
            if stored.get(guild, {locale}) != {locale}
        ]
        if not stale:
            return 0
        async with self.write() as conn:
            result = await conn.execute(
                update(follows)
                .where(follows.c.guild_id == bindparam("gid"))
                .values(locale=bindparam("loc")),
                stale,
            )
            return max(result.rowcount, len(stale))

    # ---- reminders: planning

    async def plan(
        self, follow_id: int, planned: Iterable[Planned], now: dt.datetime | None = None
    ) -> Replanned:
        """Set the reminders of one follow (see :func:`bot.follow.replan_rows.apply_plans`)."""
        return await self.replan({follow_id: list(planned)}, now)

    async def replan(
        self, plans: Mapping[int, Sequence[Planned]], now: dt.datetime | None = None
    ) -> Replanned:
        """Set the reminders of these follows to these plans, in one locked transaction.

        Without ``now``, a pending row no longer planned is deleted (never ``missed``).
        """
        moment = now or dt.datetime.min.replace(tzinfo=dt.UTC)
        wanted = {f: (list(p), plan_digest(p)) for f, p in plans.items()}
        async with self.write(REPLAN_LOCK) as conn:
            return await apply_plans(conn, wanted, moment, self.insert)

    async def replan_all(
        self,
        planner: Planner,
        personal: Callable[[str, int], Planned | None],
        now: dt.datetime,
    ) -> Replanned:
        """Re-plan every follow and pending personal reminder, in one locked transaction."""
        async with self.write(REPLAN_LOCK) as conn:
            count, changed = await changed_plans(conn, planner)
            outcome = await apply_plans(conn, changed, now, self.insert)
            outcome.follows = count
            await replan_personal(conn, personal, now, outcome)
            return outcome

    async def add_personal(
        self, user_id: int, planned: Planned, *, limit: int, name: str | None = None
    ) -> None:
        """Save a personal reminder (DM); refuses more than ``limit`` pending per user."""
        async with self.write(REMIND_LIMIT_LOCK, user_id) as conn:
            count = await conn.scalar(
                select(func.count())
                .select_from(reminders)
                .where(reminders.c.user_id == user_id, reminders.c.status == "pending")
            )
            if (count or 0) >= limit:
                raise FollowError(FollowRefusal.LIMIT, "remind", limit)
            inserted = await conn.execute(
                self.insert(reminders)
                .values(user_id=user_id, meet_name=name, **plan_values(planned))
                .on_conflict_do_nothing()
                .returning(reminders.c.id)
            )
            if inserted.first() is None:
                raise FollowError(FollowRefusal.DUPLICATE, "remind")

    async def personal(self, user_id: int | None = None) -> list[Reminder]:
        """Personal reminders not yet sent (one user's, or everyone's)."""
        query = reminders_with_follow().where(
            reminders.c.user_id.is_not(None), reminders.c.status.in_(("pending", "claimed"))
        )
        if user_id is not None:
            query = query.where(reminders.c.user_id == user_id)
        async with self.engine.connect() as conn:
            return [
                reminder_of_row(r) for r in await conn.execute(query.order_by(reminders.c.due_at))
            ]

    async def reminders(self, follow_id: int | None = None) -> list[Reminder]:
        """Reminder rows of one follow, or all of them, by due time."""
        query = reminders_with_follow().order_by(reminders.c.due_at, reminders.c.id)
        if follow_id is not None:
            query = query.where(reminders.c.follow_id == follow_id)
        async with self.engine.connect() as conn:
            return [reminder_of_row(r) for r in await conn.execute(query)]

    async def followed_meets(self) -> list[tuple[Follow, str]]:
        """Every (follow, meet) with a reminder row: the meets whose results a follow wants."""
        query = reminders_with_follow().where(reminders.c.follow_id.is_not(None))
        async with self.engine.connect() as conn:
            return [
                (r.follow, r.meet_id)
                for r in map(reminder_of_row, await conn.execute(query))
                if r.follow is not None
            ]

    # ---- deletion

    async def forget_guild(self, guild_id: int) -> int:
        """Delete everything stored about a server; returns the follows deleted."""
        return await self.forget_guilds([guild_id])

    async def forget_guilds(self, guild_ids: Iterable[int]) -> int:
        """Delete everything stored about these servers; returns the follows deleted."""
        wanted = list(guild_ids)
        if not wanted:
            return 0
        async with self.write() as conn:
            await conn.execute(delete(server_events).where(server_events.c.guild_id.in_(wanted)))
            # reminders and results marks go by ON DELETE CASCADE
            result = await conn.execute(delete(follows).where(follows.c.guild_id.in_(wanted)))
            return result.rowcount

    async def guilds(self) -> set[int]:
        """Every server with something stored (follows or server events)."""
        async with self.engine.connect() as conn:
            found = set((await conn.execute(select(follows.c.guild_id).distinct())).scalars())
            found |= set(
                (await conn.execute(select(server_events.c.guild_id).distinct())).scalars()
            )
            return found

    async def forget_user(self, user_id: int) -> int:
        """Delete a user's reminders and their name on follows; returns reminders deleted."""
        async with self.write() as conn:
            result = await conn.execute(delete(reminders).where(reminders.c.user_id == user_id))
            await conn.execute(
                update(follows).where(follows.c.created_by == user_id).values(created_by=None)
            )
            return result.rowcount

    async def counts(self) -> dict[str, int]:
        """Rows per table (for /about, logs and tests)."""
        async with self.engine.connect() as conn:
            return {
                table.name: await _count(conn, table)
                for table in (follows, reminders, server_events, results_posted)
            }


async def _count(conn: AsyncConnection, table: Any) -> int:
    return int(await conn.scalar(select(func.count()).select_from(table)) or 0)
