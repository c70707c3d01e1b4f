"""/ask: read the question, run the command it means, and say how it was read.

The replies are plain data like every other answer: the command's own answer wrapped with the
reading ("Read as: /h2h Josh Kerr vs Jakob Ingebrigtsen, finals only") and the next readings
for "Not what I meant"; or, when nothing reads well enough, example questions built from the
store; or, for questions the store cannot know, a short honest reply.
"""

from __future__ import annotations

from bot.answers.common import Reply
from bot.ask.examples import example_questions
from bot.ask.facts import ages_compared, aspect_of, person_fact
from bot.ask.hostile import fit_to_echo
from bot.ask.reader import Read, read_question
from bot.ask.replies import AskAnswer, CannotKnow, NotSure, Reading
from bot.registry import COMMANDS, Context

MAX_OTHERS = 3


def run_reading(ctx: Context, reading: Reading) -> Reply:
    """The reply of the command ``reading`` names, run through the registry with its options.

    The commands are declared in :mod:`bot.commands` (which also declares /ask itself).
    """
    return COMMANDS[reading.command].call(ctx, reading.options)


def answer_reading(ctx: Context, question: str, readings: list[Reading], index: int) -> AskAnswer:
    """Run the reading at ``index`` of ``readings``; the ones after it become the others."""
    reading = readings[index]
    return AskAnswer(
        question=question,
        reading=reading,
        answer=run_reading(ctx, reading),
        others=readings[index + 1 : index + 1 + MAX_OTHERS],
    )


def not_sure(ctx: Context, outcome: Read) -> NotSure:
    """The reply to a question no reading fits: what was recognised and example questions."""
    about = [pid for pid in outcome.understood_ids if pid in ctx.store.people]
    meets = [mid for mid in outcome.understood_ids if mid in ctx.store.meets]
    return NotSure(
        question=outcome.question,
        understood=outcome.understood,
        unplaced=fit_to_echo(outcome.unplaced),  # no swearing quoted back
        examples=example_questions(ctx.resolver, ctx.today, about, meets),
    )


def no_more_readings(ctx: Context, shown: AskAnswer) -> NotSure:
    """The reply to "Not what I meant" on the last reading: examples about the same athletes."""
    about = [v for v in shown.reading.options.values() if v in ctx.store.people]
    return NotSure(
        question=shown.question,
        examples=example_questions(ctx.resolver, ctx.today, about),
        exhausted=True,
    )


def reading_at(ctx: Context, first: AskAnswer, index: int) -> AskAnswer | NotSure:
    """The question of ``first`` (its first reading) answered by its reading ``index``.

    "Not what I meant" and every button of a later reading ask for it again; past the last
    reading, example questions about the same athletes.
    """
    readings = [first.reading, *first.others]
    if index >= len(readings):
        return no_more_readings(ctx, first.model_copy(update={"reading": readings[-1]}))
    return first if index == 0 else answer_reading(ctx, first.question, readings, index)


def ask(ctx: Context, question: str) -> Reply:
    """/ask: the answer to a question in plain words (English, or Norwegian phrasing)."""
    outcome = read_question(question, ctx.resolver, ctx.today)
    if outcome.outside is not None:
        return CannotKnow(question=question, topic=outcome.outside.topic, cut=outcome.cut)
    if outcome.best is None:
        return not_sure(ctx, outcome).model_copy(update={"cut": outcome.cut})
    best = outcome.best
    aspect = aspect_of(question)
    person = best.options.get("name", "")
    if best.command == "athlete" and aspect and person in ctx.store.people:
        # "who coaches kerr", "hvor gammel er Narve?": the fact, cited, or that it is not held
        return person_fact(ctx, question, person, aspect)
    pair = [best.options.get(k, "") for k in ("athlete", "opponent")]
    if best.command == "h2h" and ages_compared(question) and set(pair) <= set(ctx.store.people):
        # "is kerr older than jakob": both ages, not the head-to-head
        compared = person_fact(ctx, question, pair[1], "age")
        return person_fact(ctx, question, pair[0], "age").model_copy(update={"compared": compared})
    readings = outcome.readings
    also = outcome.also
    if also is not None:
        # the other question is the first other reading: "Not what I meant" answers it
        readings = [readings[0], also, *(r for r in readings[1:] if r.command != also.command)]
    answer = answer_reading(ctx, question, readings, 0).model_copy(update={"also": also})
    return answer.model_copy(update={"cut": True}) if outcome.cut else answer
