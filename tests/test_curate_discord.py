"""End to end in SimCord: a curator adds a followed meet's results with ``add results``, the
owner reloads, the channel gets exactly one "results are in" post once the rows' page is out,
and /h2h counts the race from then.

The race is the Paris 2024 1500m final, taken out of a scratch copy of the store first and
added again from its source's printed table (tests/curate/paris-2024-final.txt).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import discord
import pytest

from benchmarks.curate import ARGS as PARIS_FINAL
from bot.ask.intents import model_for
from bot.facts import load_store
from bot.resolve import Resolver

from . import test_follow_discord as follow
from .curate_helpers import add, copy_store, printed, take_out
from .test_discord import text_of
from .test_follow_discord import HOUR, Server, SimClock

# the bot, its database and a server with an admin and a fan, as the follow tests make them;
# the timer wakes only when something is due, so SimCord leaps from the reminder to the rows'
# page instead of settling a wake every hour of five weeks
database_url = follow.database_url
simcord_bot = follow.simcord_bot
server = follow.server

RACE = "2024-olympics-paris-1500m-final"
# the eve of the Games: the first day (26 Jul, Paris) starts at 22:00 UTC; the final's time
# (20:50 on 6 Aug) is known only from a preview out the day after, so the reminder is the first
# day's and the final counts as run at the end of its day
EVE = dt.datetime(2024, 7, 25, 20, tzinfo=dt.UTC)
AFTER_FINAL = dt.datetime(2024, 8, 7, 6, tzinfo=dt.UTC)
DAY_ONE = dt.datetime(2024, 7, 25, 22, tzinfo=dt.UTC)
PAGE_OUT = dt.datetime(2024, 8, 31, tzinfo=dt.UTC)  # the rows' page, dated "2024-08"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = copy_store(tmp_path / "knowledge")
    take_out(target, RACE)
    # /ask's intent model of these changed files learnt now (the bot started on them shares it
    # by their fingerprint), not while SimCord waits at most 5 s for the starting bot to settle
    model_for(Resolver(load_store(target)))
    return target


@pytest.fixture
def sim_clock() -> SimClock:
    return SimClock(EVE)


def posted_at(clock: SimClock, message: discord.Message) -> dt.datetime:
    """The bot's clock when ``message`` was posted (SimCord stamps it with its own clock)."""
    assert clock.origin is not None
    return clock.start + (message.created_at - clock.origin)


async def _tally(server: Server) -> str:
    done = await server.slash("h2h", member=server.fan, athlete="kerr", opponent="jakob")
    # "## Kerr 3 – 10 Ingebrigtsen" then "Ingebrigtsen leads · 13 races · ..."
    tally, line = text_of(done.response.embeds[0]).split("\n## ", 1)[1].split("\n")[:2]
    races = next(part for part in line.split(" · ") if part.endswith(("race", "races")))
    return f"{tally}, {races}"


# a reload parses the whole store in this process, which holds every earlier test's objects:
# on a busy 2-core machine that outlasts SimCord's 5 s guard against a hang
@pytest.mark.simcord(settle_timeout=60.0)
async def test_results_added_for_a_followed_meet_are_posted_once_and_counted(
    server: Server, folder: Path, sim_clock: SimClock
) -> None:
    await server.slash("follow meet", meet="paris 2024", before=HOUR)
    await server.env.advance_time(2 * HOUR)  # the first day's reminder
    assert len(server.posts()) == 1
    await server.env.advance_time((AFTER_FINAL - server.bot.now()).total_seconds())
    # the 2016 U20 meeting is known only from CITIUS MAG of Oct 2024: not counted yet
    assert await _tally(server) == "Kerr 3 – 9 Ingebrigtsen, 12 races"

    _, table = printed("paris-2024-final")
    ran = add(folder, *PARIS_FINAL, table=table)
    assert ran.code == 0, ran.err
    await server.reload()
    await server.reload()  # a second reload brings nothing new
    # the rows added rest on a page dated only "2024-08" (known by 31 Aug): neither posted
    # nor counted before then
    assert len(server.posts()) == 1
    assert await _tally(server) == "Kerr 3 – 9 Ingebrigtsen, 12 races"
    await server.env.advance_time(26 * 24 * HOUR)
    posts = server.posts()
    assert len(posts) == 2  # the timer posted it once the page was out
    # posted by the timer's own wake at the instant the page came out (the start of its known
    # day, UTC), the reminder an hour before the first day
    assert [posted_at(sim_clock, p) for p in posts] == [DAY_ONE - dt.timedelta(hours=1), PAGE_OUT]
    assert posts[1].content.startswith("🏁 Results are in: **Paris Olympics 2024**")
    assert "3:27.79" in str(posts[1].embeds[0].to_dict())
    assert await _tally(server) == "Kerr 4 – 9 Ingebrigtsen, 13 races"
    await server.reload()
    assert len(server.posts()) == 2
