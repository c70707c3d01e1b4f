"""Prove every fact of a store against its ``evidence``: the words of its source it carries.

``python -m bot check`` runs :func:`check_evidence` after loading. A fact with no evidence, or
whose evidence does not state it, is a located problem (file, record, field, what is missing).
The store cannot see the pages themselves, so the proof is against the evidence stored: that
the evidence is the page's own words is the curator's duty, and a test of the shipped store
against the source pack checks it where the pack is at hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.facts.models import (
    Entry,
    Meet,
    Person,
    PublishedTally,
    Quote,
    Race,
    ResultRow,
    ScheduledEvent,
    Source,
    TimelineEvent,
)
from bot.facts.problems import Problem
from bot.facts.proof import (
    name_printed,
    order_stated,
    place_or_order_stated,
    quote_missing,
    status_stated,
    time_printed,
)
from bot.facts.proof_dates import clock_printed, count_stated, date_printed
from bot.facts.store import FactStore


@dataclass
class Proof:
    """The store's sources and people, and the problems found so far."""

    sources: dict[str, Source]
    people: dict[str, Person]
    problems: list[Problem]

    def add(self, file: str, record: str, field: str, message: str) -> None:
        """Note that ``field`` of ``record`` in ``file`` is not proven, and why."""
        self.problems.append(Problem(file, record, field, message))

    def published(self, source: str | None) -> str | None:
        """The cited source's own date (published, or known-by when derived)."""
        found = self.sources.get(source) if source else None
        return found.published if found else None

    def names(self, athlete: str) -> tuple[str, ...]:
        """The names a source may print a person under."""
        person = self.people.get(athlete)
        return (person.name, *person.aliases) if person else (athlete,)


def check_evidence(store: FactStore) -> list[Problem]:
    """Every fact of ``store`` its evidence does not prove, and every undated source."""
    proof = Proof(dict(store.sources), dict(store.people), [])
    for source in store.sources.values():
        check_source(source, proof)
    for person in store.people.values():
        for i, fact in enumerate(person.notable):
            where = ("athletes.yaml", person.id, f"notable.{i}")
            _present(fact.evidence, proof, *where)
    for meet in store.meets.values():
        _check_meet(meet, proof)
    for race in store.races.values():
        _check_race(race, proof)
    for quote in store.quotes.values():
        _check_quote(quote, proof)
    for event in store.timeline:
        _check_timeline_event(event, proof)
    for tally in store.tallies.values():
        _check_tally(tally, proof)
    return proof.problems


def check_source(source: Source, proof: Proof) -> None:
    """A source has a date, and a derived date says how it was worked out."""
    if not source.published:
        proof.add("sources.yaml", source.id, "published", "no date (published, or known-by)")
    elif source.published_derived and not source.note:
        proof.add("sources.yaml", source.id, "note", "a derived date needs its reasoning")
    if source.published_ahead and not (source.published_derived and source.note):
        # only a derived day can be the day a page looks ahead to, and the note must say so
        proof.add("sources.yaml", source.id, "published_ahead", "only a derived, noted date")


def _check_meet(meet: Meet, proof: Proof) -> None:
    """A meet's dates, its programme's dates and start times, and its entries' dates."""
    where = ("meets.yaml", meet.id)
    if _present(meet.evidence, proof, *where, "evidence"):
        for field, day in (("start_date", meet.start_date), ("end_date", meet.end_date)):
            if day is not None:
                _date(day.isoformat(), meet.evidence, meet.source, proof, *where, field)
    for i, event in enumerate(meet.events):
        check_scheduled(event, proof, meet.id, f"events.{i}")
    for i, entry in enumerate(meet.entries):
        check_entry(entry, proof, meet.id, f"entries.{i}")


def check_scheduled(event: ScheduledEvent, proof: Proof, meet: str, field: str) -> None:
    """A race on a meet's programme: its date, and its start time when given."""
    where = ("meets.yaml", meet)
    if not _present(event.evidence, proof, *where, f"{field}.evidence"):
        return
    _date(event.date.isoformat(), event.evidence, event.source, proof, *where, f"{field}.date")
    if event.local_time is not None and not clock_printed(event.local_time, event.evidence or ""):
        proof.add(*where, f"{field}.local_time", _missing(event.local_time.strftime("%H:%M")))


def check_entry(entry: Entry, proof: Proof, meet: str, field: str) -> None:
    """An entry, plan or withdrawal names its athlete, and its date is proven."""
    where = ("meets.yaml", meet)
    if not _present(entry.evidence, proof, *where, f"{field}.evidence"):
        return
    evidence = entry.evidence or ""
    if not name_printed(proof.names(entry.athlete), evidence):
        proof.add(*where, f"{field}.athlete", f"the evidence does not name {entry.athlete}")
    if entry.reported:
        _date(entry.reported, evidence, entry.source, proof, *where, f"{field}.reported")


def _check_race(race: Race, proof: Proof) -> None:
    """A race's date, and each row's place, time, "behind" or status, by its own evidence."""
    where = ("races.yaml", race.id)
    if _present(race.evidence, proof, *where, "evidence") and race.date is not None:
        _date(race.date.isoformat(), race.evidence, race.source, proof, *where, "date")
    for i, row in enumerate(race.results):
        check_row(row, proof, race.id, f"results.{i}")


def check_row(row: ResultRow, proof: Proof, race: str, field: str) -> None:
    """A result row's evidence prints its time, and states its place or order, or its status."""
    where = ("races.yaml", race)
    if not _present(row.evidence, proof, *where, f"{field}.evidence"):
        return
    evidence = row.evidence or ""
    if row.time and not time_printed(row.time, evidence):
        proof.add(*where, f"{field}.time", _missing(row.time))
    if row.place is not None and not place_or_order_stated(row.place, evidence):
        proof.add(*where, f"{field}.place", f"the evidence does not state place {row.place}")
    if row.behind and not order_stated(evidence):
        proof.add(*where, f"{field}.behind", "the evidence does not say who finished ahead")
    for j, ahead in enumerate(row.behind):
        if not name_printed(proof.names(ahead), evidence):
            proof.add(*where, f"{field}.behind.{j}", f"the evidence does not name {ahead}")
    if row.status != "finished" and not status_stated(row.status, evidence):
        proof.add(*where, f"{field}.status", f"the evidence does not state {row.status.upper()}")


def _check_quote(quote: Quote, proof: Proof) -> None:
    """A quote's words are all in its evidence, and its date is printed or is the source's."""
    where = ("quotes.yaml", quote.id)
    if not _present(quote.evidence, proof, *where, "evidence"):
        return
    missing = quote_missing(quote.text, quote.evidence or "")
    if missing is not None:
        proof.add(*where, "text", f"the evidence does not print {_clip(missing)!r}")
    if quote.said_on and quote.date_basis != "unknown":
        _date(quote.said_on, quote.evidence, quote.source, proof, *where, "said_on")


def _check_timeline_event(event: TimelineEvent, proof: Proof) -> None:
    """A timeline event's date is printed in its evidence or is its source's own."""
    where = ("timeline.yaml", event.id)
    if _present(event.evidence, proof, *where, "evidence"):
        _date(event.date, event.evidence, event.source, proof, *where, "date")


def _check_tally(tally: PublishedTally, proof: Proof) -> None:
    """A published count's meetings and wins are each stated in its evidence."""
    where = ("tallies.yaml", tally.id)
    if not _present(tally.evidence, proof, *where, "evidence"):
        return
    evidence = tally.evidence or ""
    if tally.meetings is not None and not count_stated(tally.meetings, evidence):
        proof.add(*where, "meetings", f"the evidence does not state {tally.meetings}")
    for i, wins in enumerate(tally.wins):
        if wins is not None and not count_stated(wins, evidence, of=tally.meetings):
            proof.add(*where, f"wins.{i}", f"the evidence does not state {wins}")
    if tally.until:
        _date(tally.until, evidence, tally.source, proof, *where, "until")


def _present(evidence: str | None, proof: Proof, file: str, record: str, field: str) -> bool:
    """Whether a fact carries evidence; a problem when it does not."""
    if not evidence or not evidence.strip():
        proof.add(file, record, field, "no evidence (the words of its source that prove it)")
        return False
    return True


def _date(
    value: str,
    evidence: str | None,
    source: str | None,
    proof: Proof,
    file: str,
    record: str,
    field: str,
) -> None:
    if not date_printed(value, evidence or "", proof.published(source)):
        proof.add(file, record, field, f"{value} is neither in the evidence nor its source's date")


def _missing(value: str) -> str:
    return f"the evidence does not print {value}"


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
