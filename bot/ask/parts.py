"""What every command's /ask builder reads of one question, and the helpers they share.

Each feature's builder (``bot/features/<name>/reading.py``) turns :class:`Parts` and the cue
scores into a :class:`~bot.ask.replies.Reading` of its command, or None when the question
lacks what the command needs.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from bot.ask.asking import asking_clauses
from bot.ask.replies import Label, Reading
from bot.ask.runs import round_last
from bot.ask.slots import Slots, Span
from bot.ask.words import Question
from bot.facts.meet_clock import meet_over
from bot.facts.models import Meet
from bot.facts.store import FactStore
from bot.normalise import normalise
from bot.registry import FEATURES
from bot.resolve import Purpose, Resolver
from bot.resolve.index import MEET_FILLER

Scores = Mapping[str, float]  # command name -> how strongly the wording points to it

_HAS_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_RIVALRY = re.compile(r"\b(them|they|rivalry|rivals|the two|those two|big two|beef|saga|feud)\b")
# a meet after these words bounds a time ("before tokyo"); it is not the race asked about
# "from budapest onwards", "fra budapest og utover": the meet says when from
_ONWARDS = frozenset({"onwards", "onward", "utover", "forward"})
_BOUNDS = frozenset(
    {
        "before",
        "since",
        "after",
        "until",
        "till",
        "prior",
        "etter",
        "done",
        "siden",
        "than",
        "except",
        "før",  # "påmeldt noe før EM": before
        "off",  # "fresh off torun", "coming off the euros"
    }
)
# words that may stand between a bound and its meet without ending the bound: "off the torun
# win", "after his toruń gold", "since kerr's paris win", "now that he won torun"
_COUNTDOWN = frozenset({"days", "weeks", "months", "sleeps", "long", "dager", "uker", "lenge"})
_BOUND_FILLER = frozenset(
    {
        "the", "his", "her", "their", "its", "a", "an", "that", "this", "he", "she", "they",
        "he's", "she's", "they've", "he'd", "won", "winning", "took", "claimed", "ran",
        "hans", "hennes", "sin", "sitt", "den", "det", "han", "vant",
    }
)  # fmt: skip
BOUND_REACH = 4  # filler words looked past, at most
# "now that …", "nå som …": the clause says when from
_NOW_THAT = frozenset({("now", "that"), ("nå", "som"), ("now", "he's"), ("now", "she's")})
# a meet's year said by its meet: "jakob vs hocker paris year", "the budapest season"
_MEET_YEAR = frozenset({"year", "season", "året", "sesongen"})
# the first of a series' meets in a year: "#DiamondLeague 2026 when's the first one", "the
# opening diamond league of 2025", "første DL-stevnet i 2026"
# (a place is no order of meets: "who came first", "the first time kerr won")
_FIRST = frozenset({"first", "1st", "opening", "opener", "første", "fyrste"})
_PLACED = frozenset({"came", "finished", "was", "placed", "got", "ended", "kom", "ble", "endte"})
_NOT_OF_MEETS = frozenset({"time", "times", "gang", "place", "plass", "lap", "runde"})


@dataclass
class Parts:
    """What the builders of readings share for one question."""

    question: Question
    slots: Slots
    resolver: Resolver
    today: dt.date
    athletes: list[tuple[int, str]]  # (word index, id or typed text), in the order named
    racers: list[tuple[int, str]]  # the same, a name shared with a non-athlete read as the athlete
    topic: tuple[int, int] | None
    free: list[str] = field(default_factory=list)  # words no name, cue or topic explains

    def reading(self, command: str, options: dict[str, str], score: float) -> Reading:
        """A reading of ``command``, labelled the way that command shows its readings."""
        understanding = FEATURES[command].reading
        assert understanding is not None  # only commands with a reading build one
        return Reading(
            command=command,
            options=options,
            label=Label(command=command, bits=understanding.label(self.resolver.store, options)),
            score=score,
        )

    def race_meets(self) -> bool:
        """Whether a meet is named as the race asked about (not as "before tokyo")."""
        words = self.question.words
        return any(
            not self._bounded(s)
            and (s.end >= len(words) or words[s.end] not in _ONWARDS)
            and (s.end + 1 >= len(words) or words[s.end + 1] not in _ONWARDS)
            for s in self.slots.meets
        )

    def _bounded(self, span: Span) -> bool:
        """Whether a bound stands before the meet, past a few fillers and names.

        "fresh off the torun win", "since kerr's paris gold", "now that he won torun": the
        meet says when from, as "before tokyo" does.
        """
        words = self.question.words
        named = {
            i for s in (*self.slots.athletes, *self.slots.ambiguous) for i in range(s.start, s.end)
        }
        for index in range(span.start, span.end):  # a loose match may take "off the" in
            if words[index] in _BOUNDS:
                return True
            if words[index] not in _BOUND_FILLER:
                break
        index = span.start - 1
        for _ in range(BOUND_REACH):
            if index < 0 or (words[index] not in _BOUND_FILLER and index not in named):
                break
            index -= 1
        if index < 0:
            return False
        after = words[index + 1] if index + 1 < len(words) else ""
        # ("days until the ultimate champs": a countdown to it, the meet asked about)
        counted = index > 0 and words[index - 1] in _COUNTDOWN
        return (words[index] in _BOUNDS and not counted) or (words[index], after) in _NOW_THAT

    def year(self) -> int | None:
        """The one year the question names, or its meet's ("the paris year").

        Years typed, spoken ("twenty twenty one") or said relative to today ("i fjor") are
        read into the slots (bot.ask.years); two years named ("2019-2021") are no one year.
        """
        if self.slots.years:
            return self.slots.years[0] if len(self.slots.years) == 1 else None
        words = self.question.words
        for span in self.slots.meets:  # "the paris year", "budapest season": that meet's
            if span.id and span.end < len(words) and words[span.end] in _MEET_YEAR:
                return self.resolver.store.meets[span.id].year
        return None

    def pair(self) -> list[str]:
        """The athletes named; "them", "the rivalry", "the beef" alone mean the featured ones."""
        ids = [v for _, v in self.racers]
        if len(ids) >= 2:
            return ids
        featured = [p.id for p in self.resolver.store.featured()]
        if len(featured) == 2 and self._rivalry_said() and all(i in featured for i in ids):
            return [*ids, *(f for f in featured if f not in ids)]
        return ids

    def _rivalry_said(self) -> bool:
        """Whether a clause that asks says "them", "the rivalry", "the beef".

        "… on record? I have 3:45 in my notes but they're a mess": the notes are no rivalry.
        """
        question = self.question
        asking = asking_clauses(question)
        joined = question.joined
        return any(
            not asking or question.clause_of(joined.count(" ", 0, match.start())) in asking
            for match in _RIVALRY.finditer(joined)
        )

    def meet_for(self, command: str) -> str | None:
        """The meet named, as the command wants it: the next one, or one with results.

        A bare series or city ("worlds", "budapest") resolves to the most recent meet; asked
        "when is the next worlds" it means the next one, and asked "who won in paris" it means
        the latest one there with results in the store.
        """
        first = self._first_of_year()
        if first is not None:
            return first
        if not self.slots.meets:
            return self._settled(command)
        # of two meets named, the one with a year ("diamond league final in brussel 2024")
        dated = [s for s in self.slots.meets if _HAS_YEAR.search(normalise(s.text))]
        span = (dated or self.slots.meets)[0]
        store = self.resolver.store
        joined = None if dated else self._joined(command)
        if joined is not None:
            return joined
        meet = store.meets[span.id or ""]
        if _HAS_YEAR.search(normalise(span.text)):
            return meet.id
        edition = self._edition_of_year(span)
        if edition is not None:  # "worlds 1500 final 2023": event words between meet and year
            return edition
        if command == "next-race" and meet_over(store, meet, self.today):
            # the next edition is the first not over: one in progress is the current one, as
            # the meet option reads it ("when are the worlds" on Budapest's second day)
            later = self._edition(span, meet, "next")
            if later is not None:
                return later
        if command == "results" and not store.races_by_meet.get(meet.id):
            return self._edition(span, meet, "results")
        return meet.id

    def raced_at(self, span: Span) -> str:
        """The meet a span names as a place raced at.

        Itself when dated or with results, else the latest meet like it with results by today
        ("did kerr beat jakob in budapest" is the 2023 worlds, not a later Budapest meet with
        no race in the store).
        """
        store = self.resolver.store
        meet = store.meets[span.id or ""]
        if _HAS_YEAR.search(normalise(span.text)) or store.races_by_meet.get(meet.id):
            return meet.id
        return self._edition(span, meet, "results") or meet.id

    def _edition(self, span: Span, meet: Meet, purpose: Purpose) -> str | None:
        """The next meet like ``meet`` (``purpose`` "next"), or the latest with results.

        Each is a scan of every meet; fans name the same few meets question after question
        (and the reader reads a question's clauses again), so the answer is kept per resolver
        by the words, the meet and the day.
        """
        known = _EDITIONS.get(self.resolver)
        if known is None:
            known = _EDITIONS[self.resolver] = {}
        key = (span.text, meet.id, purpose, self.today)
        if key not in known:
            if len(known) >= EDITIONS:
                known.clear()
            known[key] = (
                self._next_of(span, meet) if purpose == "next" else self._with_results(span, meet)
            )
        return known[key]

    def _next_of(self, span: Span, meet: Meet) -> str | None:
        """The first meet like ``meet`` after it not over today, if any ("the next worlds")."""
        store = self.resolver.store
        typed = self._named_words(span)
        for later in store.meets_by_date:
            if (
                start(later) > start(meet)
                and not meet_over(store, later, self.today)
                and self._same_meet_in(span, typed, meet, later)
            ):
                return later.id
        return None

    def _with_results(self, span: Span, meet: Meet) -> str:
        """The latest meet like ``meet`` with results by today ("who won in paris")."""
        store = self.resolver.store
        typed = self._named_words(span)
        for earlier in reversed(store.meets_by_date):
            if (
                store.races_by_meet.get(earlier.id)
                and start(earlier) <= self.today
                and self._same_meet_in(span, typed, meet, earlier)
            ):
                return earlier.id
        return meet.id

    def _joined(self, command: str) -> str | None:
        """The meet two names apart name together ("vm finalen 1500 budapest"), if one."""
        if len(self.slots.meets) < 2:
            return None
        both = " ".join(s.text for s in self.slots.meets)
        purpose: Purpose = "next" if command == "next-race" else "results"
        joined = self.resolver.meet(both, today=self.today, purpose=purpose, strict=True)
        # a round word rides along with either ("VM-finalen i Budapest": worlds, final in
        # budapest): the names without it
        bare = " ".join(w for w in normalise(both).split() if w not in MEET_FILLER)
        if not joined.found and bare and bare != normalise(both):
            joined = self.resolver.meet(bare, today=self.today, purpose=purpose, strict=True)
        return joined.id if joined.found else None

    def _settled(self, command: str) -> str | None:
        """A meet the words left open that the command's own direction settles.

        Two meets of one series, one undated, are a question alone; for /next-race the next of
        them ("when does the diamond league season start"), for /results the latest with results.
        """
        directions: dict[str, Purpose] = {"next-race": "next", "results": "results"}
        purpose = directions.get(command)
        for span in self.slots.ambiguous:
            if span.kind == "meet" and purpose:
                again = self.resolver.meet(
                    span.text, today=self.today, purpose=purpose, strict=True
                )
                if again.found:
                    return again.id
        return None

    def _first_of_year(self) -> str | None:
        """The earliest meet of a series in the one year named, when the first one is asked.

        "#DiamondLeague 2026 when's the first one": of the fifteen 2026 Diamond League meets,
        the first; one meet of its kind that year ("the 2024 olympics") asks nothing of order.
        """
        words = self.question.words
        if _FIRST.isdisjoint(words) or not any(
            w in _FIRST
            and (i == 0 or words[i - 1] not in _PLACED)
            and (i + 1 == len(words) or words[i + 1] not in _NOT_OF_MEETS)
            for i, w in enumerate(words)
        ):
            return None
        spans = [*self.slots.meets, *(s for s in self.slots.ambiguous if s.kind == "meet")]
        if not spans:
            return None
        text = " ".join(w for w in normalise(spans[0].text).split() if w not in _FIRST)
        if not _HAS_YEAR.search(text):
            if len(self.slots.years) != 1:
                return None
            text = f"{text} {self.slots.years[0]}"
        ids = self.resolver.meet_ids(text, strict=True)
        return ids[0] if len(ids) > 1 else None

    def _edition_of_year(self, span: Span) -> str | None:
        """The edition of the meet named in the one year the question names elsewhere, if any."""
        if len(self.slots.years) != 1:
            return None
        text = " ".join(w for w in normalise(span.text).split() if w not in MEET_FILLER)
        again = self.resolver.meet(
            f"{text or span.text} {self.slots.years[0]}", today=self.today, strict=True
        )
        return again.id if again.found else None

    def _named_words(self, span: Span) -> list[str]:
        """The words of a span that name its meet (worked out once for every meet compared)."""
        # "final", "race", "champs" ride along with a meet's name without naming it, unless
        # they are part of the name ("diamond league final" is not any Diamond League meet)
        typed = normalise(span.text)
        reordered = round_last(self.resolver, typed.split())  # "finalen i DL": "dl final"
        typed = normalise(reordered) if reordered else typed
        whole = typed in self.resolver.meets.keys
        return [w for w in typed.split() if whole or w not in MEET_FILLER]

    def _same_meet_in(self, span: Span, named_words: list[str], named: Meet, meet: Meet) -> bool:
        """Whether the words that named ``named`` (``named_words``) name ``meet``, another year.

        ("paris" is in "Paris Olympics 2024"; "worlds" + 2027 resolves to Beijing 2027.) Only
        a meet of the same series or city is asked of the resolver: the others cannot match.
        """
        words = set(named_words)
        if words and words <= _label_words(meet):
            return True
        if meet.series != named.series and meet.city != named.city:
            return False
        text = " ".join(named_words) or span.text
        again = self.resolver.meet(f"{text} {meet.year}", today=self.today, strict=True)
        return again.found and again.id == meet.id


EDITIONS = 1024  # meets' next editions and editions with results kept per resolver
_EDITIONS: weakref.WeakKeyDictionary[Resolver, dict[tuple[str, str, str, dt.date], str | None]] = (
    weakref.WeakKeyDictionary()
)


@lru_cache(maxsize=4096)
def _label_words(meet: Meet) -> frozenset[str]:
    """The words of a meet's name, city, series and aliases (asked of every meet in turn)."""
    labels = " ".join((meet.name, meet.city, meet.series or "", *meet.aliases))
    return frozenset(normalise(labels).split())


def start(meet: Meet) -> dt.date:
    """The day a meet starts, or the last day of its year when the store has no date."""
    return meet.start_date or dt.date(meet.year, 12, 31)


def held_by(store: FactStore, meet: Meet, today: dt.date) -> bool:
    """Whether a meet was over before ``today`` (the one rule: :func:`meet_over`)."""
    return meet_over(store, meet, today)
