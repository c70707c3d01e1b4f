"""How often typed names reach the record meant: the resolver against a plain rapidfuzz match.

The dev set (``tests/names_devset.yaml``) holds fan-typed queries, each with the record it means
and the command it was typed in. The resolver is scored as the commands use it (who can be
meant, which meet a bare series means, the other athlete of a pair); the baseline is one plain
``rapidfuzz.process.extractOne`` over display names (WRatio, its default scorer and processor,
with a cutoff of 80 so that it can say "no such name").
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import process, utils

from bot.facts.store import FactStore
from bot.resolve import ATHLETE_ROLES, Resolution, Resolver

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "names_devset.yaml"
CLOCK = dt.datetime(2026, 11, 22, 12, tzinfo=dt.UTC)  # the clock of entries without `now`
PLAIN_CUTOFF = 80.0
TARGET = 0.97


@dataclass(frozen=True)
class Entry:
    """One typed query, where it was typed, and what it means."""

    text: Any  # a string, or two strings for a pair
    kind: str  # athlete | meet | pair
    command: str
    expect: Any  # an id, [id, id], {"ask": [ids]}, or None
    now: dt.datetime = CLOCK
    note: str | None = None
    skip: str | None = None
    round: int | None = None  # the blind round that wrote it (6: 2026-12-03), if marked


def load_devset(path: Path = DEVSET) -> list[Entry]:
    """The dev set's entries (those marked ``skip`` included)."""
    entries = []
    for item in yaml.safe_load(path.read_text(encoding="utf-8")):
        now = item.get("now")
        clock = (
            dt.datetime.combine(dt.date.fromisoformat(str(now)), dt.time(12), tzinfo=dt.UTC)
            if now
            else CLOCK
        )
        entries.append(
            Entry(
                text=item["text"],
                kind=item["kind"],
                command=item["command"],
                expect=item["expect"],
                now=clock,
                note=item.get("note"),
                skip=item.get("skip"),
                round=item.get("round"),
            )
        )
    return entries


def resolve(resolver: Resolver, entry: Entry) -> list[Resolution]:
    """Resolve an entry as its command would: one resolution, or two for a pair."""
    roles = None if entry.command == "quote" else ATHLETE_ROLES
    if entry.kind == "pair":
        first, second = entry.text
        return list(resolver.pair(first, second, roles=roles))
    if entry.kind == "athlete" and entry.command == "quote":  # the quoted, as /quote reads
        return [resolver.speaker(entry.text)]
    if entry.kind == "athlete":
        return [resolver.athlete(entry.text, roles=roles)]
    purpose = {"next-race": "next", "results": "results"}.get(entry.command, "latest")
    return [resolver.meet(entry.text, today=entry.now.date(), purpose=purpose)]  # type: ignore[arg-type]


def right(expect: Any, got: Resolution) -> bool:
    """Whether one resolution is the answer the dev set expects."""
    if expect is None:  # the store cannot know it: anything but a confident answer
        return not got.found
    if isinstance(expect, dict):
        return got.status == "ambiguous" and set(expect["ask"]) <= set(got.candidates)
    return got.found and got.id == expect


def judge(resolver: Resolver, entry: Entry) -> bool:
    """Whether the resolver answers an entry as the dev set expects."""
    got = resolve(resolver, entry)
    if entry.kind == "pair":
        if entry.expect is None:
            return not all(g.found for g in got)
        return all(right(e, g) for e, g in zip(entry.expect, got, strict=True))
    return right(entry.expect, got[0])


def accuracy(resolver: Resolver, entries: list[Entry]) -> tuple[float, list[Entry]]:
    """The share of scored entries answered right, and the entries answered wrong."""
    scored = [e for e in entries if not e.skip]
    wrong = [e for e in scored if not judge(resolver, e)]
    return 1 - len(wrong) / len(scored), wrong


def plain_accuracy(store: FactStore, entries: list[Entry]) -> float:
    """The same score for one plain ``process.extractOne`` over display names."""
    people = {p.id: p.name for p in store.people.values()}
    meets = {m.id: m.name for m in store.meets.values()}

    def one(text: str, names: dict[str, str]) -> Resolution:
        hit = process.extractOne(
            text, names, processor=utils.default_process, score_cutoff=PLAIN_CUTOFF
        )
        return Resolution("found", text, hit[2]) if hit else Resolution("none", text)

    scored = [e for e in entries if not e.skip]
    good = 0
    for entry in scored:
        if entry.kind == "pair":
            got = [one(t, people) for t in entry.text]
            expect = entry.expect or [None, None]
            good += (
                not all(g.found for g in got)
                if entry.expect is None
                else all(right(e, g) for e, g in zip(expect, got, strict=True))
            )
        else:
            got1 = one(entry.text, people if entry.kind == "athlete" else meets)
            good += right(entry.expect, got1)
    return good / len(scored)


def report(store: FactStore, resolver: Resolver) -> tuple[float, float]:
    """Print the dev set's accuracy for the resolver and the plain match; return both."""
    entries = load_devset()
    started = time.perf_counter()
    ours, wrong = accuracy(resolver, entries)
    per_query = (time.perf_counter() - started) * 1000 / len(entries)
    plain = plain_accuracy(store, entries)
    scored = sum(1 for e in entries if not e.skip)
    print(
        f"  names dev set ({scored} fan-typed queries): resolver {ours:.1%} right "
        f"({per_query:.3f} ms a query), plain extractOne {plain:.1%}"
    )
    for entry in wrong:
        print(f"    wrong: {entry.command} {entry.text!r} (expected {entry.expect})")
    return ours, plain


def timings(resolver: Resolver, entries: list[Entry], passes: int = 3) -> tuple[float, float]:
    """p50 and p99 in milliseconds of resolving one entry, over ``passes`` runs of all."""
    times = []
    for _ in range(passes):
        for entry in entries:
            started = time.perf_counter()
            resolve(resolver, entry)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99) - 1]


def main() -> None:
    """Print the dev set's accuracy and the resolver's p50/p99; ``--round N``: that round only."""
    from bot.facts import load_store, settle
    from bot.settings import REPO_KNOWLEDGE

    store = settle(load_store(REPO_KNOWLEDGE))
    resolver = Resolver(store)
    entries = load_devset()
    if "--round" in sys.argv:
        wanted = int(sys.argv[sys.argv.index("--round") + 1])
        entries = [e for e in entries if e.round == wanted]
    share, wrong = accuracy(resolver, entries)
    p50, p99 = timings(resolver, entries)
    scored = sum(1 for e in entries if not e.skip)
    print(
        f"names: {share:.1%} of {scored} queries right (target {TARGET:.0%}); "
        f"one query p50 {p50:.3f} ms, p99 {p99:.3f} ms"
    )
    for entry in wrong:
        print(f"  wrong: {entry.command} {entry.text!r} (expected {entry.expect})")


if __name__ == "__main__":
    main()
