"""Reporting a mistake through SimCord, as a fan does: the button or /report, the form, the
private receipt, the staff channel; /forget-me; and the reporter told when a report closes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import pytest_asyncio

from bot import create_bot
from bot.app import RivalryBot
from bot.ask.intents import model_for
from bot.exts.report_cli import tell_reporter
from bot.facts import FactStore
from bot.knowledge import Knowledge
from bot.reports import ReportStore
from bot.resolve import Resolver

from .conftest import KNOWLEDGE, NOW, Clock
from .viewers import Viewers

REPORT = "Report a mistake"


@pytest.fixture
def simcord_bot(clock: Clock, tmp_path: Path, store: FactStore, resolver: Resolver) -> RivalryBot:
    model_for(resolver)  # learnt once for the session, as tests/conftest.py's bots do
    return create_bot(
        knowledge_dir=KNOWLEDGE,
        knowledge=Knowledge(store, resolver),  # the session's shipped store: never changes
        clock=clock,
        command_rate=1000,
        shard_count=1,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'reports.sqlite3'}",
        report_limit=3,
    )


class Fans:
    """A server with a fan, another member, a public channel and a staff channel."""

    def __init__(self, env, bot: RivalryBot) -> None:
        self.env, self.bot = env, bot
        self.guild = env.create_guild("Athletics fans")
        self.channel = self.guild.create_text_channel("athletics")
        self.staff = self.guild.create_text_channel("staff")
        self.fan_user = env.create_user("fan")
        self.fan = self.guild.add_member(self.fan_user)
        self.other = self.guild.add_member(env.create_user("other"))
        self.store = ReportStore(bot.database)

    async def report(self, message, what: str, link: str | None = None, member=None):
        """Click "Report a mistake" on a message and submit the form."""
        member = member or self.fan
        form = await member.click(message, label=REPORT)
        return await submit(member, form, what, link)


async def submit(member, form, what: str, link: str | None = None):
    """Fill the form's two fields (what is wrong, a link) and send it."""
    assert form.modal is not None, form
    what_id, link_id = field_ids(form)
    values = {what_id: what} | ({link_id: link} if link is not None else {})
    return await member.submit_modal(form, values)


def field_ids(form) -> list[str]:
    ids = []
    for row in form.modal["components"]:
        for child in row.get("components") or [row.get("component")]:
            ids.append(child["custom_id"])
    return ids


@pytest_asyncio.fixture
async def fans(simcord_env, simcord_bot: RivalryBot) -> Fans:
    await simcord_bot.tree.sync()
    return Fans(simcord_env, simcord_bot)


async def test_report_from_an_answer_keeps_the_answer_and_pings_nobody(fans: Fans) -> None:
    answer = await fans.fan.slash(fans.channel, "h2h", athlete="kerr", opponent="jakob")
    assert not answer.ephemeral
    done = await fans.report(
        fans.channel.last_message,
        "@everyone the Zürich time\x1b[31m is wrong <@123> \x07",
        "worldathletics.org/results/x",
    )
    assert done.ephemeral
    receipt = done.response.content
    assert "#1" in receipt and "@everyone" not in receipt and "<@123>" not in receipt
    assert "\x1b" not in receipt and "\x07" not in receipt
    (report,) = await fans.store.open_reports()
    assert report.what == "@everyone the Zürich time is wrong <@123>"
    assert report.link == "https://worldathletics.org/results/x"
    assert report.asked.command == "h2h"
    assert report.asked.options == {"athlete": "kerr", "opponent": "jakob", "rounds": "all"}
    assert report.asked.answered_at == NOW
    assert report.asked.facts_as_of == fans.bot.store.facts_as_of
    assert report.asked.store_version == (fans.bot.store.fingerprint or "")[:8]
    assert report.user_id == fans.fan.id and report.guild_id == fans.guild.id


async def test_anyone_may_report_a_public_answer_and_paging_keeps_the_button(fans) -> None:
    answer = await fans.fan.slash(fans.channel, "h2h", athlete="kerr", opponent="jakob")
    assert not answer.ephemeral
    await fans.fan.click(fans.channel.last_message, label="Next")
    assert REPORT in str(fans.channel.last_message.components)
    done = await fans.report(fans.channel.last_message, "the record is 11-4?", member=fans.other)
    assert done.ephemeral and "#1" in done.response.content
    (report,) = await fans.store.open_reports()
    assert report.user_id == fans.other.id and report.asked.command == "h2h"


@pytest.fixture
def viewers(monkeypatch: pytest.MonkeyPatch) -> Viewers:
    return Viewers(monkeypatch)


async def test_report_command_in_norwegian_and_in_a_dm(fans: Fans, viewers: Viewers) -> None:
    viewers.locales[fans.fan.id] = "no"
    form = await fans.fan.slash(fans.channel, "report")
    assert form.modal["title"] == "Meld fra om en feil"
    assert "Hva er feil?" in str(form.modal) and "valgfritt" in str(form.modal)
    done = await submit(fans.fan, form, "Datoen for Bislett er feil")
    assert done.ephemeral and "rapporten din har nummer **#1**" in done.response.content
    in_dm = await fans.fan_user.slash("report")
    done = await submit(fans.fan_user, in_dm, "and another", "https://example.org/a")
    assert "**#2**" in done.response.content
    first, second = await fans.store.open_reports()
    assert first.locale == "no" and first.guild_id == fans.guild.id
    assert second.guild_id is None and second.link == "https://example.org/a"
    for report in (first, second):  # no answer: the clock and the store in service
        assert report.asked.command is None and report.created_at == NOW
        assert report.asked.facts_as_of == fans.bot.store.facts_as_of
        assert report.asked.store_version


async def test_the_daily_limit_and_bad_input_get_one_line_and_write_nothing(fans) -> None:
    form = await fans.fan.slash(fans.channel, "report")
    what = next(c for row in form.modal["components"] for c in row["components"])
    assert what["max_length"] == 1000  # Discord's form stops a longer report
    refused = await submit(fans.fan, form, "the time is wrong", "javascript:alert(1)")
    assert refused.ephemeral and "must be a web address" in refused.response.content
    form = await fans.fan.slash(fans.channel, "report")
    refused = await submit(fans.fan, form, "\x00\x07\x1b[2J")
    assert "Nothing is left of your report" in refused.response.content
    assert await fans.store.open_reports() == []
    for number in (1, 2, 3):  # refusals did not count against the day's three
        done = await submit(fans.fan, await fans.fan.slash(fans.channel, "report"), "wrong")
        assert f"**#{number}**" in done.response.content
    refused = await submit(fans.fan, await fans.fan.slash(fans.channel, "report"), "wrong")
    midnight = int(dt.datetime(2026, 11, 23, tzinfo=dt.UTC).timestamp())
    assert refused.response.content == (
        f"You have sent 3 reports today, the most allowed: you can send more <t:{midnight}:R>."
    )
    assert len(await fans.store.open_reports()) == 3
    fans.bot.clock.now = NOW + dt.timedelta(hours=12)  # the next UTC day
    done = await submit(fans.fan, await fans.fan.slash(fans.channel, "report"), "wrong")
    assert "**#4**" in done.response.content


async def test_a_new_report_is_posted_to_the_staff_channel_without_a_ping(fans) -> None:
    bot = fans.bot
    bot.settings = bot.settings.model_copy(update={"reports_channel_id": fans.staff.id})
    await fans.fan.slash(fans.channel, "h2h", athlete="kerr", opponent="jakob")
    await fans.report(fans.channel.last_message, "@here **Zürich** <@&42> is wrong", "x.org/y")
    post = fans.staff.last_message
    assert post is not None and post.author.id == bot.user.id
    embed = post.embeds[0]
    assert embed.title == "Report #1"
    assert "@here" not in embed.description and "<@&42>" not in embed.description
    assert "\\*\\*Zürich\\*\\*" in embed.description  # the fan's Markdown shown as typed
    fields = {field.name: field.value for field in embed.fields}
    assert fields["From"] == f"<@{fans.fan.id}>"
    assert fields["On the answer"].startswith("/h2h athlete:kerr opponent:jakob rounds:all · <t:")
    assert fields["Link"] == "<https://x.org/y>"
    assert not post.mention_everyone and not post.mentions and not post.role_mentions
    # a staff channel that is gone: the reporter still gets the receipt, and nothing else
    bot.settings = bot.settings.model_copy(update={"reports_channel_id": 404})
    done = await fans.report(fans.channel.last_message, "again")
    assert "**#2**" in done.response.content and not done.followups


async def test_forget_me_deletes_the_users_reports(fans) -> None:
    for member in (fans.fan, fans.fan, fans.other):
        await submit(member, await member.slash(fans.channel, "report"), "wrong")
    gone = await fans.fan.slash(fans.channel, "forget-me")
    assert gone.ephemeral and "2 reports deleted" in gone.response.content
    assert [r.user_id for r in await fans.store.open_reports()] == [fans.other.id]


async def test_every_kind_of_answer_has_the_button_and_refusals_none(fans) -> None:
    # one page (a new view); "Another" and pages (persistent); /ask (a view kept in memory)
    fans.bot.settings = fans.bot.settings.model_copy(update={"report_limit": 10})
    asking = (
        ("about", {}),
        ("quote", {"athlete": "ingebrigtsen", "topic": "blindfolded"}),
        ("ask", {"question": "who has won more, kerr or jakob?"}),
        ("ask", {"question": "when does kerr race next?"}),
    )
    for command, options in asking:
        answer = await fans.fan.slash(fans.channel, command, **options)
        assert not answer.ephemeral
        # anyone may report it, also where only the asker may use the other buttons
        done = await fans.report(
            fans.channel.last_message, f"{command} is wrong", member=fans.other
        )
        assert done.ephemeral and "#" in done.response.content, command
    asked = [r.asked for r in await fans.store.open_reports()]
    assert [a.command for a in asked] == ["about", "quote", "ask", "ask"]
    assert asked[3].options == {"question": "when does kerr race next?"}
    unclear = await fans.fan.slash(fans.channel, "h2h", athlete="samuel", opponent="kerr")
    assert unclear.ephemeral and REPORT not in str(unclear.response.components)


async def test_no_button_of_an_answer_times_out(fans) -> None:
    """Every view of an answer is persistent: an hour later each button still answers."""
    await fans.fan.slash(fans.channel, "about")
    about = fans.channel.last_message
    await fans.fan.slash(fans.channel, "ask", question="when does kerr race next?")
    asked = fans.channel.last_message
    await fans.env.advance_time(3600)
    buttons = {b.label: b for row in asked.components for b in row.children}
    assert not buttons["Not what I meant"].disabled and not buttons[REPORT].disabled
    for message in (asked, about):  # and every report button answers anyone
        done = await fans.report(message, "wrong", member=fans.other)
        assert done.ephemeral and "#" in done.response.content
    again = await fans.fan.click(asked, label="Not what I meant")
    assert again.acknowledged


async def test_a_report_button_from_before_a_restart_still_opens_the_form(fans) -> None:
    await fans.fan.slash(fans.channel, "h2h", athlete="kerr", opponent="jakob")
    url = fans.bot.settings.database
    restarted = create_bot(
        knowledge_dir=KNOWLEDGE, clock=fans.bot.clock, shard_count=1, database_url=url
    )
    await fans.env.restart_bot(restarted)
    done = await fans.report(fans.channel.last_message, "still wrong")
    assert "**#1**" in done.response.content
    (report,) = await ReportStore(restarted.database).open_reports()
    assert report.asked.command == "h2h" and report.asked.answered_at == NOW


async def test_closing_tells_the_reporter_by_dm_in_their_language(fans, viewers) -> None:
    viewers.locales[fans.fan.id] = "no"
    await submit(fans.fan, await fans.fan.slash(fans.channel, "report"), "@everyone feil tid")
    (report,) = await fans.store.open_reports()
    closed = await fans.store.close(report.id, "Rettet <@1>, takk!", NOW)
    assert await tell_reporter(fans.bot, closed) == "dm"
    (dm,) = fans.fan_user.dm_channel.history()
    assert dm.content.startswith("Rapporten din #1 («")
    assert "@everyone" not in dm.content and "<@1>" not in dm.content
    assert "takk!" in dm.content
    fans.env.inject_error(
        "POST", "/channels/*/messages", status=403, code=50007, message="Cannot send messages"
    )
    assert await tell_reporter(fans.bot, closed) == "dm-refused"


async def test_options_too_long_for_the_button_are_kept_cut_and_marked(fans) -> None:
    question = "when does kerr race next? " + "really " * 20
    await fans.fan.slash(fans.channel, "ask", question=question)
    await fans.report(fans.channel.last_message, "wrong")
    (report,) = await fans.store.open_reports()
    kept = report.asked.options["question"]
    assert kept.endswith("…") and question.startswith(kept[:-1])


async def test_an_answer_to_a_mention_has_the_button_too(fans) -> None:
    await fans.fan.send(fans.channel, f"<@{fans.bot.user.id}> when does kerr race next?")
    done = await fans.report(fans.channel.last_message, "wrong", member=fans.other)
    assert "**#1**" in done.response.content
    (report,) = await fans.store.open_reports()
    assert report.asked.command == "ask"
    assert report.asked.options == {"question": "when does kerr race next?"}


async def test_the_answer_picked_from_did_you_mean_has_the_button(fans) -> None:
    # one page: no other button than "Report a mistake"
    unclear = await fans.fan.slash(fans.channel, "next-race", athlete="cheruiyot")
    menu = unclear.response.components[0]["components"][0]
    pick = next(o["value"] for o in menu["options"] if o["label"] == "Timothy Cheruiyot (KEN)")
    picked = await fans.fan.select(unclear.response, [pick])
    # the menu closes in place; the answer follows as a message of its own
    done = await fans.report(picked.followups[-1], "wrong")
    assert "**#1**" in done.response.content
    (report,) = await fans.store.open_reports()
    assert report.asked.options["athlete"] == "timothy-cheruiyot"
