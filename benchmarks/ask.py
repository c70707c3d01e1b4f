"""The /ask reader on the dev set: how many questions it reads right, and how fast.

    python -m benchmarks.ask           # accuracy and p50/p99 of one reading, misses listed

``tests/test_ask_devset.py`` asserts the accuracy; this module measures the time (tests never
assert on time). A question reads right when its best reading is the expected command with the
expected options, or, for a question the store cannot answer (``none`` / ``outside``), when no
command is run.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.ask.intents import IntentModel, load_questions, train
from bot.ask.reader import Read, read_question
from bot.commands import Context
from bot.facts import load_store, settle
from bot.normalise import normalise
from bot.resolve import ATHLETE_ROLES, Resolver
from bot.settings import REPO_KNOWLEDGE

DEVSET = Path(__file__).resolve().parent.parent / "bot" / "ask" / "questions.yaml"
# the instant the dev set's "next" and "this year" are meant at (as the tests' NOW)
NOW = dt.datetime(2026, 11, 22, 12, tzinfo=dt.UTC)
DEFAULTS = {"rounds": "all", "order": "newest"}


@dataclass(frozen=True)
class Outcome:
    """One dev-set question: what was expected, what was read, and whether they agree."""

    question: str
    expected: str
    got: str
    right: bool


def load_devset(path: Path = DEVSET) -> list[dict[str, Any]]:
    """The dev set's entries (question, command, options)."""
    return load_questions(path)


def _same_topic(ctx: Context, speaker: str, want: str | None, got: str | None) -> bool:
    """Two /quote topics mean the same when they name the same athlete or find the same quote."""
    if want is None or got is None:
        return want == got
    if normalise(want) == normalise(got):
        return True
    named = [ctx.resolver.athlete_named(t) for t in (want, got)]
    if named[0] and named[0] == named[1]:
        return True
    # the topic's words were caught: "kerr budapest" in "kerr after budapest"
    if not named[0] and set(normalise(want).split()) <= set(normalise(got).split()):
        return True
    from bot import commands as cmd

    answers = [cmd.COMMANDS["quote"].run(ctx, speaker, t) for t in (want, got)]
    ids = [getattr(getattr(a, "quote", None), "id", None) for a in answers]
    return ids[0] is not None and ids[0] == ids[1]


def _clock(entry: dict[str, Any]) -> dt.datetime:
    """Noon UTC of an entry's ``now`` (a date)."""
    return dt.datetime.combine(dt.date.fromisoformat(str(entry["now"])), dt.time(12), tzinfo=dt.UTC)


def _same_race(ctx: Context, want: dict[str, str], got: dict[str, str]) -> bool:
    """Whether two /results readings show the same race.

    "who won the 2023 worlds 1500" without "final" shows the final, as the expected options
    name it.
    """
    from bot import commands as cmd

    if want.get("meet") != got.get("meet"):
        return False
    races = [getattr(cmd.COMMANDS["results"].call(ctx, o), "race", None) for o in (want, got)]
    return races[0] is not None and races[0] == races[1]


def _pairless(options: dict[str, str]) -> dict[str, Any]:
    """Options in normal form; two athletes as a pair ("kerr vs jakob" = "jakob vs kerr")."""
    out: dict[str, Any] = {k: normalise(v) for k, v in options.items()}
    pair = frozenset(out.pop(k) for k in ("athlete", "opponent") if k in out)
    if "opponent" in options:
        out["pair"] = pair
    elif pair:
        out["athlete"] = next(iter(pair))
    return out


def judge(ctx: Context, entry: dict[str, Any], outcome: Read) -> Outcome:
    """Compare the reader's outcome with the dev set's expectation for one question."""
    from bot import commands as cmd

    command = entry["command"]
    expected = {k: str(v) for k, v in (entry.get("options") or {}).items()}
    expected = {k: v for k, v in expected.items() if DEFAULTS.get(k) != v}
    best = outcome.best
    if outcome.outside is not None:
        got, got_options = "outside", {}
    elif best is None:
        got, got_options = "none", {}
    else:
        got = best.command
        got_options = {k: v for k, v in best.options.items() if DEFAULTS.get(k) != v}
    if command in ("none", "outside"):
        # "none": any reply that runs no command; "outside": the honest "can't know" reply
        right = got == command or (command == "none" and got == "outside")
    elif got != command:
        right = False
    elif command == "quote" and entry.get("quote"):
        # mapped to the quote the writer meant: the reading must show it
        answer = cmd.COMMANDS["quote"].call(ctx, got_options)
        shown = getattr(getattr(answer, "quote", None), "id", None)
        right = got_options.get("athlete") == expected.get("athlete") and shown in entry["quote"]
    elif command == "quote":
        right = got_options.get("athlete") == expected.get("athlete") and _same_topic(
            ctx, expected["athlete"], expected.get("topic"), got_options.get("topic")
        )
    elif command == "athlete":
        # two names mean the same when /athlete shows the same person ("wightman" is Jake)
        names = [normalise(o.get("name", "")) for o in (expected, got_options)]
        shown = [ctx.resolver.athlete(n, roles=ATHLETE_ROLES) for n in names]
        right = names[0] == names[1] or (shown[0].found and shown[0].id == shown[1].id)
    elif command == "results":
        right = _pairless(got_options) == _pairless(expected) or _same_race(
            ctx, expected, got_options
        )
    else:
        right = _pairless(got_options) == _pairless(expected)
    shown = f"{got} {got_options}" if got_options else got
    return Outcome(entry["q"], f"{command} {expected}" if expected else command, shown, right)


FOLDS = 5  # the whole dev set is scored in fifths, each by a model trained on the rest


def held_out_models(resolver: Resolver, entries: list[dict[str, Any]]) -> dict[str, IntentModel]:
    """For each question scored, an intent model trained without it.

    The whole dev set: each fifth by a model of the other four; a part of it (one blind
    round): the part by a model of everything else, so no question is read by a model that
    learnt its own label.
    """
    everything = load_devset()
    scored = {e["q"] for e in entries}
    if scored == {e["q"] for e in everything}:
        folds = [[e["q"] for e in entries[k::FOLDS]] for k in range(FOLDS)]
    else:
        folds = [sorted(scored)]
    models: dict[str, IntentModel] = {}
    for fold in folds:
        left_out = set(fold)
        model = train(resolver, [e for e in everything if e["q"] not in left_out])
        models.update(dict.fromkeys(fold, model))
    return models


def evaluate(
    resolver: Resolver,
    now: dt.datetime = NOW,
    entries: list[dict[str, Any]] | None = None,
    models: dict[str, IntentModel] | None = None,
) -> tuple[list[Outcome], list[float]]:
    """Every dev-set question judged, and the seconds each reading took.

    Each question is read with an intent model that did not learn it (``held_out_models``).
    """
    ctx = Context(resolver.store, resolver, now)
    entries = entries if entries is not None else load_devset()
    models = models if models is not None else held_out_models(resolver, entries)
    outcomes, times = [], []
    for entry in entries:
        # an entry's own clock (a blind round's writer's), else the dev set's
        at = ctx if "now" not in entry else Context(resolver.store, resolver, _clock(entry))
        started = time.perf_counter()
        outcome = read_question(entry["q"], resolver, at.today, models[entry["q"]])
        times.append(time.perf_counter() - started)
        outcomes.append(judge(at, entry, outcome))
    return outcomes, times


def report(
    resolver: Resolver,
    *,
    verbose: bool = False,
    entries: list[dict[str, Any]] | None = None,
    models: dict[str, IntentModel] | None = None,
) -> dict[str, float]:
    """Accuracy and reader latency on the dev set (three passes for the timings).

    ``p99_ms`` is over every reading of the three passes; ``slowest_ms`` is the slowest
    question's best pass, which a busy machine's scheduling pauses do not reach.
    """
    entries = entries if entries is not None else load_devset()
    models = models if models is not None else held_out_models(resolver, entries)
    outcomes, times = evaluate(resolver, entries=entries, models=models)
    passes = [times] + [evaluate(resolver, entries=entries, models=models)[1] for _ in range(2)]
    right = sum(o.right for o in outcomes)
    times_ms = sorted(t * 1000 for run in passes for t in run)
    figures = {
        "questions": len(outcomes),
        "accuracy": right / len(outcomes),
        "p50_ms": statistics.median(times_ms),
        "p99_ms": times_ms[int(len(times_ms) * 0.99) - 1],
        "slowest_ms": max(min(each) for each in zip(*passes, strict=True)) * 1000,
    }
    if verbose:
        for o in outcomes:
            if not o.right:
                print(f"MISS {o.question!r}\n     want {o.expected}\n     got  {o.got}")
    return figures


def print_figures(
    resolver: Resolver,
    *,
    verbose: bool = False,
    entries: list[dict[str, Any]] | None = None,
    models: dict[str, IntentModel] | None = None,
) -> None:
    """Print the dev-set accuracy and the reader's p50/p99 (and the misses when verbose)."""
    figures = report(resolver, verbose=verbose, entries=entries, models=models)
    print(
        f"\n== /ask reader: {figures['accuracy']:.1%} of {figures['questions']:.0f} dev-set "
        f"questions read right (target 95%); one reading p50 {figures['p50_ms']:.2f} ms, "
        f"p99 {figures['p99_ms']:.2f} ms; slowest question (best of 3) "
        f"{figures['slowest_ms']:.2f} ms"
    )


def main() -> None:
    """Print the dev-set figures (-v: the misses; ``--round N``: one blind round).

    ``--cues-only``: the reader without its intent model.
    """
    store = settle(load_store(REPO_KNOWLEDGE))  # as the bot serves it: frozen out of the GC's way
    entries = load_devset()
    if "--round" in sys.argv:
        wanted = int(sys.argv[sys.argv.index("--round") + 1])
        entries = [e for e in entries if e.get("round") == wanted]
    resolver = Resolver(store)
    # --cues-only: the reader without its intent model (an untrained one weighs nothing)
    models = (
        dict.fromkeys((e["q"] for e in entries), IntentModel())
        if "--cues-only" in sys.argv
        else None
    )
    print_figures(resolver, verbose="-v" in sys.argv, entries=entries, models=models)


if __name__ == "__main__":
    main()
