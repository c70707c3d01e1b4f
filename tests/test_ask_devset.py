"""The /ask reader on the dev set of fan questions (bot/ask/questions.yaml): at least 95 % right,
each question read by an intent model that did not learn it."""

from __future__ import annotations

from benchmarks.ask import evaluate, load_devset

TARGET = 0.95


def test_the_devset_is_big_and_well_formed() -> None:
    entries = load_devset()
    assert len(entries) >= 150
    commands = {"h2h", "quote", "next-race", "results", "athlete", "timeline", "about"}
    assert {e["command"] for e in entries} == commands | {"none", "outside"}
    assert len({e["q"] for e in entries}) == len(entries)  # no question twice


def test_the_reader_reads_the_devset_right(resolver) -> None:
    outcomes, _ = evaluate(resolver)
    misses = [o for o in outcomes if not o.right]
    share = 1 - len(misses) / len(outcomes)
    report = "\n".join(f"{o.question!r}: want {o.expected}, got {o.got}" for o in misses)
    assert share >= TARGET, f"{share:.1%} read right; misses:\n{report}"
