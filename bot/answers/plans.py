"""An athlete's plans for meets not dated at the clock, and what the timeline says after them.

"I will probably start at the Bislett Games in June": on 25 Mar 2026 the store had Oslo's date
only from a calendar page dated "March 2026", known from the month's last day (a page dated only
to a month counts from its end). The Bislett plan is then for an undated meet of the same year
as the dated meet answered (Birmingham, August): the store cannot say it comes later, so both
are shown, the plan labelled as a plan; an injury or surgery the timeline reports after it is
cited beside it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from bot.answers.common import Model, SourceRef, source_ref
from bot.facts.meet_clock import known_entries, meet_page
from bot.facts.models import Meet
from bot.facts.store import FactStore

if TYPE_CHECKING:
    from bot.answers.next_race import MeetState


class Setback(Model):
    """A timeline moment after a plan that bears on it: an injury, surgery, a withdrawal."""

    title: str
    date: str
    source: SourceRef


# a timeline moment that bears on a plan to race: hurt, operated on, out
_SETBACK = re.compile(
    r"\b(injur\w*|surgery|operat\w*|achilles|fracture\w*|torn|tear|withdr\w*|ruled out|"
    r"skade\w*|operasjon\w*)\b",
    re.IGNORECASE,
)


def undated_plans(
    store: FactStore,
    status_of: Callable[[Meet], MeetState],
    now: dt.datetime,
    candidates: Sequence[Meet],
    horizon: dt.date,
    athlete: str,
    shown: MeetState,
) -> list[MeetState]:
    """Meets not dated at ``now`` that ``athlete`` has a plan or entry for, up to ``shown``'s year.

    Each with only his entries (the plan labelled as what its source says); ``status_of`` is
    the meet's state at ``now``.
    """
    year = shown.start_date.year if shown.start_date else shown.year
    out: list[MeetState] = []
    for meet in candidates:
        if meet.id == shown.id or meet.year > year or meet.year < horizon.year:
            continue
        if meet_page(store, meet, now) is None:
            continue
        his = [e for e in known_entries(store, meet, now) if e.athlete == athlete]
        if not his or his[-1].kind == "withdrawal":
            continue
        status = status_of(meet)
        if status.state != "undated":
            continue
        entries = [e for e in status.entries if e.athlete.id == athlete]
        out.append(status.model_copy(update={"entries": entries}))
    return out


def setbacks(
    store: FactStore, athlete: str, plans: Sequence[MeetState], now: dt.datetime
) -> list[Setback]:
    """Timeline moments of ``athlete`` after the first plan shown, known at ``now``: injuries."""
    reported = [e.reported for p in plans for e in p.entries if e.reported]
    if not reported:
        return []
    after = min(reported)
    return [
        Setback(title=t.title, date=t.date, source=source_ref(store, t.source))
        for t in store.timeline
        if athlete in t.athletes
        and t.date > after
        and store.source_known(t.source, now)
        and _SETBACK.search(f"{t.title} {t.summary}")
    ]
