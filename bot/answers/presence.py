"""Who the store puts at a meet at an instant: a result, or an entry or plan not withdrawn."""

from __future__ import annotations

import datetime as dt
import re

from bot.answers.common import race_run_by
from bot.facts.meet_clock import known_entries
from bot.facts.models import Meet, Race
from bot.facts.store import FactStore


def has_athlete(
    store: FactStore, meet: Meet, athlete: str, raced: set[str], now: dt.datetime
) -> bool:
    """Whether the store puts ``athlete`` at ``meet`` at ``now``.

    A result there counts (``raced`` holds the meets of his results), or a confirmed entry or
    plan known at ``now`` that no later withdrawal cancels.
    """
    if meet.id in raced:
        return True
    his = [e for e in known_entries(store, meet, now) if e.athlete == athlete]
    return bool(his) and his[-1].kind != "withdrawal"


# a row's note that says the athlete went out of the event there
_ELIMINATED = re.compile(r"\beliminated\b", re.IGNORECASE)


def _ran(race: Race, athlete: str | None) -> bool:
    return any(row.athlete == athlete for row in race.results)


def out_events(store: FactStore, meet: Meet, athlete: str, now: dt.datetime) -> set[str]:
    """The events of ``meet`` that ``athlete`` was out of at ``now``.

    Out of an event: eliminated in, or did not finish, start or keep his place in a round
    already run; a countdown must not point to a later round of it.
    """
    out: set[str] = set()
    for race in store.races_by_meet.get(meet.id, ()):
        if not race_run_by(store, race, now):
            continue
        for row in race.results:
            if row.athlete == athlete and (
                row.status != "finished" or (row.note and _ELIMINATED.search(row.note))
            ):
                out.add(race.event)
    return out


def at_meet(store: FactStore, meet: Meet, athlete: str, now: dt.datetime) -> bool:
    """Whether the store puts ``athlete`` at ``meet`` at ``now`` (see :func:`has_athlete`)."""
    return has_athlete(store, meet, athlete, raced_by(store, athlete, now), now)


def done_there(store: FactStore, meet: Meet, athlete: str, out: set[str], now: dt.datetime) -> bool:
    """Whether every event ``athlete`` ran at ``meet`` is over for him at ``now``.

    Out of it, or its final run: a meet still on (its end not known) is no next race for him.
    """
    ran = {r.event for r in store.races_by_meet[meet.id] if _ran(r, athlete)}
    finals = {
        r.event
        for r in store.races_by_meet[meet.id]
        if r.round == "final" and _ran(r, athlete) and race_run_by(store, r, now)
    }
    return bool(ran) and ran <= out | finals


def raced_by(store: FactStore, athlete: str, now: dt.datetime) -> set[str]:
    """The meets of the athlete's races run by ``now`` (a later result is hindsight)."""
    return {r.meet for r in store.races_by_athlete.get(athlete, ()) if race_run_by(store, r, now)}
