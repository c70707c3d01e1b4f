"""Answer functions on the real store: numbers a fan can check against the sources."""

from __future__ import annotations

import datetime as dt

from bot import commands as cmd
from bot.answers.common import Refusal
from bot.answers.meetings import outcome
from bot.answers.next_race import NextRaceAnswer, NextRaceQuery, next_race
from bot.facts.models import ResultRow
from bot.features.h2h.answer import H2HAnswer, H2HQuery, head_to_head
from bot.features.quote.answer import NoQuote, QuoteAnswer, QuoteQuery, find_quote, quote_at
from bot.phrases import word
from bot.render.text import render_text

from .conftest import NOW


def at(year: int, month: int, day: int, hour: int = 12) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=dt.UTC)


# ---------------------------------------------------------------- /h2h
def test_h2h_budapest_2023_final(store) -> None:
    answer = head_to_head(store, H2HQuery(athlete="josh-kerr", opponent="jakob-ingebrigtsen"))
    budapest = next(m for m in answer.meetings if m.race_id == "2023-worlds-budapest-1500m-final")
    assert (budapest.athlete.place, budapest.athlete.time) == (1, "3:29.38")
    assert (budapest.opponent.place, budapest.opponent.time) == (2, "3:29.65")
    assert budapest.winner == "athlete"
    assert budapest.margin == 0.27
    assert budapest.source.url


def test_h2h_tally_first_and_last(store) -> None:
    answer = head_to_head(store, H2HQuery(athlete="josh-kerr", opponent="jakob-ingebrigtsen"))
    assert (answer.tally.athlete, answer.tally.opponent, answer.tally.no_result) == (4, 11, 0)
    assert (answer.finals_tally.athlete, answer.finals_tally.opponent) == (3, 7)
    assert answer.first and answer.first.race_id == "2016-world-u20-championships-1500m-final"
    assert answer.last and answer.last.race_id == "2024-dl-zurich-1500m-final"
    dates = [m.date for m in answer.meetings if m.date]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_h2h_is_symmetric(store) -> None:
    one = head_to_head(store, H2HQuery(athlete="josh-kerr", opponent="jakob-ingebrigtsen"))
    two = head_to_head(store, H2HQuery(athlete="jakob-ingebrigtsen", opponent="josh-kerr"))
    assert (one.tally.athlete, one.tally.opponent) == (two.tally.opponent, two.tally.athlete)


def test_h2h_event_and_finals_filters(store) -> None:
    mile = head_to_head(
        store, H2HQuery(athlete="josh-kerr", opponent="jakob-ingebrigtsen", event="mile")
    )
    assert [m.race_id for m in mile.meetings] == ["2024-dl-eugene-pre-mile-final"]
    finals = head_to_head(
        store, H2HQuery(athlete="josh-kerr", opponent="jakob-ingebrigtsen", finals_only=True)
    )
    assert all(m.round == "final" for m in finals.meetings)
    assert finals.tally == finals.finals_tally


def test_outcome_rules() -> None:
    first = ResultRow(place=1, athlete="a", time="3:30.00")
    second = ResultRow(place=2, athlete="b", time="3:31.00")
    dnf = ResultRow(athlete="b", status="dnf")
    dq = ResultRow(athlete="a", status="dq")
    unplaced = ResultRow(athlete="b")
    assert outcome(first, second) == "athlete"
    assert outcome(second, first) == "opponent"
    assert outcome(first, dnf) == "athlete"
    assert outcome(dq, dnf) is None
    assert outcome(first, unplaced) == "athlete"  # a winner is ahead of every finisher
    assert outcome(second, unplaced) is None  # the unplaced one may have been 1st


def test_h2h_never_met_names_latest_races(ctx) -> None:
    answer = cmd.COMMANDS["h2h"].run(ctx(), "kerr", "henrik ingebrigtsen")
    assert isinstance(answer, H2HAnswer)
    assert answer.meetings == [] and answer.tally.total == 0
    assert (
        answer.latest["josh-kerr"].meet == "World Athletics Indoor Championships Kujawy "
        "Pomorze 26 (Toruń)"
    )
    assert answer.latest["henrik-ingebrigtsen"].time == "3:38.50"


def test_h2h_refusals(ctx) -> None:
    same = cmd.COMMANDS["h2h"].run(ctx(), "kerr", "Josh Kerr")
    assert isinstance(same, Refusal) and "different" in same.message
    unknown = cmd.COMMANDS["h2h"].run(ctx(), "kerr", "Usain Boltt Lightning")
    assert isinstance(unknown, Refusal) and "don't know" in unknown.message
    # three Samuels, none of whom met Kerr often: a question (a Cheruiyot would be Timothy)
    ambiguous = cmd.COMMANDS["h2h"].run(ctx(), "kerr", "samuel")
    assert isinstance(ambiguous, Refusal)
    assert "Samuel Pihlström (SWE)" in ambiguous.suggestions
    bad_event = cmd.COMMANDS["h2h"].run(ctx(), "kerr", "jakob", event="marathon")
    assert isinstance(bad_event, Refusal) and bad_event.suggestions == ["1500m", "mile"]


def test_h2h_notes_how_a_family_name_was_read(ctx) -> None:
    answer = cmd.COMMANDS["h2h"].run(ctx(), "kerr", "ingebrigtsen")
    assert isinstance(answer, H2HAnswer)
    assert any("Jakob Ingebrigtsen" in word(n) for n in answer.notes)


# ---------------------------------------------------------------- /quote
def test_quote_by_topic_word(store) -> None:
    answer = find_quote(store, QuoteQuery(speaker="jakob-ingebrigtsen", topic="blindfolded"))
    assert isinstance(answer, QuoteAnswer)
    assert "blindfolded" in answer.quote.text
    assert answer.quote.text == store.quotes[answer.quote.id].text  # words exactly as stored
    assert answer.quote.source.publisher


def test_quote_about_an_athlete(ctx, store) -> None:
    answer = cmd.COMMANDS["quote"].run(ctx(), "kerr", "Ingebrigtsen")
    assert isinstance(answer, QuoteAnswer)
    assert "jakob-ingebrigtsen" in store.quotes[answer.quote.id].about


def test_quote_weaknesses(ctx) -> None:
    answer = cmd.COMMANDS["quote"].run(ctx(), "kerr", "weaknesses")
    assert isinstance(answer, QuoteAnswer)
    assert "weakness" in answer.quote.text.lower()


def test_random_quote_is_by_the_speaker_and_cycles_without_repeats(store) -> None:
    answer = find_quote(store, QuoteQuery(speaker="josh-kerr", seed=42))
    assert isinstance(answer, QuoteAnswer)
    seen = []
    current = answer
    for step in range(len(answer.order)):
        seen.append(current.quote.id)
        assert store.quotes[current.quote.id].speaker == "josh-kerr"
        current = quote_at(store, current, step + 1)
    assert len(set(seen)) == len(seen) == len(store.quotes_by_speaker["josh-kerr"])
    assert current.quote.id == seen[0]  # wraps round only after all were shown


def test_no_quote_lists_topics(ctx) -> None:
    answer = cmd.COMMANDS["quote"].run(ctx(), "kerr", "bananas")
    assert isinstance(answer, NoQuote)
    assert answer.known_topics


# ---------------------------------------------------------------- /next-race
def test_next_race_after_the_pack_is_valencia_2027(store) -> None:
    answer = next_race(store, NextRaceQuery(), NOW)
    assert answer.meet and answer.meet.id == "2027-ei-valencia"
    assert answer.meet.state == "upcoming"
    # midnight in Valencia on 5 March is 23:00 UTC on the 4th
    assert answer.meet.target == dt.datetime(2027, 3, 4, 23, 0, tzinfo=dt.UTC)
    assert answer.meet.target_precision == "date"


def test_next_race_on_the_final_day_has_no_start_time_from_its_report(store) -> None:
    # 21:16 is printed only in Track & Field News' report of the final, an undated page known
    # from the day after the final: on the final's own day the countdown has no start time
    answer = next_race(store, NextRaceQuery(meet="2023-worlds-budapest"), at(2023, 8, 23))
    assert answer.meet and answer.meet.state == "in_progress"
    assert answer.meet.day == 5
    assert answer.meet.target_precision != "time"
    assert all(r.starts_at is None for r in answer.meet.schedule)


def test_a_start_time_printed_only_afterwards_is_not_counted_down_to(store) -> None:
    # Budapest's 21:16 is printed only in the report of the final (dated 23 Aug 2023, #28)
    answer = next_race(store, NextRaceQuery(meet="2023-worlds-budapest"), at(2023, 8, 20))
    assert answer.meet and answer.meet.day == 2
    assert answer.meet.target is None


def test_next_race_states_over_time(store) -> None:
    query = NextRaceQuery(meet="2027-worlds-beijing")
    assert next_race(store, query, at(2027, 1, 1)).meet.state == "upcoming"
    during = next_race(store, query, at(2027, 9, 12)).meet
    assert (during.state, during.day, during.days) == ("in_progress", 2, 9)
    assert next_race(store, query, at(2027, 9, 20)).meet.state == "finished"


def test_meet_day_follows_the_meets_time_zone(store) -> None:
    # 16:30 UTC on 10 Sep 2027 is already 11 Sep 00:30 in Beijing: day 1 has begun there
    answer = next_race(
        store,
        NextRaceQuery(meet="2027-worlds-beijing"),
        dt.datetime(2027, 9, 10, 16, 30, tzinfo=dt.UTC),
    )
    assert answer.meet.state == "in_progress" and answer.meet.day == 1


def test_a_past_meet_is_never_upcoming(store) -> None:
    for meet in store.meets.values():
        status = next_race(store, NextRaceQuery(meet=meet.id), NOW).meet
        if meet.end_date and meet.end_date < NOW.date():
            assert status.state == "finished", meet.id


def test_next_race_for_an_athlete_announced_nowhere(ctx) -> None:
    answer = cmd.COMMANDS["next-race"].run(ctx(), athlete="kerr")
    assert isinstance(answer, NextRaceAnswer)
    assert answer.athlete_not_entered
    assert answer.meet and answer.meet.id == "2027-ei-valencia"


def test_next_race_for_an_announced_athlete(ctx) -> None:
    # RunBlogRun's preview of 30 Jan 2026 enters him at Millrose
    answer = cmd.COMMANDS["next-race"].run(ctx(at(2026, 1, 31)), athlete="kerr")
    assert isinstance(answer, NextRaceAnswer)
    assert not answer.athlete_not_entered
    assert answer.meet and answer.meet.id == "2026-millrose"


def test_a_later_result_is_not_an_entry_before_it_was_run(ctx) -> None:
    """Hindsight: before the preview, only his Millrose result (1 Feb) put him there."""
    answer = cmd.COMMANDS["next-race"].run(ctx(at(2026, 1, 20)), athlete="kerr")
    assert isinstance(answer, NextRaceAnswer)
    assert answer.athlete_not_entered
    zurich = cmd.COMMANDS["next-race"].run(ctx(at(2024, 8, 12)), athlete="kerr")
    assert isinstance(zurich, NextRaceAnswer)
    assert zurich.meet is None or zurich.meet.id != "2024-dl-zurich" or zurich.athlete_not_entered


def test_nothing_upcoming(store) -> None:
    answer = next_race(store, NextRaceQuery(), at(2031, 1, 1))
    assert answer.meet is None
    assert answer.most_recent is not None
    assert answer.facts_as_of == store.facts_as_of
    # the most recent meet it names is cited
    assert answer.most_recent.source.publisher in render_text(answer)
