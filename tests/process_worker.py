"""One bot-like process for the process-level fault tests and the claim benchmark.

``python -m tests.process_worker MODE URL POSTS [options]`` runs the project's own timer,
store and results poster on a real database; "Discord" is a file: each accepted post is one
line appended (``O_APPEND``: lines from several processes never interleave) holding the
post's nonce, so the parent counts posts per reminder and per results post, and applies
Discord's ``enforce_nonce`` rule (a repeated nonce returns the first message).

Modes: ``remind`` (post due reminders until none is due or claimed), ``results`` (what a
reload does: re-plan every follow, then post the results owed), ``follow`` (ask for a follow
at a given instant). The process logs to stderr as the bot does (one line per failure).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import functools
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from bot.db.engine import make_engine
from bot.follow.records import FIRST_DAY, FollowError, Planned, Reminder
from bot.follow.store import FollowStore
from bot.follow.timer import Timer


def _append(path: Path, line: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode() + b"\n")
    finally:
        os.close(fd)


class FakeDiscord:
    """Accepts a post after ``delay`` seconds by appending its nonce to the posts file."""

    def __init__(self, path: Path, worker: str, delay: float) -> None:
        self.path, self.worker, self.delay = path, worker, delay

    async def reminder(self, reminder: Reminder) -> bool:
        await asyncio.sleep(self.delay)
        _append(self.path, f"r{reminder.id}\t{self.worker}\t{time.time():.3f}")
        return True

    async def results(self, due: Any) -> bool:
        await asyncio.sleep(self.delay)
        _append(self.path, f"x{due.follow.id}:{due.meet_id}\t{self.worker}\t{time.time():.3f}")
        return True


def _clock(offset_s: float) -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=offset_s)


class JumpingClock:
    """The wall clock ``offset_s`` ahead, jumping ``jump_by`` further ``jump_after`` seconds
    from now (a resumed VM, a time change): the monotonic clock does not jump."""

    def __init__(self, offset_s: float, jump_after: float, jump_by: float) -> None:
        self.offset_s, self.jump_by = offset_s, jump_by
        self.jump_at = time.monotonic() + jump_after if jump_by else 0.0

    @property
    def jumped(self) -> bool:
        """The jump is behind (or there is none)."""
        return time.monotonic() >= self.jump_at

    def __call__(self) -> dt.datetime:
        return _clock(self.offset_s + (self.jump_by if self.jumped and self.jump_by else 0.0))


async def remind(args: argparse.Namespace, store: FollowStore, discord: FakeDiscord) -> int:
    """Run the real timer until nothing is due or claimed for a moment."""
    clock = JumpingClock(args.clock_offset, args.jump_after, args.jump_by)
    timer = Timer(
        store,
        clock,
        discord.reminder,
        max_sleep=dt.timedelta(seconds=args.max_sleep),
        first_backoff=args.backoff,
    )
    timer.start()
    quiet = 0
    while quiet < 3:
        await asyncio.sleep(0.3)
        try:
            due, claimed = await store.outlook()
        except Exception:  # the database is down: the timer backs off, we wait
            quiet = 0
            continue
        # done when nothing is due or claimed, and the timer's last step worked
        idle = (due is None or due > clock()) and claimed == 0 and timer.failures == 0
        idle = idle and clock.jumped  # a clock about to jump: wait for it
        quiet = quiet + 1 if idle else 0
    await timer.stop()
    return 0


async def results(args: argparse.Namespace, store: FollowStore, discord: FakeDiscord) -> int:
    """What every process does on start and reload: re-plan, then post the results owed."""
    from bot.facts import load_store
    from bot.follow.service import Following

    facts = load_store(Path(args.knowledge), cache_dir=Path(args.cache) if args.cache else None)
    clock = functools.partial(_clock, args.clock_offset)  # a past clock: results held back
    following = Following(store, lambda: facts, clock, discord.reminder)
    replanned = await following.replan()
    posted = await following.post_results(discord.results)
    print(f"re-planned {replanned.follows} follows; posted {posted}")
    return 0


async def follow(args: argparse.Namespace, store: FollowStore) -> int:
    """At ``--at`` (epoch seconds), ask ``--count`` follows of guild 7 and as many personal
    reminders of user 7 (``/remind``) at once, each on its own connection; print one line
    per answer: ``follow ok``, ``remind limit``..."""
    await asyncio.sleep(max(args.at - time.time(), 0))

    async def one(channel: int, personal: bool) -> str:
        kind = "remind" if personal else "follow"
        try:
            if personal:  # a personal reminder of user 7, for meet m<channel>
                due = _clock(0) + dt.timedelta(days=1)
                planned = Planned(f"m{channel}", FIRST_DAY, due, 3600)
                await store.add_personal(7, planned, limit=args.limit)
            else:
                await store.add_follow(
                    guild_id=7,
                    channel_id=channel,
                    role_id=None,
                    kind="meet",
                    target="m1",
                    before_s=3600,
                    created_by=1,
                    now=_clock(0),
                    limit=args.limit,
                )
        except FollowError as error:
            return f"{kind} {error.refusal}"
        return f"{kind} ok"

    channels = range(args.channel, args.channel + args.count)
    asked = [one(c, personal) for c in channels for personal in (False, True)]
    print("\n".join(await asyncio.gather(*asked)))
    return 0


async def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("remind", "results", "follow"))
    parser.add_argument("url")
    parser.add_argument("posts", type=Path)
    parser.add_argument("--name", default="w")
    parser.add_argument("--delay", type=float, default=0.01)
    parser.add_argument("--lease", type=float, default=60.0)
    parser.add_argument("--clock-offset", type=float, default=0.0)
    parser.add_argument("--knowledge", default="knowledge")
    parser.add_argument("--at", type=float, default=0.0)
    parser.add_argument("--limit", type=int, default=25)
    parser.add_argument("--channel", type=int, default=1)
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("--cache", default="")
    parser.add_argument("--max-sleep", type=float, default=1.0)
    parser.add_argument("--backoff", type=float, default=5.0)
    parser.add_argument("--jump-after", type=float, default=0.0)
    parser.add_argument("--jump-by", type=float, default=0.0)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format=f"{args.name} %(levelname)s %(name)s: %(message)s"
    )
    engine = make_engine(args.url)
    store = FollowStore(engine, worker=args.name, lease=dt.timedelta(seconds=args.lease))
    discord = FakeDiscord(args.posts, args.name, args.delay)
    try:
        if args.mode == "remind":
            return await remind(args, store, discord)
        if args.mode == "results":
            return await results(args, store, discord)
        return await follow(args, store)
    finally:
        await engine.dispose()


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))
