"""/ask and a mention carry the extras of the command they were read as (SimCord).

The chart of a head-to-head, pages, "Another" on a quote, "Add to server events" on a next
race and "Report a mistake", each beside "Not what I meant"; every one of them persistent.
"""

from __future__ import annotations

from bot import create_bot

from .conftest import KNOWLEDGE
from .test_discord import text_of

H2H_FILE = "h2h-josh-kerr-jakob-ingebrigtsen.png"
NOT_MEANT, REPORT = "Not what I meant", "Report a mistake"


def labels(message) -> list[str]:
    """The buttons' labels, of a message as sent or as the channel holds it."""
    rows = [getattr(row, "children", None) or row["components"] for row in message.components]
    return [getattr(c, "label", None) or c["label"] for row in rows for c in row]


def footer(message) -> str:
    return message.embeds[0].footer.text


async def test_an_h2h_question_comes_with_the_chart_pages_and_every_button(world) -> None:
    world.bot.charts.wait_seconds = 60  # however busy the machine: the chart comes
    result = await world.slash("ask", question="who's won more, kerr or jakob?")
    message = result.response
    assert message.content == "Read as: /h2h Josh Kerr vs Jakob Ingebrigtsen"
    assert [a.filename for a in message.attachments] == [H2H_FILE]
    assert message.embeds[0].image.url == f"attachment://{H2H_FILE}"
    assert labels(message) == ["Previous", "Next", NOT_MEANT, REPORT]
    await world.fan.click(message, label="Next")
    page2 = world.channel.last_message
    assert page2.id == message.id and "page 2/3" in footer(page2)
    assert page2.content == message.content  # the reading stays said above every page
    assert page2.embeds[0].image.url is None  # the chart is the first page's alone
    assert page2.attachments == []
    assert labels(page2) == ["Previous", "Next", NOT_MEANT, REPORT]
    await world.fan.click(page2, label="Previous")
    back = world.channel.last_message
    assert "page 1/3" in footer(back)
    assert [a.filename for a in back.attachments] == [H2H_FILE]
    assert back.embeds[0].image.url == f"attachment://{H2H_FILE}"


async def test_a_quote_question_has_another_and_keeps_its_reading(world) -> None:
    result = await world.slash("ask", question="what did jakob say about kerr")
    message = result.response
    assert labels(message) == ["Another", NOT_MEANT, REPORT]
    first = message.embeds[0].description
    await world.fan.click(message, label="Another")
    shown = world.channel.last_message
    assert shown.id == message.id and shown.embeds[0].description != first
    assert shown.content == "Read as: /quote Jakob Ingebrigtsen about Josh Kerr"
    assert labels(shown) == ["Another", NOT_MEANT, REPORT]


async def test_a_next_race_question_offers_the_server_event(world) -> None:
    result = await world.slash("ask", question="when does kerr race next")
    assert labels(result.response) == ["Add to server events", NOT_MEANT, REPORT]
    click = await world.fan.click(result.response, label="Add to server events")
    assert click.ephemeral  # the button's own checks answered (a fan may not manage events)
    dm = await world.fan.send_dm("when does kerr race next")  # no server: no server event
    del dm
    assert labels(world.fan.user.dm_channel.last_message) == [NOT_MEANT, REPORT]


async def test_the_next_reading_has_its_own_extras_and_pages_stay_on_it(world) -> None:
    world.bot.charts.wait_seconds = 60
    result = await world.slash("ask", question="what did jakob say about kerr")
    assert result.response.attachments == []  # a quote has no chart
    await world.fan.click(result.response, label=NOT_MEANT)
    shown = world.channel.last_message
    assert shown.content == "Read as: /h2h Jakob Ingebrigtsen vs Josh Kerr"
    assert labels(shown) == ["Previous", "Next", NOT_MEANT, REPORT]
    assert [a.filename for a in shown.attachments] == ["h2h-jakob-ingebrigtsen-josh-kerr.png"]
    await world.fan.click(shown, label="Next")
    page2 = world.channel.last_message
    # still the second reading, its page 2: not the first reading asked again
    assert page2.content == "Read as: /h2h Jakob Ingebrigtsen vs Josh Kerr"
    assert "page 2/3" in footer(page2) and "Ingebrigtsen" in text_of(page2.embeds[0])


async def test_not_what_i_meant_answers_after_a_restart(world) -> None:
    result = await world.slash("ask", question="what did jakob say about kerr")
    restarted = create_bot(knowledge_dir=KNOWLEDGE, clock=world.bot.clock, shard_count=1)
    await world.env.restart_bot(restarted)
    clicked = await world.fan.click(result.response, label=NOT_MEANT)
    assert clicked.acknowledged and not clicked.ephemeral
    assert world.channel.last_message.content == "Read as: /h2h Jakob Ingebrigtsen vs Josh Kerr"


async def test_someone_else_gets_their_own_copy_of_the_next_reading(world) -> None:
    result = await world.slash("ask", question="what did jakob say about kerr")
    copy = await world.other.click(result.response, label=NOT_MEANT)
    assert copy.ephemeral and copy.response.content.startswith("Read as: /h2h")
    assert world.channel.last_message.content.startswith("Read as: /quote")  # untouched


async def test_a_mention_gets_the_same_extras_as_ask(world) -> None:
    world.bot.charts.wait_seconds = 60
    me = world.bot.user
    await world.fan.send(world.channel, f"<@{me.id}> who's won more, kerr or jakob?")
    reply = world.channel.last_message
    assert reply.content == "Read as: /h2h Josh Kerr vs Jakob Ingebrigtsen"
    assert [a.filename for a in reply.attachments] == [H2H_FILE]
    assert labels(reply) == ["Previous", "Next", NOT_MEANT, REPORT]
    await world.fan.click(reply, label="Next")
    assert "page 2/3" in footer(world.channel.last_message)
    await world.fan.send(world.channel, f"<@{me.id}> what did jakob say about kerr")
    assert labels(world.channel.last_message) == ["Another", NOT_MEANT, REPORT]


async def test_did_you_mean_on_a_question_answers_the_command_with_the_pick(world) -> None:
    unclear = await world.slash("ask", question="tell me about cheruiyot")
    assert unclear.ephemeral and unclear.response.content == "Read as: /athlete “cheruiyot”"
    menu = unclear.response.components[0]["components"][0]
    offered = {o["label"]: o["value"] for o in menu["options"]}
    assert NOT_MEANT in str(unclear.response.components)  # beside the menu
    picked = await world.fan.select(unclear.response, [offered["Timothy Cheruiyot (KEN)"]])
    assert picked.acknowledged
    assert picked.response.components[0]["components"][0]["disabled"]  # the menu closes
    answer = picked.followups[-1]  # and the answer follows, in public
    assert not answer.flags.ephemeral
    assert answer.embeds[0].title.startswith("Timothy Cheruiyot (KEN)")
    assert REPORT in str(answer.components)
