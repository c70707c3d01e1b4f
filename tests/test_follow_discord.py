"""Following, driven through SimCord as users would: follow, time passes, posts arrive.

The bot's clock follows SimCord's virtual clock (from a start instant chosen per test), so
``env.advance_time`` moves both the timer's sleep and the instant it compares against.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import discord
import pytest
import pytest_asyncio

from bot import create_bot
from bot.app import RivalryBot
from bot.ask.intents import model_for
from bot.db.engine import make_engine
from bot.follow.store import LEASE, FollowStore
from bot.resolve import Resolver

from .conftest import KNOWLEDGE, postgres_missing, reset_postgres
from .lease import age_claims

# the shipped store's Valencia 2027 starts on 5 Mar 2027, local midnight = 23:00 UTC the day before
VALENCIA = "2027-ei-valencia"
VALENCIA_DAY_ONE = dt.datetime(2027, 3, 4, 23, 0, tzinfo=dt.UTC)
START = VALENCIA_DAY_ONE - dt.timedelta(hours=2)
HOUR, MINUTE = 3600, 60
REPORT = "follow-test-bergen-report"

# a meet a later reload adds, with the 1500m final's local time on the programme
ADDED_MEET = """
- id: 2027-follow-test-bergen
  name: Follow Test Games Bergen 2027
  city: Bergen
  country: Norway
  venue: Fana Stadion
  timezone: Europe/Oslo
  year: 2027
  start_date: '{day}'
  end_date: '{day}'
  status: {status}
  events:
  - event: 1500m
    round: final
    date: '{day}'
    local_time: '20:30'
    source: {source}
  entries:
  - athlete: josh-kerr
    kind: confirmed
    source: {source}
  source: {source}
"""
ADDED_RACE = """
- id: 2027-follow-test-bergen-1500m-final
  meet: 2027-follow-test-bergen
  event: 1500m
  round: final
  date: '2027-03-05'
  source: {source}
  results:
  - place: 1
    athlete: josh-kerr
    time: '3:31.00'
    source: {report}
"""
# the row's page: a race report printing no date of its own, known from the day after the race
ADDED_REPORT = """
- id: follow-test-bergen-report
  url: https://example.org/follow-test-bergen-report
  publisher: Follow Test Report
  published: '2027-03-05'
  published_derived: true
  title: null
"""


class SimClock:
    """The bot's clock: ``start`` plus the virtual time SimCord has advanced since."""

    def __init__(self, start: dt.datetime) -> None:
        self.start = start
        self.env = None
        self.origin: dt.datetime | None = None

    def attach(self, env) -> None:
        self.env, self.origin = env, env.now()

    def __call__(self) -> dt.datetime:
        if self.env is None or self.origin is None:
            return self.start
        return self.start + (self.env.now() - self.origin)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


@pytest.fixture
def sim_clock() -> SimClock:
    return SimClock(START)


@pytest_asyncio.fixture
async def database_url(request, tmp_path: Path, postgres_url: str | None) -> str:
    """SQLite on disk by default; tests marked ``both_engines`` also run on PostgreSQL."""
    engine = getattr(request, "param", "sqlite")
    if engine == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    if postgres_url is None:
        pytest.skip(f"PostgreSQL case skipped: {postgres_missing()}")
    made = make_engine(postgres_url)
    await reset_postgres(made)
    await made.dispose()
    return postgres_url


# a /reload parses the changed files and learns /ask's intent model over them (a second of
# CPU) before it answers: on a busy 2-core machine that outlasts SimCord's 5 s guard against a
# hang (as in tests/test_curate_discord.py)
RELOADS = pytest.mark.simcord(settle_timeout=60.0)
both_engines = pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)


def build(folder: Path, clock: SimClock, url: str) -> RivalryBot:
    # the store cache as in service (the tests' own): the shipped files' copy loads from it
    return create_bot(
        knowledge_dir=folder,
        clock=clock,
        command_rate=1000,
        database_url=url,
        shard_count=1,  # one shard, as Discord recommends for a few servers
    )


@pytest.fixture
def simcord_bot(
    folder: Path, sim_clock: SimClock, database_url: str, resolver: Resolver
) -> RivalryBot:
    # /ask's intent model of the shipped files learnt now (once per session; a copy of them has
    # their fingerprint and shares it), not while SimCord waits at most 5 s for the starting
    # bot to settle, which the learning alone outlasts on a loaded machine
    model_for(resolver)
    return build(folder, sim_clock, database_url)


class Server:
    """A guild with an admin (Manage Server, Manage Events), a fan, a channel and a role."""

    def __init__(self, env, bot: RivalryBot) -> None:
        self.env, self.bot = env, bot
        self.guild = env.create_guild("Athletics fans")
        self.channel = self.guild.create_text_channel("meets")
        admins = self.guild.create_role(
            "Admins", permissions=discord.Permissions(manage_guild=True, manage_events=True)
        )
        self.role = self.guild.create_role("Race pings")
        self.admin = self.guild.add_member(env.create_user("admin"), roles=[admins])
        self.fan_user = env.create_user("fan")
        self.fan = self.guild.add_member(self.fan_user)
        self.other = self.guild.add_member(env.create_user("other"))

    async def slash(self, command: str, member=None, **options):
        return await (member or self.admin).slash(self.channel, command, **options)

    def posts(self) -> list[discord.Message]:
        """The bot's own channel posts (not interaction replies), oldest first."""
        return [
            m
            for m in self.channel.history()
            if m.author.id == self.bot.user.id and m.interaction_metadata is None
        ]

    async def reload(self) -> None:
        """The bot's owner runs /reload, as after editing knowledge/."""
        self.bot.owner_id = self.admin.id
        done = await self.slash("reload")
        assert "Reloaded" in done.response.content, done.response.content


@pytest_asyncio.fixture
async def server(simcord_env, simcord_bot: RivalryBot, sim_clock: SimClock) -> Server:
    sim_clock.attach(simcord_env)
    await simcord_bot.tree.sync()
    wake_when_due(simcord_bot)
    return Server(simcord_env, simcord_bot)


def wake_when_due(bot: RivalryBot) -> None:
    """Wake the timer only when something is due: SimCord settles each wake in real time, these
    tests cross weeks, and a wake the timer failed to schedule is not covered by a periodic one
    (the periodic wake has its own tests)."""
    assert bot.following is not None
    bot.following.timer.max_sleep = dt.timedelta(days=365)


def add_meet(folder: Path, day: str, status: str = "scheduled") -> None:
    source = "worldclocktools-beijing-2027"  # any source of the shipped store: test data only
    path = folder / "meets.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "\n- id: 2027-follow-test-bergen", "\n- id: 2027-follow-test-bergen-old"
    )
    if "2027-follow-test-bergen-old" in text:
        text = text[: text.index("\n- id: 2027-follow-test-bergen-old")] + "\n"
    block = ADDED_MEET.format(day=day, status=status, source=source)
    path.write_text(text.rstrip("\n") + "\n" + block.lstrip("\n"), encoding="utf-8")


def add_race(folder: Path) -> None:
    path = folder / "races.yaml"
    block = ADDED_RACE.format(source="worldclocktools-beijing-2027", report=REPORT)
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + block.lstrip("\n"))
    path = folder / "sources.yaml"
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(text + "\n" + ADDED_REPORT.lstrip("\n"), encoding="utf-8")


@both_engines
async def test_follow_meet_posts_one_reminder_that_pings_only_the_chosen_role(server):
    result = await server.slash("follow meet", meet="valencia 2027", role=server.role, before=HOUR)
    assert not result.ephemeral
    assert "European Athletics Indoor Championships 2027" in result.response.content
    assert "1 hour before" in result.response.content

    await server.env.advance_time(59 * MINUTE)
    assert server.posts() == []
    await server.env.advance_time(2 * MINUTE)
    (post,) = server.posts()
    assert post.content.startswith(server.role.mention)
    assert "European Athletics Indoor Championships 2027" in post.content
    # a first day without a time: counted and dated in València's calendar, as /next-race
    # says it; a timestamp of its midnight would show 4 March to a viewer in London
    assert "starts tomorrow — " in post.content and "(València time)" in post.content
    assert "<t:" not in post.content
    assert "Source:" in post.content
    request = [r for r in server.env.http_requests if r.method == "POST" and r.json][-1]
    mentions = request.json["allowed_mentions"]
    assert mentions["roles"] == [str(server.role.id)] or mentions["roles"] == [server.role.id]
    assert not mentions.get("parse")  # no @everyone, no users
    assert post.role_mentions and post.role_mentions[0].id == server.role.id

    await server.env.advance_time(24 * HOUR)
    assert len(server.posts()) == 1  # never twice


async def test_follow_needs_manage_server_and_lists_and_unfollows(server):
    assert "follow meet" not in server.fan.available_commands(server.channel)
    assert "follow meet" in server.admin.available_commands(server.channel)
    # a server may let a role of its choice follow (Server Settings → Integrations)
    helper = server.guild.add_member(server.env.create_user("helper"), roles=[server.role])
    commands = {c.name: c for c in await server.bot.tree.fetch_commands()}
    server.guild.set_command_permissions(commands["follow"], {server.role: True})
    assert "follow meet" in helper.available_commands(server.channel)
    await server.slash("follow meet", member=helper, meet="valencia 2027")
    again = await server.slash("follow meet", meet="valencia 2027")
    assert again.ephemeral and "already follows" in again.response.content
    await server.slash("follow athlete", athlete="kerr", before=15 * MINUTE)

    listed = await server.slash("following", member=server.fan)
    assert listed.ephemeral
    lines = listed.response.content.splitlines()
    assert "European Athletics Indoor Championships 2027" in lines[0]
    assert "every meet of Josh Kerr" in lines[1] and "15 minutes before" in lines[1]

    choices = await server.admin.autocomplete(server.channel, "unfollow", "follow", "kerr")
    assert [c["name"] for c in choices] == ["#2 every meet of Josh Kerr"]
    gone = await server.slash("unfollow", follow=choices[0]["value"])
    assert "Stopped following every meet of Josh Kerr" in gone.response.content
    assert [f.kind for f in await server.bot.following.store.follows()] == ["meet"]
    await server.env.advance_time(2 * HOUR)
    assert len(server.posts()) == 1  # only Valencia's reminder; Kerr's follow is gone


@RELOADS
async def test_add_to_server_events_once_then_updated_and_cancelled_by_reloads(server, folder):
    add_meet(folder, "2027-03-06")
    await server.reload()
    answer = await server.slash("next-race", meet="bergen 2027")
    button = "Add to server events"

    refused = await server.fan.click(answer.response, label=button)
    assert refused.ephemeral and "You need the **Manage Events** permission" in (
        refused.response.content
    )
    bot_role = next(r for r in server.guild.roles.values() if r.name == server.bot.user.name)
    everything = discord.Permissions.all()
    everything.administrator = everything.manage_events = False
    server.env.backend.edit_role(server.guild.id, bot_role.id, {"permissions": everything.value})
    missing = await server.admin.click(answer.response, label=button)
    assert "I need the **Manage Events** permission" in missing.response.content
    assert await server.bot.get_guild(server.guild.id).fetch_scheduled_events() == []

    everything.manage_events = True
    server.env.backend.edit_role(server.guild.id, bot_role.id, {"permissions": everything.value})
    created = await server.admin.click(answer.response, label=button)
    assert "is in this server's events" in created.response.content
    again = await server.admin.click(answer.response, label=button)
    assert "is in this server's events" in again.response.content
    guild = server.bot.get_guild(server.guild.id)
    (event,) = await guild.fetch_scheduled_events()
    assert event.name == "Follow Test Games Bergen 2027"
    assert event.location == "Fana Stadion, Bergen"
    # 20:30 in Bergen (CET, UTC+1) is the first race of the day: the event starts there
    assert event.start_time == dt.datetime(2027, 3, 6, 19, 30, tzinfo=dt.UTC)
    assert event.end_time == dt.datetime(2027, 3, 6, 22, 59, tzinfo=dt.UTC)
    assert "Main final: 1500m 06 Mar 20:30 local time" in event.description
    assert "Source:" in event.description

    add_meet(folder, "2027-03-07")  # moved by a day
    await server.reload()
    (event,) = await guild.fetch_scheduled_events()
    assert event.start_time == dt.datetime(2027, 3, 7, 19, 30, tzinfo=dt.UTC)

    add_meet(folder, "2027-03-07", status="cancelled")
    await server.reload()
    (event,) = await guild.fetch_scheduled_events()
    assert event.status is discord.EventStatus.cancelled
    assert await server.bot.following.store.server_events() == []


@RELOADS
@both_engines
async def test_athlete_follow_takes_meets_added_later_and_posts_results_once(server, folder):
    """The results post waits until the race is run and its row's page is out (a report
    dated only by the race: the day after), then the timer posts it once, no reload needed."""
    await server.slash("follow athlete", athlete="kerr", before=15 * MINUTE)
    assert await server.bot.following.store.reminders() == []
    add_meet(folder, "2027-03-05")  # Kerr is entered: a reload brings it in
    await server.reload()
    (planned,) = await server.bot.following.store.reminders()
    assert planned.label == "final:1500m"
    assert planned.target_at == dt.datetime(2027, 3, 5, 19, 30, tzinfo=dt.UTC)

    wait = planned.due_at - server.bot.now() + dt.timedelta(minutes=1)
    await server.env.advance_time(wait.total_seconds())
    (reminder,) = server.posts()
    assert "Follow Test Games Bergen 2027" in reminder.content
    assert "Josh Kerr is entered." in reminder.content
    assert not reminder.role_mentions

    add_race(folder)  # its report is in the store before the race: nothing is posted yet
    await server.reload()
    assert len(server.posts()) == 1
    start = dt.datetime(2027, 3, 5, 19, 30, tzinfo=dt.UTC)
    await server.env.advance_time((start - server.bot.now()).total_seconds() + MINUTE)
    assert len(server.posts()) == 1  # run, but the row's page is out only tomorrow
    known = dt.datetime(2027, 3, 6, tzinfo=dt.UTC)
    await server.env.advance_time((known - server.bot.now()).total_seconds() + MINUTE)
    posts = server.posts()
    assert len(posts) == 2  # the timer posted it when the row became known
    assert posts[1].content.startswith("🏁 Results are in: **Follow Test Games Bergen 2027**")
    embed = str(posts[1].embeds[0].to_dict())
    assert "3:31.00" in embed
    await server.reload()  # a reload and more time bring nothing new
    await server.env.advance_time(2 * HOUR)
    assert len(server.posts()) == 2


async def test_personal_reminder_by_dm_and_forget_me(server):
    made = await server.slash("remind meet", member=server.fan, meet="valencia 2027")
    assert made.ephemeral and "I'll DM you 1 hour before" in made.response.content
    twice = await server.slash("remind meet", member=server.fan, meet="valencia 2027")
    assert "already have a reminder" in twice.response.content
    await server.env.advance_time(59 * MINUTE)
    assert server.fan_user.dm_channel.history() == []
    await server.env.advance_time(2 * MINUTE)
    (dm,) = server.fan_user.dm_channel.history()
    assert "European Athletics Indoor Championships 2027" in dm.content
    assert "starts tomorrow — " in dm.content and "(València time)" in dm.content
    await server.env.advance_time(HOUR)
    assert len(server.fan_user.dm_channel.history()) == 1

    await server.slash("remind meet", member=server.other, meet="worlds 2027")
    gone = await server.slash("forget-me", member=server.other)
    assert gone.ephemeral and "1 reminder deleted" in gone.response.content
    assert await server.bot.following.store.personal(server.other.id) == []


async def test_leaving_a_server_deletes_its_data(server):
    await server.slash("follow meet", meet="valencia 2027")
    other = server.env.create_guild("Elsewhere")
    keeper = other.add_member(
        server.env.create_user("boss"),
        roles=[other.create_role("Boss", permissions=discord.Permissions(manage_guild=True))],
    )
    await keeper.slash(other.create_text_channel("x"), "follow meet", meet="valencia 2027")
    server.env.backend.remove_guild(server.guild.id)
    await server.env.settle()
    follows = await server.bot.following.store.follows()
    assert [f.guild_id for f in follows] == [other.id]
    assert (await server.bot.following.store.counts())["reminders"] == 1


@both_engines
async def test_restart_loses_no_reminder_and_doubles_none(
    server, simcord_env, folder, sim_clock, database_url
):
    """Follow; a process claims the reminder and dies before sending; restart: one post."""
    await server.slash("follow meet", meet="valencia 2027", role=server.role)
    await server.slash("remind meet", member=server.fan, meet="valencia 2027")
    dead = FollowStore(server.bot.following.store.engine, worker="killed-process")
    due = VALENCIA_DAY_ONE - dt.timedelta(hours=1)
    claimed = await dead.claim_due(due)  # claimed at the due time, never sent
    assert len(claimed) == 2
    await age_claims(dead.engine, LEASE)  # the lease ran out while the bot was down

    await simcord_env.restart_bot(build(folder, sim_clock, database_url))
    server.bot = simcord_env.bot
    wake_when_due(server.bot)
    await simcord_env.advance_time(2 * HOUR)
    assert len(server.posts()) == 1
    await simcord_env.restart_bot(build(folder, sim_clock, database_url))
    server.bot = simcord_env.bot
    wake_when_due(server.bot)
    await simcord_env.advance_time(HOUR)
    assert len(server.posts()) == 1
    statuses = [r.status for r in await server.bot.following.store.reminders()]
    assert statuses == ["sent", "sent"]


async def test_a_norwegian_server_gets_its_reminders_in_norwegian(server):
    """Posts nobody asked for in particular are in the server's community language."""
    guild = server.env.create_guild("Friidrett", preferred_locale="no")
    channel = guild.create_text_channel("stevner")
    admins = guild.create_role("Admin", permissions=discord.Permissions(manage_guild=True))
    admin = guild.add_member(server.env.create_user("leder"), roles=[admins])
    done = await admin.slash(channel, "follow meet", meet="valencia 2027", before=HOUR)
    assert not done.ephemeral
    await server.env.advance_time(61 * MINUTE)
    (post,) = [m for m in channel.history() if m.author.id == server.bot.user.id][1:]
    assert "European Athletics Indoor Championships 2027" in post.content
    assert "starter" in post.content and "Kilde:" in post.content, post.content
    assert "Source:" not in post.content and " starts " not in post.content


@RELOADS
async def test_a_followed_meet_removed_from_the_store_is_listed_by_name_with_a_note(server, folder):
    add_meet(folder, "2027-03-06")
    await server.reload()
    await server.slash("follow meet", meet="bergen 2027")
    await server.slash("remind meet", member=server.fan, meet="bergen 2027")
    shutil.copy(KNOWLEDGE / "meets.yaml", folder / "meets.yaml")  # the meet is gone
    await server.reload()
    await server.reload()  # told once, not at every reload
    (told,) = server.posts()
    assert "**Follow Test Games Bergen 2027** is no longer in the fact store" in told.content
    listed = await server.slash("following")
    assert "Follow Test Games Bergen 2027 (no longer in the fact store" in listed.response.content
    assert "2027-follow-test-bergen" not in listed.response.content
    assert await server.bot.following.store.reminders() == []  # nothing left to remind of
    (dm,) = server.fan_user.dm_channel.history()  # the fan's reminder went: told once
    assert "Your reminder for **Follow Test Games Bergen 2027** is off" in dm.content


async def test_a_server_left_while_the_bot_was_down_is_forgotten_on_start(
    server, simcord_env, folder, sim_clock, database_url
):
    """Data of a server the bot is not in when it connects (it was removed while the bot
    was down, so no event came) is deleted; the servers it is in keep theirs."""
    await server.slash("follow meet", meet="valencia 2027")
    store = server.bot.following.store
    left = 1_456_074_443_980_899_999  # a server the bot was in, removed while it was down
    await store.add_follow(
        guild_id=left,
        channel_id=left + 1,
        role_id=None,
        kind="meet",
        target=VALENCIA,
        before_s=HOUR,
        created_by=1,
        now=server.bot.now(),
        limit=5,
    )
    assert await store.reserve_server_event(left, VALENCIA)
    await simcord_env.restart_bot(build(folder, sim_clock, database_url))
    server.bot = simcord_env.bot
    await simcord_env.settle()
    store = server.bot.following.store
    assert [f.guild_id for f in await store.follows()] == [server.guild.id]
    assert await store.guilds() == {server.guild.id}
