"""Read ``knowledge/*.yaml`` into a validated :class:`FactStore`, reporting all problems at once."""

from __future__ import annotations

import functools
import gc
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from bot.facts.cache import fingerprint, read, write
from bot.facts.models import (
    Meet,
    Person,
    Quote,
    Race,
    Series,
    Source,
    TimelineEvent,
    validate_record,
)
from bot.facts.store import FactStore, collector_paused
from bot.facts.yaml_records import EmptyDocument, NotAList, iter_records
from bot.normalise import normalise

log = logging.getLogger(__name__)

# file name -> (model, key in the export)
FILES: dict[str, tuple[type, str]] = {
    "sources.yaml": (Source, "sources"),
    "athletes.yaml": (Person, "athletes"),
    "meets.yaml": (Meet, "meets"),
    "races.yaml": (Race, "races"),
    "quotes.yaml": (Quote, "quotes"),
    "timeline.yaml": (TimelineEvent, "timeline"),
    "series.yaml": (Series, "series"),
}
MAX_FILE_BYTES = 40 * 1024 * 1024  # a knowledge file this large is a mistake, not data


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the knowledge files, located as precisely as possible."""

    file: str
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.record:
            where += f" [{self.record}]"
        if self.field:
            where += f" {self.field}"
        return f"{where}: {self.message}"


class KnowledgeError(Exception):
    """The knowledge directory is invalid; ``problems`` lists everything found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in knowledge:\n" + self.report())

    def report(self, limit: int = 50) -> str:
        """The problems as lines, at most ``limit`` of them."""
        lines = [f"  - {p}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"  ... and {len(self.problems) - limit} more")
        return "\n".join(lines)


class _Cached(BaseModel):
    """The whole store in one JSON document, as the cache holds it."""

    sources: list[Source]
    athletes: list[Person]
    meets: list[Meet]
    races: list[Race]
    quotes: list[Quote]
    timeline: list[TimelineEvent]
    series: list[Series]


_CACHED = TypeAdapter(_Cached)


def load_store(
    directory: Path, *, cache_dir: Path | None = None, reparse: bool = False
) -> FactStore:
    """Load and validate every knowledge file; raise :class:`KnowledgeError` with all problems.

    With ``cache_dir``, a store validated before from byte-identical files is read from a JSON
    cache instead of parsing the YAML again; references are checked again either way.
    ``reparse`` reads the YAML even when the cache has the store, and refreshes the cache.
    """
    with collector_paused():
        return _load(Path(directory), Path(cache_dir) if cache_dir else None, reparse)


def _load(directory: Path, cache_dir: Path | None, reparse: bool) -> FactStore:
    problems: list[Problem] = []
    if not directory.is_dir():
        raise KnowledgeError([Problem(str(directory), "", "", "knowledge directory not found")])
    # each file is read once: the cache key and the parse see the same bytes, even if a file
    # is being edited meanwhile
    files = {name: _read(directory / name) for name in FILES}
    key = fingerprint(files) if cache_dir else None
    cached = read(cache_dir, key, _CACHED) if cache_dir and key and not reparse else None
    blob = None
    if cached is None:
        blob = _parse_all(files, problems)
        cached = _CACHED.validate_json(blob)
    problems.extend(check_references(_fields(cached)))
    if problems:
        raise KnowledgeError(problems)
    if cache_dir and key and blob is not None:
        write(cache_dir, key, blob)
    log.debug("loaded knowledge from %s%s", directory, "" if blob else " (cache)")
    return FactStore(**_fields(cached))


def _read(path: Path) -> bytes | Problem:
    """A knowledge file's bytes, or why it cannot be used."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            return Problem(
                path.name, "", "", f"file is {size // (1024 * 1024)} MB; the limit is {limit} MB"
            )
        return path.read_bytes()
    except FileNotFoundError:
        return Problem(path.name, "", "", "file is missing")
    except OSError as error:
        return Problem(path.name, "", "", f"cannot be read ({error.strerror})")


def _parse_all(files: dict[str, bytes | Problem], problems: list[Problem]) -> bytes:
    """Every file's valid records in the cache's JSON form; what is invalid goes to ``problems``.

    ``files`` is consumed: each file's bytes are let go once parsed.

    Each file's YAML objects are dropped as soon as its records are encoded, and the store is
    then built from the JSON. PyYAML builds a node tree (two position marks per scalar) many
    times the size of the records; records kept straight from it would keep their strings
    scattered through that memory and pin it for the life of the process (720 MB instead of
    112 at 100x the shipped store).
    """
    parts = []
    for name, (model, kind) in FILES.items():
        data = files.pop(name)
        if isinstance(data, Problem):
            problems.append(data)
            records: list[Any] = []
        else:
            records = _load_file(name, data, model, problems)
        parts.append(b'"' + kind.encode() + b'":' + _list_adapter(model).dump_json(records))
        del records
        # the loader leaves reference cycles; with the collector paused they would outlive
        # the parse and keep hundreds of otherwise empty arenas of memory mapped
        gc.collect()
    return b"{" + b",".join(parts) + b"}"


@functools.cache
def _list_adapter(model: type) -> TypeAdapter[Any]:
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def _fields(cached: _Cached) -> dict[str, list[Any]]:
    return {kind: getattr(cached, kind) for kind in _Cached.model_fields}


def _load_file(name: str, data: bytes, model: type, problems: list[Problem]) -> list[Any]:
    """The valid records of one file's bytes; every problem found goes to ``problems``."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(Problem(name, "", "", f"not UTF-8 text (byte {error.start})"))
        return []
    out: list[Any] = []
    try:
        for index, item in enumerate(iter_records(text)):
            label = _label(item, index)
            if not isinstance(item, dict):
                problems.append(Problem(name, label, "", "record is not a mapping"))
                continue
            try:
                out.append(validate_record(model, item))
            except ValidationError as error:
                for detail in error.errors():
                    field = ".".join(str(part) for part in detail["loc"])
                    problems.append(Problem(name, label, field, _plain(detail)))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        problems.append(Problem(name, "", "", f"invalid YAML{where}: {_yaml_reason(error)}"))
        return []
    except EmptyDocument:
        problems.append(Problem(name, "", "", "file is empty (expected a list of records)"))
        return []
    except NotAList:
        problems.append(Problem(name, "", "", "expected a list of records at the top level"))
        return []
    return out


def _yaml_reason(error: yaml.YAMLError) -> str:
    return str(getattr(error, "problem", None) or error).splitlines()[0]


def _label(item: Any, index: int) -> str:
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return item["id"]
    return f"#{index + 1}"


def _plain(detail: Any) -> str:
    kind = detail["type"]
    if kind in ("missing", "missing_argument", "missing_keyword_only_argument"):
        return "is required"
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return "is not a known field"
    if kind == "string_pattern_mismatch" and detail["loc"][-1] == "time":
        return f"unparseable time {detail['input']!r} (expected m:ss.hh or ss.hh, as printed)"
    if kind == "string_pattern_mismatch" and detail["loc"][-1] == "id":
        return f"{detail['input']!r} is not a slug (lower-case words joined by '-')"
    message = str(detail["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    return f"{message} (got {detail.get('input')!r})"


def check_references(records: dict[str, list[Any]]) -> list[Problem]:
    """Cross-record checks: ids unique, references resolve, dates and zones make sense."""
    problems: list[Problem] = []
    ids: dict[str, set[str]] = {}
    for name, (_, key) in FILES.items():
        counts = Counter(r.id for r in records[key])
        for record_id, count in counts.items():
            if count > 1:
                problems.append(Problem(name, record_id, "id", f"duplicate id ({count} records)"))
        ids[key] = set(counts)
    sources, people, meets = ids["sources"], ids["athletes"], ids["meets"]
    meet_by_id = {m.id: m for m in records["meets"]}

    def need(
        file: str, record: str, field: str, value: str | None, known: set[str], kind: str
    ) -> None:
        if value is not None and value not in known:
            problems.append(Problem(file, record, field, f"unknown {kind} id {value!r}"))

    for person in records["athletes"]:
        need("athletes.yaml", person.id, "source", person.source, sources, "source")
        for i, fact in enumerate(person.notable):
            need("athletes.yaml", person.id, f"notable.{i}.source", fact.source, sources, "source")
            for j, also in enumerate(fact.also):
                need("athletes.yaml", person.id, f"notable.{i}.also.{j}", also, sources, "source")
    zones: dict[str, bool] = {}
    for meet in records["meets"]:
        need("meets.yaml", meet.id, "source", meet.source, sources, "source")
        if meet.timezone not in zones:
            zones[meet.timezone] = _known_zone(meet.timezone)
        if not zones[meet.timezone]:
            problems.append(
                Problem("meets.yaml", meet.id, "timezone", f"unknown time zone {meet.timezone!r}")
            )
        if meet.start_date and meet.end_date and meet.end_date < meet.start_date:
            problems.append(
                Problem(
                    "meets.yaml",
                    meet.id,
                    "end_date",
                    f"ends ({meet.end_date}) before it starts ({meet.start_date})",
                )
            )
        if meet.end_date and not meet.start_date:
            problems.append(
                Problem("meets.yaml", meet.id, "start_date", "has an end date but no start date")
            )
        for i, entry in enumerate(meet.entries):
            need("meets.yaml", meet.id, f"entries.{i}.athlete", entry.athlete, people, "athlete")
            need("meets.yaml", meet.id, f"entries.{i}.source", entry.source, sources, "source")
        for i, event in enumerate(meet.events):
            need("meets.yaml", meet.id, f"events.{i}.source", event.source, sources, "source")
            if not _within(event.date, meet):
                problems.append(
                    Problem(
                        "meets.yaml",
                        meet.id,
                        f"events.{i}.date",
                        f"{event.date} is outside the meet's dates",
                    )
                )
    for race in records["races"]:
        need("races.yaml", race.id, "meet", race.meet, meets, "meet")
        need("races.yaml", race.id, "source", race.source, sources, "source")
        meet = meet_by_id.get(race.meet)
        if meet and race.date and not _within(race.date, meet):
            problems.append(
                Problem(
                    "races.yaml",
                    race.id,
                    "date",
                    f"{race.date} is outside {meet.id} "
                    f"({meet.start_date} to {meet.end_date or meet.start_date})",
                )
            )
        if meet and race.date and race.date.year != meet.year:
            problems.append(
                Problem(
                    "races.yaml",
                    race.id,
                    "date",
                    f"{race.date} is not in {meet.id}'s year {meet.year}",
                )
            )
        placed = [row.place for row in race.results if row.place is not None]
        # counting only when a repeat exists: this runs for every race at every start
        places = Counter(placed) if len(set(placed)) != len(placed) else {}
        for place, count in places.items():
            if count > 1:
                problems.append(
                    Problem(
                        "races.yaml",
                        race.id,
                        "results",
                        f"place {place} is given to {count} athletes",
                    )
                )
        names = [row.athlete for row in race.results]
        runners = Counter(names) if len(set(names)) != len(names) else {}
        for athlete, count in runners.items():
            if count > 1:
                problems.append(
                    Problem("races.yaml", race.id, "results", f"{athlete} has {count} rows")
                )
        for i, row in enumerate(race.results):
            need("races.yaml", race.id, f"results.{i}.athlete", row.athlete, people, "athlete")
            need("races.yaml", race.id, f"results.{i}.source", row.source, sources, "source")
            for j, ahead in enumerate(row.behind):
                if ahead not in names:
                    problems.append(
                        Problem(
                            "races.yaml",
                            race.id,
                            f"results.{i}.behind.{j}",
                            f"{ahead!r} has no row in this race",
                        )
                    )
    for quote in records["quotes"]:
        need("quotes.yaml", quote.id, "speaker", quote.speaker, people, "person")
        need("quotes.yaml", quote.id, "source", quote.source, sources, "source")
        for i, about in enumerate(quote.about):
            need("quotes.yaml", quote.id, f"about.{i}", about, people, "athlete")
    for event in records["timeline"]:
        need("timeline.yaml", event.id, "source", event.source, sources, "source")
        for i, athlete in enumerate(event.athletes):
            need("timeline.yaml", event.id, f"athletes.{i}", athlete, people, "athlete")
    problems.extend(check_names(records))
    return problems


def check_names(records: dict[str, list[Any]]) -> list[Problem]:
    """Aliases are names of what the store holds: each series names a meet, no name two things.

    A typed name must lead to one series or one person: an alias shared by two series, or by two
    people, would make the resolver guess. A year in a series alias would pin every edition to it.
    """
    problems: list[Problem] = []
    meets = records["meets"]
    owner: dict[str, str] = {}
    for series in records["series"]:
        if not any(series.covers(meet) for meet in meets):
            problems.append(
                Problem("series.yaml", series.id, "series", "names no meet in meets.yaml")
            )
        for i, alias in enumerate((series.name, *series.aliases)):
            key = normalise(alias)
            field = "name" if i == 0 else f"aliases.{i - 1}"
            if not key:
                problems.append(Problem("series.yaml", series.id, field, "is not a name"))
            elif any(len(t) == 4 and t.isdigit() for t in key.split()):
                problems.append(
                    Problem("series.yaml", series.id, field, f"{alias!r} has a year in it")
                )
            elif owner.setdefault(key, series.id) != series.id:
                problems.append(
                    Problem(
                        "series.yaml",
                        series.id,
                        field,
                        f"{alias!r} is also a name of {owner[key]!r}",
                    )
                )
    taken: dict[str, str] = {}
    for person in records["athletes"]:
        for i, alias in enumerate(person.aliases):
            key = normalise(alias)
            if taken.setdefault(key, person.id) != person.id:
                problems.append(
                    Problem(
                        "athletes.yaml",
                        person.id,
                        f"aliases.{i}",
                        f"{alias!r} is also an alias of {taken[key]!r}",
                    )
                )
    return problems


def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _within(day: Any, meet: Meet) -> bool:
    if meet.start_date is None:
        return True
    end = meet.end_date or meet.start_date
    # a meet whose end date the sources do not give may run on after its start
    if meet.end_date is None:
        return day >= meet.start_date
    return meet.start_date <= day <= end
