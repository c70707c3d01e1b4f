"""/ask without Discord: how a question is read, what runs, and the replies that run nothing."""

from __future__ import annotations

import pytest

from bot import commands as cmd
from bot.answers.common import Refusal
from bot.ask.answer import answer_reading, ask
from bot.ask.reader import CONFIDENT, read_question
from bot.ask.replies import AskAnswer, CannotKnow, NotSure
from bot.features.ask.layouts import read_as
from bot.render.text import render_text

from .conftest import NOW


def test_reading_runs_the_command_it_names(ctx) -> None:
    answer = ask(ctx(), "who's won more, kerr or ingebrigsten? finals only")
    assert isinstance(answer, AskAnswer)
    assert read_as(answer.reading) == "Read as: /h2h Josh Kerr vs Jakob Ingebrigtsen, finals only"
    direct = cmd.COMMANDS["h2h"].run(ctx(), "josh-kerr", "jakob-ingebrigtsen", rounds="finals")
    assert answer.answer.model_dump() == direct.model_dump()


def test_the_reply_starts_with_the_reading(ctx) -> None:
    text = render_text(ask(ctx(), "what did jakob say about being blindfolded"))
    assert text.startswith("Read as: /quote Jakob Ingebrigtsen about “blindfolded”\n")
    assert "blindfolded" in text.split("\n", 1)[1]


def test_next_readings_are_offered_and_run(ctx) -> None:
    first = ask(ctx(), "what did jakob say about kerr")
    assert isinstance(first, AskAnswer) and first.reading.command == "quote"
    assert [r.command for r in first.others][:1] == ["h2h"]
    outcome = read_question("what did jakob say about kerr", ctx().resolver, NOW.date())
    second = answer_reading(ctx(), outcome.question, outcome.readings, 1)
    assert isinstance(second, AskAnswer) and second.reading.command == "h2h"
    assert second.answer.kind == "h2h"


def test_bare_series_means_the_next_one_when_asked_when(ctx) -> None:
    answer = ask(ctx(), "when's the next worlds?")
    assert isinstance(answer, AskAnswer)
    assert answer.reading.options == {"meet": "2027-worlds-beijing"}


def test_a_year_typed_is_not_fuzzed_into_another_year(ctx) -> None:
    answer = ask(ctx(), "silesia 2024 1500 who won")
    assert isinstance(answer, NotSure)


def test_ambiguous_name_reaches_the_command_which_asks(ctx) -> None:
    answer = ask(ctx(), "tell me about cheruiyot")
    assert isinstance(answer, AskAnswer) and isinstance(answer.answer, Refusal)
    assert "could be more than one athlete" in answer.answer.message
    assert answer.refusal


def test_questions_the_store_cannot_know_get_a_short_honest_answer(ctx) -> None:
    for question, topic in [
        ("is it raining in eugene", "weather"),
        ("odds on kerr at worlds?", "odds"),
        ("live splits for the dream mile rn??", "live"),
    ]:
        answer = ask(ctx(), question)
        assert isinstance(answer, CannotKnow), question
        assert answer.topic == topic
        assert len(render_text(answer)) < 200


def test_not_sure_offers_examples_that_read_right(ctx) -> None:
    answer = ask(ctx(), "kerr vs el guerrouj")
    assert isinstance(answer, NotSure)
    assert "Josh Kerr" in answer.understood and "guerrouj" in answer.unplaced
    assert 2 <= len(answer.examples) <= 3
    for example in answer.examples:
        best = read_question(example, ctx().resolver, NOW.date()).best
        assert best is not None and best.score >= CONFIDENT, example
    text = render_text(answer)
    assert "guerrouj" in text and answer.examples[0] in text


def test_chatter_runs_nothing(ctx) -> None:
    for chatter in ("lol kerr cooked him", "gm everyone ☀️", "thanks bot 🙏"):
        assert isinstance(ask(ctx(), chatter), NotSure | CannotKnow), chatter


def test_norwegian_phrasing(ctx) -> None:
    answer = ask(ctx(), "hvem har vunnet flest, kerr eller jakob?")
    assert isinstance(answer, AskAnswer) and answer.reading.command == "h2h"
    answer = ask(ctx(), "når løper jakob neste gang?")
    assert isinstance(answer, AskAnswer)
    assert answer.reading.options == {"athlete": "jakob-ingebrigtsen"}


def test_the_console_asks_plain_words_and_slash_ask(ctx) -> None:
    from bot.console import answer_line

    for line in (
        "who's won more, kerr or jakob?",
        "/ask who's won more, kerr or jakob?",
        "/ask question:who's won more, kerr or jakob?",
    ):
        answer = answer_line(ctx(), line)
        assert isinstance(answer, AskAnswer), line
        assert read_as(answer.reading) == "Read as: /h2h Josh Kerr vs Jakob Ingebrigtsen"
    assert answer_line(ctx(), "/h2h kerr jakob").kind == "h2h"  # commands stay commands


def test_a_quote_topic_read_from_words_is_shown_by_name_not_id(ctx) -> None:
    from bot.render.text import render_text

    reply = cmd.COMMANDS["ask"].run(ctx(), "what did jakob say about kerr")
    text = render_text(reply)
    assert "about Josh Kerr" in text and "josh-kerr" not in text  # a person, by name


@pytest.mark.parametrize(
    ("question", "meet"),
    [
        ("what was the margin in budapest", "2023-worlds-budapest"),
        ("when was the budapest final", "2023-worlds-budapest"),
    ],
)
def test_the_past_asked_of_a_city_reads_its_meet_with_results(ctx, question, meet) -> None:
    """Budapest also hosts a 2026 meet with no results: a past question means the 2023 final."""
    reading = read_question(question, ctx().resolver, NOW.date()).readings[0]
    assert reading.command == "results" and reading.options["meet"] == meet


def test_a_question_in_the_past_is_no_countdown(ctx) -> None:
    readings = read_question(
        "did kerr ever win a diamond league", ctx().resolver, NOW.date()
    ).readings
    assert not readings or readings[0].command != "next-race"


@pytest.mark.parametrize(
    ("question", "command", "options"),
    [
        ("who's better at the mile", "h2h", {"event": "mile"}),
        ("what's the h2h in championship finals", "h2h", {"rounds": "finals"}),
        ("is jakob injured", "timeline", {"athlete": "jakob-ingebrigtsen"}),
    ],
)
def test_questions_without_names_or_commands_words(ctx, question, command, options) -> None:
    """No names: the bot's rivalry; an injury: the athlete's dated moments."""
    best = read_question(question, ctx().resolver, NOW.date()).readings[0]
    assert best.command == command
    assert options.items() <= best.options.items()


def test_records_are_a_profiles_or_honestly_unknown(ctx) -> None:
    """'world record' is no meet: with an athlete, his profile; without, the honest answer."""
    jakob = read_question("jakob 3000m world record", ctx().resolver, NOW.date())
    assert jakob.outside is None and jakob.readings[0].command == "athlete"
    nobody = read_question("what is the mile world record", ctx().resolver, NOW.date())
    assert nobody.outside is not None and nobody.outside.topic == "records"


def test_examples_are_about_the_meet_recognised(ctx) -> None:
    from bot.ask.replies import NotSure

    reply = cmd.COMMANDS["ask"].run(ctx(), "zürich 2024 blah blah thing")
    assert isinstance(reply, NotSure)
    assert any("zurich 2024" in e or "zürich 2024" in e for e in reply.examples), reply.examples
