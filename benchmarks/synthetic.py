"""Write a synthetic store N times the shipped one, in knowledge/ format, for the real loader.

Each copy of a record gets new ids and (for people and meets) new invented names, so name
resolution faces 100x as many distinct names; references, dates and time zones stay valid.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import yaml

from bot.facts.kinds import KINDS
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


def _tag(old: str, copy: int) -> str:
    return old if copy == 0 else f"{old}-x{copy}"


Records = list[dict[str, Any]]


def _people(data: dict[str, Records], copies: int, rng: random.Random) -> Records:
    out = []
    for copy in range(copies):
        for person in data["athletes"]:
            record = dict(person, id=_tag(person["id"], copy))
            if copy:
                record.update(name=_name(rng), aliases=[], default_for=[])
            out.append(record)
    return out


def _meets(data: dict[str, Records], copies: int, people: int, rng: random.Random) -> Records:
    out = []
    for copy in range(copies):
        for meet in data["meets"]:
            record = dict(meet, id=_tag(meet["id"], copy))
            record["entries"] = [
                dict(e, athlete=_tag(e["athlete"], copy % people)) for e in meet["entries"]
            ]
            if copy:
                record.update(
                    name=f"{_name(rng)} Games {meet['year']}",
                    aliases=[],
                    city=_name(rng).split()[0],
                )
            out.append(record)
    return out


def _races(data: dict[str, Records], copies: int, people: int, meets: int) -> Records:
    out = []
    for copy in range(copies):
        who = copy % people
        for race in data["races"]:
            record = dict(race, id=_tag(race["id"], copy), meet=_tag(race["meet"], copy % meets))
            record["results"] = [
                dict(r, athlete=_tag(r["athlete"], who), behind=[_tag(a, who) for a in r["behind"]])
                for r in race["results"]
            ]
            out.append(record)
    return out


def _quotes(data: dict[str, Records], copies: int, people: int) -> Records:
    out = []
    for copy in range(copies):
        who = copy % people
        for quote in data["quotes"]:
            record = dict(quote, id=_tag(quote["id"], copy), speaker=_tag(quote["speaker"], who))
            record["about"] = [_tag(a, who) for a in quote["about"]]
            out.append(record)
    return out


def _timeline(data: dict[str, Records], copies: int, people: int) -> Records:
    out = []
    for copy in range(copies):
        who = copy % people
        for event in data["timeline"]:
            record = dict(event, id=_tag(event["id"], copy))
            record["athletes"] = [_tag(a, who) for a in event["athletes"]]
            out.append(record)
    return out


def write_synthetic(
    store: FactStore, folder: Path, targets: dict[str, int] | None = None, seed: int = 1
) -> Path:
    """Write renamed copies of ``store`` into ``folder`` until each kind reaches its target."""
    targets = targets or TARGETS_100X
    rng = random.Random(seed)
    data = store.export()
    rows = sum(len(r["results"]) for r in data["races"])
    people = _copies(len(data["athletes"]), targets["athletes"])
    meets = _copies(len(data["meets"]), targets["meets"])
    out: dict[str, Records] = {
        "sources": data["sources"],  # sources are shared: citations stay checkable
        "athletes": _people(data, people, rng),
        "meets": _meets(data, meets, people, rng),
        "races": _races(data, _copies(rows, targets["results"]), people, meets),
        "quotes": _quotes(data, _copies(len(data["quotes"]), targets["quotes"]), people),
        "timeline": _timeline(data, _copies(len(data["timeline"]), targets["timeline"]), people),
        "series": data["series"],  # series match meets by series and city: copies share them
        "rivalries": data["rivalries"],  # the rivalries of the shipped store, as they are
        # the press words and published tallies of the shipped store, as they are (their
        # sources and athletes are the originals, which the copies keep)
        "lexicon": data["lexicon"],
        "tallies": data["tallies"],
    }
    folder.mkdir(parents=True, exist_ok=True)

    class Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
        """Writes a list shared by copies in full each time: knowledge files refuse aliases."""

        def ignore_aliases(self, _data: Any) -> bool:
            return True

    for kind in KINDS:
        records = [_without_empty(r) for r in out[kind.key]]
        with (folder / kind.file).open("w", encoding="utf-8") as handle:
            yaml.dump(records, handle, Dumper=Dumper, allow_unicode=True, sort_keys=False)
    return folder
