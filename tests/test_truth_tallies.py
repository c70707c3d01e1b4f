"""Disputed records: /h2h counts over the races the store holds and says what sources count."""

from __future__ import annotations

import datetime as dt

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
    championships = counts[("citius-2024-10-02-rivalry-details", "championships")]
    # the answer's order: Kerr first, so his 2 wins are the athlete's
    assert (championships.athlete_wins, championships.opponent_wins) == (2, 3)
    text = render_text(answer)
    assert "Counted over the races the store holds" in text
    assert (
        "CITIUS MAG counts 18 meetings with heats in the mile and 1500m (as of 2 Oct 2024)" in text
    )
    assert "CITIUS MAG counts Ingebrigtsen 3 – 2 Kerr in championships" in text
    embed = render_embeds(answer)[0]
    assert "CITIUS MAG counts 12 meetings" in (embed.description or "")
    # the page's sources list names the page that counts
    assert "citius-2024-10-02-rivalry-details" in [s.id for s in answer.sources]


def test_the_counts_in_norwegian(ctx) -> None:
    with speaking_in(language("no")):
        text = render_text(answer_line(ctx(), "/h2h kerr jakob"))
    assert "Telt over løpene som er i faktabasen" in text
    assert "CITIUS MAG teller 18 møter medregnet forsøksheat" in text
    assert "(per 2. okt. 2024)" in text


def test_a_count_is_shown_only_once_its_page_is_out(ctx) -> None:
    before = cmd.COMMANDS["h2h"].run(ctx(_utc(2024, 9, 1)), "kerr", "jakob")
    assert isinstance(before, H2HAnswer)
    assert [p.source.id for p in before.published] == ["letsrun-thread-12932035-athletic"]
    assert "CITIUS" not in render_text(before)
    early = cmd.COMMANDS["h2h"].run(ctx(_utc(2021, 7, 1)), "jakob", "timothy cheruiyot")
    assert isinstance(early, H2HAnswer)
    (vg,) = early.published
    assert (vg.athlete_wins, vg.opponent_wins) == (0, 11)
    assert "VG counts Cheruiyot 11 – 0 Ingebrigtsen (as of 30 Jun 2021)" in render_text(early)


def test_a_year_is_not_shown_beside_a_career_count(ctx) -> None:
    answer = cmd.COMMANDS["h2h"].run(ctx(), "kerr", "jakob", None, "all", 2023)
    assert isinstance(answer, H2HAnswer) and answer.published == []
