"""Answers at the clock's instant: no race before it starts, no fact before it is known."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot import commands as cmd
from bot.answers.next_race import NextRaceAnswer
from bot.answers.results import ResultsAnswer
from bot.facts.store import FactStore
from bot.features.about.answer import AboutAnswer
from bot.features.athlete.answer import ProfileAnswer
from bot.features.h2h.answer import H2HAnswer, H2HQuery, head_to_head
from bot.render.text import render_text


def utc(year: int, month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=dt.UTC)


PARIS_FINAL = "2024-olympics-paris-1500m-final"


PREVIEW = "nagoyachurch-paris-1500-preview"  # "At 8:50 p.m. local time Tuesday night"


def _preview_as(store: FactStore, **fields: bool) -> FactStore:
    """The store with the Paris preview's date flags replaced."""
    sources = [
        dataclasses.replace(s, **fields) if s.id == PREVIEW else s for s in store.sources.values()
    ]
    return FactStore(
        sources=sources,
        athletes=list(store.people.values()),
        meets=list(store.meets.values()),
        races=list(store.races.values()),
        quotes=list(store.quotes.values()),
        timeline=list(store.timeline),
        series=store.series.values(),
        rivalries=store.rivalries,
        tallies=store.tallies.values(),
    )


def _preview_dated(store: FactStore) -> FactStore:
    """The store with the Paris preview dated by its own print instead of derived."""
    return _preview_as(store, published_derived=False, published_ahead=False)


def _last(store: FactStore, now: dt.datetime) -> str | None:
    answer = head_to_head(store, H2HQuery(athlete="josh-kerr", opponent="yared-nuguse"), now=now)
    return answer.last.race_id if answer.last else None


def test_a_race_with_a_known_start_counts_from_that_instant(store: FactStore) -> None:
    # the Paris final started at 20:50 local (18:50 UTC) on 6 Aug 2024; World Athletics'
    # report of that day prints Kerr's and Nuguse's lines. Were the preview that prints 20:50
    # dated that day, the final would count from its start
    dated = _preview_dated(store)
    assert _last(dated, utc(2024, 8, 6, 12)) != PARIS_FINAL
    assert _last(dated, utc(2024, 8, 6, 19)) == PARIS_FINAL


def test_a_start_time_from_an_undated_report_waits_for_the_end_of_its_day(
    store: FactStore,
) -> None:
    # a page whose day is derived from the latest race it reports came out after it: known
    # from the next day, so the final counts from midnight in Paris (22:00 UTC)
    report = _preview_as(store, published_ahead=False)
    assert _last(report, utc(2024, 8, 6, 19)) != PARIS_FINAL
    assert _last(report, utc(2024, 8, 6, 22, 30)) == PARIS_FINAL


def test_a_preview_dated_by_the_day_it_looks_ahead_to_counts_from_that_day(
    store: FactStore,
) -> None:
    # the preview is undated, its day that of the final it previews: out by that day, so the
    # final counts from its start (18:50 UTC), as a page dated that day would make it
    assert _last(store, utc(2024, 8, 6, 18, 40)) != PARIS_FINAL
    assert _last(store, utc(2024, 8, 6, 19)) == PARIS_FINAL


def test_a_line_printed_only_in_a_later_page_waits_for_it(ctx) -> None:
    # Ingebrigtsen's 4th in 3:28.24 is printed together only by a page dated "2024-08"
    # (known by 31 Aug): that night the final is not yet a Kerr-Ingebrigtsen meeting
    night = cmd.COMMANDS["h2h"].run(ctx(utc(2024, 8, 6, 22)), "kerr", "jakob")
    assert isinstance(night, H2HAnswer) and night.last
    assert night.last.race_id != PARIS_FINAL
    later = cmd.COMMANDS["h2h"].run(ctx(utc(2024, 9, 1, 12)), "kerr", "jakob")
    assert isinstance(later, H2HAnswer)
    assert PARIS_FINAL in [m.race_id for m in later.meetings]


def test_an_untimed_race_counts_from_the_end_of_its_day(ctx) -> None:
    # the Paris semi-finals of 4 Aug 2024 have no start time in the store: they count from
    # midnight at the end of that day in Paris (22:00 UTC), not from its first minute
    evening = cmd.COMMANDS["h2h"].run(ctx(utc(2024, 8, 4, 21, 30)), "kerr", "jakob")
    assert isinstance(evening, H2HAnswer) and evening.last
    assert not evening.last.race_id.startswith("2024-olympics-paris-1500m-semi")
    night = cmd.COMMANDS["h2h"].run(ctx(utc(2024, 8, 4, 22, 30)), "kerr", "jakob")
    assert isinstance(night, H2HAnswer) and night.last
    assert night.last.race_id == "2024-olympics-paris-1500m-semi-final-1"


def test_a_profile_shows_no_fact_dated_or_first_published_after_the_clock(ctx) -> None:
    now = utc(2022, 1, 1, 0)
    kerr = cmd.COMMANDS["athlete"].run(ctx(now), "kerr")
    assert isinstance(kerr, ProfileAnswer) and kerr.notable
    text = render_text(kerr)
    assert "3:27.79" not in text and "3:45.34" not in text and "May 2024" not in text
    assert all(n.source.published is None or n.source.published <= "2022" for n in kerr.notable)


def test_facts_as_of_and_the_last_race_are_never_after_the_clock(ctx) -> None:
    now = utc(2024, 6, 1, 12)
    for answer in (
        cmd.COMMANDS["athlete"].run(ctx(now), "kerr"),
        cmd.COMMANDS["h2h"].run(ctx(now), "kerr", "jakob"),
    ):
        assert isinstance(answer, ProfileAnswer | H2HAnswer)
        assert answer.facts_as_of <= now.date()
    about = cmd.COMMANDS["about"].run(ctx(now))
    assert isinstance(about, AboutAnswer)
    assert about.facts_as_of <= now.date() and about.last_race <= now.date()


def test_a_countdown_skips_an_event_he_is_already_out_of(ctx) -> None:
    # Ingebrigtsen went out in heat 4 of the Tokyo 2025 1500m on 14 Sep
    answer = cmd.COMMANDS["next-race"].run(ctx(utc(2025, 9, 16, 0)), "jakob", None)
    assert isinstance(answer, NextRaceAnswer)
    assert answer.meet and answer.meet.target_label != "1500m final"
    assert "1500m final" not in render_text(answer)
    assert answer.facts_as_of <= dt.date(2025, 9, 16)
    # before his heat he was still in it
    before = cmd.COMMANDS["next-race"].run(ctx(utc(2025, 9, 13, 0)), "jakob", None)
    assert isinstance(before, NextRaceAnswer) and before.meet
    assert before.meet.id == "2025-worlds-tokyo"


def test_a_race_without_a_day_waits_for_its_meets_last_day(ctx) -> None:
    """Paris 2024's 5000m final has no date in the store: on the 1500m final's morning it is
    not a result yet (the meet's first day would have counted it days early)."""
    morning = dt.datetime(2024, 8, 6, 12, tzinfo=dt.UTC)
    answer = cmd.COMMANDS["results"].run(ctx(morning), "paris 2024")
    assert isinstance(answer, ResultsAnswer)
    shown = [answer.race, *answer.other_races]
    assert all(r.event != "5000m" for r in shown), [r.id for r in shown]
    later = cmd.COMMANDS["results"].run(
        ctx(dt.datetime(2025, 1, 1, tzinfo=dt.UTC)), "paris 2024", "5000m"
    )
    assert isinstance(later, ResultsAnswer) and later.race.event == "5000m"


def test_a_clock_before_every_source_says_nothing_was_known(ctx) -> None:
    answer = cmd.COMMANDS["h2h"].run(ctx(dt.datetime(2012, 1, 1, tzinfo=dt.UTC)), "kerr", "jakob")
    text = render_text(answer)
    assert "1 Jan 1" not in text and "nothing was known yet" in text


def test_about_counts_what_was_known_at_the_clock(ctx) -> None:
    now = utc(2021, 9, 1, 12)
    past = cmd.COMMANDS["about"].run(ctx(now))
    today = cmd.COMMANDS["about"].run(ctx())
    assert isinstance(past, AboutAnswer) and isinstance(today, AboutAnswer)
    for kind in ("sources", "races", "results", "quotes", "timeline", "meets"):
        assert 0 < past.counts[kind] < today.counts[kind], kind
    # the rivalry is cited to CITIUS MAG of 2 Oct 2024: not introduced before that page
    assert past.rivalries == [] and today.rivalries
    assert "settles arguments about athletics rivalries" in render_text(past)
    assert past.last_race <= now.date() and past.facts_as_of <= now.date()
    assert past.first_race is None or past.first_race <= now.date()
