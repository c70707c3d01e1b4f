"""``add correction``: one field of one record set anew from a new source, the old value kept.

As the curation rules say, the editor's working goes in the record's ``record`` field (never
shown to fans): what the field said before, on which source, and which source corrects it.
The record then cites the new source and carries the new evidence. A race row is one record
of its own (``--row`` names the athlete); a field of a race itself moves the race's citation,
so its rows that relied on the old source keep citing it.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from bot.curate import yaml_text
from bot.curate.marks import printed_times
from bot.curate.names import slug
from bot.curate.stage import Change, ChangeRefused
from bot.curate.text import check_text
from bot.curate.vocab import after_source
from bot.facts.kinds import KINDS
from bot.facts.models import ResultRow, validate_record
from bot.facts.store import FactStore
from bot.resolve import ATHLETE_ROLES, Resolver

# the kinds whose records keep the editor's working in ``record``
CORRECTABLE = ("meets", "races", "timeline")
ROW_FIELDS = ("place", "time", "status", "note")
_INTEGER_FIELDS = ("place", "heat", "year")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class CorrectionRequest:
    """Everything ``add correction`` is given."""

    record: str
    field: str
    value: str
    source: str
    evidence: str
    row: str | None = None  # the athlete of a race's row
    reason: str | None = None


def add_correction(
    request: CorrectionRequest, store: FactStore, resolver: Resolver, change: Change
) -> str:
    """Stage the corrected record in ``change``; a one-line summary. Raises ChangeRefused."""
    for what, value in (("--value", request.value), ("--reason", request.reason or "")):
        check_text(value, what=what)
    check_text(request.evidence, what="--evidence", limit=300)
    source = store.sources.get(request.source)
    if source is None:
        raise ChangeRefused(
            f"unknown source {request.source!r}: add it first with `python -m bot add source URL`"
        )
    kind = _kind_of(store, request.record)
    if kind is None:
        raise ChangeRefused(
            f"no meet, race or timeline event has the id {request.record!r} "
            "(corrections keep the old value in a record's `record`, which those have)"
        )
    value = _value(request)
    _proved(request, value, source.published)
    span = next(s for s in yaml_text.spans(change.text(kind)) if s.data.get("id") == request.record)
    data = copy.deepcopy(span.data)  # the spans of a text are shared: never change them
    if request.row is not None:
        if kind != "races":
            raise ChangeRefused("--row is for a race's result rows")
        summary = _correct_row(data, request, value, resolver)
    else:
        summary = _correct_field(data, request, value, kind)
    model = next(k.model for k in KINDS if k.key == kind)
    data = ordered(data, model)
    if kind == "races":
        data["results"] = [ordered(r, ResultRow) for r in data.get("results") or []]
    try:
        validate_record(model, data)
    except ValueError as error:
        raise ChangeRefused(
            f"the corrected record is invalid: {str(error).splitlines()[-1].strip()}"
        ) from None
    change.set(kind, yaml_text.replace(change.text(kind), request.record, data))
    return summary


def ordered(data: dict[str, Any], model: type) -> dict[str, Any]:
    """A record's data with its fields in the model's order (as the files write them)."""
    fields = tuple(f.name for f in dataclasses.fields(model))
    known = {name: data[name] for name in fields if name in data}
    return known | {k: v for k, v in data.items() if k not in known}


def _kind_of(store: FactStore, record_id: str) -> str | None:
    if record_id in store.meets:
        return "meets"
    if record_id in store.races:
        return "races"
    if any(t.id == record_id for t in store.timeline):
        return "timeline"
    return None


def _value(request: CorrectionRequest) -> Any:
    if request.field in _INTEGER_FIELDS:
        if not request.value.isdigit():
            raise ChangeRefused(f"--value {request.value!r}: {request.field} is a whole number")
        return int(request.value)
    if request.field == "time":
        times = printed_times(request.value)
        if len(times) != 1:
            raise ChangeRefused(
                f"--value {request.value!r} is not a time as results print it (m:ss.hh)"
            )
        return times.pop()
    if request.value.lower() in ("null", "none", ""):
        return None
    return request.value


def _proved(request: CorrectionRequest, value: Any, published: str | None) -> None:
    """The row-level proof: the evidence prints the new value, and no date is after the source."""
    evidence = request.evidence
    if request.field == "time" and value not in printed_times(evidence):
        raise ChangeRefused(f"the time {value} is not printed in the evidence")
    if request.field == "place" and not re.search(rf"(?<!\d){value}(?!\d)", evidence):
        raise ChangeRefused(f"the place {value} is not printed in the evidence")
    if isinstance(value, str) and _DATE.match(value) and after_source(value, published):
        raise ChangeRefused(f"--value {value} is after the source's date ({published})")


def _note(old: Any, old_source: str | None, request: CorrectionRequest, field: str) -> str:
    why = f": {request.reason}" if request.reason else ""
    was = f"{old!r}" if old is not None else "empty"
    now = f"{request.value!r} per {request.source}"
    return f"Corrected {field} from {was} (per {old_source}) to {now}{why}."


def _keep(previous: Any, line: str) -> str:
    return f"{previous} {line}" if previous else line


def _correct_row(
    data: dict[str, Any], request: CorrectionRequest, value: Any, resolver: Resolver
) -> str:
    if request.field not in ROW_FIELDS:
        raise ChangeRefused(
            f"--field {request.field!r}: a row's correctable fields are {', '.join(ROW_FIELDS)}"
        )
    rows = data.get("results") or []
    athlete = request.row or ""
    if athlete not in {r.get("athlete") for r in rows}:
        found = resolver.athlete(athlete, roles=ATHLETE_ROLES)
        athlete = found.id if found.found and found.id else slug(athlete)
    row = next((r for r in rows if r.get("athlete") == athlete), None)
    if row is None:
        raise ChangeRefused(f"--row {request.row!r}: no row of {request.record} is that athlete's")
    old = row.get(request.field)
    if old == value:
        raise ChangeRefused(
            f"{request.field} of {athlete} in {request.record} is {value!r} already"
        )
    old_source = row.get("source") or data.get("source")
    row["record"] = _keep(row.get("record"), _note(old, old_source, request, request.field))
    row[request.field] = value
    row["source"] = request.source
    row["evidence"] = request.evidence
    return (
        f"{request.record}: {athlete}'s {request.field} {old!r} -> {value!r} (per {request.source})"
    )


def _correct_field(data: dict[str, Any], request: CorrectionRequest, value: Any, kind: str) -> str:
    field = request.field
    if field in ("id", "source", "evidence", "record", "results", "events", "entries"):
        raise ChangeRefused(f"--field {field!r} cannot be corrected this way")
    if field not in data and field not in _fields_of(kind):
        raise ChangeRefused(f"--field {field!r}: {kind} records have no such field")
    old = data.get(field)
    if old == value:
        raise ChangeRefused(f"{field} of {request.record} is {value!r} already")
    old_source = data.get("source")
    if kind == "races":
        for row in data.get("results") or []:
            if not row.get("source"):
                row["source"] = old_source  # the rows keep citing what proved them
    data["record"] = _keep(data.get("record"), _note(old, old_source, request, field))
    data[field] = value
    data["source"] = request.source
    data["evidence"] = request.evidence
    return f"{request.record}: {field} {old!r} -> {value!r} (per {request.source})"


def _fields_of(kind: str) -> tuple[str, ...]:
    model = next(k.model for k in KINDS if k.key == kind)
    return tuple(f.name for f in dataclasses.fields(model))
