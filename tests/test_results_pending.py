"""/results of a race on the programme but not run yet: when it is, never "no results" alone."""

from __future__ import annotations

import datetime as dt

from bot.answers.results import NoResults, ResultsQuery, meet_results
from bot.facts import FactStore
from bot.features.results.layouts import no_results
from bot.i18n import language, speaking_in

FINAL_DAY = dt.datetime(2024, 8, 6, 12, tzinfo=dt.UTC)  # the Paris 1500m final is at 20:50


def test_the_final_later_today_is_said_with_its_time(store: FactStore) -> None:
    query = ResultsQuery(meet="2024-olympics-paris", round="final")
    answer = meet_results(store, query, now=FINAL_DAY)
    assert isinstance(answer, NoResults) and answer.pending is not None
    assert answer.pending.event == "1500m" and answer.pending.round == "final"
    said = no_results(answer)
    assert "1500m final is on the programme for 6 Aug 2024 at" in said and "not run yet" in said
    with speaking_in(language("no")):
        assert "står på programmet" in no_results(answer)


def test_no_programme_known_then_says_no_time(store: FactStore) -> None:
    """Budapest 2023's final time was first printed in its report: not known that morning."""
    morning = dt.datetime(2023, 8, 23, 8, tzinfo=dt.UTC)
    query = ResultsQuery(meet="2023-worlds-budapest", round="final")
    answer = meet_results(store, query, now=morning)
    assert isinstance(answer, NoResults) and answer.pending is None
    assert "programme" not in no_results(answer)


def test_a_race_run_and_reported_has_results_not_a_programme_line(store: FactStore) -> None:
    later = dt.datetime(2024, 8, 20, 12, tzinfo=dt.UTC)
    answer = meet_results(store, ResultsQuery(meet="2024-olympics-paris", round="final"), now=later)
    assert not isinstance(answer, NoResults)
