"""Buttons that outlive the bot process, and answers in each viewer's language (SimCord)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot import create_bot
from bot.ask.intents import model_for
from bot.facts import load_store
from bot.render.embed_kit import ASK_BACK_COLOUR, ERROR_COLOUR
from bot.resolve import Resolver

from .conftest import KNOWLEDGE
from .viewers import Viewers

H2H_NORDAS_CHERUIYOT = "h2h-narve-gilje-nordas-timothy-cheruiyot.png"


def footer(message) -> str:
    return message.embeds[0].footer.text


def labels(message) -> list[str]:
    return [c["label"] for row in message.components for c in row["components"]]


def new_process(world, knowledge: Path = KNOWLEDGE):
    """A new bot object: nothing of the old one's memory (views, caches) survives."""
    bot = create_bot(knowledge_dir=knowledge, clock=world.bot.clock, shard_count=1)
    # (another store's intent model learnt here, not while SimCord waits at most 5 s for the
    # restarted bot to settle)
    model_for(Resolver(load_store(knowledge)))
    return world.env.restart_bot(bot)


async def test_a_page_button_answers_after_a_restart(world) -> None:
    result = await world.slash("h2h", athlete="kerr", opponent="jakob")
    await new_process(world)
    turned = await world.fan.click(world.channel.last_message, label="Next")
    assert turned.acknowledged and not turned.ephemeral
    page2 = world.channel.last_message
    assert page2.id == result.response.id and "page 2/3" in footer(page2)
    assert not page2.content  # the same store: nothing to say about it


async def test_another_after_a_restart_and_a_changed_store_says_so(world, tmp_path) -> None:
    result = await world.slash("quote", athlete="ingebrigtsen", topic="blindfolded")
    first = result.response.embeds[0].description
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    with (folder / "sources.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\n# reviewed again\n")  # other bytes: another store as far as anyone knows
    await new_process(world, folder)
    await world.fan.click(world.channel.last_message, label="Another")
    second = world.channel.last_message
    assert second.embeds[0].description != first
    assert "*Quote 2 of" in second.embeds[0].description  # a line under the quote, no label
    assert "The facts were updated since this answer" in second.content


async def test_a_query_too_long_for_a_custom_id_pages_in_this_process_only(world) -> None:
    from bot.exts import queries

    # a long question: its query goes in the custom ids by reference
    question = "who has won more races over all these years, josh kerr or jakob ingebrigtsen?"
    result = await world.slash("ask", question=question)
    ids = [c["custom_id"] for row in result.response.components for c in row["components"]]
    assert "Next" in labels(result.response) and all(len(i) <= 100 for i in ids)
    assert any(":~" in i for i in ids)
    await world.fan.click(world.channel.last_message, label="Next")
    assert "page 2/" in footer(world.channel.last_message)
    await new_process(world)
    queries._REMEMBERED.clear()  # a new process keeps no reference: the button says so
    gone = await world.fan.click(world.channel.last_message, label="Previous")
    assert gone.ephemeral and "expired" in gone.response.content


@pytest.fixture
def viewers(monkeypatch: pytest.MonkeyPatch) -> Viewers:
    return Viewers(monkeypatch)


async def test_each_member_sees_their_own_language(world, viewers) -> None:
    viewers.locales[world.fan.id] = "no"
    viewers.locales[world.other.id] = "en-GB"
    norsk = (await world.slash("h2h", athlete="kerr", opponent="jakob")).response
    assert "Fakta per 31. mars 2026" in footer(norsk) and "side 1/3" in footer(norsk)
    assert "Møter 1–6 av 15, nyeste først" in norsk.embeds[0].description
    assert "Kerr 5. 3.31,46 · Ingebrigtsen **2. 3.29,52**" in norsk.embeds[0].description
    assert "Ingebrigtsen leder" in norsk.embeds[0].description
    assert labels(norsk) == ["Forrige", "Neste", "Meld fra om en feil"]
    await world.fan.click(norsk, label="Neste")
    assert "side 2/3" in footer(world.channel.last_message)
    english = (
        await world.slash("h2h", member=world.other, athlete="kerr", opponent="jakob")
    ).response
    assert "Facts as of 31 Mar 2026" in footer(english) and "page 1/3" in footer(english)
    assert labels(english) == ["Previous", "Next", "Report a mistake"]
    # the English member turns the Norwegian answer: a private copy, in English
    copy = await world.other.click(norsk, label="Neste")
    assert copy.ephemeral and "Facts as of 31 Mar 2026" in footer(copy.response)
    assert "page 3/3" in footer(copy.response)  # the page after the one the message shows


async def test_did_you_mean_answers_the_pick_publicly_after_a_restart(world) -> None:
    unclear = await world.slash("h2h", athlete="nordas", opponent="cheruiyot")
    assert unclear.ephemeral
    menu = unclear.response.components[0]["components"][0]
    offered = {o["label"]: o["value"] for o in menu["options"]}
    assert "Timothy Cheruiyot (KEN)" in offered
    await new_process(world)
    world.bot.charts.wait_seconds = 60  # however busy the test machine: here the chart comes
    picked = await world.fan.select(unclear.response, [offered["Timothy Cheruiyot (KEN)"]])
    assert picked.acknowledged
    # the menu closes, the pick left showing in it: nobody picks twice
    closed = picked.response.components[0]["components"][0]
    assert closed["disabled"]
    assert [o["label"] for o in closed["options"] if o.get("default")] == [
        "Timothy Cheruiyot (KEN)"
    ]
    reply = picked.followups[-1]
    assert not reply.flags.ephemeral  # public: everyone sees the answer the asker meant
    answer = reply.embeds[0]
    assert answer.title.startswith("🇳🇴 Narve Gilje Nordås vs 🇰🇪 Timothy Cheruiyot")
    # complete as the command's own answer: its chart and its buttons
    assert [a.filename for a in reply.attachments] == [H2H_NORDAS_CHERUIYOT]
    assert answer.image.url == f"attachment://{H2H_NORDAS_CHERUIYOT}"
    assert labels(reply) == ["Report a mistake"]  # five meetings: one page


async def test_did_you_mean_is_a_question_not_an_error(world) -> None:
    unclear = await world.slash("h2h", athlete="kerr", opponent="samuel")
    assert unclear.response.embeds[0].colour.value == ASK_BACK_COLOUR.value
    wrong = await world.slash("h2h", athlete="kerr", opponent="josh-kerr")
    assert wrong.response.embeds[0].colour.value == ERROR_COLOUR.value
