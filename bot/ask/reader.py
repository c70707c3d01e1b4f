"""Read a plain-words question as one of the commands with its options, best reading first.

No language model: the wording gives each command a score (:mod:`bot.ask.cues`), the names
found by the Resolver (:mod:`bot.ask.slots`) fill the options, and a reading that lacks what
its command needs (/h2h without two athletes) is not offered. Below ``CONFIDENT`` the reader
says it is not sure instead of guessing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bot.ask.cues import Intent, Outside, cue_scores, outside
from bot.ask.labels import label
from bot.ask.replies import Reading
from bot.ask.slots import Slots, Span, find_slots, topic_words
from bot.ask.words import DOMAIN_WORDS, FUNCTION_WORDS, Question, split_question
from bot.facts.models import Meet
from bot.normalise import normalise
from bot.resolve import Resolver
from bot.resolve.index import MEET_FILLER

CONFIDENT = 2.5  # a reading below this is offered only as an alternative
ALTERNATIVE = 1.0  # below this a reading is not offered at all
MAX_QUESTION = 300
_HAS_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_RIVALRY = re.compile(r"\b(them|they|rivalry|rivals|the two|those two|big two|beef|saga|feud)\b")
# a meet after these words bounds a time ("before tokyo"); it is not the race asked about
_BOUNDS = frozenset({"before", "since", "after", "until", "till", "prior"})
_OLDEST = re.compile(
    r"\b(oldest|earliest|first to last|from the (start|beginning)|chronolog|how did .* start|"
    r"started|began|origins?)"
)


@dataclass
class Read:
    """The outcome of reading one question."""

    question: str
    readings: list[Reading] = field(default_factory=list)
    outside: Outside | None = None
    understood: list[str] = field(default_factory=list)  # names recognised, for "not sure"
    understood_ids: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)  # words nothing explained

    @property
    def best(self) -> Reading | None:
        """The reading to act on, when one is good enough."""
        if self.readings and self.readings[0].score >= CONFIDENT:
            return self.readings[0]
        return None


@dataclass
class _Parts:
    """What the builders of readings share for one question."""

    question: Question
    slots: Slots
    resolver: Resolver
    today: dt.date
    athletes: list[tuple[int, str]]  # (word index, id or typed text), in the order named
    racers: list[tuple[int, str]]  # the same, a name shared with a non-athlete read as the athlete
    topic: tuple[int, int] | None


def read(text: str, resolver: Resolver, today: dt.date) -> Read:
    """Every reading of ``text`` worth offering, best first."""
    question = split_question(text[:MAX_QUESTION])
    slots = find_slots(question, resolver, today)
    names = {
        i
        for span in (*slots.athletes, *slots.meets, *slots.ambiguous)
        for i in range(span.start, span.end)
    }
    result = Read(question=text)
    spans = [(s.start, s.end) for s in (*slots.athletes, *slots.meets, *slots.ambiguous)]
    result.outside = outside(question, spans)
    athletes = _athletes(slots, resolver)
    parts = _Parts(
        question,
        slots,
        resolver,
        today,
        athletes,
        _racers(athletes, slots, resolver),
        topic_words(question, slots),
    )
    result.understood = _understood(parts)
    result.understood_ids = [v for _, v in parts.athletes]
    result.understood_ids += [s.id for s in slots.meets if s.id]
    explained: set[int] = set()
    scores = cue_scores(question, spans, explained)
    topic_range = range(*parts.topic) if parts.topic else range(0)
    result.unplaced = [
        w
        for i, w in enumerate(question.words)
        if w in slots.unplaced and i not in topic_range and i not in names and i not in explained
    ]
    readings = []
    for intent, build in _BUILDERS.items():
        reading = build(parts, scores)
        if reading is not None:
            fit = reading.score + scores[intent] - min(2.0, 1.0 * len(result.unplaced))
            if "meet" in reading.options and _meet_blurred(parts, result.unplaced):
                fit -= 1.5
            readings.append(reading.model_copy(update={"score": round(fit, 2)}))
    readings.sort(key=lambda r: -r.score)
    result.readings = [r for r in readings if r.score >= ALTERNATIVE]
    return result


# ---------------------------------------------------------------- names in context
def _athletes(slots: Slots, resolver: Resolver) -> list[tuple[int, str]]:
    """Athletes in order; an ambiguous name settled by the other athletes named with it."""
    found = [(s.start, s.id) for s in slots.athletes if s.id]
    named = {pid for _, pid in found}
    out = list(found)
    for span in slots.ambiguous:
        if span.kind != "athlete":
            continue
        out.append((span.start, _in_context(span, named, resolver) or span.text))
    out.sort()
    seen: set[str] = set()
    unique = []
    for start, value in out:
        if value not in seen:
            seen.add(value)
            unique.append((start, value))
    return unique


def _racers(
    athletes: list[tuple[int, str]], slots: Slots, resolver: Resolver
) -> list[tuple[int, str]]:
    """Athletes for a command about races: "wightman" is Jake (who races), not Geoff."""
    by_start = {s.start: s for s in slots.ambiguous}
    out = []
    for start, value in athletes:
        span = by_start.get(start)
        if span is not None and span.text == value:
            people = resolver.store.people
            racing = [c for c in span.resolution.candidates if people[c].role == "athlete"]
            value = racing[0] if len(racing) == 1 else value
        out.append((start, value))
    return out


def _in_context(span: Span, named: set[str], resolver: Resolver) -> str | None:
    """The candidate who has raced the athletes named beside it by far the most often.

    "josh vs jakob": three Joshes are in the store, one has met Jakob 15 times.
    """
    races = resolver.store.races_by_athlete
    met = sorted(
        (
            (sum(any(r.athlete in named for r in race.results) for race in races.get(c, ())), c)
            for c in span.resolution.candidates
        ),
        reverse=True,
    )
    if len(met) > 1 and met[0][0] > 0 and met[0][0] >= 2 * met[1][0]:
        return met[0][1]
    return None


def _understood(parts: _Parts) -> list[str]:
    labels = []
    for _, value in parts.athletes:
        person = parts.resolver.store.people.get(value)
        labels.append(person.name if person else f"“{value}” (more than one athlete)")
    for span in parts.slots.meets:
        meet = parts.resolver.store.meets.get(span.id or "")
        if meet:
            labels.append(meet.name)
    return labels


def _meet_blurred(parts: _Parts, unplaced: list[str]) -> bool:
    """Whether a word nothing explains touches the meet named ("gst philly": not Kingston)."""
    if not parts.slots.meets or not unplaced:
        return False
    span, words = parts.slots.meets[0], parts.question.words
    near = [i for i in (span.start - 1, span.end) if 0 <= i < len(words)]
    return any(words[i] in unplaced for i in near)


def _race_meets(parts: _Parts) -> bool:
    """Whether a meet is named as the race asked about (not as "before tokyo")."""
    words = parts.question.words
    return any(s.start == 0 or words[s.start - 1] not in _BOUNDS for s in parts.slots.meets)


# ---------------------------------------------------------------- meets fitting the command
def _start(meet: Meet) -> dt.date:
    return meet.start_date or dt.date(meet.year, 12, 31)


def _same_meet_in(parts: _Parts, span: Span, named: Meet, meet: Meet) -> bool:
    """Whether the words that named ``named`` name ``meet`` too, in another year.

    ("paris" is in "Paris Olympics 2024"; "worlds" + 2027 resolves to Beijing 2027.) Only a
    meet of the same series or city is asked of the resolver: the others cannot match.
    """
    # "final", "race", "champs" ride along with a meet's name without naming it
    named_words = [w for w in normalise(span.text).split() if w not in MEET_FILLER]
    words = set(named_words)
    labels = " ".join((meet.name, meet.city, meet.series or "", *meet.aliases))
    if words and words <= set(normalise(labels).split()):
        return True
    if meet.series != named.series and meet.city != named.city:
        return False
    text = " ".join(named_words) or span.text
    again = parts.resolver.meet(f"{text} {meet.year}", today=parts.today, strict=True)
    return again.found and again.id == meet.id


def _meet_for(parts: _Parts, command: Intent) -> str | None:
    """The meet named, as the command wants it: the next one, or one with results.

    A bare series or city ("worlds", "budapest") resolves to the most recent meet; asked
    "when is the next worlds" it means the next one, and asked "who won in paris" it means the
    latest one there with results in the store.
    """
    if not parts.slots.meets:
        return None
    span = parts.slots.meets[0]
    store = parts.resolver.store
    meet = store.meets[span.id or ""]
    if _HAS_YEAR.search(normalise(span.text)):
        return meet.id
    if command == "next-race" and _start(meet) < parts.today:
        for later in store.meets_by_date:
            if _start(later) >= parts.today and _same_meet_in(parts, span, meet, later):
                return later.id
    if command == "results" and not store.races_by_meet.get(meet.id):
        for earlier in reversed(store.meets_by_date):
            if (
                store.races_by_meet.get(earlier.id)
                and _start(earlier) <= parts.today
                and _same_meet_in(parts, span, meet, earlier)
            ):
                return earlier.id
    return meet.id


def _reading(parts: _Parts, command: str, options: dict[str, str], score: float) -> Reading:
    return Reading(
        command=command,
        options=options,
        label=label(parts.resolver.store, command, options),
        score=score,
    )


# ---------------------------------------------------------------- one builder per command
def _pair(parts: _Parts) -> list[str]:
    """The athletes named; "them", "the rivalry", "the beef" alone mean the featured rivalry."""
    ids = [v for _, v in parts.racers]
    if len(ids) >= 2:
        return ids
    featured = [p.id for p in parts.resolver.store.featured()]
    rivalry = _RIVALRY.search(parts.question.joined)
    if len(featured) == 2 and rivalry and all(i in featured for i in ids):
        return [*ids, *(f for f in featured if f not in ids)]
    return ids


def _h2h(parts: _Parts, scores: dict[Intent, float]) -> Reading | None:
    ids = _pair(parts)
    if not ids and scores["h2h"] >= 2:  # "who's better at the mile": the bot's rivalry
        ids = [p.id for p in parts.resolver.store.featured()][:2]
    if len(ids) < 2:
        return None
    options = {"athlete": ids[0], "opponent": ids[1]}
    if parts.slots.event:
        options["event"] = parts.slots.event
    if parts.slots.round == "final":
        options["rounds"] = "finals"
    # with a meet named, "did X beat Y in Budapest" asks for that race: /results fits better
    penalty = 1.5 if _race_meets(parts) and scores["h2h"] < 3 else 0.0
    if len(parts.slots.years) == 1 and not parts.slots.meets:  # "jakob vs kerr 2019"
        options["year"] = str(parts.slots.years[0])
    prior = 1.5 if max(scores.values()) < 2 and not parts.slots.meets else 0.0
    return _reading(parts, "h2h", options, 1.0 + prior - penalty)


def _quote(parts: _Parts, scores: dict[Intent, float]) -> Reading | None:
    del scores
    topic = parts.topic
    speakers = [(i, v) for i, v in parts.athletes if not topic or not topic[0] <= i < topic[1]]
    if not speakers:
        return None
    options = {"athlete": speakers[0][1]}
    if topic:
        start, end = topic
        inside = [v for i, v in parts.athletes if start <= i < end]
        spans = [s for s in parts.slots.athletes if s.start == start and s.end == end]
        if spans and spans[0].id:
            options["topic"] = spans[0].id
        elif len(inside) == 1 and all(
            w in FUNCTION_WORDS or w in DOMAIN_WORDS
            for i, w in enumerate(parts.question.words[start:end], start)
            if not any(s.start <= i < s.end for s in parts.slots.athletes)
        ):
            options["topic"] = inside[0]
        else:
            options["topic"] = " ".join(parts.question.words[start:end])
    elif len(speakers) > 1:
        options["topic"] = speakers[1][1]
    return _reading(parts, "quote", options, 1.0)


def _next_race(parts: _Parts, scores: dict[Intent, float]) -> Reading | None:
    options: dict[str, str] = {}
    if parts.racers:
        options["athlete"] = parts.racers[0][1]
    meet = _meet_for(parts, "next-race")
    if meet:
        options["meet"] = meet
    store = parts.resolver.store
    # a meet not over and without results is a question about when it is, not who won
    unraced = (
        meet is not None
        and not store.races_by_meet.get(meet)
        and (store.meets[meet].end_date or _start(store.meets[meet])) >= parts.today
    )
    prior = 2.0 if unraced and max(scores.values()) < 2 else 0.0
    return _reading(parts, "next-race", options, 0.5 + prior)


def _results(parts: _Parts, scores: dict[Intent, float]) -> Reading | None:
    if not _race_meets(parts):
        return None
    meet = _meet_for(parts, "results")
    if meet is None:
        return None
    options = {"meet": meet}
    if parts.slots.event:
        options["event"] = parts.slots.event
    if parts.slots.round:
        options["round"] = parts.slots.round
    store = parts.resolver.store
    # a meet that has results, or is over, is asked about for its results
    held = bool(store.races_by_meet.get(meet)) or (
        (store.meets[meet].end_date or _start(store.meets[meet])) < parts.today
    )
    prior = 1.5 if held and max(scores.values()) < 2 else 0.0
    prior += 1.0 if parts.slots.round or parts.slots.event else 0.0
    return _reading(parts, "results", options, (1.0 if held else 0.0) + prior)


def _profile(parts: _Parts, scores: dict[Intent, float]) -> Reading | None:
    if not parts.athletes:
        return None
    alone = len(parts.athletes) == 1 and not parts.slots.meets
    prior = 2.0 if alone and max(scores.values()) < 2 else 0.0
    return _reading(
        parts, "athlete", {"name": parts.athletes[0][1]}, (1.0 if alone else 0.0) + prior
    )


def _timeline(parts: _Parts, scores: dict[Intent, float]) -> Reading | None:
    del scores
    options: dict[str, str] = {}
    for key, value in zip(("athlete", "opponent"), _pair(parts), strict=False):
        options[key] = value
    if len(parts.slots.years) == 1:  # "2019-2021" is no one year
        options["year"] = str(parts.slots.years[0])
    if _OLDEST.search(parts.question.joined):
        options["order"] = "oldest"
    bonus = 2.0 if len(parts.slots.years) == 1 and not parts.slots.meets else 0.0
    # /timeline takes no meet: "what happened in the tokyo heats" asks for that race
    bonus -= 1.5 if _race_meets(parts) else 0.0
    return _reading(parts, "timeline", options, 0.5 + bonus)


def _about(parts: _Parts, scores: dict[Intent, float]) -> Reading | None:
    del scores
    empty = not (parts.athletes or parts.slots.meets or parts.slots.years)
    return _reading(parts, "about", {}, 0.5 if empty else -1.0)


_BUILDERS = {
    "h2h": _h2h,
    "quote": _quote,
    "next-race": _next_race,
    "results": _results,
    "athlete": _profile,
    "timeline": _timeline,
    "about": _about,
}
