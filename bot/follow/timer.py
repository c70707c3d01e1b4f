"""One task that sleeps until the earliest due reminder, claims a batch and hands it over.

The shape of RoboDanny's reminder cog, with these changes: instants stay aware UTC; rows are
claimed in small batches (``FollowStore.claim_due``), each stamped with the clock when it is
claimed, so several processes never post one reminder twice; a batch is posted at once and
its lease renewed while posts are in flight, so a slow batch is never taken by another
process while its claimer lives; a claim whose process died lapses after ``LEASE`` and is
posted by whichever process wakes next. A reminder found more than its ``before`` late (the
meet has begun) is dropped with a log line instead of posted.

The task wakes at least every ``MAX_SLEEP`` and compares, step to step, the wall clock with
the monotonic one: a clock jump or a resumed VM is noticed (and logged) within minutes, and
whatever is still useful is posted then.

The one window left: a process that dies after Discord accepted a post and before its row is
marked. Its claim lapses and another process posts again; the post carries a nonce derived
from the reminder (Discord's ``enforce_nonce``), so Discord returns the first message instead
of creating a second when the retry comes within its few minutes of memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Literal, TypeVar

from bot.follow.records import Reminder
from bot.follow.store import FollowStore

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
# the reminder was posted (True) or can never be (False: channel gone, DMs closed)
Sender = Callable[[Reminder], Awaitable[bool]]
# other posts owed at a clock (results held back until known): posts what is due at the
# instant given, returns the next instant to look again (None: nothing waits)
Owed = Callable[[dt.datetime], Awaitable[dt.datetime | None]]
# wake at least this often even with nothing due: rows another process added, lapsed claims,
# and clock jumps (a suspended VM, NTP) are seen within minutes
MAX_SLEEP = dt.timedelta(minutes=5)
# a batch is posted well within the lease even at a second a post; renewed after each post
BATCH = 10
# a failing database is retried with back-off: this first, doubling up to MAX_BACKOFF
FIRST_BACKOFF = 5.0
MAX_BACKOFF = 300.0
JUMP = 30.0  # seconds of disagreement between the clocks worth a log line


class Timer:
    """Sleeps until the next due reminder; ``rearm()`` after inserting an earlier one."""

    def __init__(
        self,
        store: FollowStore,
        clock: Clock,
        send: Sender,
        *,
        max_sleep: dt.timedelta = MAX_SLEEP,
        first_backoff: float = FIRST_BACKOFF,
        owed: Owed | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.send = send
        self.owed = owed
        self.max_sleep = max_sleep
        self.first_backoff = first_backoff
        self._task: asyncio.Task[None] | None = None
        self._sleeping = False
        self._dirty = False
        self._failures = 0
        self._seen: tuple[dt.datetime, float] | None = None  # (wall, monotonic) last step

    @property
    def failures(self) -> int:
        """Failures in a row of the database (0 when the last step worked)."""
        return self._failures

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
                if self._failures:
                    log.info("reminder timer recovered after %d failures", self._failures)
                self._failures = 0
            except asyncio.CancelledError:
                raise
            except Exception as error:
                await self._sleep(self._failed(error))

    def _failed(self, error: Exception) -> float:
        """Log a failure in one line (the traceback only the first time); the back-off."""
        self._failures += 1
        wait = min(self.first_backoff * 2 ** (self._failures - 1), MAX_BACKOFF)
        if self._failures == 1:
            log.exception("reminder timer failed; retrying in %.1f s", wait)
        else:
            log.warning(
                "reminder timer failed again (%d): %s: %s; retrying in %.1f s",
                self._failures,
                type(error).__name__,
                str(error).splitlines()[0][:200] if str(error) else "",
                wait,
            )
        return wait

    async def _step(self) -> None:
        self._dirty = False
        self._check_clock()
        due, claimed = await self.store.outlook()
        now = self.clock()
        # results held back by the clock: posted once known, looked at again then
        owed = await self.owed(now) if self.owed is not None else None
        if claimed:
            # a claim may have lapsed (its process died): a fire takes it
            await self.fire(now)
        if due is None or due > now:
            wait = self.max_sleep if due is None else min(due - now, self.max_sleep)
            if owed is not None:
                wait = min(wait, owed - now)
            if claimed:
                wait = min(wait, self.store.lease / 2)  # look again within a lease
            if not self._dirty:
                await self._sleep(max(wait.total_seconds(), 0.001))
            return
        if not await self.fire(now):
            # due rows another process is claiming right now: look again in a moment
            await self._sleep(1.0)

    def _check_clock(self) -> None:
        """Say so if the wall clock moved otherwise than the monotonic one since last step.

        Compared step to step, not per sleep, so a jump during a read or a batch is seen too.
        """
        wall, mono = self.clock(), time.monotonic()
        if self._seen is not None:
            drift = (wall - self._seen[0]).total_seconds() - (mono - self._seen[1])
            if abs(drift) > JUMP:
                log.warning("the clock jumped by %+.0f s (suspend, resume or a time change)", drift)
        self._seen = (wall, mono)

    async def _sleep(self, seconds: float) -> None:
        self._sleeping = True
        try:
            await asyncio.sleep(seconds)
        finally:
            self._sleeping = False

    async def fire(self, now: dt.datetime | None = None) -> int:
        """Claim due reminders batch by batch and send them; returns how many were handled.

        ``now`` is the first batch's instant; each later batch is stamped with the clock
        when it is claimed.
        """
        handled = 0
        while True:
            stamp = now or self.clock()
            claimed = await self.store.claim_due(stamp, BATCH)
            now = None
            # a batch is posted at once (its rows are in different channels, or DMs), its
            # lease renewed while posts are in flight
            unfinished = {r.id for r in claimed}
            marks = Marks(self.store)
            renewing = asyncio.get_running_loop().create_task(self._renew(unfinished))
            try:
                done = await asyncio.gather(
                    *(self._deliver(r, unfinished, stamp, marks) for r in claimed),
                    return_exceptions=True,
                )
            finally:
                renewing.cancel()
            errors = [d for d in done if isinstance(d, BaseException)]
            if errors:
                raise errors[0]
            handled += sum(d for d in done if isinstance(d, int))
            if len(claimed) < BATCH:
                return handled

    async def _renew(self, unfinished: set[int]) -> None:
        """Every third of a lease, renew the claims of the batch's posts still in flight."""
        every = self.store.lease.total_seconds() / 3
        while unfinished:
            await asyncio.sleep(every)
            try:
                await self.store.renew(sorted(unfinished))
            except Exception as error:  # the database is away: try again next time
                log.warning("renewing claims failed (%s)", type(error).__name__)

    async def _deliver(
        self, reminder: Reminder, unfinished: set[int], now: dt.datetime, marks: Marks
    ) -> int:
        """Post one claimed reminder (or drop it when late); renew the batch's unfinished."""
        if now >= reminder.target_at:
            unfinished.discard(reminder.id)
            log.info(
                "dropped reminder %d for %s: %s late, past its %s lead",
                reminder.id,
                reminder.meet_id,
                now - reminder.due_at,
                dt.timedelta(seconds=reminder.before_s),
            )
            await marks.mark(reminder.id, "dropped")
            return 1
        try:
            sent = await self.send(reminder)
        except Exception as error:
            unfinished.discard(reminder.id)
            # left claimed, not renewed: the lease lapses and it is tried again
            log.warning(
                "sending reminder %d failed (%s); retried after the lease",
                reminder.id,
                type(error).__name__,
            )
            return 0
        try:  # its lease renewed until marked, also while a database outage delays the mark
            marked = await marks.mark(reminder.id, "sent" if sent else "dropped")
        finally:
            unfinished.discard(reminder.id)
        if not marked:
            log.warning("reminder %d: the claim lapsed before it was marked", reminder.id)
        return 1


T = TypeVar("T")


class Marks:
    """The outcomes of one batch's posts, written as they come in.

    A post Discord accepted is marked at once (one UPDATE); posts accepted while a write is
    in flight, or failing, join the next write. A database outage thus costs one log line
    per attempt for the whole batch, not one per post; the writes are retried for up to a
    lease (giving up sooner would leave the rows claimed, and another process would post
    them again when the lease lapses).
    """

    def __init__(self, store: FollowStore) -> None:
        self.store = store
        self._todo: dict[int, Literal["sent", "dropped"]] = {}
        self._outcome: dict[int, bool | Exception] = {}
        self._lock = asyncio.Lock()

    async def mark(self, reminder_id: int, status: Literal["sent", "dropped"]) -> bool:
        """Record one outcome; False when the claim had been lost to another process."""
        self._todo[reminder_id] = status
        async with self._lock:
            if reminder_id not in self._outcome:  # not written by the write just finished
                batch, self._todo = self._todo, {}
                what = f"marking {len(batch)} reminder(s) posted or dropped"
                try:
                    within = self.store.lease.total_seconds()
                    marked = await keep_trying(lambda: self.store.finish_many(batch), within, what)
                except Exception as error:
                    self._outcome.update(dict.fromkeys(batch, error))
                else:
                    self._outcome.update({i: i in marked for i in batch})
            outcome = self._outcome.pop(reminder_id)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


async def keep_trying(operation: Callable[[], Awaitable[T]], within: float, what: str) -> T:
    """Run ``operation`` until it answers, for at most ``within`` seconds.

    Used to mark a post Discord accepted: giving up at once would leave the row claimed,
    and another process would post it again when the lease lapses. One log line per
    failure, and one when it succeeds after failing.
    """
    deadline, delay, failures = time.monotonic() + within, 0.25, 0
    while True:
        try:
            answer = await operation()
        except Exception as error:
            failures += 1
            if time.monotonic() + delay > deadline:
                raise
            log.warning("%s failed (%s); retrying in %.2f s", what, type(error).__name__, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)
        else:
            if failures:
                log.info("%s: done after %d failures", what, failures)
            return answer
