"""Where the bot answers: servers, DMs and group DMs, installed by a server or by a user."""

from __future__ import annotations

import re

import discord
import pytest
from discord import app_commands
from simcord.backend.serializers import user_payload

from bot.i18n.catalog import read_catalog

from .viewers import Viewers

GUILD_INSTALL, USER_INSTALL = 0, 1
GUILD, BOT_DM, PRIVATE_CHANNEL = 0, 1, 2
COMMAND_NAME = re.compile(r"^[-_a-zæøå0-9]{1,32}$")  # Discord: lowercase, no spaces


@pytest.fixture
def viewers(monkeypatch: pytest.MonkeyPatch) -> Viewers:
    return Viewers(monkeypatch)


def text_of(embed: discord.Embed) -> str:
    parts = [embed.title or "", embed.description or "", embed.footer.text or ""]
    return "\n".join(parts + [f"{f.name}\n{f.value}" for f in embed.fields])


def registered(world) -> dict[str, dict]:
    """The commands as the bot registered them with Discord (`python -m bot sync`)."""
    puts = [r for r in world.env.http_requests if r.method == "PUT" and r.path.endswith("commands")]
    return {command["name"]: command for command in puts[-1].json}


def seen_by_bot(world) -> list[discord.Interaction]:
    seen: list[discord.Interaction] = []

    async def record(interaction: discord.Interaction) -> None:
        seen.append(interaction)

    world.bot.add_listener(record, "on_interaction")
    return seen


READ_ONLY = {"h2h", "quote", "next-race", "results", "athlete", "timeline", "about"}
PER_SERVER = {"reload", "follow", "following", "unfollow"}
EVERYWHERE = ([GUILD_INSTALL, USER_INSTALL], [GUILD, BOT_DM, PRIVATE_CHANNEL])
SERVER_ONLY = ([GUILD_INSTALL], [GUILD])


async def test_read_only_commands_install_anywhere_reload_stays_in_servers(world) -> None:
    commands = registered(world)
    # unset, Discord installs a command with the server only, in every context
    where = {
        name: (
            sorted(c.get("integration_types") or [GUILD_INSTALL]),
            sorted(c.get("contexts") or [GUILD, BOT_DM, PRIVATE_CHANNEL]),
        )
        for name, c in commands.items()
    }
    assert set(where) >= READ_ONLY | PER_SERVER
    assert {name: where[name] for name in READ_ONLY} == dict.fromkeys(READ_ONLY, EVERYWHERE)
    assert {name: where[name] for name in PER_SERVER} == dict.fromkeys(PER_SERVER, SERVER_ONLY)


async def test_a_user_install_answers_in_a_dm_and_pages(world, viewers) -> None:
    fan = world.env.create_user("dm-fan")
    viewers.user_installs.add(fan.id)
    seen = seen_by_bot(world)
    assert "reload" not in fan.available_commands()
    assert {"h2h", "quote", "about"} <= set(fan.available_commands())
    result = await fan.slash("h2h", athlete="kerr", opponent="ingebrigtsen")
    assert result.acknowledged and not result.ephemeral
    assert "Kerr 4 – 11 Ingebrigtsen" in result.response.embeds[0].description
    await fan.click(result.response, label="Next")
    assert "page 2/3" in fan.dm_channel.last_message.embeds[0].footer.text
    assert seen[0].is_user_integration() and seen[0].context.dm_channel


async def test_a_user_install_answers_in_a_group_dm(world, viewers) -> None:
    fan, friend = world.env.create_user("gdm-fan"), world.env.create_user("friend")
    viewers.user_installs.add(fan.id)
    viewers.group_dms[fan.id] = [
        dict(user_payload(world.env.backend.get_user(friend.id))),
        dict(user_payload(world.env.backend.get_user(fan.id))),
    ]
    seen = seen_by_bot(world)
    quote = await fan.slash("quote", athlete="ingebrigtsen", topic="blindfolded")
    assert not quote.ephemeral and "blindfolded" in quote.response.embeds[0].description
    await fan.click(quote.response, label="Another")
    assert "Quote 2 of" in text_of(fan.dm_channel.last_message.embeds[0])
    about = await fan.slash("about")
    assert not about.ephemeral
    interaction = seen[0]
    assert interaction.context.private_channel and interaction.is_user_integration()
    assert isinstance(interaction.channel, discord.GroupChannel)


async def test_command_names_and_options_are_localised_in_norwegian(world) -> None:
    quote = registered(world)["quote"]
    assert quote["name_localizations"] == {"no": "sitat"}
    assert quote["description_localizations"]["no"] == "Hva en utøver har sagt, med kilde"
    topic = next(o for o in quote["options"] if o["name"] == "topic")
    assert topic["name_localizations"] == {"no": "tema"}
    rounds = next(o for o in registered(world)["h2h"]["options"] if o["name"] == "rounds")
    finals = next(c for c in rounds["choices"] if c["value"] == "finals")
    assert finals["name_localizations"] == {"no": "Bare finaler"}


def command_strings(tree) -> list[tuple[str, str]]:
    """Every (where, English text) of the command tree that Discord shows a user."""
    found = []

    def walk(command) -> None:
        if isinstance(command, app_commands.Group):
            found.extend([("group_name", command.name), ("group_description", command.description)])
            for child in command.commands:
                walk(child)
            return
        found.extend([("command_name", command.name), ("command_description", command.description)])
        for option in command.parameters:
            found.append(("parameter_name", option.name))
            found.append(("parameter_description", option.description))
            found.extend(("choice_name", choice.name) for choice in option.choices)

    for command in tree.get_commands():
        walk(command)
    return found


async def test_every_command_string_has_a_norwegian_translation(world) -> None:
    catalog = read_catalog("nb")
    assert catalog is not None
    missing, invalid = [], []
    for where, text in command_strings(world.bot.tree):
        entry = catalog.get(text, context=where)
        if entry is None or not entry.string or entry.fuzzy:
            missing.append((where, text))
        elif (
            where.endswith("_name")
            and where != "choice_name"
            and not COMMAND_NAME.match(entry.string)
        ):
            invalid.append(entry.string)
    assert not missing, f"add these to bot/locale/nb/LC_MESSAGES/rivalry.po: {missing}"
    assert not invalid, f"Discord refuses these names: {invalid}"
