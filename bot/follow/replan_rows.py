"""Making reminder rows match their plans, inside one locked write transaction.

Run by several processes at once (every shard re-plans on start and reload), it must neither
fail nor double a row: the store holds the re-plan lock (PostgreSQL advisory lock, SQLite's
writer lock), inserts with ON CONFLICT DO NOTHING, and skips a follow whose stored digest
says its plan has not changed, so a re-plan with nothing new reads the follows and stops.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.db.schema import follows, reminders
from bot.follow.records import Planned
from bot.follow.store_base import batches, plan_digest, plan_values

# (kind, target, before) -> the reminders such a follow wants now
Planner = Callable[[str, str, int], Sequence[Planned]]


@dataclass(slots=True)
class Replanned:
    """What a re-plan did: rows changed, and reminders whose time passed unsent."""

    follows: int = 0
    changed: int = 0
    # (reminder id, follow id or None, user id or None, meet id): the bot was down through it
    missed: list[tuple[int, int | None, int | None, str]] = field(default_factory=list)
    # (user id, meet name): personal reminders deleted because their meet is off
    withdrawn: list[tuple[int, str]] = field(default_factory=list)


async def changed_plans(
    conn: AsyncConnection, planner: Planner
) -> tuple[int, dict[int, tuple[Sequence[Planned], str]]]:
    """Every follow whose plan's digest differs from the stored one, with its plan.

    Follows are read grouped by (kind, target, lead time, digest): thousands of follows
    share a few such groups, each planned once, and only a group whose digest changed has
    its follows' ids read. A re-plan with nothing new reads a few hundred rows.
    """
    key_columns = (follows.c.kind, follows.c.target, follows.c.before_s)
    groups = await conn.execute(
        select(*key_columns, follows.c.plan_digest, func.count()).group_by(
            *key_columns, follows.c.plan_digest
        )
    )
    cache: dict[tuple[str, str, int], tuple[Sequence[Planned], str]] = {}
    stale: set[tuple[str, str, int]] = set()
    count = 0
    for kind, target, before_s, stored, members in groups:
        count += members
        key = (kind, target, before_s)
        if key not in cache:
            planned = planner(*key)
            cache[key] = (planned, plan_digest(planned))
        if cache[key][1] != stored:
            stale.add(key)
    changed: dict[int, tuple[Sequence[Planned], str]] = {}
    for key in sorted(stale):
        planned, digest = cache[key]
        ids = await conn.execute(
            select(follows.c.id).where(
                *(column == value for column, value in zip(key_columns, key, strict=True)),
                or_(follows.c.plan_digest.is_(None), follows.c.plan_digest != digest),
            )
        )
        changed.update({follow_id: (planned, digest) for follow_id in ids.scalars()})
    return count, changed


async def apply_plans(
    conn: AsyncConnection,
    plans: Mapping[int, tuple[Sequence[Planned], str]],
    now: dt.datetime,
    insert: Any,
) -> Replanned:
    """Make these follows' reminders match their plans; record each plan's digest.

    New meets get a row; a changed time updates it (and re-arms one already sent: the meet
    moved); a pending row no longer planned is deleted when its meet is off, or marked
    ``missed`` when its time passed (the bot was down), so its results are still posted.
    """
    outcome = Replanned(follows=len(plans))
    if not plans:
        return outcome
    existing: dict[tuple[int, str], Any] = {}
    for chunk in batches(list(plans)):
        rows = await conn.execute(select(reminders).where(reminders.c.follow_id.in_(chunk)))
        existing.update({(r.follow_id, r.meet_id): r for r in rows})
    new: list[dict[str, Any]] = []
    # follows settled, by their new digest: thousands share a few, so one UPDATE per chunk
    digests: dict[str, list[int]] = {}
    for follow_id, (planned, digest) in plans.items():
        if await _diff(conn, follow_id, planned, existing, new, outcome):
            digests.setdefault(digest, []).append(follow_id)
    if new:
        await conn.execute(insert(reminders).on_conflict_do_nothing(), new)
        outcome.changed += len(new)
    await _retire(conn, [r for r in existing.values() if r.status == "pending"], now, outcome)
    for digest, ids in digests.items():
        for chunk in batches(ids):
            await conn.execute(
                update(follows).where(follows.c.id.in_(chunk)).values(plan_digest=digest)
            )
    return outcome


async def _diff(
    conn: AsyncConnection,
    follow_id: int,
    planned: Sequence[Planned],
    existing: dict[tuple[int, str], Any],
    new: list[dict[str, Any]],
    outcome: Replanned,
) -> bool:
    """Queue or apply one follow's changes; False when a row being posted kept its old plan."""
    settled = True
    for p in planned:
        row = existing.pop((follow_id, p.meet_id), None)
        if row is None:
            new.append({"follow_id": follow_id, **plan_values(p)})
        elif row.target_at != p.target_at or row.due_at != p.due_at or row.label != p.label:
            if row.status == "claimed":
                settled = False  # being posted now: planned again next time
                continue
            await conn.execute(
                update(reminders).where(reminders.c.id == row.id).values(**plan_values(p))
            )
            outcome.changed += 1
    return settled


async def _retire(conn: AsyncConnection, rows: list[Any], now: dt.datetime, out: Replanned) -> None:
    """Pending rows no longer planned: missed when their time passed, else deleted."""
    missed = [r for r in rows if r.target_at <= now]
    gone = [r.id for r in rows if r.target_at > now]
    for chunk in batches([r.id for r in missed]):
        await conn.execute(
            update(reminders).where(reminders.c.id.in_(chunk)).values(status="missed")
        )
    for chunk in batches(gone):
        await conn.execute(delete(reminders).where(reminders.c.id.in_(chunk)))
    out.missed += [(r.id, r.follow_id, r.user_id, r.meet_id) for r in missed]
    # a personal reminder taken away (its meet cancelled or gone): its owner is told
    out.withdrawn += [
        (r.user_id, r.meet_name or r.meet_id) for r in rows if r.target_at > now and r.user_id
    ]
    out.changed += len(rows)


async def replan_personal(
    conn: AsyncConnection,
    planner: Callable[[str, int], Planned | None],
    now: dt.datetime,
    out: Replanned,
) -> None:
    """Move pending personal reminders to their meet's plan; retire those with none."""
    rows = (
        await conn.execute(
            select(reminders).where(
                reminders.c.user_id.is_not(None), reminders.c.status == "pending"
            )
        )
    ).all()
    retired = []
    for row in rows:
        planned = planner(row.meet_id, row.before_s)
        if planned is None:
            retired.append(row)
        elif planned.target_at != row.target_at or planned.label != row.label:
            await conn.execute(
                update(reminders).where(reminders.c.id == row.id).values(**plan_values(planned))
            )
            out.changed += 1
    await _retire(conn, retired, now, out)
