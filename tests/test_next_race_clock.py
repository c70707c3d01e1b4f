"""/next-race at a clock (#24, #27): what the store knew then, said the same in every layout.

A meet no page had named by the clock is said unknown, named as typed; a note that picks among
a series' meets names the meet shown; an undated meet a page reports a race of is over; the
rivalry event's own day stands beside a championship's span. English and Norwegian, embed
and console.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from bot.answers.common import Reply
from bot.answers.next_race import EventDay, NextRaceAnswer, meet_status
from bot.commands import Context
from bot.console import answer_line
from bot.facts.meet_clock import tells_later_page
from bot.facts.store import FactStore
from bot.features.next_race.wording import event_line
from bot.i18n import LANGUAGES, speaking_in
from bot.render.embeds import render_embeds
from bot.render.text import render_text

NORWEGIAN = next(lang for lang in LANGUAGES if lang.code == "nb")
ENGLISH = next(lang for lang in LANGUAGES if lang.code == "en_GB")
NEW_YEAR = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)
APRIL = dt.datetime(2026, 4, 1, 12, tzinfo=dt.UTC)


def _shown(reply: Reply, lang=ENGLISH) -> str:
    """The console text and every embed's title, description and fields, in ``lang``."""
    with speaking_in(lang):
        parts = [render_text(reply)]
        for page in render_embeds(reply):
            parts += [page.title or "", page.description or ""]
            parts += [f"{f.name}\n{f.value}" for f in page.fields]
    return "\n".join(parts)


def _ask(ctx: Callable[..., Context], now: dt.datetime, line: str) -> Reply:
    return answer_line(ctx(now), line)


@pytest.mark.parametrize("typed", ["worlds 2027", "LA28", "EM 2026"])
def test_a_meet_no_page_had_named_is_said_unknown_as_typed(ctx, typed: str) -> None:
    reply = _ask(ctx, NEW_YEAR, f"/next-race meet:{typed}")
    assert isinstance(reply, NextRaceAnswer) and reply.meet is None and not reply.notes
    english, norwegian = _shown(reply), _shown(reply, NORWEGIAN)
    assert f"“{typed}”" in english and "1 Jan 2026" in english
    assert f"«{typed}»" in norwegian and "1. jan. 2026" in norwegian
    for text in (english, norwegian):
        assert "Nothing upcoming" not in text and "Ingenting kommende" not in text
        assert "Beijing" not in text and "Birmingham" not in text and "Los Angeles" not in text


def test_the_same_meet_is_shown_once_a_page_names_it(ctx) -> None:
    reply = _ask(ctx, APRIL, "/next-race meet:worlds 2027")
    assert isinstance(reply, NextRaceAnswer) and reply.meet is not None
    assert reply.meet.id == "2027-worlds-beijing" and reply.meet.state == "upcoming"
    assert "Starts in 528 days" in _shown(reply)
    assert "Starter om 528 dager" in _shown(reply, NORWEGIAN)


@pytest.mark.parametrize(
    ("now", "meet", "key", "state"),
    [
        (NEW_YEAR, "2025-dl-oslo", "note.meets.recent", "finished"),
        (APRIL, "2026-dl-oslo", "note.meets.next", "upcoming"),
    ],
)
def test_the_note_names_the_meet_the_body_shows(ctx, store, now, meet, key, state) -> None:
    """At New Year 2026 Oslo 2026 was not named yet (its calendar is of March): no "next" note."""
    reply = _ask(ctx, now, "/next-race meet:bislett")
    assert isinstance(reply, NextRaceAnswer) and reply.meet is not None
    assert (reply.meet.id, reply.meet.state) == (meet, state)
    assert [n.key for n in reply.notes] == [key]
    assert reply.notes[0].values["name"] == store.meets[meet].name
    for lang in (ENGLISH, NORWEGIAN):
        text = _shown(reply, lang)
        assert "Nothing upcoming" not in text and "Ingenting kommende" not in text


def test_ask_never_names_a_meet_it_then_calls_unknown(ctx) -> None:
    reply = _ask(ctx, NEW_YEAR, "when is the next diamond league?")
    text, norwegian = _shown(reply), _shown(reply, NORWEGIAN)
    assert "Doha" not in text and "Nothing upcoming" not in text
    assert "“diamond league”" in text and "no source in the store had named" in text
    assert "Doha" not in norwegian and "Ingenting kommende" not in norwegian
    # once the calendar is out, the same words read as the next meeting
    assert "Doha" in _shown(_ask(ctx, APRIL, "when is the next diamond league?"))


@pytest.mark.parametrize(
    "now",
    [
        dt.datetime(2025, 4, 9, 12, tzinfo=dt.UTC),
        dt.datetime(2025, 10, 1, 12, tzinfo=dt.UTC),
        dt.datetime(2026, 1, 1, 2, tzinfo=dt.UTC),  # still 2025 in Kingston
        NEW_YEAR,
    ],
)
def test_an_undated_meet_a_report_has_run_is_over(ctx, store: FactStore, now) -> None:
    """Kingston 2025 has no dates in the store; the race report of 8 Apr 2025 says it was run."""
    kingston = store.meets["2025-grand-slam-track-kingston"]
    assert meet_status(store, kingston, now).state == "finished"
    reply = _ask(ctx, now, "/next-race athlete:kerr")
    assert isinstance(reply, NextRaceAnswer)
    assert reply.meet is None or reply.meet.id != kingston.id
    assert "Kingston" not in _shown(reply) and "Kingston" not in _shown(reply, NORWEGIAN)


@pytest.mark.parametrize(
    ("now", "english", "norwegian"),
    [
        (dt.datetime(2024, 7, 20, 12, tzinfo=dt.UTC), None, None),  # no page dates the final
        (
            # the preview that prints 20:50 looks ahead to that day: known from its start
            dt.datetime(2024, 8, 6, 12, tzinfo=dt.UTC),
            "1500m final tonight (Paris time)",
            "1500 m, finale i kveld (Paris-tid)",
        ),
        (
            dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC),
            "1500m (indoor) final in 21 days — 22 Mar 2026 (Toruń time)",
            "1500 m innendørs, finale om 21 dager — 22. mars 2026 (Toruń-tid)",
        ),
    ],
)
def test_the_rivalry_event_has_its_own_day_beside_the_span(ctx, now, english, norwegian) -> None:
    reply = _ask(ctx, now, "/next-race")
    assert isinstance(reply, NextRaceAnswer) and reply.meet is not None
    if english is None:
        assert reply.meet.event_day is None
        return
    assert english in _shown(reply) and norwegian in _shown(reply, NORWEGIAN)
    with speaking_in(ENGLISH):  # the embed shows it bold under the meet's own countdown
        description = render_embeds(reply)[0].description or ""
    assert f"**{english}**" in description.split("\n")[1]


def test_an_evening_race_with_a_known_start_is_tonight(store: FactStore) -> None:
    """A start from a page out by then: 20:50 in Paris is tonight, in the city's own time."""
    now = dt.datetime(2024, 8, 6, 12, tzinfo=dt.UTC)
    paris = meet_status(store, store.meets["2024-olympics-paris"], now)
    start = dt.datetime(2024, 8, 6, 18, 50, tzinfo=dt.UTC)
    evening = paris.model_copy(
        update={
            "event_day": EventDay(event="1500m", round="final", date=now.date(), starts_at=start)
        }
    )
    with speaking_in(ENGLISH):
        assert event_line(evening, now) == "1500m final tonight (Paris time)"
    with speaking_in(NORWEGIAN):
        assert event_line(evening, now) == "1500 m, finale i kveld (Paris-tid)"


@pytest.mark.parametrize(
    ("now", "shown"),
    [
        (dt.datetime(2024, 7, 20, 12, tzinfo=dt.UTC), False),
        (dt.datetime(2024, 8, 7, 12, tzinfo=dt.UTC), True),
    ],
)
def test_a_note_citing_a_later_report_waits_for_it(now, shown) -> None:
    """A note naming a report of 6 Aug 2024 was not written on 20 July; a forecast day stays."""
    note = "The Irish Times report of Tuesday 6 Aug 2024 gives the final's start."
    assert tells_later_page(note, now) is not shown
    assert not tells_later_page("The final falls inside 15 Jul 2028 and 24 Jul 2028.", now)
