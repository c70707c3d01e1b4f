"""``add results``: a pasted results table becomes one race, its rows proved by their lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.curate import yaml_text
from bot.curate.marks import printed_times
from bot.curate.names import NameReading, read_names, slug
from bot.curate.prompt import Prompter
from bot.curate.stage import Change, ChangeRefused
from bot.curate.table import Table, TableError, parse_table
from bot.curate.vocab import after_source, event_named, parse_day, round_named
from bot.facts.models import Meet, Person, Race, Round, Source, validate_record
from bot.facts.store import ROUND_ORDER, FactStore
from bot.resolve import Resolver


@dataclass
class NewMeet:
    """What a meet the store lacks is created with (flags, or answers in a terminal)."""

    name: str | None = None
    city: str | None = None
    country: str | None = None
    timezone: str | None = None
    series: str | None = None


@dataclass
class ResultsRequest:
    """Everything ``add results`` is given."""

    source: str
    meet: str
    event: str
    round: str
    table: str
    heat: int | None = None
    date: str | None = None
    evidence: str | None = None  # the words that show the race (default: the table's title)
    pins: Mapping[str, str] = field(default_factory=dict)
    accept_new: bool = False
    new_meet: NewMeet = field(default_factory=NewMeet)
    # the page that dates the race when the table's page does not print its day: the race
    # cites it (with ``evidence``), each row the table's page
    date_source: str | None = None


def add_results(
    request: ResultsRequest,
    store: FactStore,
    resolver: Resolver,
    change: Change,
    prompter: Prompter,
    out: TextIO,
) -> str:
    """Stage the race (and any new athletes and meet) in ``change``; the race's id.

    Raises :class:`ChangeRefused` (one line, or one per unsettled name) on bad input.
    """
    source, event, round_ = _named(request, store)
    day = _day(request.date, source.published)
    _check_date_source(request, store)
    try:
        table = parse_table(request.table)
    except TableError as error:
        raise ChangeRefused(str(error)) from None
    meet = _meet(request, store, resolver, prompter, day, table)
    if day is None:
        day = _programme_day(meet, event, round_)
        if day and after_source(day, source.published):
            raise ChangeRefused(
                f"the race is on {day} in the meet's programme, after the source's date "
                f"({source.published}): results cannot come from a page written before the race"
            )
    _within_meet(day, meet)
    race_id = "-".join(p for p in (meet["id"], slug(event), round_, str(request.heat or "")) if p)
    if race_id in store.races:
        raise ChangeRefused(
            f"race {race_id} is already in the store (source {store.races[race_id].source}): "
            "correct one of its rows with `python -m bot add correction`"
        )
    readings = read_names(
        table.rows,
        resolver,
        prompter,
        pins=request.pins,
        accept_new=request.accept_new,
        source=request.source,
    )
    print(f"{len(readings)} rows of {race_id}, each name as read:", file=out)
    for reading in readings:
        print(reading.line(store), file=out)
    for number, line in table.skipped:
        print(f"  line {number:>3}: skipped (no result): {line[:70]!r}", file=out)
    race = _race(race_id, meet["id"], event, round_, request, day, table, readings)
    _stage(change, meet, race, readings)
    return race_id


def _named(request: ResultsRequest, store: FactStore) -> tuple[Source, str, Round]:
    """The source, event and round the request names, each known; or refuse."""
    source = store.sources.get(request.source)
    if source is None:
        raise ChangeRefused(
            f"unknown source {request.source!r}: add it first with `python -m bot add source URL`"
        )
    event = event_named(request.event, store)
    if event is None:
        used = sorted({race.event for race in store.races.values()})
        raise ChangeRefused(f"unknown event {request.event!r} (the store's: {', '.join(used)})")
    round_ = round_named(request.round)
    if round_ is None:
        raise ChangeRefused(f"unknown round {request.round!r} (final, semi-final or heat)")
    return source, event, round_


def _check_date_source(request: ResultsRequest, store: FactStore) -> None:
    """A page that dates the race is in the store, with its words, not after the race."""
    if request.date_source is None:
        return
    dater = store.sources.get(request.date_source)
    if dater is None:
        raise ChangeRefused(f"unknown --date-source {request.date_source!r}")
    if not (request.date and request.evidence):
        raise ChangeRefused("--date-source needs --date and --evidence (its words with the day)")
    _day(request.date, dater.published)


def _day(text: str | None, published: str | None) -> str | None:
    if not text:
        return None
    try:
        day = parse_day(text, "--date").isoformat()
    except ValueError as error:
        raise ChangeRefused(str(error)) from None
    if after_source(day, published):
        raise ChangeRefused(f"--date {day} is after the source's date ({published})")
    return day


def _meet(
    request: ResultsRequest,
    store: FactStore,
    resolver: Resolver,
    prompter: Prompter,
    day: str | None,
    table: Table,
) -> dict[str, Any]:
    """The meet's record as data: the one the typed name resolves to, or a new one."""
    today = dt.date.fromisoformat(day) if day else dt.date.max.replace(year=2100)
    found = resolver.meet(request.meet, today=today, purpose="latest")
    if found.status == "ambiguous":
        options = [(c, f"{store.meets[c].name} [{c}]") for c in found.candidates]
        chosen = prompter.choose(f"which meet is {request.meet!r}?", options)
        if chosen is None:
            shown = ", ".join(found.candidates)
            raise ChangeRefused(f"--meet {request.meet!r} could be {shown}: give its id")
        found_id: str | None = chosen
    else:
        found_id = found.id if found.found else None
    if found_id is not None:
        meet = store.meets[found_id]
        if day and int(day[:4]) != meet.year:
            raise ChangeRefused(f"--date {day} is not in {meet.name} ({meet.year})")
        return {"id": meet.id, "_record": meet}
    return _new_meet(request, store, prompter, day, table)


def _new_meet(
    request: ResultsRequest, store: FactStore, prompter: Prompter, day: str | None, table: Table
) -> dict[str, Any]:
    spec = request.new_meet
    ask = prompter.ask
    if prompter.interactive and not spec.name:
        print_hint = f"no meet in the store is {request.meet!r}: its full name (Enter to stop)"
        spec.name = ask(print_hint)
    if not spec.name:
        raise ChangeRefused(
            f"no meet in the store is {request.meet!r}: check the name, or create it with "
            "--new-meet NAME --city --country --timezone (and --date)"
        )
    if not day:
        raise ChangeRefused(f"a new meet needs the race's --date ({spec.name})")
    for attribute, question in (
        ("city", "its city"),
        ("country", "its country"),
        ("timezone", "its time zone, e.g. Europe/Oslo"),
    ):
        if not getattr(spec, attribute) and prompter.interactive:
            setattr(spec, attribute, ask(question))
        if not getattr(spec, attribute):
            raise ChangeRefused(f"a new meet needs --{attribute} ({spec.name})")
    try:
        ZoneInfo(str(spec.timezone))
    except (ZoneInfoNotFoundError, ValueError):
        raise ChangeRefused(
            f"--timezone {spec.timezone!r} is not a time zone such as Europe/Oslo"
        ) from None
    year = int(day[:4])
    name_slug = slug(spec.name).replace(str(year), "").strip("-").replace("--", "-")
    meet_id = f"{year}-{name_slug}"
    if meet_id in store.meets:
        raise ChangeRefused(f"a meet {meet_id} is already in the store: give --meet {meet_id}")
    record: dict[str, Any] = {"id": meet_id, "name": spec.name}
    if spec.series:
        record["series"] = spec.series
    record |= {"city": spec.city, "country": spec.country, "timezone": spec.timezone, "year": year}
    record |= {"status": "completed", "source": request.source}
    record["evidence"] = request.evidence or _title(table)
    return {"id": meet_id, "_new": record}


def _programme_day(meet: dict[str, Any], event: str, round_: str) -> str | None:
    record: Meet | None = meet.get("_record")
    if record is None:
        return None
    days = {e.date for e in record.events if e.event == event and e.round == round_}
    if len(days) == 1:
        return next(iter(days)).isoformat()
    if record.start_date and record.start_date == record.end_date:
        return record.start_date.isoformat()
    return None


def _within_meet(day: str | None, meet: dict[str, Any]) -> None:
    record: Meet | None = meet.get("_record")
    if day is None or record is None or not (record.start_date and record.end_date):
        return
    if not record.start_date.isoformat() <= day <= record.end_date.isoformat():
        raise ChangeRefused(
            f"--date {day} is outside {record.name} ({record.start_date} to {record.end_date})"
        )


def _title(table: Table) -> str:
    """The race's evidence by default: the table's title line, else its first row."""
    return (table.skipped[-1][1] if table.skipped else table.rows[0].text)[:300]


def _race(
    race_id: str,
    meet_id: str,
    event: str,
    round_: str,
    request: ResultsRequest,
    day: str | None,
    table: Table,
    readings: list[NameReading],
) -> dict[str, Any]:
    results = []
    for reading in readings:
        row = reading.row
        if row.time and row.time not in printed_times(row.text):
            raise ChangeRefused(f"line {row.line}: the time {row.time} is not printed in the line")
        item: dict[str, Any] = {}
        if row.place is not None:
            item["place"] = row.place
        item["athlete"] = reading.athlete
        if row.time:
            item["time"] = row.time
        item["status"] = row.status
        item["evidence"] = row.text
        if request.date_source:
            item["source"] = request.source
        results.append(item)
    race: dict[str, Any] = {"id": race_id, "meet": meet_id, "event": event, "round": round_}
    race |= {"heat": request.heat, "date": day, "source": request.date_source or request.source}
    race["evidence"] = request.evidence or _title(table)
    race["results"] = results
    return race


def _stage(
    change: Change,
    meet: dict[str, Any],
    race: dict[str, Any],
    readings: list[NameReading],
) -> None:
    """Each new record validated, then written into its file at the place the file's order gives."""
    for reading in readings:
        if reading.new:
            person = dict(reading.new)
            if "evidence" in Person.__dataclass_fields__:
                person["evidence"] = reading.row.text
            validate_record(Person, person)
            change.set(
                "athletes", yaml_text.insert(change.text("athletes"), person, _after_id(person))
            )
    if "_new" in meet:
        record = meet["_new"]
        validate_record(Meet, record)
        key = (record["year"], "")
        change.set(
            "meets",
            yaml_text.insert(change.text("meets"), record, lambda r: (r.get("year", 0), "") > key),
        )
    validate_record(Race, race)
    change.set("races", _insert_race(change.text("races"), race))


def _after_id(record: dict[str, Any]) -> Callable[[dict[str, Any]], bool]:
    """Whether a record of a file sorted by id comes after ``record``."""
    own = str(record["id"])
    return lambda other: str(other.get("id")) > own


def _insert_race(text: str, race: dict[str, Any]) -> str:
    """After the meet's races of earlier (or the same) rounds; else by date; else last."""
    meet = race["meet"]
    rank = (ROUND_ORDER[race["round"]], race.get("heat") or 0)

    def of_meet(r: dict[str, Any]) -> bool:
        return bool(r.get("meet") == meet)

    def earlier(r: dict[str, Any]) -> bool:
        return of_meet(r) and (ROUND_ORDER.get(str(r.get("round")), 0), r.get("heat") or 0) <= rank

    records = [span.data for span in yaml_text.spans(text)]
    if any(earlier(r) for r in records):
        return yaml_text.insert_after(text, race, earlier)
    if any(of_meet(r) for r in records):
        return yaml_text.insert(text, race, of_meet)
    day = str(race.get("date") or "")
    return yaml_text.insert(text, race, lambda r: bool(day) and str(r.get("date") or "") > day)
