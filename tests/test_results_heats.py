"""/results of one numbered heat or semi-final: the option, the console and /ask alike."""

from __future__ import annotations

from bot.answers.results import NoResults, ResultsAnswer, ResultsQuery, meet_results
from bot.commands import COMMANDS, Context
from bot.facts import FactStore
from bot.features.results.reading import label
from bot.i18n import language, speaking_in
from bot.phrases import word
from bot.resolve import Resolver

from .asking import best_reading
from .conftest import NOW

PARIS, TOKYO = "2024-olympics-paris", "2025-worlds-tokyo"


def test_the_number_picks_that_heat_or_semi(store: FactStore) -> None:
    for round_, heat in (("heat", 2), ("semi-final", 2), ("semi-final", 1)):
        query = ResultsQuery(meet=PARIS, event="1500m", round=round_, heat=heat)
        answer = meet_results(store, query)
        assert isinstance(answer, ResultsAnswer)
        assert (answer.race.round, answer.race.heat) == (round_, heat)


def test_a_number_the_store_has_no_race_of_says_so_and_lists_the_races(store: FactStore) -> None:
    answer = meet_results(store, ResultsQuery(meet=TOKYO, round="heat", heat=3))
    assert isinstance(answer, NoResults) and answer.heat == 3
    assert {(r.round, r.heat) for r in answer.other_races} >= {("heat", 1), ("heat", 4)}


def test_a_final_has_no_number(store: FactStore) -> None:
    answer = meet_results(store, ResultsQuery(meet=TOKYO, round="final", heat=2))
    assert isinstance(answer, ResultsAnswer) and answer.race.round == "final"


def test_the_option_through_the_command(store: FactStore, resolver: Resolver) -> None:
    ctx = Context(store, resolver, NOW)
    answer = COMMANDS["results"].call(ctx, {"meet": "tokyo 2025", "round": "heat", "heat": "4"})
    assert (answer.race.round, answer.race.heat) == ("heat", 4)
    names = {row.athlete.id for row in answer.rows}
    assert "jakob-ingebrigtsen" in names  # his heat, out of which he went


def test_ask_reads_the_number_after_the_round(resolver: Resolver, store: FactStore) -> None:
    for text, round_, heat in (
        ("results of paris 2024 1500m heat 2", "heat", "2"),
        ("who won semi 2 in paris", "semi-final", "2"),
        ("tokyo 2025 heat nr 4 results pls", "heat", "4"),
        ("resultatene fra semifinale 1 i paris", "semi-final", "1"),
    ):
        command, options = best_reading(resolver, text)
        assert command == "results", text
        assert (options.get("round"), options.get("heat")) == (round_, heat), (text, options)
    for text in ("paris 2024 heat results", "who won the 1500 final in tokyo"):
        assert "heat" not in best_reading(resolver, text)[1], text  # no number, none read
    # a distance after the round is no number of it ("heat 1500m")
    assert "heat" not in best_reading(resolver, "paris heat 1500m results")[1]
    shown = label(store, {"meet": PARIS, "event": "1500m", "round": "semi-final", "heat": "2"})
    with speaking_in(language("no")):
        assert word(shown[-1]) == "semifinale 2"


async def test_the_heat_option_on_discord(world) -> None:
    result = await world.slash("results", meet="paris 2024", round="semi-final", heat=2)
    embed = result.response.embeds[0]
    assert "1500m semi-final 2" in embed.title and not result.ephemeral
