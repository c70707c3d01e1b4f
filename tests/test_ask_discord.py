"""/ask, a mention in a channel and a DM, driven through SimCord as a member would."""

from __future__ import annotations

from .test_discord import text_of


async def test_slash_ask_says_how_it_read_the_question(world) -> None:
    result = await world.slash("ask", question="who's won more, kerr or jakob? finals only")
    assert result.acknowledged and not result.ephemeral
    message = result.response
    assert message.content == "Read as: /h2h Josh Kerr vs Jakob Ingebrigtsen, finals only"
    assert "Kerr 3 – 7 Ingebrigtsen" in text_of(message.embeds[0])


async def test_not_what_i_meant_shows_the_next_reading(world) -> None:
    result = await world.slash("ask", question="what did jakob say about kerr")
    assert result.response.content.startswith("Read as: /quote Jakob Ingebrigtsen about Josh Kerr")
    await world.fan.click(result.response, label="Not what I meant")
    shown = world.channel.last_message
    assert shown.content == "Read as: /h2h Jakob Ingebrigtsen vs Josh Kerr"
    assert "Ingebrigtsen 11 – 4 Kerr" in text_of(shown.embeds[0])
    intruder = await world.other.click(shown, label="Next")  # the h2h has pages
    assert intruder.ephemeral
    last = await world.fan.click(shown, label="Not what I meant")  # no third reading
    assert last.ephemeral
    body = text_of(last.response.embeds[0])
    assert "every reading I have" in body and "Try asking:" in body
    assert world.channel.last_message.content == "Read as: /h2h Jakob Ingebrigtsen vs Josh Kerr"


async def test_slash_ask_that_cannot_be_read_offers_examples_privately(world) -> None:
    result = await world.slash("ask", question="kerr vs el guerrouj")
    assert result.ephemeral
    body = text_of(result.response.embeds[0])
    assert "couldn't read that" in body and "guerrouj" in body and "Try asking:" in body


async def test_a_mention_in_a_channel_is_answered_without_pinging(world) -> None:
    me = world.bot.user
    await world.fan.send(world.channel, f"<@{me.id}> who won in budapest? @everyone")
    reply = world.channel.last_message
    assert reply.author.id == me.id
    assert reply.content == "Read as: /results World Athletics Championships Budapest 2023"
    assert "Josh Kerr" in text_of(reply.embeds[0])
    sent = [r for r in world.env.http_requests if r.json and "allowed_mentions" in str(r.json)]
    assert sent and all(r.json["allowed_mentions"]["parse"] == [] for r in sent)


async def test_messages_without_a_mention_and_from_bots_are_ignored(world) -> None:
    await world.fan.send(world.channel, "who won in budapest?")
    assert world.channel.last_message.author.id == world.fan.id
    robot = world.guild.add_member(world.env.create_user("robot", bot=True))
    await robot.send(world.channel, f"<@{world.bot.user.id}> who won in budapest?")
    assert world.channel.last_message.author.id == robot.id


async def test_a_dm_is_answered_and_weather_gets_an_honest_answer(world) -> None:
    await world.fan.send_dm("when does kerr race next")
    reply = world.fan.user.dm_channel.last_message
    assert reply.content == "Read as: /next-race Josh Kerr"
    await world.fan.send_dm("is it gonna rain at pre?")
    honest = world.fan.user.dm_channel.last_message
    assert honest.content is None or honest.content == ""
    assert "weather" in honest.embeds[0].description


async def test_questions_in_messages_are_rate_limited_like_the_commands(world) -> None:
    world.bot.settings.command_rate = 2
    await world.fan.send_dm("when does kerr race next")
    await world.fan.send_dm("when does jakob race next")
    assert (
        world.fan.user.dm_channel.last_message.content == "Read as: /next-race Jakob Ingebrigtsen"
    )
    await world.fan.send_dm("when does laros race next")
    last = world.fan.user.dm_channel.last_message
    assert "asking faster than I can look things up" in last.content
    assert not last.embeds


async def test_a_mention_in_a_norwegian_server_is_answered_in_norwegian(world) -> None:
    """Everyone reads an answer to a mention: it is in the server's language, not English."""
    guild = world.env.create_guild("Friidrett", preferred_locale="no")
    channel = guild.create_text_channel("friidrett")
    fan = guild.add_member(world.env.create_user("supporter"))
    await fan.send(channel, f"<@{world.bot.user.id}> who won in budapest?")
    reply = channel.last_message
    assert reply.content == "Tolket som: /results World Athletics Championships Budapest 2023"
