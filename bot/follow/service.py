"""Following, without Discord: follows and reminders kept in step with the fact store."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal

from bot.answers.results import default_race
from bot.facts.models import Race
from bot.facts.store import FactStore
from bot.follow.plan import plan_follow, plan_meet
from bot.follow.records import Follow, FollowError, FollowRefusal, Kind, Planned
from bot.follow.results_clock import next_change, results_known
from bot.follow.store import FollowStore, Replanned
from bot.follow.timer import Clock, Sender, Timer, keep_trying

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-server and per-user allowances (settings ``FOLLOW_LIMIT``, ``REMINDER_LIMIT``)."""

    follows_per_server: int = 25
    reminders_per_user: int = 10


@dataclass(frozen=True, slots=True)
class ResultsDue:
    """A followed meet whose results arrived: post this race once to the follow's channel."""

    follow: Follow
    meet_id: str
    race: Race


class Following:
    """The follow store, the timer and the fact store in service, kept consistent."""

    def __init__(
        self,
        store: FollowStore,
        facts: Callable[[], FactStore],
        clock: Clock,
        send: Sender,
        limits: Limits | None = None,
    ) -> None:
        self.store = store
        self.facts = facts
        self.clock = clock
        self.limits = limits or Limits()
        self.timer = Timer(store, clock, send, owed=self._post_owed)
        # (user, meet name) of personal reminders a re-plan withdrew, for the cog to tell
        self.withdrawn: list[tuple[int, str]] = []
        # posts a results post through Discord (set by the cog): the timer then posts
        # results held back by the clock when their rows become known
        self.results_poster: Callable[[ResultsDue], Awaitable[bool]] | None = None
        # the next instant a held-back results post may become due (None: none waits)
        self.results_next: dt.datetime | None = None

    async def start(self) -> None:
        """Bring reminders in line with the store in service, then arm the timer."""
        await self.replan()
        self.timer.start()

    async def follow(
        self,
        *,
        guild_id: int,
        channel_id: int,
        role_id: int | None,
        kind: Kind,
        target: str,
        before_s: int,
        user_id: int,
        locale: str | None = None,
    ) -> tuple[Follow, list[Planned]]:
        """Save a server follow and plan its reminders."""
        now = self.clock()
        facts = self.facts()
        planned = plan_follow(facts, kind, target, before_s, now)
        if kind == "meet" and not planned:
            raise FollowError(FollowRefusal.NOTHING_AHEAD, "follow")
        follow = await self.store.add_follow(
            guild_id=guild_id,
            channel_id=channel_id,
            role_id=role_id,
            kind=kind,
            target=target,
            before_s=before_s,
            created_by=user_id,
            now=now,
            limit=self.limits.follows_per_server,
            locale=locale,
            name=target_name_of(facts, kind, target),
        )
        await self.store.plan(follow.id, planned, now)
        self.timer.rearm()
        return follow, planned

    async def unfollow(self, guild_id: int, follow_id: int) -> Follow | None:
        """Remove one of a server's follows and its reminders."""
        removed = await self.store.remove_follow(guild_id, follow_id)
        if removed:
            self.timer.rearm()
        return removed

    async def remind(self, user_id: int, meet_id: str, before_s: int) -> Planned:
        """Save a personal reminder (sent by DM)."""
        planned = plan_meet(self.facts(), meet_id, before_s, self.clock())
        if planned is None or planned.due_at <= self.clock():
            raise FollowError(FollowRefusal.NOTHING_AHEAD, "remind")
        await self.store.add_personal(
            user_id,
            planned,
            limit=self.limits.reminders_per_user,
            name=target_name_of(self.facts(), "meet", meet_id),
        )
        self.timer.rearm()
        return planned

    async def replan(self) -> Replanned:
        """Re-plan every follow and personal reminder against the store in service.

        Run on start and after each reload, by every process (safe at once: one locked
        transaction): an athlete follow picks up meets added since, a moved meet moves its
        reminders, a cancelled one loses them; one whose time passed while the bot was down
        is logged as missed (its results are still posted).
        """
        facts, now = self.facts(), self.clock()
        outcome = await self.store.replan_all(
            lambda kind, target, before: plan_follow(facts, kind, target, before, now),
            lambda meet, before: plan_meet(facts, meet, before, now),
            now,
        )
        for reminder_id, follow_id, user_id, meet_id in outcome.missed:
            owner = f"follow {follow_id}" if follow_id is not None else f"user {user_id}"
            log.warning(
                "reminder %d (%s) for %s was not posted: its time passed while the bot was down",
                reminder_id,
                owner,
                meet_id,
            )
        # one process's re-plan deletes a row, so one process tells its owner
        self.withdrawn += outcome.withdrawn
        self.timer.rearm()
        log.info("re-planned %d follows (%d reminders changed)", outcome.follows, outcome.changed)
        return outcome

    async def results_due(self, now: dt.datetime | None = None) -> list[ResultsDue]:
        """Followed meets whose results are known at the clock and whose post is not done.

        A race's results are due once it has been run and the rows the post names rest on
        pages out by the clock (:mod:`bot.follow.results_clock`); one not yet known waits, and
        ``results_next`` says when to look again. Nothing is marked here: the poster claims
        each (``FollowStore.claim_results``), posts it, then marks it posted.
        """
        facts, now = self.facts(), now or self.clock()
        settled = await self.store.results_settled()
        due, later = [], []
        for follow, meet_id in sorted(
            await self.store.followed_meets(), key=lambda pair: (pair[0].id, pair[1])
        ):
            if (follow.id, meet_id) in settled:
                continue
            race = followed_race(facts, follow, meet_id)
            if race is None:
                continue
            athlete = follow.target if follow.kind == "athlete" else None
            if results_known(facts, race, now, athlete):
                due.append(ResultsDue(follow, meet_id, race))
            elif (instant := next_change(facts, race, now)) is not None:
                later.append(instant)
        self.results_next = min(later, default=None)
        return due

    async def post_gone_notices(self, post: Callable[[Follow], Awaitable[bool]]) -> int:
        """Tell each follow's channel once that what it follows left the store.

        Claimed, posted and marked like a results post (the row's meet is ``gone:<target>``).
        """
        facts, now, told = self.facts(), self.clock(), 0
        settled = await self.store.results_settled()
        for follow in await self.store.follows():
            known = facts.meets if follow.kind == "meet" else facts.people
            key = f"gone:{follow.target}"[:100]
            if follow.target in known or (follow.id, key) in settled:
                continue
            if not await self.store.claim_results(follow.id, key, now):
                continue
            try:
                done = await post(follow)
            except Exception as error:
                log.warning("follow %d not told its target left (%s)", follow.id, error)
                await self.store.release_results(follow.id, key)
                continue
            await self.store.finish_results(follow.id, key, "posted" if done else "dropped")
            told += done
        return told

    async def _post_owed(self, now: dt.datetime) -> dt.datetime | None:
        """The timer's look at held-back results: post them once known; when to look again."""
        if self.results_poster is None or self.results_next is None:
            return None
        if self.results_next <= now:
            await self.post_results(self.results_poster)
        return self.results_next

    async def post_results(self, post: Callable[[ResultsDue], Awaitable[bool]]) -> int:
        """Post each followed race's results once per follow; returns how many were posted.

        Any process whose store has the results may post them: each is claimed first,
        marked posted only after ``post`` returned True (False: it can never be posted,
        e.g. the channel is gone), and given back when ``post`` raised (a later start or
        reload posts it). Results the clock holds back are posted by the timer once known.
        """
        posted, now, before = 0, self.clock(), self.results_next
        for due in await self.results_due(now):
            follow_id, meet_id = due.follow.id, due.meet_id
            if not await self.store.claim_results(follow_id, meet_id, now):
                continue  # another process is posting it
            try:
                done = await post(due)
            except Exception as error:
                log.warning("results for follow %d not posted (%s)", follow_id, error)
                await self.store.release_results(follow_id, meet_id)
                continue
            outcome: Literal["posted", "dropped"] = "posted" if done else "dropped"
            await keep_trying(
                functools.partial(self.store.finish_results, follow_id, meet_id, outcome),
                self.store.lease.total_seconds(),
                f"marking the results post of follow {follow_id}",
            )
            posted += done
        if self.results_next != before:
            self.timer.rearm()  # the timer sleeps until the next held-back post may be due
        return posted


def target_name_of(facts: FactStore, kind: Kind, target: str) -> str | None:
    """The name of what a follow follows (kept with it, in case the store drops it)."""
    found = facts.meets.get(target) if kind == "meet" else facts.people.get(target)
    return found.name[:200] if found is not None else None


def followed_race(facts: FactStore, follow: Follow, meet_id: str) -> Race | None:
    """The race whose results a follow wants from a meet, once the store has it.

    An athlete follow: the athlete's last round there (his final when he made it). A meet
    follow: the main event's final. Chosen from the whole store, so a heat known before the
    final is not announced in its place; the post itself waits for the clock
    (:meth:`Following.results_due`).
    """
    races = facts.races_by_meet.get(meet_id, ())
    if follow.kind == "athlete":
        his = [r for r in races if any(row.athlete == follow.target for row in r.results)]
        return max(his, key=facts.race_key) if his else None
    finals = tuple(r for r in races if r.round == "final")
    return default_race(facts, finals) if finals else None
