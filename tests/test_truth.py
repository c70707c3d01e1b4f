"""Issue #14: answers say no more than the store's records, and hold at the clock's time."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from bot import commands as cmd
from bot.answers.meetings import decide, places_given
from bot.answers.next_race import NextRaceAnswer
from bot.answers.results import ResultsAnswer
from bot.facts.models import ResultRow
from bot.features.about.answer import AboutAnswer
from bot.features.athlete.answer import ProfileAnswer
from bot.features.h2h.answer import H2HAnswer
from bot.features.quote.answer import NoQuote, QuoteAnswer
from bot.features.timeline.answer import TimelineAnswer
from bot.normalise import normalise
from bot.render.embeds import render_embeds
from bot.render.text import render_text


def at(year: int, month: int, day: int, hour: int = 12) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=dt.UTC)


# ------------------------------------------------------------------ quote topics
def test_topic_never_matches_a_word_a_letter_away(ctx) -> None:
    """'doping' found a quote saying 'doing' (edit distance on ordinary words)."""
    answer = cmd.COMMANDS["quote"].run(ctx(), "jakob", "doping")
    assert isinstance(answer, NoQuote), answer
    # "no quote about that", with the speaker's real topics
    assert answer.known_topics
    text = render_text(answer)
    assert "No quote by Jakob Ingebrigtsen about “doping”" in text
    assert answer.known_topics[0] in text


def test_topic_matches_inflections(ctx) -> None:
    insecure = cmd.COMMANDS["quote"].run(ctx(), "kerr", "insecure")
    assert isinstance(insecure, QuoteAnswer)
    assert "insecurity" in insecure.quote.text
    blindfold = cmd.COMMANDS["quote"].run(ctx(), "jakob", "Blindfold")
    assert isinstance(blindfold, QuoteAnswer)
    assert "blindfolded" in blindfold.quote.text.casefold()


def test_every_topic_match_is_a_tag_a_person_or_the_words(ctx, store) -> None:
    """Each quote offered for a topic holds the topic's words (stemmed), tags or people."""
    answer = cmd.COMMANDS["quote"].run(ctx(), "kerr", "weaknesses")
    assert isinstance(answer, QuoteAnswer)
    for quote_id in answer.order:
        quote = store.quotes[quote_id]
        words = normalise(" ".join([quote.text, *quote.topics]))
        assert "weak" in words, quote.text


# ------------------------------------------------------------------ decided races
def test_zurich_2023_is_decided_by_the_cited_order(ctx) -> None:
    """Kerr has no place at Zürich 2023, but SRF says Nuguse passed him to win by 0.02 s."""
    answer = cmd.COMMANDS["h2h"].run(ctx(), "kerr", "nuguse")
    assert isinstance(answer, H2HAnswer)
    zurich = next(m for m in answer.meetings if m.race_id == "2023-dl-zurich-1500m-final")
    # Nuguse's 1st place says it; the SRF report (Kerr's row: behind Nuguse) says it too
    assert zurich.winner == "opponent" and zurich.decided_by == "place"
    assert zurich.athlete.place is None  # a margin is not a place
    assert "Nuguse ahead" in render_text(answer)


def test_a_cited_finished_behind_decides_when_nothing_else_does() -> None:
    kerr = ResultRow(athlete="josh-kerr", behind=("yared-nuguse",))
    nuguse = ResultRow(athlete="yared-nuguse")
    assert decide(kerr, nuguse) == ("opponent", "order")
    assert decide(nuguse, kerr) == ("athlete", "order")


def test_a_missing_place_is_decided_by_printed_times() -> None:
    placed = ResultRow(place=3, athlete="a", time="7:47.09")
    unplaced = ResultRow(athlete="b", time="7:46.62")
    assert decide(placed, unplaced) == ("opponent", "time")
    assert decide(unplaced, placed) == ("athlete", "time")


def test_a_place_every_better_place_of_which_is_taken_decides() -> None:
    """London 2025: Mills (tripped, no place) finished behind the 4th, since 1st-3rd are held."""
    fourth = ResultRow(place=4, athlete="wightman")
    unplaced = ResultRow(athlete="mills")
    assert decide(fourth, unplaced, frozenset({1, 2, 3, 4})) == ("athlete", "place")
    assert decide(unplaced, fourth, frozenset({1, 2, 3, 4})) == ("opponent", "place")
    # 2nd and 3rd not given: the unplaced finisher may have been one of them
    assert decide(fourth, unplaced, frozenset({1, 4})) == (None, None)


def test_only_races_without_evidence_stay_undecided(store) -> None:
    """Every pair in every race: undecided only when no place, time or cited order decides."""
    undecided = 0
    for race in store.races.values():
        rows, taken = race.results, places_given(race)
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if decide(a, b, taken)[0] is not None:
                    continue
                undecided += 1
                both_finished = a.status == b.status == "finished"
                assert not both_finished or a.place is None or b.place is None, race.id
                assert not both_finished or a.seconds is None or b.seconds is None, race.id
                assert b.athlete not in a.behind and a.athlete not in b.behind, race.id
                for placed in (a, b):
                    if placed.place is not None:
                        assert not set(range(1, placed.place)) <= taken, race.id
    assert undecided > 0  # the store does hold races with no evidence either way


# ------------------------------------------------------------------ an athlete's next meet
def test_next_meet_counts_a_meet_he_has_raced_at_by_the_clock(ctx) -> None:
    """A round he has run puts him at a meet still on; a result still to come does not."""
    between_rounds = cmd.COMMANDS["next-race"].run(ctx(at(2024, 8, 3)), "kerr")
    assert isinstance(between_rounds, NextRaceAnswer) and between_rounds.meet
    assert between_rounds.meet.id == "2024-olympics-paris"
    assert not between_rounds.athlete_not_entered
    # no source in the store entered him for Paris before his heat: that would be hindsight
    mid_2024 = cmd.COMMANDS["next-race"].run(ctx(at(2024, 6, 15)), "kerr")
    assert isinstance(mid_2024, NextRaceAnswer) and mid_2024.athlete_not_entered
    before_tokyo = cmd.COMMANDS["next-race"].run(ctx(at(2025, 9, 11)), "kerr")
    assert isinstance(before_tokyo, NextRaceAnswer) and before_tokyo.athlete_not_entered


def test_a_withdrawal_known_at_the_clock_removes_the_meet(ctx) -> None:
    """London 2025: entered on 11 Apr 2025, withdrew in Jul 2025 (a page dated only "2025-07",
    so the withdrawal is known from the end of July, not from the 1st)."""
    entered = cmd.COMMANDS["next-race"].run(ctx(at(2025, 6, 20)), "jakob")
    assert entered.meet and entered.meet.id == "2025-dl-eugene-pre"
    kinds = [
        e.kind
        for e in cmd.COMMANDS["next-race"]
        .run(ctx(at(2025, 6, 20)), None, "london 2025")
        .meet.entries
    ]
    assert kinds == ["confirmed", "confirmed"]  # the withdrawal is not known yet
    mid_july = cmd.COMMANDS["next-race"].run(ctx(at(2025, 7, 15)), None, "london 2025").meet
    assert [e.kind for e in mid_july.entries][-1] == "confirmed"
    later = cmd.COMMANDS["next-race"].run(ctx(at(2025, 8, 1)), None, "london 2025").meet
    assert [e.kind for e in later.entries][-1] == "withdrawal"


# ------------------------------------------------------------ entries as the sources word them
def test_oslo_and_birmingham_2026_hold_a_plan_not_an_entry(ctx) -> None:
    for name in ("oslo 2026", "birmingham 2026"):
        answer = cmd.COMMANDS["next-race"].run(ctx(at(2026, 3, 25)), None, name)
        assert isinstance(answer, NextRaceAnswer) and answer.meet
        assert [(e.athlete.id, e.kind, e.reported) for e in answer.meet.entries] == [
            ("jakob-ingebrigtsen", "plan", "2026-01-27")
        ]
        text = render_text(answer)
        assert "Announced" not in text
        assert "Jakob Ingebrigtsen said on 27 Jan 2026 he planned to run (Mozzart Sport)" in text
        # the surgery of 6 Feb 2026 is news after the plan: never in its note
        assert "surgery" not in text
        embed = render_embeds(answer)[0]
        fields = {f.name: f.value for f in embed.fields}
        assert "planned to run" in fields["Entries, plans and withdrawals"]


def test_a_plan_reported_after_the_clock_is_not_shown(ctx) -> None:
    # on 1 Jan 2026 no page had named Oslo 2026 yet (its plan is of 27 Jan, its dates of March)
    answer = cmd.COMMANDS["next-race"].run(ctx(at(2026, 1, 1)), None, "oslo 2026")
    assert answer.meet is None
    # on 1 Feb the plan of 27 Jan names it, but its dates (a page of March) are not known yet
    named = cmd.COMMANDS["next-race"].run(ctx(at(2026, 2, 1)), None, "oslo 2026").meet
    assert named and named.start_date is None and named.state == "undated"
    assert [e.kind for e in named.entries] == ["plan"]
    assert named.source.id == "mozzart-2026-01-27-ingebrigtsen-2026-plans"


# ------------------------------------------------------------------ as of the clock's now
def test_h2h_at_1_june_2024_counts_nothing_later(ctx) -> None:
    answer = cmd.COMMANDS["h2h"].run(ctx(at(2024, 6, 1)), "kerr", "jakob")
    assert isinstance(answer, H2HAnswer) and answer.last
    assert answer.last.race_id == "2024-dl-eugene-pre-mile-final"
    assert all(m.date is None or m.date <= dt.date(2024, 6, 1) for m in answer.meetings)
    assert "5 Sep 2024" not in render_text(answer)


def test_timeline_profile_and_results_at_the_clock(ctx) -> None:
    now = at(2024, 6, 1)
    events = cmd.COMMANDS["timeline"].run(ctx(now), "kerr")
    assert isinstance(events, TimelineAnswer)
    assert events.items and all(i.date <= "2024-06-01" for i in events.items)
    kerr = cmd.COMMANDS["athlete"].run(ctx(now), "kerr")
    assert isinstance(kerr, ProfileAnswer) and kerr.latest
    assert kerr.latest.date == dt.date(2024, 5, 25)
    assert {b.event: b.time for b in kerr.best}["1500m"] != "3:27.79"  # Paris was in August
    assert not isinstance(cmd.COMMANDS["results"].run(ctx(now), "paris 2024"), ResultsAnswer)


# ------------------------------------------------------------------ the store repeats itself
def test_one_record_per_athlete(store) -> None:
    assert "mo-katir" not in store.people
    katir = store.people["mohamed-katir"]
    assert "Mo Katir" in katir.aliases and "seed-004" in (katir.note or "")
    names = Counter(normalise(p.name) for p in store.people.values())
    assert not [n for n, c in names.items() if c > 1]


def test_the_tokyo_calf_injury_is_one_event(ctx) -> None:
    answer = cmd.COMMANDS["timeline"].run(ctx(), "kerr", None, 2025)
    assert isinstance(answer, TimelineAnswer)
    calf = [i for i in answer.items if i.date == "2025-09-17" and "calf" in i.summary.casefold()]
    assert len(calf) == 1
    # a misprint in one report is a note on the event, not an event of its own
    assert not any("printed" in i.title for i in answer.items)


def test_profiles_show_titles_first_and_no_restatements(ctx) -> None:
    kerr = cmd.COMMANDS["athlete"].run(ctx(), "kerr")
    assert isinstance(kerr, ProfileAnswer)
    shown = [n.text for n in kerr.notable[:8]]  # the eight an embed shows
    assert "2023 world 1500m champion" in shown
    assert sum("British mile record" in t for t in [n.text for n in kerr.notable]) == 1
    jakob = cmd.COMMANDS["athlete"].run(ctx(), "jakob")
    shown = [n.text for n in jakob.notable[:8]]
    assert "Olympic 1500m champion 2021 (Tokyo)" in shown
    assert "Olympic 5000m champion 2024 (Paris)" in shown


# ------------------------------------------------------------------ dates without a time
def test_a_first_day_without_a_time_is_a_local_date_in_the_console(ctx) -> None:
    # Zurich 2024 on the 2024 calendar of Sep 2023 (Zurich 2023 is known only from a preview
    # dated to its month, so not before its own first day)
    answer = cmd.COMMANDS["next-race"].run(ctx(at(2024, 9, 2)), None, "zurich 2024")
    text = render_text(answer)
    # the card's words, counted in Zürich's calendar: 2 Sep there is 3 days before
    assert "Starts in 3 days — 5 Sept 2024 (Zürich time)" in text
    assert "Europe/" not in text
    assert "UTC" not in text.split("Sources:")[0]


# ------------------------------------------------------------------ smaller
def test_habz_budapest_time_is_the_printed_one(ctx) -> None:
    answer = cmd.COMMANDS["results"].run(ctx(), "budapest 2023")
    assert isinstance(answer, ResultsAnswer)
    habz = next(r for r in answer.rows if r.athlete.id == "azeddine-habz")
    assert habz.place == 11 and "3 min 33 sec 14" in (habz.note or "")
    assert "margin" not in (habz.note or "")


def test_nanjing_3000m_conflict_is_shown_in_the_console(ctx) -> None:
    answer = cmd.COMMANDS["results"].run(ctx(), "nanjing", "3000m")
    assert isinstance(answer, ResultsAnswer)
    shown = render_text(answer)
    assert "Reports differ on the bronze: mybestruns gives it to Selemon Barega" in shown


def test_about_range_starts_with_the_undated_2016_race(ctx) -> None:
    answer = cmd.COMMANDS["about"].run(ctx())
    assert isinstance(answer, AboutAnswer)
    assert answer.first_race is None and answer.first_year == 2016
    assert "Races from 2016 to " in render_text(answer)  # the year alone: no day is given


def test_a_meet_asked_with_an_athlete_says_when_no_source_puts_him_there(ctx) -> None:
    """'is kerr running beijing 2027': a countdown alone would read as yes."""
    beijing = cmd.COMMANDS["next-race"].run(ctx(), "kerr", "beijing 2027")
    assert isinstance(beijing, NextRaceAnswer) and beijing.athlete_not_at_meet
    assert "No source in the store puts Josh Kerr at this meet" in render_text(beijing)
    millrose = cmd.COMMANDS["next-race"].run(ctx(at(2026, 1, 31)), "kerr", "millrose 2026")
    assert isinstance(millrose, NextRaceAnswer) and not millrose.athlete_not_at_meet
