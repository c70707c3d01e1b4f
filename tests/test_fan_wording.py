"""What a new fan found: who a quote is by, ids shown as commands, dates, counts in words."""

from __future__ import annotations

import datetime as dt

import pytest

from bot import commands as cmd
from bot.ask.answer import ask
from bot.ask.replies import AskAnswer, PersonFact
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


@pytest.mark.parametrize(
    ("question", "answered", "also"),
    [
        # two questions in one message: one answered, the other offered, never dropped
        ("kerr vs jakob h2h and what did jakob say about kerr", "quote", "h2h"),
        ("who's faster over a mile, kerr or jakob, and when do they race next", "next-race", "h2h"),
    ],
)
def test_a_second_question_is_offered(ctx, question: str, answered: str, also: str) -> None:
    answer = ask(ctx(), question)
    assert isinstance(answer, AskAnswer) and answer.reading.command == answered
    assert answer.also is not None and answer.also.command == also
    assert answer.others[0] == answer.also  # "Not what I meant" answers it
    text = render_text(answer).splitlines()
    assert text[1].startswith(f"Also asked: /{also} Josh Kerr")
    with speaking_in(language("no")):
        assert render_text(answer).splitlines()[1].startswith(f"Du spurte også: /{also}")


def test_one_question_offers_nothing_more(ctx) -> None:
    answer = ask(ctx(), "what did jakob say about kerr")
    assert isinstance(answer, AskAnswer) and answer.also is None
    assert "Also asked" not in render_text(answer)


@pytest.mark.parametrize(
    "question",
    ["is kerr older than jakob", "who is younger, jakob or kerr?", "er jakob yngre enn kerr"],
)
def test_which_is_older_is_both_ages(ctx, question: str) -> None:
    answer = ask(ctx(), question)
    assert isinstance(answer, PersonFact) and answer.compared is not None
    assert {answer.person.id, answer.compared.person.id} == {"josh-kerr", "jakob-ingebrigtsen"}
    text = render_text(answer)
    assert "Josh Kerr was born on 8 Oct 1997" in text
    assert "Jakob Ingebrigtsen was born on 19 Sept 2000" in text
    assert "Josh Kerr is the older of the two." in text
    assert "Record:" not in text  # not the head-to-head


def test_the_pair_racing_again_is_a_next_race_question(ctx) -> None:
    answer = ask(ctx(), "how long until kerr races jakob again")
    assert isinstance(answer, AskAnswer) and answer.reading.command == "next-race"


def test_a_page_without_the_chart_explains_its_markers(ctx) -> None:
    answer = cmd.COMMANDS["h2h"].run(ctx(), "josh-kerr", "jakob-ingebrigtsen")
    pages = render_embeds(answer)
    assert len(pages) > 1
    assert str(pages[1].description).startswith("🔵 Kerr ahead · 🟠 Ingebrigtsen ahead\n")
    for page in pages[1:]:
        key, *rows = str(page.description).splitlines()
        marks = {row[0] for row in rows if row[:1] in ("🔵", "🟠", "⚪")}
        assert marks and all(mark in key for mark in marks)  # each marker shown is explained
    with speaking_in(language("no")):
        assert str(render_embeds(answer)[1].description).startswith("🔵 Kerr foran · 🟠")
