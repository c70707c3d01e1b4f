"""Who each row's printed name is, read by the bot's own resolver, and shown as read.

A name the resolver finds (typos and accents forgiven: "Nordaas" is Narve Gilje Nordås) is
taken unless the country printed on the line says otherwise. A name it finds several people
for, or guesses among several ("Ingebrigtsen"), is a question; a name it does not know is a
new athlete, proposed with the row's line as what shows he raced. In a script every question
is refused, naming the flag that answers it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import Levenshtein

from bot.curate.prompt import Prompter
from bot.curate.stage import ChangeRefused
from bot.curate.table import Row
from bot.facts.store import FactStore
from bot.normalise import normalise
from bot.resolve import ATHLETE_ROLES, Resolver

NEW = "new"  # the answer, or the pinned value, that makes a name a new athlete


@dataclass(frozen=True)
class NameReading:
    """How one row's name was read: a person of the store, or a new athlete record."""

    row: Row
    athlete: str
    how: str  # "found", "typo forgiven", "by country", "pinned", "chosen", "new athlete"
    new: dict[str, Any] | None = None

    def line(self, store: FactStore) -> str:
        """The reading as the curator sees it."""
        person = store.people.get(self.athlete)
        name = person.name if person else (self.new or {}).get("name", self.athlete)
        country = person.country if person else (self.new or {}).get("country")
        where = f" ({country})" if country else ""
        what = self.row.time or self.row.status.upper()
        place = f"{self.row.place}." if self.row.place else "-"
        return (
            f"  line {self.row.line:>3}: {place:>4} {self.row.name!r} -> {name}{where} "
            f"[{self.athlete}] {what}  ({self.how})"
        )


def slug(name: str) -> str:
    """A record id from a name: "Narve Gilje Nordås" -> "narve-gilje-nordas"."""
    return re.sub(r"[^a-z0-9]+", "-", normalise(name)).strip("-")


def read_names(
    rows: tuple[Row, ...],
    resolver: Resolver,
    prompter: Prompter,
    *,
    pins: Mapping[str, str],
    accept_new: bool,
    source: str,
) -> list[NameReading]:
    """Every row's reading; raise :class:`ChangeRefused` naming each name not settled."""
    readings: list[NameReading] = []
    refused: list[str] = []
    for row in rows:
        reading = _read(row, resolver, prompter, pins, accept_new, source)
        if isinstance(reading, str):
            refused.append(reading)
        else:
            readings.append(reading)
    seen: dict[str, int] = {}
    for reading in readings:
        if reading.athlete in seen:
            first = seen[reading.athlete]
            refused.append(f"line {reading.row.line}: {reading.athlete} is already on line {first}")
        seen.setdefault(reading.athlete, reading.row.line)
    if refused:
        raise ChangeRefused("\n".join(refused))
    return readings


def _read(
    row: Row,
    resolver: Resolver,
    prompter: Prompter,
    pins: Mapping[str, str],
    accept_new: bool,
    source: str,
) -> NameReading | str:
    store = resolver.store
    pinned = pins.get(normalise(row.name))
    if pinned is not None:
        return _pinned(row, pinned, resolver, source)
    found = resolver.athlete(row.name, roles=ATHLETE_ROLES)
    if found.found and found.note is None and found.id:
        person = store.people[found.id]
        agrees = same_name(row.name, (person.name, *person.aliases))
        if not agrees or (row.country and person.country and row.country != person.country):
            # a reading the line itself contradicts: asked, never taken
            return _ask_who(row, [found.id], resolver, prompter, source)
        exact = resolver.athlete(row.name, roles=ATHLETE_ROLES, strict=True)
        how = "found" if exact.found and exact.id == found.id else "typo forgiven"
        return NameReading(row, found.id, how)
    if found.found and found.id:  # a guess among several of that name
        candidates: list[str] = [found.id, *_namesakes(store, row.name, found.id)]
    else:
        candidates = list(found.candidates)
    if row.country and candidates:
        same = [c for c in candidates if store.people[c].country == row.country]
        if len(same) == 1 and found.status != "none":
            return NameReading(row, same[0], "by country")
    if candidates:
        return _ask_who(row, candidates, resolver, prompter, source)
    return _propose_new(row, prompter, accept_new, source, store)


def same_name(printed: str, names: tuple[str, ...]) -> bool:
    """Whether a printed name can be one of ``names`` itself, not just resemble it.

    The resolver forgives what fans type ("Miller" finds Mills, "Sam" finds Samuel
    Pihlström); a results line names one man, so its surname must be one of his (one letter
    off at most: "Nordaas" is Nordås) and its first name his or a short form of it ("Tim").
    """
    words = normalise(printed).split()
    for name in names:
        theirs = normalise(name).split()
        # a surname is the last word, or any after the first ("Mario García Romo")
        if not words or not theirs or not any(_close(words[-1], w) for w in theirs[1:] or theirs):
            continue
        if len(words) == 1 or len(theirs) == 1:
            return True
        mine, given = words[0], theirs[0]
        if given.startswith(mine) or mine.startswith(given) or _close(mine, given):
            return True
    return False


def _close(one: str, other: str) -> bool:
    if one == other:
        return True
    return min(len(one), len(other)) >= 5 and Levenshtein.distance(one, other) <= 1


def _namesakes(store: FactStore, name: str, but: str) -> list[str]:
    last = normalise(name).split()[-1:]
    return [
        p.id
        for p in store.people.values()
        if p.id != but and p.role == "athlete" and normalise(p.name).split()[-1:] == last
    ]


def _pinned(row: Row, pinned: str, resolver: Resolver, source: str) -> NameReading | str:
    if pinned == NEW:
        return _new(row, row.country, source)
    if pinned in resolver.store.people:
        return NameReading(row, pinned, "pinned")
    found = resolver.athlete(pinned, roles=ATHLETE_ROLES)
    if found.found and found.note is None and found.id:
        return NameReading(row, found.id, "pinned")
    return f"line {row.line}: --athlete {pinned!r} for {row.name!r} is no one in the store"


def _ask_who(
    row: Row,
    candidates: list[str],
    resolver: Resolver,
    prompter: Prompter,
    source: str,
) -> NameReading | str:
    labels = resolver.names(candidates)
    options = [(c, f"{label} [{c}]") for c, label in zip(candidates, labels, strict=True)]
    options.append((NEW, f"someone new: add {row.name} as a new athlete"))
    printed = f"{row.name} ({row.country or row.country_printed or 'no country'})"
    answer = prompter.choose(f"line {row.line}: who is {printed}?", options)
    if answer == NEW:
        return _new(row, _country(row, prompter), source)
    if answer is not None:
        return NameReading(row, answer, "chosen")
    shown = ", ".join(f"{label} [{c}]" for c, label in zip(candidates, labels, strict=True))
    return (
        f"line {row.line}: {row.name!r} could be {shown}: "
        f"say which with --athlete '{row.name}=ID' (or '{row.name}=new')"
    )


def _propose_new(
    row: Row, prompter: Prompter, accept_new: bool, source: str, store: FactStore
) -> NameReading | str:
    if not accept_new and not prompter.confirm(
        f"line {row.line}: {row.name!r} is not in the store: add a new athlete "
        f"{row.name} ({row.country or row.country_printed or 'country unknown'})?"
    ):
        return (
            f"line {row.line}: {row.name!r} is not in the store: add --new-athletes to add "
            f"them, or --athlete '{row.name}=ID' for someone the store has"
        )
    taken = store.people.get(slug(row.name))
    if taken is not None:
        return f"line {row.line}: the id {taken.id} is taken by {taken.name}"
    return _new(row, row.country or _country(row, prompter), source)


def _country(row: Row, prompter: Prompter) -> str | None:
    if row.country or not prompter.interactive:
        return row.country
    answer = (prompter.ask(f"country code of {row.name} (e.g. NOR; Enter for none)") or "").upper()
    return answer if re.fullmatch(r"[A-Z]{3}", answer) else None


def _new(row: Row, country: str | None, source: str) -> NameReading:
    person: dict[str, Any] = {"id": slug(row.name), "name": row.name, "role": "athlete"}
    if country:
        person["country"] = country
    person["source"] = source
    return NameReading(row, person["id"], "new athlete", person)
