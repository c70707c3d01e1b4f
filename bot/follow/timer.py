"""One task that sleeps until the earliest due reminder, claims it and hands it to a sender.

The shape of RoboDanny's reminder cog, with three changes: instants stay aware UTC, rows are
claimed (``FollowStore.claim_due``) so several processes never send one reminder twice, and
a claim that is never finished (the process died between claim and send) lapses after
``LEASE`` and is sent by whichever process wakes next. A reminder found more than its
``before`` late (the meet has begun) is dropped with a log line instead of sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Awaitable, Callable

from bot.follow.records import Reminder
from bot.follow.store import FollowStore

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
# the reminder was posted (True) or can never be (False: channel gone, DMs closed)
Sender = Callable[[Reminder], Awaitable[bool]]
# a wake-up at least this often even with nothing due: reminders another process (shard)
# inserted are seen without a poke
MAX_SLEEP = dt.timedelta(hours=1)
BATCH = 100


class Timer:
    """Sleeps until the next due reminder; ``rearm()`` after inserting an earlier one."""

    def __init__(
        self,
        store: FollowStore,
        clock: Clock,
        send: Sender,
        *,
        max_sleep: dt.timedelta = MAX_SLEEP,
    ) -> None:
        self.store = store
        self.clock = clock
        self.send = send
        self.max_sleep = max_sleep
        self._task: asyncio.Task[None] | None = None
        self._sleeping = False
        self._dirty = False

    def start(self) -> None:
        """Start the task (again); it first reads the database, so a restart re-arms."""
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="reminders")

    def rearm(self) -> None:
        """A reminder was added or moved: recompute the wake-up time.

        A sleeping task is restarted at once; a task busy sending looks again when done
        (it is never cancelled between a claim and its send).
        """
        if self._task is not None and self._sleeping:
            self._task.cancel()
            self._task = None
            self.start()
        else:
            self._dirty = True

    async def stop(self) -> None:
        """Stop the task (on shutdown)."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        while True:
            try:
                await self._step()
            except asyncio.CancelledError:
                raise
            except Exception:
                # a database hiccup must not end reminders for good: try again shortly
                log.exception("reminder timer failed; retrying in 30 s")
                await self._sleep(30.0)

    async def _step(self) -> None:
        self._dirty = False
        due = await self.store.next_due()
        now = self.clock()
        if due is None or due > now:
            wait = self.max_sleep if due is None else min(due - now, self.max_sleep)
            if not self._dirty:
                await self._sleep(max(wait.total_seconds(), 0.001))
            return
        if not await self.fire(now):
            # due rows another process is claiming right now: look again in a moment
            await self._sleep(1.0)

    async def _sleep(self, seconds: float) -> None:
        self._sleeping = True
        try:
            await asyncio.sleep(seconds)
        finally:
            self._sleeping = False

    async def fire(self, now: dt.datetime) -> int:
        """Claim every reminder due at ``now`` and send it; returns how many were handled."""
        handled = 0
        while True:
            claimed = await self.store.claim_due(now, BATCH)
            for reminder in claimed:
                if now >= reminder.target_at:
                    log.info(
                        "dropped reminder %d for %s: %s late, past its %s lead",
                        reminder.id,
                        reminder.meet_id,
                        now - reminder.due_at,
                        dt.timedelta(seconds=reminder.before_s),
                    )
                    await self.store.finish(reminder.id, "dropped")
                    handled += 1
                    continue
                try:
                    sent = await self.send(reminder)
                except Exception:
                    # left claimed: the lease lapses and it is tried again
                    log.exception("sending reminder %d failed; will retry", reminder.id)
                    continue
                await self.store.finish(reminder.id, "sent" if sent else "dropped")
                handled += 1
            if len(claimed) < BATCH:
                return handled
