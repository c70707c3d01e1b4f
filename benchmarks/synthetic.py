"""Write a synthetic store N times the shipped one, in knowledge/ format, for the real loader.

Each copy of a record gets new ids and (for people and meets) new invented names, so name
resolution faces 100x as many distinct names; references, dates and time zones stay valid.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import yaml

from bot.facts.store import FactStore

SYLLABLES = [
    "ka",
    "ri",
    "to",
    "ne",
    "sa",
    "lo",
    "mi",
    "ru",
    "de",
    "va",
    "ho",
    "len",
    "tar",
    "bek",
    "os",
    "un",
    "ja",
    "fel",
    "gor",
    "is",
    "an",
    "be",
    "dra",
    "kel",
    "mon",
    "pri",
    "sto",
    "vik",
    "wen",
    "zal",
    "yor",
]


def _name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    return f"{word()} {word()}"


# what "100x the store" means in issue 8: the sizes the store is expected to grow to
TARGETS_100X = {
    "athletes": 20_000,
    "meets": 5_000,
    "results": 100_000,
    "quotes": 20_000,
    "timeline": 14_000,
}


def _without_empty(record: dict[str, Any]) -> dict[str, Any]:
    """A record as the shipped files write it: no null or empty fields, nested rows included."""
    out = {}
    for key, value in record.items():
        if value is None or value == []:
            continue
        if isinstance(value, list) and isinstance(value[0], dict):
            value = [_without_empty(item) for item in value]
        out[key] = value
    return out


def _copies(total: int, wanted: int) -> int:
    return max(1, -(-wanted // max(total, 1)))


def write_synthetic(
    store: FactStore, folder: Path, targets: dict[str, int] | None = None, seed: int = 1
) -> Path:
    """Write renamed copies of ``store`` into ``folder`` until each kind reaches its target."""
    targets = targets or TARGETS_100X
    rng = random.Random(seed)
    data = store.export()
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in data}
    out["sources"] = data["sources"]  # sources are shared: citations stay checkable
    rows = sum(len(r["results"]) for r in data["races"])
    people_copies = _copies(len(data["athletes"]), targets["athletes"])
    meet_copies = _copies(len(data["meets"]), targets["meets"])

    def tag(old: str, copy: int) -> str:
        return old if copy == 0 else f"{old}-x{copy}"

    for copy in range(people_copies):
        for person in data["athletes"]:
            record = dict(person, id=tag(person["id"], copy))
            if copy:
                record.update(name=_name(rng), aliases=[], default_for=[], featured=False)
            out["athletes"].append(record)
    for copy in range(meet_copies):
        for meet in data["meets"]:
            record = dict(meet, id=tag(meet["id"], copy))
            record["entries"] = [
                dict(e, athlete=tag(e["athlete"], copy % people_copies)) for e in meet["entries"]
            ]
            if copy:
                record.update(
                    name=f"{_name(rng)} Games {meet['year']}",
                    aliases=[],
                    city=_name(rng).split()[0],
                )
            out["meets"].append(record)
    for copy in range(_copies(rows, targets["results"])):
        for race in data["races"]:
            who = copy % people_copies
            record = dict(
                race, id=tag(race["id"], copy), meet=tag(race["meet"], copy % meet_copies)
            )
            record["results"] = [
                dict(r, athlete=tag(r["athlete"], who), behind=[tag(a, who) for a in r["behind"]])
                for r in race["results"]
            ]
            out["races"].append(record)
    for copy in range(_copies(len(data["quotes"]), targets["quotes"])):
        who = copy % people_copies
        for quote in data["quotes"]:
            record = dict(quote, id=tag(quote["id"], copy), speaker=tag(quote["speaker"], who))
            record["about"] = [tag(a, who) for a in quote["about"]]
            out["quotes"].append(record)
    for copy in range(_copies(len(data["timeline"]), targets["timeline"])):
        who = copy % people_copies
        for event in data["timeline"]:
            record = dict(event, id=tag(event["id"], copy))
            record["athletes"] = [tag(a, who) for a in event["athletes"]]
            out["timeline"].append(record)
    folder.mkdir(parents=True, exist_ok=True)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    files = {
        "sources": "sources.yaml",
        "athletes": "athletes.yaml",
        "meets": "meets.yaml",
        "races": "races.yaml",
        "quotes": "quotes.yaml",
        "timeline": "timeline.yaml",
    }
    for key, name in files.items():
        records = [_without_empty(r) for r in out[key]]
        with (folder / name).open("w", encoding="utf-8") as handle:
            yaml.dump(records, handle, Dumper=dumper, allow_unicode=True, sort_keys=False)
    return folder
