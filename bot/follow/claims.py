"""Claims: a reminder or a results post is taken by one process, posted, then marked.

A claim is stamped with the database's clock and lapses after ``LEASE`` unless renewed:
the timer renews the rest of its batch after every post, so only a process that stopped
(killed, frozen) loses its claims. A claim takes at most its batch: on PostgreSQL the rows
are chosen once, in a materialised CTE locked with SKIP LOCKED (an ``IN (subquery)`` can be
re-run per row and claim everything); on SQLite the writer lock held from BEGIN does it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from sqlalchemy import and_, func, or_, select, update

from bot.db.schema import reminders, results_posted
from bot.follow.records import Reminder, reminder_of_row, reminders_with_follow
from bot.follow.store_base import StoreBase


class Claims(StoreBase):
    """The timer's and the results poster's side of the store."""

    async def next_due(self) -> dt.datetime | None:
        """The earliest pending due time (on the bot's clock)."""
        async with self.engine.connect() as conn:
            return await conn.scalar(
                select(func.min(reminders.c.due_at)).where(reminders.c.status == "pending")
            )

    async def claimed_rows(self) -> int:
        """Reminders claimed now by any process (live or lapsing)."""
        return (await self.outlook())[1]

    async def outlook(self) -> tuple[dt.datetime | None, int]:
        """The earliest pending due time and the count of claimed rows, in one read."""
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(
                        select(func.min(reminders.c.due_at))
                        .where(reminders.c.status == "pending")
                        .scalar_subquery(),
                        select(func.count())
                        .select_from(reminders)
                        .where(reminders.c.status == "claimed")
                        .scalar_subquery(),
                    )
                )
            ).one()
        due = row[0]
        if isinstance(due, str):  # SQLite gives a bare subquery's instant back as text
            due = dt.datetime.fromisoformat(due)
        if due is not None and due.tzinfo is None:
            due = due.replace(tzinfo=dt.UTC)
        return due, int(row[1] or 0)

    def _claimable(self, now: dt.datetime) -> object:
        return or_(
            and_(reminders.c.status == "pending", reminders.c.due_at <= now),
            and_(reminders.c.status == "claimed", reminders.c.claimed_at <= self.now(-self.lease)),
        )

    async def claim_due(self, now: dt.datetime, limit: int = 10) -> list[Reminder]:
        """Claim at most ``limit`` reminders due at ``now`` (or whose claim lapsed)."""
        claimable = self._claimable(now)
        chosen = (
            select(reminders.c.id)
            .where(claimable)  # type: ignore[arg-type]
            .order_by(reminders.c.due_at, reminders.c.id)
            .limit(limit)
        )
        stamp = {"status": "claimed", "claimed_by": self.worker, "claimed_at": self.now()}
        if self.dialect == "postgresql":
            batch = chosen.with_for_update(skip_locked=True).cte("c").prefix_with("MATERIALIZED")
            statement = (
                update(reminders)
                .where(reminders.c.id == batch.c.id, claimable)  # type: ignore[arg-type]
                .values(**stamp)
            )
        else:
            statement = (
                update(reminders)
                .where(reminders.c.id.in_(chosen.scalar_subquery()))
                .values(**stamp)
            )
        async with self.write() as conn:
            ids = list((await conn.execute(statement.returning(reminders.c.id))).scalars())
            if not ids:
                return []
            rows = await conn.execute(
                reminders_with_follow()
                .where(reminders.c.id.in_(ids))
                .order_by(reminders.c.due_at, reminders.c.id)
            )
            return [reminder_of_row(r) for r in rows]

    async def finish(self, reminder_id: int, status: Literal["sent", "dropped"]) -> bool:
        """Record a claimed reminder's outcome.

        False when the claim was lost (it lapsed and another process took it).
        """
        async with self.write() as conn:
            result = await conn.execute(
                update(reminders)
                .where(
                    reminders.c.id == reminder_id,
                    reminders.c.claimed_by == self.worker,
                    reminders.c.status == "claimed",
                )
                .values(status=status)
            )
            return result.rowcount == 1

    async def finish_many(self, outcomes: Mapping[int, Literal["sent", "dropped"]]) -> set[int]:
        """Record several claimed reminders' outcomes in one transaction; the ids marked.

        An id missing from the answer had lost its claim (it lapsed and another process
        took it).
        """
        marked: set[int] = set()
        async with self.write() as conn:
            for status in ("sent", "dropped"):
                ids = sorted(i for i, s in outcomes.items() if s == status)
                if not ids:
                    continue
                result = await conn.execute(
                    update(reminders)
                    .where(
                        reminders.c.id.in_(ids),
                        reminders.c.claimed_by == self.worker,
                        reminders.c.status == "claimed",
                    )
                    .values(status=status)
                    .returning(reminders.c.id)
                )
                marked.update(result.scalars())
        return marked

    async def renew(self, reminder_ids: Sequence[int]) -> int:
        """Renew the lease of this process's claims on these reminders; rows renewed.

        One statement, so it never deadlocks with a ``finish`` (which locks one row).
        """
        if not reminder_ids:
            return 0
        async with self.write() as conn:
            result = await conn.execute(
                update(reminders)
                .where(
                    reminders.c.id.in_(list(reminder_ids)),
                    reminders.c.claimed_by == self.worker,
                    reminders.c.status == "claimed",
                )
                .values(claimed_at=self.now())
            )
            return result.rowcount

    # ---- results posts

    async def results_settled(self) -> set[tuple[int, str]]:
        """(follow, meet) pairs whose results post is done, dropped or claimed by a live process."""
        lapsed = and_(
            results_posted.c.status == "claimed",
            results_posted.c.claimed_at <= self.now(-self.lease),
        )
        async with self.engine.connect() as conn:
            rows = await conn.execute(
                select(results_posted.c.follow_id, results_posted.c.meet_id).where(~lapsed)
            )
            return {(r.follow_id, r.meet_id) for r in rows}

    async def claim_results(self, follow_id: int, meet_id: str, now: dt.datetime) -> bool:
        """Take the results post of a follow and meet for this process; False if another has."""
        values = {
            "follow_id": follow_id,
            "meet_id": meet_id,
            "posted_at": now,
            "status": "claimed",
            "claimed_by": self.worker,
            "claimed_at": self.now(),
        }
        async with self.write() as conn:
            inserted = await conn.execute(
                self.insert(results_posted)
                .values(**values)
                .on_conflict_do_nothing()
                .returning(results_posted.c.follow_id)
            )
            if inserted.first() is not None:
                return True
            # a claim whose process died before posting is taken over
            taken = await conn.execute(
                update(results_posted)
                .where(
                    results_posted.c.follow_id == follow_id,
                    results_posted.c.meet_id == meet_id,
                    results_posted.c.status == "claimed",
                    results_posted.c.claimed_at <= self.now(-self.lease),
                )
                .values(claimed_by=self.worker, claimed_at=self.now())
            )
            return taken.rowcount == 1

    async def finish_results(
        self, follow_id: int, meet_id: str, status: Literal["posted", "dropped"]
    ) -> bool:
        """Mark a claimed results post posted (or dropped: the channel is gone)."""
        async with self.write() as conn:
            result = await conn.execute(
                self._my_results_claim(follow_id, meet_id).values(status=status)
            )
            return result.rowcount == 1

    async def release_results(self, follow_id: int, meet_id: str) -> None:
        """Give a results claim back (the post failed and may succeed later)."""
        async with self.write() as conn:
            await conn.execute(
                self._my_results_claim(follow_id, meet_id).values(claimed_at=self.now(-self.lease))
            )

    def _my_results_claim(self, follow_id: int, meet_id: str) -> Any:
        """An UPDATE of this process's live claim on a results post."""
        return update(results_posted).where(
            results_posted.c.follow_id == follow_id,
            results_posted.c.meet_id == meet_id,
            results_posted.c.claimed_by == self.worker,
            results_posted.c.status == "claimed",
        )
