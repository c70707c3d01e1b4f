"""Turn names people type ("ingebrigsten", "worlds 23", "the pre classic") into store ids.

Everything that can be worked out once is built at load time: normalised keys, the words of
every name, the years each meet answers to. Per query there are dict lookups, set
intersections and, only when those find nothing, one rapidfuzz pass over keys or words.

What the words mean, not only how they are spelt:

- a year typed is a constraint, never a hint: "paris 2024" is not a Paris meet of 2026;
- a series or a recurring meeting is named by the aliases in ``knowledge/series.yaml``;
- a bare series or city means, per command, the next meet (``purpose="next"``), the latest
  with results (``"results"``) or all of them (:meth:`Resolver.meet_ids`);
- in a head-to-head the other athlete disambiguates ("josh" next to Ingebrigtsen);
- officials, coaches and journalists are found only where ``roles`` lets them in (/quote);
- a relative is found by what the store states ("jake's dad": bot/resolve/family.py), a name
  spelt by ear by how it sounds, only when spelling finds no one (bot/resolve/sounds.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.facts.store import FactStore, collector_paused
from bot.normalise import normalise
from bot.phrases import Phrase
from bot.resolve.athletes import AthleteNames
from bot.resolve.index import (
    ATHLETE_ROLES,
    MAX_CANDIDATES,
    MAX_CHOICES,
    MAX_QUERY,
    RESOLVE_CUTOFF,
    Choice,
    Purpose,
    Resolution,
)
from bot.resolve.lexicon import build_lexicon
from bot.resolve.meets import MeetNames

__all__ = [
    "ATHLETE_ROLES",
    "MAX_CANDIDATES",
    "MAX_CHOICES",
    "MAX_QUERY",
    "RESOLVE_CUTOFF",
    "Choice",
    "Purpose",
    "Resolution",
    "Resolver",
    "normalise",
]


class Resolver(AthleteNames, MeetNames):
    """Name resolution and autocomplete over one fact store."""

    def __init__(self, store: FactStore) -> None:
        self.store = store
        with collector_paused():
            self.lexicon = build_lexicon(store)  # read by both halves: one vocabulary
            self._init_athletes()
            self._init_meets()
        # a description's meet words ("the one who won in paris") read as meet options are
        self._meets_named = lambda text: self.meet_ids(text, strict=True)

    def speaker(self, text: str) -> Resolution:
        """Who said something (/quote): anyone, and of several a name may mean, the one quoted.

        ("cheriyot": Timothy Cheruiyot, the Cheruiyot the store quotes; of two quoted, such as
        Jake and Geoff Wightman, the question stands.)
        """
        got = self.athlete(text, roles=None)
        if got.status != "ambiguous":
            return got
        quotes = self.store.quotes_by_speaker
        quoted = [c for c in got.candidates if quotes.get(c)]
        if len(quoted) != 1:
            return got
        others = self.names_of(c for c in got.candidates if c != quoted[0])
        name = self.store.people[quoted[0]].name
        values = {"raw": got.query, "name": name, "names": ", ".join(others)}
        note = Phrase(key="note.took", values=values)
        return Resolution("found", got.query, quoted[0], note=note)

    def names_of(self, ids: Iterable[str]) -> list[str]:
        """People's names (no country), for a note."""
        return [self.store.people[i].name for i in ids]

    def names(self, ids: Iterable[str]) -> list[str]:
        """Display names of athlete or meet ids, for "Did you mean …?"."""
        out = []
        for record_id in ids:
            label = self.athletes.labels.get(record_id) or self.meets.labels.get(record_id)
            out.append(label or record_id)
        return out
