"""A broken copy of knowledge/ is refused with every problem named: file, record and field."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from bot.facts import KnowledgeError, load_store

from .conftest import KNOWLEDGE, run_bot, side_by_side


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


class NoAliases(yaml.SafeDumper):
    """Writes a value shared by two records twice: knowledge files refuse aliases."""

    def ignore_aliases(self, _data) -> bool:
        return True


def edit(folder: Path, name: str, change: Callable[[list], None]) -> None:
    path = folder / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    text = yaml.dump(data, Dumper=NoAliases, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")


def race(data: list, race_id: str) -> dict:
    return next(r for r in data if r["id"] == race_id)


def meet(data: list, meet_id: str) -> dict:
    return next(m for m in data if m["id"] == meet_id)


BUDAPEST = "2023-worlds-budapest-1500m-final"

# (what is broken, how to break it, words the message must contain)
CORRUPTIONS: list[tuple[str, Callable[[Path], None], list[str]]] = [
    (
        "bad YAML",
        lambda d: (d / "quotes.yaml").write_text("- id: [unclosed\n", "utf-8"),
        ["quotes.yaml", "invalid YAML", "line"],
    ),
    (
        "empty file",
        lambda d: (d / "timeline.yaml").write_text("", "utf-8"),
        ["timeline.yaml", "empty"],
    ),
    ("missing file", lambda d: (d / "meets.yaml").unlink(), ["meets.yaml", "missing"]),
    (
        "a folder where a file should be",
        lambda d: ((d / "meets.yaml").unlink(), (d / "meets.yaml").mkdir()),
        ["meets.yaml", "cannot be read"],
    ),
    (
        "not a list",
        lambda d: (d / "athletes.yaml").write_text("josh: kerr\n", "utf-8"),
        ["athletes.yaml", "list"],
    ),
    (
        "non-UTF-8 bytes",
        lambda d: (d / "sources.yaml").write_bytes(b"- id: \xff\xfe\n"),
        ["sources.yaml", "UTF-8"],
    ),
    (
        "a 50 MB file",
        lambda d: (d / "races.yaml").write_bytes(b"#" * (50 * 1024 * 1024)),
        ["races.yaml", "50 MB", "limit is 40 MB"],
    ),
    (
        "record not a mapping",
        lambda d: edit(d, "quotes.yaml", lambda q: q.append("just words")),
        ["quotes.yaml", "#", "not a mapping"],
    ),
    (
        "wrong type",
        lambda d: edit(
            d, "races.yaml", lambda r: race(r, BUDAPEST)["results"][0].update(place="first")
        ),
        ["races.yaml", BUDAPEST, "results.0.place"],
    ),
    (
        "unknown field",
        lambda d: edit(d, "athletes.yaml", lambda a: a[0].update(nickname="x")),
        ["athletes.yaml", "nickname", "not a known field"],
    ),
    (
        "missing field",
        lambda d: edit(d, "quotes.yaml", lambda q: q[0].pop("text")),
        ["quotes.yaml", "text", "required"],
    ),
    (
        "unknown athlete",
        lambda d: edit(
            d,
            "races.yaml",
            lambda r: race(r, BUDAPEST)["results"][0].update(athlete="nobody-at-all"),
        ),
        ["races.yaml", BUDAPEST, "unknown athlete id 'nobody-at-all'"],
    ),
    (
        "unknown meet",
        lambda d: edit(d, "races.yaml", lambda r: race(r, BUDAPEST).update(meet="2099-nowhere")),
        ["races.yaml", BUDAPEST, "unknown meet id"],
    ),
    (
        "unknown source",
        lambda d: edit(d, "quotes.yaml", lambda q: q[0].update(source="made-up")),
        ["quotes.yaml", "source", "unknown source id 'made-up'"],
    ),
    (
        "unknown speaker",
        lambda d: edit(d, "quotes.yaml", lambda q: q[0].update(speaker="ghost")),
        ["quotes.yaml", "speaker", "unknown person id 'ghost'"],
    ),
    (
        "duplicate id",
        lambda d: edit(d, "quotes.yaml", lambda q: q.append(dict(q[0]))),
        ["quotes.yaml", "duplicate id"],
    ),
    (
        "a series naming no meet",
        lambda d: edit(d, "series.yaml", lambda s: s[0].update(series=["Moon Games"])),
        ["series.yaml", "world-championships", "names no meet"],
    ),
    (
        "a year in a series alias",
        lambda d: edit(d, "series.yaml", lambda s: s[0]["aliases"].append("Worlds 2023")),
        ["series.yaml", "world-championships", "aliases.", "has a year"],
    ),
    (
        "one name for two series",
        lambda d: edit(d, "series.yaml", lambda s: s[1]["aliases"].append("worlds")),
        ["series.yaml", "olympics", "also a name of 'world-championships'"],
    ),
    (
        "one alias for two people",
        lambda d: edit(
            d, "athletes.yaml", lambda a: a[0].setdefault("aliases", []).append("Centro")
        ),
        ["athletes.yaml", "aliases.", "also an alias of"],
    ),
    (
        "duplicate place",
        lambda d: edit(d, "races.yaml", lambda r: race(r, BUDAPEST)["results"][1].update(place=1)),
        ["races.yaml", BUDAPEST, "place 1 is given to 2 athletes"],
    ),
    (
        "unparseable time",
        lambda d: edit(
            d, "races.yaml", lambda r: race(r, BUDAPEST)["results"][0].update(time="3m29")
        ),
        ["races.yaml", BUDAPEST, "unparseable time"],
    ),
    (
        "race outside its meet",
        lambda d: edit(d, "races.yaml", lambda r: race(r, BUDAPEST).update(date="2023-08-01")),
        ["races.yaml", BUDAPEST, "outside"],
    ),
    (
        "end before start",
        lambda d: edit(
            d, "meets.yaml", lambda m: meet(m, "2027-worlds-beijing").update(end_date="2027-09-01")
        ),
        ["meets.yaml", "2027-worlds-beijing", "before it starts"],
    ),
    (
        "impossible date",
        lambda d: edit(
            d,
            "meets.yaml",
            lambda m: meet(m, "2027-worlds-beijing").update(start_date="2027-02-30"),
        ),
        ["meets.yaml", "2027-worlds-beijing", "start_date"],
    ),
    (
        "unknown time zone",
        lambda d: edit(
            d,
            "meets.yaml",
            lambda m: meet(m, "2027-worlds-beijing").update(timezone="Mars/Olympus"),
        ),
        ["meets.yaml", "2027-worlds-beijing", "unknown time zone"],
    ),
    (
        "entrant not an athlete",
        lambda d: edit(
            d,
            "meets.yaml",
            lambda m: meet(m, "2025-dl-london")["entries"][0].update(athlete="santa-claus"),
        ),
        ["meets.yaml", "2025-dl-london", "entries.0.athlete", "unknown athlete"],
    ),
    (
        "id not a slug",
        lambda d: edit(d, "timeline.yaml", lambda t: t[0].update(id="Not A Slug")),
        ["timeline.yaml", "not a slug"],
    ),
    (
        "a rivalry of an unknown athlete",
        lambda d: edit(d, "rivalries.yaml", lambda r: r[0]["athletes"].append("santa-claus")),
        ["rivalries.yaml", "kerr-ingebrigtsen", "athletes.2", "unknown athlete"],
    ),
    (
        "a rivalry citing an unknown source",
        lambda d: edit(d, "rivalries.yaml", lambda r: r[0].update(source="a-blog")),
        ["rivalries.yaml", "kerr-ingebrigtsen", "source", "unknown source"],
    ),
    (
        "a rivalry of one athlete",
        lambda d: edit(d, "rivalries.yaml", lambda r: r[0].update(athletes=["josh-kerr"])),
        ["rivalries.yaml", "kerr-ingebrigtsen", "athletes"],
    ),
]


@pytest.mark.parametrize(
    ("label", "corrupt", "expected"), CORRUPTIONS, ids=[c[0] for c in CORRUPTIONS]
)
def test_corruption_is_refused_with_a_located_message(copy, label, corrupt, expected) -> None:
    corrupt(copy)
    with pytest.raises(KnowledgeError) as caught:
        load_store(copy)
    report = "\n".join(str(p) for p in caught.value.problems)
    for words in expected:
        assert words in report, f"{label}: {words!r} not in\n{report}"


def test_all_problems_are_reported_at_once(copy: Path) -> None:
    edit(copy, "quotes.yaml", lambda q: q[0].update(source="made-up"))
    edit(copy, "races.yaml", lambda r: race(r, BUDAPEST)["results"][0].update(athlete="nobody"))
    (copy / "timeline.yaml").write_text("", "utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_store(copy)
    files = {p.file for p in caught.value.problems}
    assert {"quotes.yaml", "races.yaml", "timeline.yaml"} <= files


def test_check_passes_on_the_shipped_store() -> None:
    done = run_bot("check")
    assert done.returncode == 0, done.stderr
    assert "races" in done.stdout and "facts as of" in done.stdout


@pytest.mark.parametrize("index", [0, 5, 10, 20])
def test_check_and_run_refuse_a_broken_copy_without_traceback(copy: Path, index: int) -> None:
    CORRUPTIONS[index][1](copy)
    checked, ran = side_by_side(
        lambda: run_bot("check", "--knowledge", str(copy)),
        lambda: run_bot("run", DISCORD_TOKEN="not-a-real-token", KNOWLEDGE_DIR=str(copy)),
    )
    assert checked.returncode == 1
    assert "Traceback" not in checked.stderr
    assert CORRUPTIONS[index][2][0] in checked.stderr
    assert ran.returncode == 1
    assert "refusing to start" in ran.stderr and "Traceback" not in ran.stderr
