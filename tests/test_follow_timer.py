"""The reminder timer's delivery rules on both engines: on time, late, failed, lapsed claims."""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.follow.records import FIRST_DAY, Planned, Reminder
from bot.follow.store import LEASE, FollowStore
from bot.follow.timer import Timer

from .lease import age_claims

T0 = dt.datetime(2027, 3, 1, 12, 0, tzinfo=dt.UTC)


class Outbox:
    """Records what the timer hands over; answers as a sender would (posted or not)."""

    def __init__(self, answer: bool = True, fail: bool = False) -> None:
        self.sent: list[str] = []
        self.answer, self.fail = answer, fail

    async def __call__(self, reminder: Reminder) -> bool:
        if self.fail:
            raise ConnectionError("Discord unreachable")
        self.sent.append(reminder.meet_id)
        return self.answer


async def personal(store: FollowStore, meet: str, target_hours: float, before: int = 3600) -> None:
    planned = Planned(meet, FIRST_DAY, T0 + dt.timedelta(hours=target_hours), before)
    await store.add_personal(1, planned, limit=10)


def at(hours: float) -> dt.datetime:
    return T0 + dt.timedelta(hours=hours)


async def test_due_reminders_are_sent_once_and_late_ones_dropped(engine):
    store = FollowStore(engine)
    outbox = Outbox()
    timer = Timer(store, lambda: T0, outbox)
    await personal(store, "soon", 2)  # due at 1 h
    await personal(store, "later", 5)  # due at 4 h
    await personal(store, "missed", 1.5)  # due at 0.5 h, its meet starts at 1.5 h

    assert await timer.fire(at(0.25)) == 0
    assert await timer.fire(at(1.6)) == 2  # "missed" is past its start: dropped, not sent
    assert outbox.sent == ["soon"]
    assert await timer.fire(at(1.7)) == 0  # nothing twice
    assert await store.next_due() == at(4)
    assert await timer.fire(at(4)) == 1
    assert outbox.sent == ["soon", "later"]
    statuses = {r.meet_id: r.status for r in await store.reminders()}
    assert statuses == {"soon": "sent", "later": "sent", "missed": "dropped"}


async def test_a_reminder_that_cannot_be_delivered_is_dropped_not_retried(engine):
    store = FollowStore(engine)
    outbox = Outbox(answer=False)  # e.g. the user closed their DMs
    await personal(store, "m", 2)
    assert await Timer(store, lambda: T0, outbox).fire(at(1)) == 1
    assert outbox.sent == ["m"]
    assert [r.status for r in await store.reminders()] == ["dropped"]
    assert await store.next_due() is None


async def test_a_send_that_fails_is_retried_after_the_lease_by_another_process(engine):
    await personal(FollowStore(engine), "m", 2)
    down = Outbox(fail=True)
    assert await Timer(FollowStore(engine, worker="a"), lambda: T0, down).fire(at(1)) == 0
    outbox = Outbox()
    other = Timer(FollowStore(engine, worker="b"), lambda: T0, outbox)
    assert await other.fire(at(1) + LEASE) == 0  # still claimed by "a", whatever b's clock
    await age_claims(engine, LEASE)
    assert await other.fire(at(1)) == 1
    assert outbox.sent == ["m"]


async def test_a_forward_clock_jump_is_noticed_and_what_is_still_useful_is_posted(engine, caplog):
    """The wall clock leaps 3 hours (a resumed VM): the timer, asleep until a far deadline,
    wakes within its longest sleep and posts the reminder still ahead of its meet."""
    store = FollowStore(engine)
    now = [T0]
    outbox = Outbox()
    await personal(store, "useful", 4)  # due at 3 h, meet at 4 h
    await personal(store, "too-late", 2.5)  # due at 1.5 h, meet at 2.5 h: past by then
    timer = Timer(store, lambda: now[0], outbox, max_sleep=dt.timedelta(seconds=0.05))
    timer.start()
    try:
        await asyncio.sleep(0.2)  # asleep, nothing due
        assert outbox.sent == []
        now[0] = at(3.2)  # the jump
        for _ in range(200):
            if len({r.status for r in await store.reminders()} - {"sent", "dropped"}) == 0:
                break
            await asyncio.sleep(0.05)
    finally:
        await timer.stop()
    assert outbox.sent == ["useful"]
    statuses = {r.meet_id: r.status for r in await store.reminders()}
    assert statuses == {"useful": "sent", "too-late": "dropped"}
    assert "the clock jumped" in caplog.text
