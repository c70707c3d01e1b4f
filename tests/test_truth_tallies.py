"""Disputed records: /h2h counts over the races the store holds and says what sources count."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot import commands as cmd
from bot.console import answer_line
from bot.facts.store import FactStore
from bot.features.h2h.answer import H2HAnswer
from bot.i18n import language, speaking_in
from bot.render.embeds import render_embeds
from bot.render.text import render_text


def _utc(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day, 12, tzinfo=dt.UTC)


def test_every_published_count_is_of_a_pair_in_the_store(store: FactStore) -> None:
    assert len(store.tallies) >= 6
    for tally in store.tallies.values():
        first, second = tally.athletes
        assert first in store.races_by_athlete and second in store.races_by_athlete
        assert tally.meetings is not None or any(w is not None for w in tally.wins)


def test_h2h_says_its_tally_is_the_stores_and_what_citius_counts(ctx) -> None:
    answer = cmd.COMMANDS["h2h"].run(ctx(), "kerr", "jakob")
    assert isinstance(answer, H2HAnswer)
    counts = {(p.source.id, p.scope): p for p in answer.published}
    heats = counts[("citius-2024-10-02-rivalry-details", "with_heats")]
    assert heats.meetings == 18 and heats.as_of == dt.date(2024, 10, 2)
    # a championships-only count is of other races than all of theirs: not beside this tally
    assert ("citius-2024-10-02-rivalry-details", "championships") not in counts
    text = render_text(answer)
    assert (
        "Sources count otherwise — CITIUS MAG: 12 races, 18 with heats (Oct 2024); "
        "LetsRun.com forum: Kerr won 3 of the last 4 (Aug 2024)." in text
    )
    description = render_embeds(answer)[0].description or ""
    shown = [line for line in description.split("\n") if "CITIUS" in line or "LetsRun" in line]
    assert len(shown) == 2 and shown[0].startswith("Sources count otherwise — CITIUS MAG: 12")
    assert all(line.count("](") == 1 for line in shown)  # each its source's link
    assert "citius-2024-10-02-rivalry-details" in [s.id for s in answer.sources]


@pytest.mark.parametrize(
    "options",
    [("mile",), ("1500m",), ("all", None, True), ("all", 2024)],
    ids=["one event", "the other event", "finals only", "one year"],
)
def test_a_count_stands_only_beside_a_tally_of_its_scope(ctx, options) -> None:
    """CITIUS counts the mile and 1500m together: not beside the mile's tally, a year's or the
    finals'; LetsRun's "last 4" is of all their races."""
    event, *rest = options
    year = rest[0] if rest else None
    finals = rest[1] if len(rest) > 1 else False
    rounds = "finals" if finals else "all"
    event = None if event == "all" else event
    answer = cmd.COMMANDS["h2h"].run(ctx(), "kerr", "jakob", event, rounds, year)
    assert isinstance(answer, H2HAnswer) and answer.meetings and answer.published == []
    assert "CITIUS" not in str(render_embeds(answer)[0].to_dict())


def test_the_counts_in_norwegian(ctx) -> None:
    with speaking_in(language("no")):
        answer = answer_line(ctx(), "/h2h kerr jakob")
        text = render_text(answer)
        description = render_embeds(answer)[0].description or ""
    assert "Kildene teller annerledes — CITIUS MAG: 12 løp, 18 medregnet forsøksheat" in text
    assert "(okt. 2024)" in text and "Kerr vant 3 av de siste 4" in description
    words = re.sub(r"\]\([^)]*\)", "]", description)  # the links' addresses are not words
    assert "engelsk mil" in words and " mile" not in words and "counts" not in words


def test_a_count_is_shown_only_once_its_page_is_out(ctx) -> None:
    before = cmd.COMMANDS["h2h"].run(ctx(_utc(2024, 9, 1)), "kerr", "jakob")
    assert isinstance(before, H2HAnswer)
    assert [p.source.id for p in before.published] == ["letsrun-thread-12932035-athletic"]
    assert "CITIUS" not in render_text(before)
    early = cmd.COMMANDS["h2h"].run(ctx(_utc(2021, 7, 1)), "jakob", "timothy cheruiyot")
    assert isinstance(early, H2HAnswer)
    (vg,) = early.published
    assert (vg.athlete_wins, vg.opponent_wins) == (0, 11)
    assert "VG: Cheruiyot 11 – 0 Ingebrigtsen (Jun 2021)" in render_text(early)


def test_a_year_is_not_shown_beside_a_career_count(ctx) -> None:
    answer = cmd.COMMANDS["h2h"].run(ctx(), "kerr", "jakob", None, "all", 2023)
    assert isinstance(answer, H2HAnswer) and answer.published == []
