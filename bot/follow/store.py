"""Follows, reminders, server events and results posts in the database: every read and write."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.db.schema import follows, reminders, results_posted, server_events
from bot.follow.records import (
    Follow,
    FollowError,
    Kind,
    Planned,
    Reminder,
    follow_of_row,
    reminder_of_row,
    reminders_with_follow,
)
from bot.phrases import say

log = logging.getLogger(__name__)

# a claim not finished within this time is taken to be a dead process's: another claims it
LEASE = dt.timedelta(seconds=60)


class FollowStore:
    """Every read and write of following, each one a short transaction."""

    def __init__(self, engine: AsyncEngine, *, worker: str | None = None) -> None:
        self.engine = engine
        # names this process in claims (logs and the restart test read it)
        self.worker = worker or uuid.uuid4().hex[:16]

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
    ) -> Follow:
        """Save a follow; refuses a duplicate and more than ``limit`` per server."""
        async with self.engine.begin() as conn:
            count = await conn.scalar(
                select(func.count()).select_from(follows).where(follows.c.guild_id == guild_id)
            )
            if (count or 0) >= limit:
                raise FollowError(say("follow.limit", limit=limit))
            try:
                async with conn.begin_nested():
                    result = await conn.execute(
                        insert(follows).returning(*follows.c),
                        {
                            "guild_id": guild_id,
                            "channel_id": channel_id,
                            "role_id": role_id,
                            "kind": kind,
                            "target": target,
                            "before_s": before_s,
                            "created_by": created_by,
                            "created_at": now,
                        },
                    )
            except IntegrityError:
                raise FollowError(say("follow.duplicate")) from None
            return follow_of_row(result.one())

    async def follows(self, guild_id: int | None = None) -> list[Follow]:
        """A server's follows (every server's when ``guild_id`` is None), oldest first."""
        query = select(follows).order_by(follows.c.id)
        if guild_id is not None:
            query = query.where(follows.c.guild_id == guild_id)
        async with self.engine.connect() as conn:
            return [follow_of_row(row) for row in await conn.execute(query)]

    async def remove_follow(self, guild_id: int, follow_id: int) -> Follow | None:
        """Delete one of a server's follows (its reminders go with it)."""
        async with self.engine.begin() as conn:
            row = (
                await conn.execute(
                    delete(follows)
                    .where(follows.c.id == follow_id, follows.c.guild_id == guild_id)
                    .returning(*follows.c)
                )
            ).one_or_none()
            return follow_of_row(row) if row else None

    # ---- reminders: planning

    async def plan(self, follow_id: int, planned: Iterable[Planned]) -> None:
        """Set the reminders of one follow (see :meth:`replan`)."""
        await self.replan({follow_id: list(planned)})

    async def replan(self, plans: Mapping[int, Sequence[Planned]]) -> int:
        """Make the reminders of these follows match their plans, in one transaction.

        New meets get a row; a changed time updates it (and re-arms one already sent, since
        the meet moved); a pending row no longer planned (cancelled, withdrawn) is deleted.
        Sent rows stay, so a reload never sends a reminder twice. Returns rows changed.
        """
        if not plans:
            return 0
        changed = 0
        async with self.engine.begin() as conn:
            existing: dict[tuple[int, str], Any] = {}
            ids = list(plans)
            for chunk in _chunks(ids, 500):
                rows = await conn.execute(select(reminders).where(reminders.c.follow_id.in_(chunk)))
                existing.update({(r.follow_id, r.meet_id): r for r in rows})
            new: list[dict[str, Any]] = []
            for follow_id, planned in plans.items():
                wanted = {p.meet_id: p for p in planned}
                for p in wanted.values():
                    row = existing.pop((follow_id, p.meet_id), None)
                    if row is None:
                        new.append({"follow_id": follow_id, **_plan_values(p)})
                    elif row.target_at != p.target_at or row.due_at != p.due_at:
                        await conn.execute(
                            update(reminders)
                            .where(reminders.c.id == row.id, reminders.c.status != "claimed")
                            .values(**_plan_values(p))
                        )
                        changed += 1
            if new:
                await conn.execute(insert(reminders), new)
                changed += len(new)
            stale = [r.id for r in existing.values() if r.status == "pending"]
            for chunk in _chunks(stale, 500):
                await conn.execute(delete(reminders).where(reminders.c.id.in_(chunk)))
            changed += len(stale)
        return changed

    async def add_personal(self, user_id: int, planned: Planned, *, limit: int) -> None:
        """Save a personal reminder (DM); refuses more than ``limit`` pending per user."""
        async with self.engine.begin() as conn:
            count = await conn.scalar(
                select(func.count())
                .select_from(reminders)
                .where(reminders.c.user_id == user_id, reminders.c.status == "pending")
            )
            if (count or 0) >= limit:
                raise FollowError(say("remind.limit", limit=limit))
            try:
                async with conn.begin_nested():
                    await conn.execute(
                        insert(reminders), {"user_id": user_id, **_plan_values(planned)}
                    )
            except IntegrityError:
                raise FollowError(say("remind.duplicate")) from None

    async def personal(self, user_id: int | None = None) -> list[Reminder]:
        """Personal reminders not yet sent (one user's, or everyone's)."""
        query = reminders_with_follow().where(
            reminders.c.user_id.is_not(None), reminders.c.status != "sent"
        )
        if user_id is not None:
            query = query.where(reminders.c.user_id == user_id)
        async with self.engine.connect() as conn:
            return [
                reminder_of_row(r) for r in await conn.execute(query.order_by(reminders.c.due_at))
            ]

    async def replan_personal(self, reminder_id: int, planned: Planned | None) -> None:
        """Move a personal reminder to a new plan, or delete it when its meet is off."""
        async with self.engine.begin() as conn:
            if planned is None:
                await conn.execute(
                    delete(reminders).where(
                        reminders.c.id == reminder_id, reminders.c.status == "pending"
                    )
                )
            else:
                await conn.execute(
                    update(reminders)
                    .where(reminders.c.id == reminder_id, reminders.c.status != "claimed")
                    .where(
                        or_(
                            reminders.c.target_at != planned.target_at,
                            reminders.c.due_at != planned.due_at,
                        )
                    )
                    .values(**_plan_values(planned))
                )

    async def reminders(self, follow_id: int | None = None) -> list[Reminder]:
        """Reminder rows of one follow, or all of them, by due time."""
        query = reminders_with_follow().order_by(reminders.c.due_at, reminders.c.id)
        if follow_id is not None:
            query = query.where(reminders.c.follow_id == follow_id)
        async with self.engine.connect() as conn:
            return [reminder_of_row(r) for r in await conn.execute(query)]

    # ---- reminders: the timer's side

    async def next_due(self) -> dt.datetime | None:
        """When the timer must next wake: the earliest pending due time or lapsing claim."""
        async with self.engine.connect() as conn:
            pending = await conn.scalar(
                select(func.min(reminders.c.due_at)).where(reminders.c.status == "pending")
            )
            claimed = await conn.scalar(
                select(func.min(reminders.c.claimed_at)).where(reminders.c.status == "claimed")
            )
        moments = [pending, claimed + LEASE if claimed is not None else None]
        found = [m for m in moments if m is not None]
        return min(found) if found else None

    async def claim_due(self, now: dt.datetime, limit: int = 100) -> list[Reminder]:
        """Claim up to ``limit`` due reminders for this process, so no other sends them.

        One statement: ``UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)`` on
        PostgreSQL (a row another process is claiming is skipped, not waited for); SQLite
        runs the same UPDATE under its single-writer lock, which makes it atomic there.
        A claim older than ``LEASE`` belongs to a process that died before sending: it is
        claimed again.
        """
        claimable = or_(
            and_(reminders.c.status == "pending", reminders.c.due_at <= now),
            and_(reminders.c.status == "claimed", reminders.c.claimed_at <= now - LEASE),
        )
        chosen = (
            select(reminders.c.id)
            .where(claimable)
            .order_by(reminders.c.due_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        async with self.engine.begin() as conn:
            claimed = (
                await conn.execute(
                    update(reminders)
                    .where(reminders.c.id.in_(chosen.scalar_subquery()), claimable)
                    .values(status="claimed", claimed_by=self.worker, claimed_at=now)
                    .returning(reminders.c.id)
                )
            ).scalars()
            ids = list(claimed)
            if not ids:
                return []
            rows = await conn.execute(
                reminders_with_follow().where(reminders.c.id.in_(ids)).order_by(reminders.c.due_at)
            )
            return [reminder_of_row(r) for r in rows]

    async def finish(self, reminder_id: int, status: Literal["sent", "dropped"]) -> bool:
        """Record the outcome of a claimed reminder (False when the claim was lost)."""
        async with self.engine.begin() as conn:
            result = await conn.execute(
                update(reminders)
                .where(
                    reminders.c.id == reminder_id,
                    reminders.c.status == "claimed",
                    reminders.c.claimed_by == self.worker,
                )
                .values(status=status)
            )
            return result.rowcount == 1

    # ---- server events

    async def server_event(self, guild_id: int, meet_id: str) -> tuple[int, str] | None:
        """The Discord event id and signature saved for a meet in a server."""
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(server_events.c.event_id, server_events.c.signature).where(
                        server_events.c.guild_id == guild_id, server_events.c.meet_id == meet_id
                    )
                )
            ).one_or_none()
        return (row.event_id, row.signature) if row else None

    async def reserve_server_event(self, guild_id: int, meet_id: str) -> bool:
        """Reserve the (server, meet) slot before creating the Discord event; False if taken."""
        try:
            async with self.engine.begin() as conn:
                await conn.execute(
                    insert(server_events),
                    {"guild_id": guild_id, "meet_id": meet_id, "event_id": 0, "signature": ""},
                )
        except IntegrityError:
            return False
        return True

    async def save_server_event(
        self, guild_id: int, meet_id: str, event_id: int, signature: str
    ) -> None:
        """Record the Discord event created or updated for the meet."""
        async with self.engine.begin() as conn:
            await conn.execute(
                update(server_events)
                .where(server_events.c.guild_id == guild_id, server_events.c.meet_id == meet_id)
                .values(event_id=event_id, signature=signature)
            )

    async def drop_server_event(self, guild_id: int, meet_id: str) -> None:
        """Forget the server event of a meet (cancelled, deleted, or never created)."""
        async with self.engine.begin() as conn:
            await conn.execute(
                delete(server_events).where(
                    server_events.c.guild_id == guild_id, server_events.c.meet_id == meet_id
                )
            )

    async def server_events(self) -> list[tuple[int, str, int, str]]:
        """Every saved server event: (guild, meet, event id, signature)."""
        async with self.engine.connect() as conn:
            rows = await conn.execute(select(server_events).where(server_events.c.event_id != 0))
            return [(r.guild_id, r.meet_id, r.event_id, r.signature) for r in rows]

    # ---- results

    async def mark_results_posted(self, follow_id: int, meet_id: str, now: dt.datetime) -> bool:
        """Mark "results are in" as posted for a follow and meet; False if it already was."""
        try:
            async with self.engine.begin() as conn:
                await conn.execute(
                    insert(results_posted),
                    {"follow_id": follow_id, "meet_id": meet_id, "posted_at": now},
                )
        except IntegrityError:
            return False
        return True

    # ---- deletion

    async def forget_guild(self, guild_id: int) -> int:
        """Delete everything stored about a server; returns the follows deleted."""
        async with self.engine.begin() as conn:
            await conn.execute(delete(server_events).where(server_events.c.guild_id == guild_id))
            # reminders and results marks go by ON DELETE CASCADE
            result = await conn.execute(delete(follows).where(follows.c.guild_id == guild_id))
            return result.rowcount

    async def forget_user(self, user_id: int) -> int:
        """Delete a user's reminders and their name on follows; returns reminders deleted."""
        async with self.engine.begin() as conn:
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


def _plan_values(planned: Planned) -> dict[str, Any]:
    return {
        "meet_id": planned.meet_id,
        "label": planned.label,
        "target_at": planned.target_at,
        "due_at": planned.due_at,
        "before_s": planned.before_s,
        "status": "pending",
        "claimed_by": None,
        "claimed_at": None,
    }


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
