"""What fans see (#24): compact /h2h, charts in the viewer's language, claims, tables, menus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import discord
import pytest

from bot.charts.service import cache_key
from bot.commands import Context
from bot.features.athlete.answer import profile
from bot.features.athlete.chart import progression_spec
from bot.features.athlete.layouts import athlete_embed, notable_line
from bot.features.h2h.answer import H2HQuery, head_to_head
from bot.features.h2h.chart import h2h_spec
from bot.features.results.layouts import marks
from bot.features.timeline.kinds import kind_of
from bot.i18n import LANGUAGES, speaking_in
from bot.render.embeds import render_embeds

from .conftest import NOW
from .viewers import Viewers

NORWEGIAN = next(lang for lang in LANGUAGES if lang.code == "nb")
SPEC = Path(__file__).parent.parent.parent / "shared" / "discord" / "openapi.json"
# Discord's documented limits (the spec holds most; the docs hold the 6,000 total)
LIMITS = {"title": 256, "description": 4096, "fields": 25, "value": 1024, "total": 6000}
PHONE = 48  # characters of a line of an embed at a phone's width, Markdown links shown as text


def h2h(store, a: str, b: str):
    return head_to_head(store, H2HQuery(athlete=a, opponent=b), now=NOW)


def shown(line: str) -> str:
    """A line as Discord shows it: links as their labels, no bold or code marks."""
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line).replace("**", "").replace("`", "")


# ---------------------------------------------------------------- /h2h
def test_h2h_meetings_fit_two_phone_lines_in_the_asked_order(store) -> None:
    answer = h2h(store, "josh-kerr", "jakob-ingebrigtsen")
    pages = render_embeds(answer)
    first = pages[0].to_dict()
    assert first["title"].endswith("Josh Kerr vs 🇳🇴 Jakob Ingebrigtsen")
    assert "## Kerr 4 – 11 Ingebrigtsen" in first["description"]
    assert "Ingebrigtsen leads" in first["description"]
    body = first["description"].split("newest first**\n", 1)[1]
    meetings = body.split("\n\n")
    assert meetings and all(len(m.split("\n")) == 2 for m in meetings)
    for meeting in meetings:
        # the meet's name links the race's page; a row another page prints links that page
        assert meeting.count("](") - meeting.count("[↗](") <= 1
        assert all(len(shown(line)) <= PHONE for line in meeting.split("\n")), meeting
    assert "Sources" not in [f["name"] for f in first.get("fields", [])]  # not linked twice


def test_h2h_page_two_is_meetings_only(store) -> None:
    answer = h2h(store, "josh-kerr", "jakob-ingebrigtsen")
    answer = answer.model_copy(update={"notes": ["Read “jakob” as Jakob Ingebrigtsen."]})
    pages = render_embeds(answer)
    assert len(pages) == 3
    second = pages[1].to_dict()
    assert "##" not in second["description"] and "leads" not in second["description"]
    # (the markers' key first: no chart is beside page two)
    key, heading = second["description"].splitlines()[:2]
    assert key == "🔵 Kerr ahead · 🟠 Ingebrigtsen ahead"
    assert heading.startswith("**Meetings 7–12 of 15")
    assert not second.get("fields")  # the names note is on page 1 only
    assert "How I read your names" in str(pages[0].to_dict())


def test_a_pair_with_one_meeting_is_said_once(store) -> None:
    answer = h2h(store, "josh-kerr", "george-mills")
    assert len(answer.meetings) == 1
    text = render_embeds(answer)[0].to_dict()["description"]
    short = answer.short_meets[answer.meetings[0].meet_id]
    assert text.count(short) == 1
    assert "First met" not in text and "Finals only" not in text and "Meetings" not in text


def test_the_other_order_asked_is_kept_everywhere(store) -> None:
    answer = h2h(store, "jakob-ingebrigtsen", "josh-kerr")
    spec = h2h_spec(answer, store)
    assert spec is not None and spec.title == "Ingebrigtsen 11 – 4 Kerr"
    assert spec.left.startswith("◀ Ingebrigtsen")
    assert "## Ingebrigtsen 11 – 4 Kerr" in render_embeds(answer)[0].to_dict()["description"]


# ---------------------------------------------------------------- charts
def test_charts_speak_the_viewers_language_and_are_cached_apart(store, resolver) -> None:
    here = Context(store, resolver, NOW)
    answer = h2h(store, "josh-kerr", "jakob-ingebrigtsen")
    english = h2h_spec(answer, store)
    with speaking_in(NORWEGIAN):
        norsk = h2h_spec(answer, store)
        norsk_key = cache_key(answer, here)
        athlete = progression_spec(profile(store, "jakob-ingebrigtsen", now=NOW))
    assert english is not None and norsk is not None and athlete is not None
    assert "seconds" in english.key and "sekunder" in norsk.key
    assert english.alt_text != norsk.alt_text and "foran" in norsk.left
    assert athlete.panels[0].faster == "raskere ↑" and "gull" in athlete.note
    assert norsk_key != cache_key(answer, here)


def test_medals_are_told_apart(store) -> None:
    from bot.charts import draw

    spec = progression_spec(profile(store, "jakob-ingebrigtsen", now=NOW))
    assert spec is not None
    places = {m.place for p in spec.panels for m in p.medals}
    assert places == {1, 2}  # golds and silvers in his 1500m panel
    assert len({draw.MEDAL_MARKERS[p - 1][0] for p in places}) == 2
    figure = draw.progression_figure(spec)
    markers = {line.get_marker() for ax in figure.axes for line in ax.get_lines()}
    assert {"*", "D"} <= markers
    assert all(t.get_fontsize() >= draw.SMALLEST for t in figure.findobj(match=_text))


def _text(artist) -> bool:
    from matplotlib.text import Text

    return isinstance(artist, Text) and bool(artist.get_text())


# ---------------------------------------------------------------- /athlete
def test_a_notable_figure_the_store_counts_otherwise_is_its_sources_claim(store) -> None:
    answer = profile(store, "timothy-cheruiyot", now=NOW)
    person = answer.person
    record = next(n for n in answer.notable if "11–0" in n.text)
    assert record.store_record == (6, 12)
    said = notable_line(record, person)
    assert "per VG" in said and "Cheruiyot 6–12" in said
    best = next(n for n in answer.notable if "3:28.41" in n.text)
    assert best.store_best == "3:28.28" and "per VG" in notable_line(best, person)
    agreeing = next(n for n in answer.notable if n.text.startswith("1500m best 3:28.28"))
    assert agreeing.store_best is None and notable_line(agreeing, person) == agreeing.text


def test_head_to_heads_say_who_leads(store) -> None:
    embed = athlete_embed(profile(store, "josh-kerr", now=NOW))[0].embed
    rivals = next(f.value for f in embed.fields if f.name.startswith("Head-to-head"))
    assert "Jakob Ingebrigtsen: Ingebrigtsen leads 11–4" in rivals


# ---------------------------------------------------------------- /timeline, /results
@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Kerr suffers calf injury in Tokyo final", "injury"),
        ("Kerr skips 2024 European Championships", "absence"),
        ("Kerr sets two-mile world best 8:00.67 at Millrose", "record"),
        ("Kerr wins world 1500m gold in Budapest", "title"),
        ("Nuguse beats Kerr at Zurich Diamond League", "race"),
        ('Kerr’s "dress sense" jibe at Zurich press conference', "words"),
        ("World champion Nader leaves coach Enrique Pascual", "off the track"),
    ],
)
def test_timeline_kinds(title: str, kind: str) -> None:
    assert kind_of(title)[0] == kind


def test_a_norwegian_day_opening_a_line_is_no_numbered_list(ctx) -> None:
    from bot.console import answer_line

    with speaking_in(NORWEGIAN):
        embed = render_embeds(answer_line(ctx(), "/results paris 2024"))[0]
    assert embed.description.startswith("6\\. aug. 2024\n")
    with speaking_in(NORWEGIAN):
        latest = athlete_embed(profile(ctx().store, "josh-kerr", now=NOW))[0].embed.fields[0]
    assert latest.value.startswith("21\\. mars 2026 · ")


def test_record_marks_as_the_store_words_them() -> None:
    assert marks("national record, personal best") == ["NR", "PB"]
    assert marks("Olympic record and, per the source, European record; gold") == ["OR", "AR"]
    assert marks("season's best; first Worlds podium") == ["SB"]
    assert marks(None) == []


# ---------------------------------------------------------------- Discord's limits
def test_every_reply_kind_keeps_discords_limits(ctx) -> None:
    if SPEC.is_file():  # the limits agree with Discord's own spec where it has them
        schemas = json.loads(SPEC.read_text())["components"]["schemas"]
        embed = schemas["RichEmbed"]["properties"]
        assert embed["title"]["maxLength"] == LIMITS["title"]
        assert embed["description"]["maxLength"] == LIMITS["description"]
        assert embed["fields"]["maxItems"] == LIMITS["fields"]
        assert schemas["RichEmbedField"]["properties"]["value"]["maxLength"] == LIMITS["value"]
    from bot.console import answer_line

    for line in (
        "/h2h kerr jakob",
        "/h2h kerr mills",
        "/athlete timothy cheruiyot",
        "/athlete jakob",
        "/timeline",
        "/results paris 2024",
    ):
        for lang in (LANGUAGES[0], NORWEGIAN):
            with speaking_in(lang):
                for page in render_embeds(answer_line(ctx(), line)):
                    _within_limits(page)


def _within_limits(embed: discord.Embed) -> None:
    data = embed.to_dict()
    assert len(data.get("title", "")) <= LIMITS["title"]
    assert len(data.get("description", "")) <= LIMITS["description"]
    fields = data.get("fields", [])
    assert len(fields) <= LIMITS["fields"]
    assert all(len(f["value"]) <= LIMITS["value"] and len(f["name"]) <= 256 for f in fields)
    assert len(embed) <= LIMITS["total"]


# ---------------------------------------------------------------- SimCord
@pytest.fixture
def viewers(monkeypatch: pytest.MonkeyPatch) -> Viewers:
    return Viewers(monkeypatch)


async def test_picking_another_race_of_the_meet_shows_it(world, viewers) -> None:
    result = await world.slash("results", meet="paris 2024")
    message = result.response
    assert "1500m final" in message.embeds[0].title
    menu = next(c for row in message.components for c in row["components"] if c.get("options"))
    offered = {o["label"]: o["value"] for o in menu["options"]}
    assert "5000m final" in offered and "1500m semi-final 1" in offered
    assert next(o for o in menu["options"] if o.get("default"))["label"] == "1500m final"
    await world.fan.select(message, [offered["5000m final"]])
    shown_now = world.channel.last_message
    assert shown_now.id == message.id and "5000m final" in shown_now.embeds[0].title
    assert "🥇 **🇳🇴 Jakob Ingebrigtsen**" in shown_now.embeds[0].description
    # someone else picking gets a private copy in their language; the message stays
    viewers.locales[world.other.id] = "no"
    picked = await world.other.select(shown_now, [offered["1500m semi-final 1"]])
    assert picked.ephemeral and "semifinale 1" in picked.response.embeds[0].title
    assert "5000m final" in world.channel.last_message.embeds[0].title


async def test_a_norwegian_members_chart_is_norwegian(world, viewers) -> None:
    world.bot.charts.wait_seconds = 60
    viewers.locales[world.fan.id] = "no"
    norsk = await world.slash("h2h", athlete="kerr", opponent="jakob")
    english = await world.slash("h2h", athlete="kerr", opponent="jakob", member=world.other)
    said = norsk.response.attachments[0].description
    assert said.startswith("Diagram: Kerr 4 – 11 Ingebrigtsen. 15 løp") and "1,94 s" in said
    assert english.response.attachments[0].description.startswith("Chart: Kerr 4 – 11")
    assert world.bot.charts.renders == 2


def test_h2h_row_another_page_prints_is_linked_to_that_page(store) -> None:
    """Paris 2024: World Athletics' report gives the podium; Jakob's 4th comes from another."""
    answer = h2h(store, "josh-kerr", "jakob-ingebrigtsen")
    paris = next(m for m in answer.meetings if m.race_id == "2024-olympics-paris-1500m-final")
    assert paris.opponent.source.id != paris.source.id
    text = "\n".join(page.to_dict()["description"] for page in render_embeds(answer))
    block = next(b for b in text.split("\n\n") if "Olympics '24" in b and "semi" not in b)
    assert f"4th 3:28.24 [↗]({paris.opponent.source.url})" in block
