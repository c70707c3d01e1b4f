"""/next-race for a pair: the next meet the store has both at, else each one's own next meet."""

from __future__ import annotations

import datetime as dt

from bot.answers.next_race import NextRaceQuery, next_race
from bot.commands import COMMANDS, Context
from bot.facts import FactStore
from bot.features.next_race.layouts import next_race_embed, next_race_text
from bot.i18n import language, speaking_in
from bot.resolve import Resolver

from .asking import best_reading
from .test_discord import text_of

KERR, JAKOB, NORDAS = "josh-kerr", "jakob-ingebrigtsen", "narve-gilje-nordas"
# 18 May 2025: Kerr's next meet is London (entered 11 Apr), Jakob's is the Pre (entered 13 May);
# both are entered in London
MAY_2025 = dt.datetime(2025, 5, 18, 12, tzinfo=dt.UTC)
# 25 Mar 2026: no meet ahead has both; Jakob planned the Euros, then had surgery
SPRING_2026 = dt.datetime(2026, 3, 25, 12, tzinfo=dt.UTC)


def test_the_next_meet_of_both_is_not_the_next_of_either(store: FactStore) -> None:
    alone = next_race(store, NextRaceQuery(athlete=JAKOB), MAY_2025)
    assert alone.meet is not None and alone.meet.id == "2025-dl-eugene-pre"
    pair = next_race(store, NextRaceQuery(athlete=JAKOB, opponent=KERR), MAY_2025)
    assert pair.meet is not None and pair.meet.id == "2025-dl-london" and pair.both_at
    assert {e.athlete.id for e in pair.meet.entries} >= {KERR, JAKOB}
    swapped = next_race(store, NextRaceQuery(athlete=KERR, opponent=JAKOB), MAY_2025)
    assert swapped.meet is not None and swapped.meet.id == pair.meet.id


def test_no_meet_with_both_says_so_and_gives_each_his_own(store: FactStore) -> None:
    answer = next_race(store, NextRaceQuery(athlete=KERR, opponent=JAKOB), SPRING_2026)
    assert answer.meet is None and not answer.both_at
    own = {each.athlete.id: each for each in answer.apart}
    assert own[KERR].meet is None  # nothing ahead puts Kerr anywhere then
    jakob = own[JAKOB]
    assert jakob.meet is not None and jakob.meet.id == "2026-euros-birmingham"
    # only his own entry there, a plan worded as a plan, and the surgery reported after it
    assert [(e.athlete.id, e.kind) for e in jakob.meet.entries] == [(JAKOB, "plan")]
    assert any("surgery" in s.title.lower() for s in jakob.since)
    lines = next_race_text(answer)
    text = "\n".join(lines.lines)
    assert "No meet ahead or under way has both Josh Kerr and Jakob Ingebrigtsen" in text
    assert "Next for Josh Kerr: no meet ahead" in text
    assert "Next for Jakob Ingebrigtsen: European Athletics Championships Birmingham" in text
    assert "planned to run" in text and "Since then:" in text
    publishers = {s.publisher for s in lines.sources}
    assert "Mozzart Sport" in publishers  # the plan is cited, and the surgery's report
    assert "PerthNow (Reuters)" in publishers


def test_the_same_athlete_twice_or_an_opponent_alone_is_one_athlete(
    store: FactStore, resolver: Resolver
) -> None:
    ctx = Context(store, resolver, MAY_2025)
    run = COMMANDS["next-race"].call
    twice = run(ctx, {"athlete": "jakob", "opponent": "ingebrigtsen jakob"})
    alone = run(ctx, {"opponent": "jakob"})
    for answer in (twice, alone):
        assert answer.meet.id == "2025-dl-eugene-pre"
        assert answer.opponent is None and not answer.apart


def test_typed_names_settle_each_other(store: FactStore, resolver: Resolver) -> None:
    """ "josh" beside Jakob is Kerr, as in /h2h."""
    answer = COMMANDS["next-race"].call(
        Context(store, resolver, MAY_2025), {"athlete": "josh", "opponent": "ingebrigsten"}
    )
    assert answer.athlete.id == KERR and answer.opponent.id == JAKOB
    assert answer.meet.id == "2025-dl-london"


def test_ask_reads_two_athletes_asked_together_as_the_pair(resolver: Resolver) -> None:
    for text in (
        "when do kerr and jakob race each other next",
        "next time ingebrigtsen and kerr line up together?",
        "når møtes kerr og jakob igjen",
        "kerr v jakob - when's the next one",
        "is there a race coming up where nordas faces jakob",
    ):
        command, options = best_reading(resolver, text)
        assert command == "next-race", text
        assert {options.get("athlete"), options.get("opponent")} <= {KERR, JAKOB, NORDAS}, text
        assert "opponent" in options and options["athlete"] != options["opponent"], text


def test_two_questions_in_two_sentences_answer_the_first(resolver: Resolver) -> None:
    command, options = best_reading(resolver, "neste løp for nordås? og for jakob?")
    assert command == "next-race" and options == {"athlete": NORDAS}


async def test_the_pair_on_discord_in_english_and_norwegian(world, clock) -> None:
    clock.now = MAY_2025
    result = await world.slash("next-race", athlete="kerr", opponent="jakob")
    embed = result.response.embeds[0]
    assert embed.title.startswith("London Athletics Meet 2025")
    assert "both **Josh Kerr** and **Jakob Ingebrigtsen**" in embed.description
    clock.now = SPRING_2026
    apart = await world.slash("next-race", athlete="kerr", opponent="jakob")
    body = text_of(apart.response.embeds[0])
    assert apart.response.embeds[0].title == "No meeting ahead in the store"
    assert "Next for **Jakob Ingebrigtsen**" in body and "[" in body  # cited


def test_the_pair_in_norwegian(store: FactStore) -> None:
    answer = next_race(store, NextRaceQuery(athlete=KERR, opponent=JAKOB), SPRING_2026)
    with speaking_in(language("no")):
        (page,) = next_race_embed(answer)
    body = text_of(page.embed)
    assert page.embed.title == "Ingen møter framover i faktabasen"
    assert "både **Josh Kerr** og **Jakob Ingebrigtsen**" in body
    assert "Neste for **Jakob Ingebrigtsen**" in body
    assert "Neste for **Josh Kerr**: ingen stevner" in body


def test_nothing_ahead_long_after_the_newest_source_says_the_store_ends_there(
    store: FactStore,
) -> None:
    """Months past its newest page, "no meet ahead" is no news that none is planned."""
    late = dt.datetime(2026, 12, 3, 12, tzinfo=dt.UTC)
    for now, said in ((late, True), (SPRING_2026, False)):
        answer = next_race(store, NextRaceQuery(athlete=KERR, opponent=JAKOB), now)
        text = "\n".join(next_race_text(answer).lines)
        assert ("meets and entries announced since are not in it" in text) is said, now
    found = next_race(store, NextRaceQuery(athlete=JAKOB, opponent=KERR), MAY_2025)
    assert "announced since" not in "\n".join(next_race_text(found).lines)
