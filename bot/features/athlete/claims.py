"""Notable facts that state a figure the store computes too: a head-to-head, a personal best.

A source's "11–0 as of June 2021" and the store's 6–12 over every race it holds are both
true at their dates; shown side by side without a word they read as a contradiction. These
rules find such a fact's figure and the store's own, so the profile can say the fact is its
source's claim at its date, and what the store counts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from bot.answers.meetings import meetings_between, tally
from bot.facts.store import FactStore
from bot.normalise import normalise

# "head-to-head vs Jakob Ingebrigtsen 11–0", "head to head against Kerr: 3-2"
_H2H = re.compile(
    r"head[- ]to[- ]head (?:vs\.?|v\.?|against|with) (?P<name>[^,;:(]+?):? "
    r"(?P<won>\d+)\s*[–—-]\s*(?P<lost>\d+)\b",
    re.I,
)
# "1500m PB 3:28.41", "5000m personal best 12:48.45", "mile PB before May 2024: 3:53.88"
_BEST = re.compile(
    r"^(?P<event>\d+m(?: steeplechase)?|mile|two miles?)(?P<indoor> \(indoor\)| indoors?)?"
    r"[^,;]*?\b(?:PB|personal best|best)\b[^,;]{0,30}?"
    r"(?P<time>\d{1,2}:\d\d\.\d\d|\d\d\.\d\d)(?! indoors)",
    re.I,
)


def record_claim(
    store: FactStore, person_id: str, text: str, now: dt.datetime | None
) -> tuple[int, int] | None:
    """The store's own record against the opponent a fact gives a record against, if it differs.

    None when the fact states no head-to-head, names nobody of the store, or agrees.
    """
    found = _H2H.search(text)
    if found is None:
        return None
    opponent = _person_named(store, found["name"])
    if opponent is None or opponent == person_id:
        return None
    record = tally(meetings_between(store, person_id, opponent, now=now))
    computed = (record.athlete, record.opponent)
    return None if computed == (int(found["won"]), int(found["lost"])) else computed


def best_claim(text: str, bests: Mapping[str, str]) -> str | None:
    """The store's best in the event a fact gives a best in, when it is another time."""
    found = _BEST.search(text)
    if found is None:
        return None
    event = found["event"].lower().replace("two mile", "two miles").replace("miless", "miles")
    if found["indoor"]:
        event += " (indoor)"
    held = bests.get(event)
    return held if held is not None and held != found["time"] else None


def _person_named(store: FactStore, name: str) -> str | None:
    """The one person of the store called ``name`` (full name, or a family name only one has)."""
    wanted = normalise(name)
    full = [p.id for p in store.people.values() if normalise(p.name) == wanted]
    if full:
        return full[0]
    family = [p.id for p in store.people.values() if normalise(p.name.split()[-1]) == wanted]
    return family[0] if len(family) == 1 else None
