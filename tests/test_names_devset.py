"""The fan-typed dev set: the resolver answers at least 97 % of it as the fans meant."""

from __future__ import annotations

from benchmarks.names import TARGET, accuracy, load_devset
from bot.facts import FactStore
from bot.resolve import Resolver


def _ids(expect: object) -> list[str]:
    if expect is None:
        return []
    if isinstance(expect, str):
        return [expect]
    if isinstance(expect, dict):
        return list(expect["ask"])
    return [i for part in expect for i in _ids(part)]  # type: ignore[attr-defined]


def test_the_dev_set_is_large_and_names_records_the_store_has(store: FactStore) -> None:
    entries = load_devset()
    scored = [e for e in entries if not e.skip]
    assert len(scored) >= 200
    assert {e.kind for e in scored} == {"athlete", "meet", "pair"}
    assert any(e.command == "next-race" and e.now.year != 2026 for e in scored)
    for entry in entries:
        for record in _ids(entry.expect):
            assert record in store.people or record in store.meets, (entry.text, record)


def test_the_resolver_answers_the_dev_set_as_fans_meant(resolver: Resolver) -> None:
    share, wrong = accuracy(resolver, load_devset())
    shown = "\n".join(f"{e.command} {e.text!r} -> expected {e.expect}" for e in wrong)
    assert share >= TARGET, f"{share:.1%} right; wrong:\n{shown}"
