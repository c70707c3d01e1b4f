"""An athlete's profile: who they are, their latest race, best marks and rivals in the store."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from typing import Literal

from bot.answers.common import (
    Answer,
    Model,
    PersonRef,
    SourceRef,
    distinct,
    known_at,
    race_run_by,
    row_known,
    source_ref,
)
from bot.answers.meetings import LatestRace as RaceLine
from bot.answers.meetings import latest_race, meetings_between, tally
from bot.facts.models import NotableFact, Race
from bot.facts.store import FactStore
from bot.features.athlete.claims import best_claim, record_claim
from bot.features.athlete.notable import ranked
from bot.features.athlete.progression import Progression, progression
from bot.phrases import Phrase

MAX_RIVALS = 3


class Notable(Model):
    """A cited line about the athlete, and the store's own figure where it says another."""

    text: str
    source: SourceRef
    # the store's record (wins, losses) against the opponent the line gives a record against
    store_record: tuple[int, int] | None = None
    # the store's best time in the event the line gives a best in
    store_best: str | None = None


class BestMark(Model):
    """The fastest time the store holds for the athlete in one event."""

    event: str
    time: str
    meet: str
    date: dt.date | None
    year: int
    source: SourceRef


class RivalSummary(Model):
    """Head-to-head in brief against a frequent opponent."""

    opponent: PersonRef
    wins: int
    losses: int
    no_result: int


class ProfileAnswer(Answer):
    """The profile of one person of the store."""

    kind: Literal["profile"] = "profile"
    person: PersonRef
    role: str
    aliases: list[str]
    born: dt.date | None
    notable: list[Notable]
    latest: RaceLine | None
    races: int
    best: list[BestMark]
    # season bests in the main events and championship medals, for the chart
    progression: Progression
    rivals: list[RivalSummary]
    quotes: int
    # the page on who they are (country, birth date); None at a clock before it was out
    source: SourceRef | None

    @property
    def sources(self) -> list[SourceRef]:
        """The sources of every fact shown: the person, notable lines, latest race, best marks.

        The head-to-head tallies span many races; /h2h cites each of them.
        """
        cited = [self.source] if self.source else []
        cited += [n.source for n in self.notable]
        cited += [self.latest.source] if self.latest else []
        cited += [b.source for b in self.best]
        return distinct(cited)


def profile(
    store: FactStore,
    person_id: str,
    notes: Sequence[Phrase] = (),
    *,
    now: dt.datetime | None = None,
) -> ProfileAnswer:
    """Build the profile of ``person_id`` from what the store holds about them at ``now``.

    Races not run by ``now`` and facts whose sources were all published after it are left
    out; notable facts come most notable first (global titles and records).
    """
    person = store.people[person_id]
    races = [r for r in store.races_by_athlete.get(person_id, ()) if race_run_by(store, r, now)]
    best, opponents = _bests_and_opponents(store, person_id, races, now)
    rivals = _rivals(store, person_id, opponents, now)
    latest = latest_race(store, person_id, now=now)
    own_page = store.source_known(person.source, now)
    facts = [(n, page) for n in ranked(person.notable) if (page := _known(store, n, now))]
    quotes = [
        q
        for q in store.quotes_by_speaker.get(person_id, ())
        if known_at(store, q.said_on, q.source, now)
    ]
    return ProfileAnswer(
        notes=list(notes),
        person=PersonRef.of(person),
        role=person.role,
        aliases=list(person.aliases),
        born=person.born if own_page else None,
        notable=[
            Notable(
                text=n.text,
                source=source_ref(store, page),
                store_record=record_claim(store, person_id, n.text, now),
                store_best=best_claim(n.text, {e: b.time for e, b in best.items()}),
            )
            for n, page in facts
        ],
        latest=latest,
        races=len(races),
        best=sorted(best.values(), key=lambda b: b.event),
        progression=progression(store, person_id, now=now),
        rivals=rivals,
        quotes=len(quotes),
        source=source_ref(store, person.source) if own_page else None,
        facts_as_of=store.facts_as_of_at(now),
    )


def _bests_and_opponents(
    store: FactStore, person_id: str, races: Sequence[Race], now: dt.datetime | None
) -> tuple[dict[str, BestMark], Counter[str]]:
    """The person's best mark in each event, and how often each opponent raced them."""
    best: dict[str, BestMark] = {}
    best_seconds: dict[str, float] = {}
    opponents: Counter[str] = Counter()
    for race in races:
        row = next(r for r in race.results if r.athlete == person_id)
        if not row_known(store, race, row, now):
            continue
        opponents.update(r.athlete for r in race.results if r.athlete != person_id)
        if row.seconds is None or row.status != "finished":
            continue
        if race.event not in best_seconds or row.seconds < best_seconds[race.event]:
            meet = store.meets[race.meet]
            best_seconds[race.event] = row.seconds
            best[race.event] = BestMark(
                event=race.event,
                time=row.time or "",
                meet=meet.name,
                date=race.date,
                year=meet.year,
                source=source_ref(store, row.source or race.source),
            )
    return best, opponents


def _rivals(
    store: FactStore, person_id: str, opponents: Counter[str], now: dt.datetime | None
) -> list[RivalSummary]:
    """The record against the opponents met most often."""
    rivals = []
    for opponent, _ in opponents.most_common(MAX_RIVALS):
        record = tally(meetings_between(store, person_id, opponent, now=now))
        rivals.append(
            RivalSummary(
                opponent=PersonRef.of(store.people[opponent]),
                wins=record.athlete,
                losses=record.opponent,
                no_result=record.no_result,
            )
        )
    return rivals


# a day ("2024-02-11") or a year ("Paris 2024") a fact's words name
_DATE_IN_TEXT = re.compile(r"(?<![\d:.])((?:19|20)\d\d)(?:-(\d\d)-(\d\d))?(?!\d)")


def fact_day(text: str) -> dt.date | None:
    """The latest day a fact's words name (a bare year counts from its first day)."""
    days = [dt.date(int(y), int(m or 1), int(d or 1)) for y, m, d in _DATE_IN_TEXT.findall(text)]
    return max(days, default=None)


def _known(store: FactStore, fact: NotableFact, now: dt.datetime | None) -> str | None:
    """The page ``fact`` is cited to at ``now``, or None when it was not known then.

    Not before the latest day its words name, nor before a page stating it was out: its own
    source when that was out, else the first page of ``also`` that was (a fact is never cited
    to a page published after the clock).
    """
    if now is None:
        return fact.source
    day = fact_day(fact.text)
    if day is not None and day > now.astimezone(dt.UTC).date():
        return None
    return next((s for s in (fact.source, *fact.also) if store.source_known(s, now)), None)
