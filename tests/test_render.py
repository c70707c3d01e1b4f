"""Rendering: every reply shows how its names were read, in Discord and in the console."""

from __future__ import annotations

import datetime as dt

import pytest

from bot import commands as cmd
from bot.i18n import language, speaking_in
from bot.phrases import word
from bot.render.embeds import render_embeds
from bot.render.format import as_named, city_time, days_ahead, met_at
from bot.render.text import render_text

FAMILY_NOTE = "Took 'ingebrigtsen' as Jakob Ingebrigtsen"


@pytest.mark.parametrize(
    ("run", "kind"),
    [
        (lambda c: cmd.COMMANDS["quote"].run(c, "ingebrigtsen", "zzzqqqxx"), "no_quote"),
        (lambda c: cmd.COMMANDS["timeline"].run(c, "ingebrigtsen", year=2001), "timeline"),
        (lambda c: cmd.COMMANDS["h2h"].run(c, "kerr", "ingebrigtsen"), "h2h"),
        (lambda c: cmd.COMMANDS["athlete"].run(c, "ingebrigtsen"), "profile"),
        (lambda c: cmd.COMMANDS["next-race"].run(c, athlete="ingebrigtsen"), "next_race"),
    ],
)
def test_notes_shown_for_every_kind_both_ways(ctx, run, kind) -> None:
    answer = run(ctx())
    assert answer.kind == kind
    assert any(FAMILY_NOTE in word(n) for n in answer.notes)
    assert FAMILY_NOTE in render_text(answer)
    # said once, on the first page: a later page is read after it
    for number, page in enumerate(render_embeds(answer)):
        fields = {f["name"]: f["value"] for f in page.to_dict().get("fields", [])}
        if number == 0:
            assert FAMILY_NOTE in fields["How I read your names"]
        else:
            assert "How I read your names" not in fields


def test_an_empty_timeline_embed_keeps_its_notes(ctx) -> None:
    answer = cmd.COMMANDS["timeline"].run(ctx(), "ingebrigtsen", year=2001)
    assert answer.kind == "timeline" and not answer.items
    assert "How I read your names" in str(render_embeds(answer)[0].to_dict())


def test_a_no_results_embed_says_how_the_meet_was_read(ctx) -> None:
    answer = cmd.COMMANDS["results"].run(ctx(), "euro indoors")  # two meets, neither with results
    assert answer.kind == "no_results" and answer.notes
    fields = render_embeds(answer)[0].to_dict()["fields"]
    assert any(f["name"] == "How I read your names" for f in fields)
    assert word(answer.notes[0]) in render_text(answer)


def test_a_meets_clock_is_its_city_spelt_as_its_name() -> None:
    assert city_time("Tokyo", "World Athletics Championships Tokyo 2025") == "Tokyo time"
    assert city_time("Zurich", "Weltklasse Zürich 2023 (Diamond League)") == "Zürich time"
    assert city_time("Saint-Denis (Paris)", "Paris Olympics 2024") == "Paris time"
    assert as_named("New York", "NYC Grand Prix 2024") == "New York"
    with speaking_in(language("no")):
        assert city_time("Tokyo") == "Tokyo-tid"


def test_a_day_ahead_is_counted_in_one_calendar() -> None:
    first = dt.date(2025, 9, 13)
    assert days_ahead(first, dt.date(2025, 9, 10)) == "in 3 days"
    assert days_ahead(first, dt.date(2025, 9, 12)) == "tomorrow"
    assert days_ahead(first, first) == "today"
    with speaking_in(language("no")):
        assert days_ahead(first, dt.date(2025, 9, 10)) == "om 3 dager"


def test_a_year_in_the_meets_name_is_not_said_twice() -> None:
    u20 = "IAAF World U20 Championships 2016"
    keys = ("h2h.first_met", "h2h.first_met.meet")
    assert met_at(keys, u20, None, 2016) == f"First met: {u20}"
    assert met_at(keys, "Bislett Games", None, 2016) == "First met: Bislett Games, 2016"
    paris = met_at(keys, "Paris Olympics 2024", dt.date(2024, 8, 6), 2024)
    assert paris.startswith("First met: Paris Olympics 2024, ") and "6" in paris


def test_a_timed_race_ahead_is_a_live_timestamp_beside_the_calendar_countdown(ctx) -> None:
    """Upcoming with the final's start known: the first day in the meet's calendar, then the
    final as a Discord timestamp (the store's programmes are published too late to show it)."""
    now = dt.datetime(2027, 3, 1, 12, tzinfo=dt.UTC)
    answer = cmd.COMMANDS["next-race"].run(ctx(now), meet="valencia 2027")
    final = dt.datetime(2027, 3, 6, 19, 30, tzinfo=dt.UTC)
    timed = {"target": final, "target_precision": "time", "target_label": "1500m final"}
    answer = answer.model_copy(update={"meet": answer.meet.model_copy(update=timed)})
    description = render_embeds(answer)[0].description
    stamp = int(final.timestamp())
    assert description.splitlines()[0] == "**Starts in 4 days** — 5 Mar 2027 (València time)"
    assert f"Next: 1500m final <t:{stamp}:R> (<t:{stamp}:F>)" in description
    text = render_text(answer)
    assert "Starts in 4 days — 5 Mar 2027 (València time)" in text
    # (the meet's clock worded like every other date, not "2027-03-06 19:30 UTC")
    assert "Next: 1500m final in 5 d 7 h (6 Mar 2027, 20:30 València time)" in text
