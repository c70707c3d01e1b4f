"""Edit a knowledge file as text: one record inserted or replaced, everything else kept as is.

The files are reviewed like code, so a curation change must be a small diff: comments, the
order of records and the way each existing record is written stay untouched. A new record is
written as the files are (PyYAML block style, keys in the model's order, lines of at most 100
characters) and placed where the file's order puts it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from bot.facts.yaml_records import iter_records

WIDTH = 100  # the width the knowledge files are written at


@dataclass(frozen=True)
class RecordSpan:
    """One top-level record of a file: its lines [start, end) and its parsed data."""

    start: int  # first line, after the comments that stand before it
    end: int
    data: dict[str, Any]


def dump_block(record: dict[str, Any]) -> str:
    """One record as a top-level list item, written the way the knowledge files are."""
    return yaml.safe_dump([record], sort_keys=False, allow_unicode=True, width=WIDTH)


def spans(text: str) -> tuple[RecordSpan, ...]:
    """Every top-level record of a knowledge file, in order (its data is not to be changed).

    The last few files' spans are kept: a command looks at the same text several times.
    """
    return _spans(text)


@functools.lru_cache(maxsize=4)
def _spans(text: str) -> tuple[RecordSpan, ...]:
    lines = text.splitlines(keepends=True)
    starts = [
        i for i, line in enumerate(lines) if line.startswith("-") and line[1:2] in (" ", "\n")
    ]
    records = list(iter_records(text))
    if len(records) != len(starts):
        raise ValueError("the file's records do not start each on a line of their own")
    out = []
    for index, (start, data) in enumerate(zip(starts, records, strict=True)):
        end = starts[index + 1] if index + 1 < len(starts) else len(lines)
        # comments and blank lines just before the next record belong to it
        while index + 1 < len(starts) and end - 1 > start and _loose(lines[end - 1]):
            end -= 1
        out.append(RecordSpan(start, end, data))
    return tuple(out)


def _loose(line: str) -> bool:
    return not line.strip() or line.lstrip().startswith("#")


def insert(text: str, record: dict[str, Any], before: Callable[[dict[str, Any]], bool]) -> str:
    """``text`` with ``record`` inserted before the first record ``before`` accepts (or last)."""
    lines = text.splitlines(keepends=True)
    found = spans(text)
    at = next((s for s in found if before(s.data)), None)
    block = dump_block(record)
    if at is None:
        body = "".join(lines)
        if body and not body.endswith("\n"):
            body += "\n"
        return body + block
    start = at.start
    while start > 0 and lines[start - 1].lstrip().startswith("#"):
        start -= 1  # the comments standing before that record stay with it
    return "".join(lines[:start]) + block + "".join(lines[start:])


def insert_after(text: str, record: dict[str, Any], after: Callable[[dict[str, Any]], bool]) -> str:
    """``text`` with ``record`` inserted after the last record ``after`` accepts (or last)."""
    lines = text.splitlines(keepends=True)
    matching = [s for s in spans(text) if after(s.data)]
    if not matching:
        return insert(text, record, lambda _data: False)
    end = matching[-1].end
    return "".join(lines[:end]) + dump_block(record) + "".join(lines[end:])


def replace(text: str, record_id: str, record: dict[str, Any]) -> str:
    """``text`` with the record whose id is ``record_id`` written anew as ``record``."""
    lines = text.splitlines(keepends=True)
    for span in spans(text):
        if span.data.get("id") == record_id:
            return "".join(lines[: span.start]) + dump_block(record) + "".join(lines[span.end :])
    raise KeyError(record_id)


def plain(record: Any, model_fields: tuple[str, ...], keep: tuple[str, ...] = ()) -> dict[str, Any]:
    """A record's data as a file holds it: fields in the model's order, defaults left out.

    ``keep`` names fields written even when empty (the files write a race's ``heat: null``).
    """
    out: dict[str, Any] = {}
    for name in model_fields:
        value = record.get(name)
        if value in (None, (), [], False) and name not in keep:
            continue
        out[name] = _listed(value)
    return out


def _listed(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_listed(v) for v in value]
    if isinstance(value, dict):
        return {k: _listed(v) for k, v in value.items()}
    return value
