"""What a new fan found: who a quote is by, ids shown as commands, dates, counts in words."""

from __future__ import annotations

import datetime as dt

import pytest

from bot import commands as cmd
from bot.ask.answer import ask
from bot.ask.replies import AskAnswer
from bot.i18n import language, speaking_in
from bot.render.embeds import render_embeds
from bot.render.text import render_text


@pytest.mark.parametrize(
    ("question", "speaker", "topic"),
    [
        # the speaker stands before "say", the topic after "about", whoever is named first
        ("kerr vs jakob h2h and what did jakob say about kerr", "jakob-ingebrigtsen", "josh-kerr"),
        ("what did josh kerr really say about jakob", "josh-kerr", "jakob-ingebrigtsen"),
        ("hva sa jakob om kerr", "jakob-ingebrigtsen", "josh-kerr"),
    ],
)
def test_the_one_who_says_is_the_speaker(ctx, question: str, speaker: str, topic: str) -> None:
    answer = ask(ctx(), question)
    assert isinstance(answer, AskAnswer) and answer.reading.command == "quote"
    assert answer.reading.options["athlete"] == speaker
    assert answer.reading.options["topic"] == topic  # never a speaker about himself


def test_a_finished_meet_points_to_results_by_a_name_fans_type(ctx) -> None:
    now = dt.datetime(2024, 9, 25, 12, tzinfo=dt.UTC)
    answer = cmd.COMMANDS["next-race"].run(ctx(now), meet="paris 2024")
    meet = answer.meet
    assert meet is not None and meet.state == "finished"
    for lang in ("en-GB", "no"):
        with speaking_in(language(lang)):
            shown = render_text(answer) + str(render_embeds(answer)[0].description)
        assert meet.id not in shown  # no store id ("2024-olympics-paris")
        assert f"/results meet:{meet.name}" in shown


def test_every_meet_name_shown_in_a_hint_resolves_back(ctx) -> None:
    context = ctx()
    for meet in context.store.meets.values():
        found = context.resolver.meet(meet.name, today=context.today, purpose="results")
        assert found.id == meet.id, meet.name


def test_the_console_words_a_race_time_like_every_other_date(ctx) -> None:
    answer = cmd.COMMANDS["next-race"].run(ctx(), meet="budapest 2023")
    text = render_text(answer)
    assert "UTC" not in text
    assert "  1500m final: 23 Aug 2023, 21:16 Budapest time" in text  # 19:16 UTC, CEST
    with speaking_in(language("no")):
        assert "23. aug. 2023, 21:16 Budapest-tid" in render_text(answer)


def test_counts_of_one_are_singular_in_both_languages(ctx) -> None:
    # of the meets called "dream mile", one has results in the store
    answer = cmd.COMMANDS["results"].run(ctx(), meet="dream mile")
    text = render_text(answer)
    assert "'dream mile' matches 1 meet; showing the latest with results" in text
    with speaking_in(language("no")):
        assert "«dream mile» passer på 1 stevne;" in render_text(answer)
