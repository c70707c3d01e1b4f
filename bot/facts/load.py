"""Read ``knowledge/*.yaml`` into a validated :class:`FactStore`, reporting all problems at once."""

from __future__ import annotations

import functools
import gc
import logging
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError, create_model

from bot.facts.cache import fingerprint, read, write
from bot.facts.integrity import check_references
from bot.facts.kinds import KINDS
from bot.facts.models import validate_record
from bot.facts.problems import KnowledgeError, Problem, bounded_repr
from bot.facts.safe_read import FileRefused, read_regular
from bot.facts.store import FactStore, collector_paused
from bot.facts.yaml_records import EmptyDocument, NotAList, iter_records

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 40 * 1024 * 1024  # a knowledge file this large is a mistake, not data
# the cache's JSON lists every field, defaults included: about 1.1x the YAML of the shipped store
CACHE_PER_YAML_BYTE = 4
LABEL_CHARS = 60  # a record's id, as far as a problem message quotes it

__all__ = ["KnowledgeError", "Problem", "check_references", "load_store"]

# the whole store in one JSON document, as the cache holds it: one list per kind
_FIELDS: dict[str, Any] = {kind.key: (list[kind.model], ...) for kind in KINDS}  # type: ignore[name-defined]
_Cached: type[BaseModel] = create_model("_Cached", **_FIELDS)
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
    files = {kind.file: _read(directory / kind.file) for kind in KINDS}
    # the digest of the files' bytes keys the cache and tells a reloaded store from the one
    # a button was made with (blake2b: milliseconds even at 100x the shipped store)
    key = fingerprint(files)
    cached = None
    if cache_dir and key and not reparse:
        cached = read(cache_dir, key, _CACHED, _cache_limit(files))
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
    store = FactStore(**_fields(cached))
    store.fingerprint = key
    return store


def _cache_limit(files: dict[str, bytearray | Problem]) -> int:
    """The most a genuine cache of these files can weigh: more is not theirs, and not read."""
    yaml_bytes = sum(len(data) for data in files.values() if not isinstance(data, Problem))
    return CACHE_PER_YAML_BYTE * yaml_bytes + 1024 * 1024


def _read(path: Path) -> bytearray | Problem:
    """A knowledge file's bytes, or why it cannot be used (only regular files are read)."""
    try:
        return read_regular(path, MAX_FILE_BYTES)
    except FileRefused as refused:
        return Problem(path.name, "", "", str(refused))


def _parse_all(files: dict[str, bytearray | Problem], problems: list[Problem]) -> bytes:
    """Every file's valid records in the cache's JSON form; what is invalid goes to ``problems``.

    ``files`` is consumed: each file's bytes are let go once parsed.

    Each file's YAML objects are dropped as soon as its records are encoded, and the store is
    then built from the JSON. PyYAML builds a node tree (two position marks per scalar) many
    times the size of the records; records kept straight from it would keep their strings
    scattered through that memory and pin it for the life of the process (720 MB instead of
    112 at 100x the shipped store).
    """
    parts = []
    for kind in KINDS:
        data = files.pop(kind.file)
        if isinstance(data, Problem):
            problems.append(data)
            records: list[Any] = []
        else:
            records = _load_file(kind.file, data, kind.model, problems)
        adapter = _list_adapter(kind.model)
        parts.append(b'"' + kind.key.encode() + b'":' + adapter.dump_json(records))
        del records
        # the loader leaves reference cycles; with the collector paused they would outlive
        # the parse and keep hundreds of otherwise empty arenas of memory mapped. The young
        # generations only: with the collector paused, everything this file's parse allocated
        # is there, and a full collection would also walk every older object of the process
        # each time (70 ms a file in a test run's process, most of a reload's parse)
        gc.collect(1)
    return b"{" + b",".join(parts) + b"}"


@functools.cache
def _list_adapter(model: type) -> TypeAdapter[Any]:
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def _fields(cached: BaseModel) -> dict[str, list[Any]]:
    return {kind.key: getattr(cached, kind.key) for kind in KINDS}


def _load_file(
    name: str, data: bytes | bytearray, model: type, problems: list[Problem]
) -> list[Any]:
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
    except RecursionError:
        problems.append(Problem(name, "", "", "invalid YAML: nested too deeply"))
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
        label: str = item["id"]
        return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS] + "…"
    return f"#{index + 1}"


def _plain(detail: Any) -> str:
    kind = detail["type"]
    if kind in ("missing", "missing_argument", "missing_keyword_only_argument"):
        return "is required"
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return "is not a known field"
    if kind == "string_pattern_mismatch" and detail["loc"][-1] == "time":
        got = bounded_repr(detail["input"])
        return f"unparseable time {got} (expected m:ss.hh or ss.hh, as printed)"
    if kind == "string_pattern_mismatch" and detail["loc"][-1] == "id":
        return f"{bounded_repr(detail['input'])} is not a slug (lower-case words joined by '-')"
    message = str(detail["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    return f"{message} (got {bounded_repr(detail.get('input'))})"
