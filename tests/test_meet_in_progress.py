"""A meet at every clock of its span: one rule of "next" and "finished" for every path.

/ask and the meet option read a meet the same at the same clock (one in progress is the current
one); a meet is finished only after its end date, or, without one in the store, after the
longest span a meet may have, never on the strength of the races the store holds. Swept over
every day of a meet and the days either side.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from bot.answers.common import Reply
from bot.answers.next_race import NextRaceAnswer
from bot.commands import Context
from bot.console import answer_line
from bot.facts.meet_clock import LONGEST_MEET, meet_over
from bot.facts.store import FactStore


def _at(day: dt.date, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=dt.UTC)


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _next_race(reply: Reply) -> NextRaceAnswer:
    answer = getattr(reply, "answer", reply)
    assert isinstance(answer, NextRaceAnswer), type(answer)
    return answer


def _meet_id(ctx: Callable[..., Context], now: dt.datetime, line: str) -> str | None:
    answer = _next_race(answer_line(ctx(now), line))
    return answer.meet.id if answer.meet else None


PARIS = "2024-olympics-paris"
BUDAPEST = "2023-worlds-budapest"
# Paris 2024's athletics: the store dates its start (26 Jul), not its end; Budapest 2023 is
# known from 20 Aug (its one page reports the start of 19 Aug: out after it)
PARIS_DAYS = _days(dt.date(2024, 7, 26), dt.date(2024, 8, 11))
BUDAPEST_DAYS = _days(dt.date(2023, 8, 19), dt.date(2023, 8, 27))


@pytest.mark.parametrize(
    ("days", "meet", "questions", "option"),
    [
        (
            PARIS_DAYS,
            PARIS,
            ["/ask when are the olympics?", "/ask when is the olympic 1500m final?"],
            "/next-race meet:olympics",
        ),
        (
            BUDAPEST_DAYS,
            BUDAPEST,
            ["/ask when are the worlds?", "/ask når er VM?"],
            "/next-race meet:worlds",
        ),
    ],
)
def test_ask_and_the_option_read_a_meet_in_progress_alike(
    ctx, days: list[dt.date], meet: str, questions: list[str], option: str
) -> None:
    store = ctx(_at(days[0])).store
    known_from = store.source_days[store.meets[meet].source]
    around = [days[0] - dt.timedelta(days=1), *days, days[-1] + dt.timedelta(days=1)]
    for day in around:
        now = _at(day)
        shown = _meet_id(ctx, now, option)
        if days[0] <= day <= days[-1] and day >= known_from:
            assert shown == meet, day
        if day < known_from:
            # no page had named it: /ask reads the meet meant and says it unknown then
            continue
        for question in questions:
            assert _meet_id(ctx, now, question) == shown, (day, question)


def test_a_meet_without_an_end_date_is_never_finished_by_its_races(ctx, store: FactStore) -> None:
    paris = store.meets[PARIS]
    assert paris.end_date is None  # (the sources give its start only)
    last = paris.start_date + dt.timedelta(days=LONGEST_MEET)
    for day in _days(dt.date(2024, 7, 25), last + dt.timedelta(days=1)):
        answer = _next_race(answer_line(ctx(_at(day)), "/next-race meet:paris 2024"))
        assert answer.meet is not None
        state = answer.meet.state
        if day < paris.start_date:
            assert state == "upcoming", day
        elif day <= last:
            assert state == "in_progress", day
            # past the last race it knows of, it says it began, not that it is on
            assert answer.meet.open_end == (day > dt.date(2024, 8, 6)), day
        else:
            assert state == "finished", day
        assert meet_over(store, paris, day) == (state == "finished"), day


def test_the_next_meet_is_the_one_in_progress(ctx) -> None:
    for day in _days(dt.date(2024, 8, 5), dt.date(2024, 8, 11)):
        assert _meet_id(ctx, _at(day), "/next-race") == PARIS, day


@pytest.mark.parametrize(
    ("meet", "first", "last"),
    [("2025-worlds-tokyo", dt.date(2025, 9, 13), dt.date(2025, 9, 21))],
)
def test_a_meet_with_an_end_date_is_finished_the_day_after(
    ctx, store: FactStore, meet: str, first: dt.date, last: dt.date
) -> None:
    record = store.meets[meet]
    assert (record.start_date, record.end_date) == (first, last)
    for day in _days(first - dt.timedelta(days=1), last + dt.timedelta(days=1)):
        answer = _next_race(answer_line(ctx(_at(day)), f"/next-race meet:{meet}"))
        assert answer.meet is not None
        expected = "upcoming" if day < first else "finished" if day > last else "in_progress"
        assert answer.meet.state == expected, day
        assert not answer.meet.open_end
        if expected == "in_progress":
            assert (answer.meet.day, answer.meet.days) == ((day - first).days + 1, 9)


def _text(reply: Reply) -> str:
    from bot.render.text import render_text

    return render_text(reply)


def test_a_meet_the_store_records_as_held_is_never_upcoming(ctx, store: FactStore) -> None:
    # Bislett 2025: status completed, no dates in the store (its calendar page prints "Oslo
    # (12 giugno)" without the year)
    oslo = store.meets["2025-dl-oslo"]
    assert oslo.status == "completed" and oslo.start_date is None
    for day in _days(dt.date(2025, 6, 1), dt.date(2025, 12, 31))[::7]:
        answer = _next_race(answer_line(ctx(_at(day)), "/next-race meet:2025-dl-oslo"))
        assert answer.meet is not None and answer.meet.held
        assert "Upcoming" not in _text(answer), day
        assert answer.meet.state in ("undated", "finished", "in_progress"), day


def test_a_heats_report_says_a_meet_began_not_that_it_finished(ctx) -> None:
    # on 19 Aug 2023 the store knows Budapest only from the report of that day's heats
    answer = _next_race(answer_line(ctx(_at(dt.date(2023, 8, 19))), f"/next-race meet:{BUDAPEST}"))
    assert answer.meet is not None and answer.meet.state == "in_progress"


def test_an_athlete_at_a_meet_in_progress_is_never_said_absent(ctx) -> None:
    # Kerr's first Paris result (heats of 2 Aug, no start time: counted from the day's end)
    # is known from 3 Aug; his final ran on 6 Aug
    for day in _days(dt.date(2024, 7, 25), dt.date(2024, 8, 12)):
        answer = _next_race(answer_line(ctx(_at(day)), "/next-race athlete:kerr"))
        shown = answer.meet.id if answer.meet else None
        if dt.date(2024, 8, 3) <= day <= dt.date(2024, 8, 6):
            assert shown == PARIS and not answer.athlete_not_entered, day
        if answer.athlete_not_entered:
            # the wording never says "upcoming" of a meet then shown under way
            assert "No upcoming meet" not in _text(answer), day


def test_a_plan_for_a_meet_not_dated_then_is_shown_with_what_came_after(ctx) -> None:
    for day in _days(dt.date(2026, 3, 1), dt.date(2026, 3, 30)):
        answer = _next_race(answer_line(ctx(_at(day)), "/next-race athlete:jakob"))
        planned = {m.id for m in answer.also_planned}
        assert "2026-dl-oslo" in planned, day
        oslo = next(m for m in answer.also_planned if m.id == "2026-dl-oslo")
        assert {e.kind for e in oslo.entries} == {"plan"}
        # its dates are on a page dated only March 2026: counted from 31 March, said so
        assert oslo.month_page == "2026-03"
        assert any("surgery" in s.title.lower() for s in answer.since), day
        text = _text(answer)
        assert "planned to run" in text and "Achilles surgery" in text
        assert "counts from the month's end" in text
    # from 31 March the calendar dates Oslo (10 June): it is the next meet itself
    answer = _next_race(answer_line(ctx(_at(dt.date(2026, 3, 31))), "/next-race athlete:jakob"))
    assert answer.meet is not None and answer.meet.id == "2026-dl-oslo"
    assert not answer.also_planned


def test_a_setback_after_the_plan_for_the_meet_shown_is_shown_with_it(ctx) -> None:
    """Once Oslo is dated and over, Birmingham's plan stands alone: the surgery since is told."""
    answer = _next_race(answer_line(ctx(_at(dt.date(2026, 6, 20))), "/next-race athlete:jakob"))
    assert answer.meet is not None and answer.meet.id == "2026-euros-birmingham"
    assert not answer.also_planned
    assert any("surgery" in s.title.lower() for s in answer.since)
    assert "Achilles surgery" in _text(answer)
