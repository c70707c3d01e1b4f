"""Charts in Discord, driven through SimCord: the image arrives in the message with its embed."""

from __future__ import annotations

from bot.features.athlete.answer import profile
from bot.features.h2h.answer import H2HQuery, head_to_head
from bot.features.h2h.chart import h2h_spec

H2H_FILE = "h2h-josh-kerr-jakob-ingebrigtsen.png"


async def test_h2h_chart_arrives_with_the_embed_and_stays_on_the_first_page(world) -> None:
    world.bot.charts.wait_seconds = 60  # however busy the test machine: here the chart comes
    result = await world.slash("h2h", athlete="kerr", opponent="jakob")
    message = result.response
    assert [a.filename for a in message.attachments] == [H2H_FILE]
    assert message.embeds[0].image.url == f"attachment://{H2H_FILE}"
    answer = head_to_head(
        world.bot.store, H2HQuery(athlete="josh-kerr", opponent="jakob-ingebrigtsen")
    )
    assert message.attachments[0].description == h2h_spec(answer, world.bot.store).alt_text
    await world.fan.click(message, label="Next")
    page2 = world.channel.last_message
    assert "page 2/3" in page2.embeds[0].footer.text
    # page 2 is the meetings only: no chart (an attachment would show, used or not)
    assert not page2.embeds[0].image.url and page2.attachments == []
    await world.fan.click(page2, label="Previous")
    page1 = world.channel.last_message
    assert "page 1/3" in page1.embeds[0].footer.text
    assert page1.embeds[0].image.url == f"attachment://{H2H_FILE}"
    assert [a.filename for a in page1.attachments] == [H2H_FILE]
    assert world.bot.charts.renders == 1  # the chart sent, from the cache


async def test_pages_of_an_answer_sent_without_its_chart_stay_without(world) -> None:
    result = await world.slash("h2h", athlete="kerr", opponent="jakob", chart=False)
    await world.fan.click(result.response, label="Next")
    await world.fan.click(world.channel.last_message, label="Previous")
    back = world.channel.last_message
    assert back.attachments == [] and not back.embeds[0].image.url


async def test_chart_option_off_sends_the_embed_alone(world) -> None:
    result = await world.slash("h2h", athlete="kerr", opponent="jakob", chart=False)
    assert result.response.attachments == []
    assert not result.response.embeds[0].image.url
    assert "Kerr 4 – 11 Ingebrigtsen" in result.response.embeds[0].description


async def test_athlete_chart_arrives_with_the_profile(world) -> None:
    world.bot.charts.wait_seconds = 60
    result = await world.slash("athlete", name="kerr")
    message = result.response
    assert [a.filename for a in message.attachments] == ["athlete-josh-kerr.png"]
    assert message.embeds[0].image.url == "attachment://athlete-josh-kerr.png"
    assert "not official season bests" in message.attachments[0].description


async def test_a_refusal_has_no_chart(world) -> None:
    result = await world.slash("h2h", athlete="kerr", opponent="samuel")
    assert result.ephemeral and result.response.attachments == []


async def test_a_slow_chart_does_not_hold_the_answer_back(world) -> None:
    """Past the wait the answer goes alone; the chart is finished and kept for the next ask."""
    charts = world.bot.charts
    charts.wait_seconds = 0.0
    result = await world.slash("athlete", name="ingebrigtsen")
    assert result.acknowledged and result.response.attachments == []
    assert "Jakob Ingebrigtsen" in result.response.embeds[0].title
    answer = profile(world.bot.store, "jakob-ingebrigtsen")
    # queued behind the drawing that was not waited for: it finds that chart in the cache
    assert await charts.render_async(answer, world.bot.context()) is not None
    assert charts.renders == 1
    charts.wait_seconds = 60
    again = await world.slash("athlete", name="ingebrigtsen")
    assert [a.filename for a in again.response.attachments] == ["athlete-jakob-ingebrigtsen.png"]
    assert charts.renders == 1


async def test_without_the_plotting_library_the_answer_still_comes(world, monkeypatch) -> None:
    import sys

    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # `import matplotlib` now fails
    world.bot.charts.wait_seconds = 60
    result = await world.slash("h2h", athlete="kerr", opponent="jakob")
    assert result.acknowledged and result.response.attachments == []
    assert "Kerr 4 – 11 Ingebrigtsen" in result.response.embeds[0].description
    assert not world.bot.charts.available
