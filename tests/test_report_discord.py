"""Reporting a mistake through SimCord, as a fan does: the button or /report, the form, the
private receipt, the staff channel; /forget-me; and the reporter told when a report closes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import discord
import pytest
import pytest_asyncio

from bot import create_bot
from bot.app import RivalryBot
from bot.reports import ReportStore

from .conftest import KNOWLEDGE, NOW, Clock

REPORT = "Report a mistake"


@pytest.fixture
def simcord_bot(clock: Clock, tmp_path: Path) -> RivalryBot:
    return create_bot(
        knowledge_dir=KNOWLEDGE,
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
