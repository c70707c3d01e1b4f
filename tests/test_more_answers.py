"""/results, /athlete, /timeline and /about: answer functions and the Discord layer."""

from __future__ import annotations

from bot import commands as cmd
from bot.answers.common import Refusal
from bot.answers.results import NoResults, ResultsAnswer
from bot.features.about.answer import AboutAnswer
from bot.features.athlete.answer import ProfileAnswer
from bot.features.timeline.answer import TimelineAnswer

from .test_discord import text_of


# ---------------------------------------------------------------- answer functions
def test_results_default_is_the_main_final(ctx) -> None:
    answer = cmd.COMMANDS["results"].run(ctx(), "worlds 2023")
    assert isinstance(answer, ResultsAnswer)
    assert (answer.race.event, answer.race.round) == ("1500m", "final")
    top = [(r.place, r.athlete.name, r.time) for r in answer.rows[:3]]
    assert top == [
        (1, "Josh Kerr", "3:29.38"),
        (2, "Jakob Ingebrigtsen", "3:29.65"),
        (3, "Narve Gilje Nordås", "3:29.68"),
    ]
    assert answer.source.url


def test_results_by_round_and_event(ctx) -> None:
    heat = cmd.COMMANDS["results"].run(ctx(), "budapest 2023", round="heat")
    assert isinstance(heat, ResultsAnswer) and heat.race.heat == 1
    indoor = cmd.COMMANDS["results"].run(ctx(), "world indoors 2024", event="3000")
    assert isinstance(indoor, ResultsAnswer)
    assert indoor.race.event == "3000m (indoor)"
    assert indoor.rows[0].athlete.name == "Josh Kerr" and indoor.rows[0].time == "7:42.98"


def test_results_refusals(ctx) -> None:
    no_event = cmd.COMMANDS["results"].run(ctx(), "budapest 2023", event="marathon")
    assert isinstance(no_event, Refusal) and "1500m" in no_event.suggestions
    unknown = cmd.COMMANDS["results"].run(ctx(), "atlantis games")
    assert isinstance(unknown, Refusal)
    future = cmd.COMMANDS["results"].run(ctx(), "worlds 2027")
    assert isinstance(future, NoResults) and future.other_races == []


def test_athlete_profile(ctx) -> None:
    answer = cmd.COMMANDS["athlete"].run(ctx(), "kerr")
    assert isinstance(answer, ProfileAnswer)
    assert answer.person.country == "GBR"
    best = {b.event: b.time for b in answer.best}
    assert best["1500m"] == "3:27.79"  # Paris 2024, the fastest 1500m the store holds for him
    assert best["mile"] == "3:45.34"
    rivals = {r.opponent.id: (r.wins, r.losses) for r in answer.rivals}
    assert rivals["jakob-ingebrigtsen"] == (4, 11)
    assert answer.quotes > 100 and answer.notable


def test_timeline_filters_and_order(ctx) -> None:
    both = cmd.COMMANDS["timeline"].run(ctx(), "kerr", "ingebrigtsen", 2024)
    assert isinstance(both, TimelineAnswer) and both.items
    assert all(i.date.startswith("2024") for i in both.items)
    dates = [i.date for i in both.items]
    assert dates == sorted(dates, reverse=True)
    oldest = cmd.COMMANDS["timeline"].run(ctx(), order="oldest")
    assert isinstance(oldest, TimelineAnswer)
    assert [i.date for i in oldest.items] == sorted(i.date for i in oldest.items)
    assert isinstance(cmd.COMMANDS["timeline"].call(ctx(), {"year": "nineteen"}), Refusal)
    assert isinstance(cmd.COMMANDS["timeline"].call(ctx(), {"year": "1899"}), Refusal)


def test_about_counts(ctx, store) -> None:
    answer = cmd.COMMANDS["about"].run(ctx())
    assert isinstance(answer, AboutAnswer)
    assert answer.counts == store.counts()
    assert answer.facts_as_of == store.facts_as_of


# ---------------------------------------------------------------- Discord
async def test_results_in_discord_with_meet_and_event_autocomplete(world) -> None:
    result = await world.slash("results", meet="2023-worlds-budapest")
    embed = result.response.embeds[0]
    assert "1500m final" in embed.title
    # a results table: place and time chips, the podium's medals and flags, marks inline
    assert "` 1st` `3:29.38` 🥇 **🇬🇧 Josh Kerr**\n" in embed.description
    eugene = (await world.slash("results", meet="oregon22")).response.embeds[0]
    # the marks a row's note states ("a world-leading personal best"), inline
    assert "` 1st` `3:29.23` 🥇 **🇬🇧 Jake Wightman** *WL PB*" in eugene.description
    choices = await world.autocomplete("results", "event", "", meet="2023-worlds-budapest")
    assert [c["value"] for c in choices] == ["1500m"]
    missing = await world.slash("results", meet="budapest 2023", event="marathon")
    assert missing.ephemeral


async def test_athlete_in_discord(world) -> None:
    result = await world.slash("athlete", name="Nordås")
    body = text_of(result.response.embeds[0])
    assert "Narve Gilje Nordås (NOR)" in body
    assert "Best time in the store" in body
    # the best marks and the latest race are cited, not only the profile's own source
    sources = next(f.value for f in result.response.embeds[0].fields if f.name == "Sources")
    assert sources.count("• ") >= 3
    unknown = await world.slash("athlete", name="@everyone")
    assert unknown.ephemeral
    assert "@\u200beveryone" in text_of(unknown.response.embeds[0])


async def test_timeline_pages_in_discord(world) -> None:
    result = await world.slash("timeline", athlete="kerr", opponent="jakob")
    first = result.response.embeds[0]
    assert "page 1/" in first.footer.text
    await world.fan.click(result.response, label="Next")
    assert "page 2/" in world.channel.last_message.embeds[0].footer.text
    await world.fan.click(result.response, label="Previous")
    assert "page 1/" in world.channel.last_message.embeds[0].footer.text


async def test_about_in_discord(world, store) -> None:
    result = await world.slash("about")
    body = text_of(result.response.embeds[0])
    assert str(store.counts()["quotes"]) in body
    assert "Spotted a mistake?" in body and "Facts as of" in body


def test_athlete_profile_cites_every_fact_it_shows(ctx) -> None:
    answer = cmd.COMMANDS["athlete"].run(ctx(), "nordas")
    assert isinstance(answer, ProfileAnswer) and answer.latest and answer.best
    cited = {s.id for s in answer.sources}
    assert answer.latest.source.id in cited
    assert {b.source.id for b in answer.best} <= cited
    assert answer.source.id in cited and len(cited) == len(answer.sources)


def test_a_round_without_an_event_is_the_main_events_round(ctx) -> None:
    """'the paris final': the 1500m final, not whichever final comes first (the 5000m)."""
    from bot.answers.results import ResultsAnswer

    final = cmd.COMMANDS["results"].run(ctx(), "paris 2024", None, "final")
    assert isinstance(final, ResultsAnswer)
    assert (final.race.event, final.race.round) == ("1500m", "final")
    semi = cmd.COMMANDS["results"].run(ctx(), "paris 2024", None, "semi")
    assert isinstance(semi, ResultsAnswer)
    assert (semi.race.event, semi.race.round) == ("1500m", "semi-final")


def test_an_indoor_event_is_never_read_as_the_outdoor_one(ctx) -> None:
    """Kerr and Ingebrigtsen never met in a 1500m indoors: not the outdoor 1500m record."""
    from bot.answers.common import Refusal
    from bot.lookup import match_event

    indoor = cmd.COMMANDS["h2h"].run(ctx(), "kerr", "jakob", "1500m (indoor)")
    assert isinstance(indoor, Refusal) and "no meeting" in indoor.message
    assert match_event("1500 indoor", ["1500m", "mile"]) is None
    assert match_event("1500", ["1500m", "1500m (indoor)"]) == "1500m"


def test_indoors_is_every_indoor_event(ctx) -> None:
    """'kerr vs hocker indoors': the 3000m and the two miles indoors together."""
    from bot.features.h2h.answer import H2HAnswer

    answer = cmd.COMMANDS["h2h"].run(ctx(at_end_of_store()), "kerr", "hocker", "indoors")
    assert isinstance(answer, H2HAnswer) and answer.event == "indoor"
    events = {m.event for m in answer.meetings}
    assert len(events) > 1 and all(e.endswith("(indoor)") for e in events)


def at_end_of_store():
    import datetime as dt

    return dt.datetime(2026, 11, 30, tzinfo=dt.UTC)


def test_h2h_of_one_year(ctx) -> None:
    """'jakob vs kerr 2019': their two Doha races, not the whole record."""
    from bot.answers.common import Refusal
    from bot.features.h2h.answer import H2HAnswer

    doha = cmd.COMMANDS["h2h"].run(ctx(), "jakob", "kerr", None, "all", 2019)
    assert isinstance(doha, H2HAnswer) and doha.year == 2019
    assert len(doha.meetings) == 2 and all(m.date and m.date.year == 2019 for m in doha.meetings)
    none = cmd.COMMANDS["h2h"].run(ctx(), "kerr", "jakob", None, "all", 2018)
    assert isinstance(none, Refusal) and "no meeting in 2018" in none.message
