"""What the bot composes itself is worded in the viewer's language (#24): events, rounds,
countries, times; and /h2h's meeting rows say both athletes' place and time."""

from __future__ import annotations

import re

import pytest

from bot.console import answer_line
from bot.features.h2h.answer import H2HQuery, head_to_head
from bot.i18n import LANGUAGES, speaking_in
from bot.render import format as fmt
from bot.render.embeds import render_embeds

from .conftest import NOW

NORWEGIAN = next(lang for lang in LANGUAGES if lang.code == "nb")
PHONE = 48  # characters of a line of an embed at a phone's width (tests/test_fans_see.py)


def shown(line: str) -> str:
    """A line as Discord shows it: links as their labels, no bold marks."""
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line).replace("**", "")


@pytest.mark.parametrize(
    ("event", "english", "norsk"),
    [
        ("1500m", "1500m", "1500 m"),
        ("mile", "mile", "engelsk mil"),
        ("1500m (indoor)", "1500m (indoor)", "1500 m innendørs"),
        ("3000m steeplechase", "3000m steeplechase", "3000 m hinder"),
        ("two miles (indoor)", "two miles (indoor)", "to engelske mil innendørs"),
        ("marathon", "marathon", "marathon"),  # a name the bot has no words for stays
    ],
)
def test_event_names(event: str, english: str, norsk: str) -> None:
    assert fmt.event_name(event) == english
    with speaking_in(NORWEGIAN):
        assert fmt.event_name(event) == norsk


def test_races_times_and_countries_the_norwegian_way() -> None:
    assert fmt.race_name("mile", "final") == "mile final"
    assert fmt.race_time("3:29.52") == "3:29.52" and fmt.country_name("Poland") == "Poland"
    with speaking_in(NORWEGIAN):
        assert fmt.race_name("mile", "final") == "engelsk mil, finale"
        assert fmt.race_name("1500m", "semi-final", 2) == "1500 m, semifinale 2"
        # as NRK, VG and Kondis print times: minutes "." seconds "," hundredths
        assert fmt.race_time("3:29.52") == "3.29,52" and fmt.race_time("45.20") == "45,20"
        assert fmt.race_time("DNF") == "DNF" and fmt.race_time(None) == ""
        assert fmt.country_name("Poland") == "Polen"
        assert fmt.country_name("France") == "Frankrike"
        assert fmt.country_name("Czech Republic") == "Tsjekkia"
        assert fmt.country_name("Atlantis") == "Atlantis"  # unknown to Babel: as stored


@pytest.mark.parametrize("norsk", [False, True], ids=["English", "Norwegian"])
def test_each_meeting_says_both_places_and_times_in_the_asked_order(store, norsk) -> None:
    answer = head_to_head(
        store, H2HQuery(athlete="josh-kerr", opponent="jakob-ingebrigtsen"), now=NOW
    )
    with speaking_in(NORWEGIAN if norsk else LANGUAGES[0]):
        description = render_embeds(answer)[0].description or ""
    body = description.split("**\n", 2)[-1].split("\n\n")
    zurich = next(block for block in body if "Zurich '24" in block)
    head, both = zurich.split("\n")
    if norsk:
        assert "Ingebrigtsen med 1,94 s" in head
        assert both == "Kerr 5. 3.31,46 · Ingebrigtsen **2. 3.29,52**"
    else:
        assert "Ingebrigtsen by 1.94 s" in head
        assert both == "Kerr 5th 3:31.46 · Ingebrigtsen **2nd 3:29.52**"  # the one ahead bold
    for block in body:
        lines = block.split("\n")
        # one link on the meet: the race's source (a row from another page has its own ↗)
        assert len(lines) == 2 and block.count("](") - block.count("[↗](") == 1, block
        assert all(len(shown(line)) <= PHONE for line in lines), block
        assert shown(lines[1]).startswith("Kerr ") and " · Ingebrigtsen " in lines[1]


@pytest.mark.parametrize(
    "line",
    ["/h2h kerr jakob", "/h2h jakob cheruiyot", "/h2h kerr nuguse", "/results budapest 2023"],
)
def test_no_english_event_or_round_in_a_norwegian_card(ctx, line: str) -> None:
    with speaking_in(NORWEGIAN):
        pages = render_embeds(answer_line(ctx(), line))
    text = " ".join(shown(str(p.to_dict())) for p in pages)
    text = re.sub(r"https?://\S+", "", text)  # addresses are not words
    for english in (" mile", "(indoor)", " final ", " semi-final", "1500m "):
        assert english not in text, (line, english)
    # times as Norwegian papers print them (a curator's English note may quote "3:29.28")
    if line.startswith("/results"):
        assert "`3.29,38`" in text and "`3:29.38`" not in text


def test_a_norwegian_athletes_bests_name_events_and_times_the_norwegian_way(ctx) -> None:
    """The bests the bot lists (a curator's notable facts stay as written, in English)."""
    with speaking_in(NORWEGIAN):
        embed = render_embeds(answer_line(ctx(), "/athlete kerr"))[0].to_dict()
    (best,) = [
        f["value"] for f in embed["fields"] if f["name"].startswith("Beste tid i faktabasen")
    ]
    assert "engelsk mil: 3.45,34" in best and "mile" not in best


def test_a_norwegian_athlete_chart_prints_times_the_norwegian_way(store) -> None:
    from bot.charts.draw import clock
    from bot.features.athlete.answer import profile
    from bot.features.athlete.chart import progression_spec

    with speaking_in(NORWEGIAN):
        spec = progression_spec(profile(store, "jakob-ingebrigtsen", now=NOW))
    assert spec is not None
    panel = next(p for p in spec.panels if p.event == "1500 m")
    assert panel.separators == (".", ",") and all("," in p.time for p in panel.points)
    assert clock(210.5, panel.separators) == "3.30,5" and clock(210.5) == "3:30.5"
