"""Find the slots of a question: athletes, meets, years, events, rounds and a quote topic.

Names are read by the same :class:`~bot.resolve.Resolver` the command options use, tried on
every run of up to four words (longest first, left to right), so "ingebrigsten", "worlds 23" or
"the pre classic" mean here exactly what they mean when typed into an option.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import bot.ask.options as option_words
from bot.ask.glue import athlete_of_run
from bot.ask.runs import beside_a_meet, heard_as, name_end, round_last
from bot.ask.topic import RECALLING
from bot.ask.words import (
    DOMAIN_WORDS,
    EVENTS,
    FUNCTION_WORDS,
    INDOOR,
    STORE_STOPWORDS,
    Question,
)
from bot.ask.years import is_year, years_said
from bot.facts.models import Meet
from bot.normalise import normalise
from bot.resolve import Resolution, Resolver
from bot.resolve.describe import PERSON_NOUNS, Description, fold
from bot.resolve.family import RELATION_WORDS

MAX_SPAN = 4
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_YEARS_IN = re.compile(r"\b((?:19|20)\d{2})\b")
# words after which the rest of the sentence is what a quote is about
TOPIC_CUES = frozenset(
    {"about", "abt", "bout", "on", "regarding", "re", "om", "after", "of", "to", "by", "med"}
)
# the cues that say "about" itself: one of them outranks an earlier "on" or "after" ("the DQ
# was harsh, I'm with his agents on this one. what did he say about it")
_ABOUT_CUES = frozenset({"about", "abt", "bout", "regarding", "om"})
# "of" and "to" lead to a topic only after these ("think of", "respond to")
_TOPIC_VERBS = {
    "of": {"think", "thinks", "thought", "make", "made"},
    "to": {"respond", "responded", "react", "reacted", "reply", "replied"},
    # "what did kerr mean by deer on ice", "hva mente kerr med ..." (the verb a name before)
    "by": {"mean", "meant"},
    "med": {"mente", "mener"},
}
VERB_REACH = 3  # words back from a topic word its verb may stand


@dataclass(frozen=True)
class Span:
    """A run of words read as one athlete or meet (or several candidates)."""

    start: int
    end: int
    text: str
    kind: Literal["athlete", "meet"]
    resolution: Resolution

    @property
    def id(self) -> str | None:
        """The record id, when the words name exactly one."""
        return self.resolution.id if self.resolution.found else None


@dataclass
class Slots:
    """Everything the question names, in the order it names it."""

    athletes: list[Span] = field(default_factory=list)
    meets: list[Span] = field(default_factory=list)
    ambiguous: list[Span] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    event: str | None = None
    round: str | None = None
    topic_start: int | None = None  # index of the first word after "about"/"om"/…
    unplaced: list[str] = field(default_factory=list)  # content words nothing explained
    unknown_meets: list[str] = field(default_factory=list)  # "silesia 2024": not in the store
    # a description's meets ("the guy who won in tokyo"): what a quote "after" is about
    described_meets: list[str] = field(default_factory=list)

    def athlete_ids(self) -> list[str]:
        """Distinct athlete ids, in the order named."""
        return list(dict.fromkeys(s.id for s in self.athletes if s.id))


_KIN = frozenset({"til"})  # between a relative's word and a name only


def _is_name_run(words: tuple[str, ...]) -> bool:
    """Whether words may be a name: content words at both ends, connectors only inside.

    A number inside a name is a year ("worlds 23", "budapest 2023"), never a distance.
    """
    if words[0] in FUNCTION_WORDS or words[-1] in FUNCTION_WORDS:
        return False
    if any((w.isdigit() and not is_year(w)) or option_words.is_time(w) for w in words):
        return False
    # "faren til jakob": a relative's word, "til", a name (bot.resolve.family reads it)
    linked = words[0] in RELATION_WORDS
    if any(w in FUNCTION_WORDS and w not in STORE_STOPWORDS | _KIN for w in words) or (
        not linked and not _KIN.isdisjoint(words)
    ):
        return False
    if all(w in DOMAIN_WORDS or w.isdigit() for w in words):
        return False
    # one short word ("ok", "mo" is fine as a key) or a lone number is never fuzzy-matched
    return not (len(words) == 1 and len(words[0]) < 2)


def _year_kept(resolver: Resolver, text: str, meet: Resolution) -> Resolution:
    """A meet whose year is not the year typed is no match ("silesia 2024" is not 2025's).

    The fuzzy match forgives a typo in a name; a year typed is a constraint, not a typo.
    """
    typed = _YEARS_IN.findall(normalise(text))
    if not typed or not meet.found or not meet.id:
        return meet
    record = resolver.store.meets[meet.id]
    if all(int(y) == record.year or y in _named_years(record) for y in typed):
        return meet
    return Resolution("none", meet.query)


@lru_cache(maxsize=4096)
def _named_years(meet: Meet) -> frozenset[str]:
    """The years a meet's name and aliases spell (worked out once per meet)."""
    return frozenset(_YEARS_IN.findall(normalise(" ".join((meet.name, *meet.aliases)))))


def _resolve(resolver: Resolver, text: str, today: dt.date) -> Span | str | None:
    """The span the words name; the words themselves when they name a meet of another year."""
    words = text.split()
    if beside_a_meet(resolver, words):
        return None  # a round or a distance beside a meet's words: read one by one
    athlete = athlete_of_run(resolver, words, text)
    if athlete.found:  # a person named is the run's reading whatever meet it may name too
        return Span(0, 0, text, "athlete", athlete)
    found = _meet_of(resolver, words, text, today)
    meet = _year_kept(resolver, text, found)
    other_year = found.candidates if found.status == "none" else found.found and not meet.found
    if other_year and not athlete.found:
        # a meet of another year ("monaco 2023"): the resolver refuses the year; a race word in
        # it is the round of the meet the other words name ("the 2023 world final")
        return None if len(words) > 1 and any(map(option_words.round_of, words)) else text
    if (
        meet.found
        and len(words) > 1
        and (resolver.athlete_named(words[0]) or resolver.athlete_named(words[-1]))
    ):
        # "kerr at commonwealths 2026" is an athlete and a meet, not one fuzzy meet name
        meet = Resolution("none", text)
    for kind, res in (("athlete", athlete), ("meet", meet)):
        if res.found:
            return Span(0, 0, text, kind, res)  # type: ignore[arg-type]
    for kind, res in (("athlete", athlete), ("meet", meet)):
        if res.status == "ambiguous":
            return Span(0, 0, text, kind, res)  # type: ignore[arg-type]
    return None


def _meet_of(resolver: Resolver, words: list[str], text: str, today: dt.date) -> Resolution:
    """The meet a run names, unless a race's word leads it or ends it outside its names.

    "final in budapest" is a round and a meet; "dream mile" is a name.
    """
    if len(words) > 1 and option_words.race_word(words[0]):
        named = round_last(resolver, words)  # "finalen i Diamond League": the DL final
        return resolver.meet(named, today=today, strict=True) if named else Resolution("none", text)
    found = resolver.meet(text, today=today, strict=True)
    if len(words) > 1 and not option_words.owns_end(resolver, words[-1], found):
        return Resolution("none", text)
    return found


def _joined(resolver: Resolver, text: str, today: dt.date) -> Resolution:
    """The meet words read apart name together, a year typed kept ("worlds eugene 2022")."""
    return _year_kept(resolver, text, resolver.meet(text, today=today, strict=True))


def _heard(resolver: Resolver, run: tuple[str, ...]) -> Span | None:
    """A whole name dictated as everyday words, function words too ("nills lar us").

    Read by how it sounds only, never by a spelling ("yeah red new goose" is Yared Nuguse).
    """
    heard = heard_as(resolver, run)
    if heard is None:
        return None
    text = " ".join(run)
    return Span(0, 0, text, "athlete", Resolution("found", text, heard))


def _read_run(
    resolver: Resolver, run: tuple[str, ...], after: str, today: dt.date
) -> Span | str | None:
    """What the run of words ``run`` names, if anything (``after``: the word after it)."""
    # fans' words recur from question to question ("kerr", "final", "head to head", "what
    # did"), so what each run names, or sounds like, is kept per resolver (a store's), by its
    # words and the day, up to RUN_READINGS (the word after it is judged outside the table)
    known = _RUNS.get(resolver)
    if known is None:
        known = _RUNS[resolver] = {}
    key = (run, today)
    found = known.get(key)
    named = _is_name_run(run) if found is None else found[0]
    if named and option_words.not_a_name(resolver, run, after):
        return None  # "diamond league finals only", "world record" (see options)
    if found is None:
        if len(known) >= RUN_READINGS:
            known.clear()
        read = _resolve(resolver, " ".join(run), today) if named else _heard(resolver, run)
        found = known[key] = (named, read)
    return found[1]


# runs of words read (``_read_run``) kept per resolver: the dev set of 1,500 questions asks
# ~22,000 distinct runs, nearly all of them no name
RUN_READINGS = 32768
_RUNS: weakref.WeakKeyDictionary[
    Resolver, dict[tuple[tuple[str, ...], dt.date], tuple[bool, Span | str | None]]
] = weakref.WeakKeyDictionary()


# what runs of words named, for one question read again clause by clause: a run's reading
# depends only on its words and the word after it (see ``_read_run``)
RunMemo = dict[tuple[tuple[str, ...], str], Span | str | None]


def find_slots(
    question: Question, resolver: Resolver, today: dt.date, memo: RunMemo | None = None
) -> Slots:
    """Read every slot of ``question``; names through ``resolver`` as of ``today``.

    ``memo`` holds the runs already read of this question (the same ``resolver`` and
    ``today``): the reader reads its first clauses again, and their runs are read once.
    """
    words = question.words
    memo = {} if memo is None else memo
    slots = Slots()
    used = [False] * len(words)
    start = 0
    told: list[tuple[int, int, Description]] = []
    while start < len(words):
        clause = question.clause_of(start) + 1
        ends = question.clauses[clause] if clause < len(question.clauses) else len(words)
        said = resolver.description(words, start, modifies=_modifies, clause_end=ends)
        if said is not None and resolver.fitting(said[1]):  # "the dutch kid": read at the end
            told.append((start, *said))
            used[start : said[0]] = [True] * (said[0] - start)
            start = said[0]
            continue
        taken = _take_run(words[: name_end(question, start)], start, slots, memo, resolver, today)
        for index in range(start, start + taken):
            used[index] = True
        start += taken or 1
    if len(slots.meets) + len(slots.ambiguous) > 1:
        # "VM-finalen i Eugene 2022": the series and its place and year name one meet
        slots.meets, slots.ambiguous = option_words.one_meet(
            words, slots.meets, slots.ambiguous, lambda text: _joined(resolver, text, today)
        )
    _described(question, told, slots, resolver)
    named = list(used)  # (a year said may hold "indoors": "this indoor season")
    _said_years(question, used, slots, resolver, today)
    _read_the_rest(words, used, slots, _indoor_said(resolver), named)
    return slots


def _take_run(
    words: tuple[str, ...],
    start: int,
    slots: Slots,
    memo: RunMemo,
    resolver: Resolver,
    today: dt.date,
) -> int:
    """Put the longest run from ``start`` that names someone or a meet in its slot.

    Returns how many words it took (0: none).
    """
    for length in range(min(MAX_SPAN, len(words) - start), 0, -1):
        run = words[start : start + length]
        key = (run, words[start + length] if start + length < len(words) else "")
        if key not in memo:
            memo[key] = _read_run(resolver, *key, today)
        found = memo[key]
        if found is None:
            continue
        if isinstance(found, str):
            slots.unknown_meets.append(found)
            return length
        span = Span(start, start + length, found.text, found.kind, found.resolution)
        if not span.resolution.found:
            slots.ambiguous.append(span)
        elif span.kind == "athlete":
            slots.athletes.append(span)
        else:
            slots.meets.append(span)
        return length
    return 0


def _modifies(word: str) -> bool:
    """Whether a word after a demonym is a thing it describes ("norwegian record", "dutch fans")."""
    return word not in FUNCTION_WORDS and not is_year(word)


def _described(
    question: Question, told: list[tuple[int, int, Description]], slots: Slots, resolver: Resolver
) -> None:
    """The athletes described, read beside the names the question holds, in order."""
    named = [s.id for s in slots.athletes if s.id]
    settled = resolver.in_sentence(question.words, question.sentences, told, named)
    for (start, end, found), (_, _, described) in zip(settled, told, strict=True):
        span = Span(start, end, found.query, "athlete", found)
        if found.found:
            slots.athletes.append(span)
            slots.described_meets += [described.meet_words] if described.meet_words else []
        elif found.status == "ambiguous":
            slots.ambiguous.append(span)
    slots.athletes.sort(key=lambda s: s.start)
    slots.ambiguous.sort(key=lambda s: s.start)
    # a win said by age is a meet's moment too: "did he say anything when the boy won at 17"
    won = resolver.won_at_age(question.words, slots.athlete_ids())
    slots.described_meets += [won] if won else []


def _said_years(
    question: Question, used: list[bool], slots: Slots, resolver: Resolver, today: dt.date
) -> None:
    """Years said relative to today or to a meet ("i fjor", "the year before paris")."""
    meets = resolver.store.meets
    named = {s.start: meets[s.id].year for s in slots.meets if s.id and s.id in meets}
    for year in years_said(question, used, today, named):
        if year not in slots.years:
            slots.years.append(year)


def _place(word: str, slots: Slots) -> None:
    """A word no name explained: a year, an event, a round, or one left unplaced."""
    if _YEAR.match(word):
        if int(word) not in slots.years:
            slots.years.append(int(word))
    elif word in EVENTS and slots.event is None:
        slots.event = EVENTS[word]
    elif slots.round is None and (said := option_words.round_of(word)) is not None:
        slots.round = said
    elif (
        word not in FUNCTION_WORDS
        and word not in DOMAIN_WORDS
        and not (word.isdigit() or option_words.option_said(word))  # "excluding", "utendørs"
        and len(word) > 2
    ):
        slots.unplaced.append(word)


def _indoor_said(resolver: Resolver) -> frozenset[str]:
    """The single words for "indoors": English and the lexicon's ("innandørs", "innendørs")."""
    lexicon = resolver.lexicon.meanings
    return INDOOR | {w for w, meant in lexicon.items() if meant in INDOOR}


def _read_the_rest(
    words: tuple[str, ...],
    used: list[bool],
    slots: Slots,
    indoor_said: frozenset[str],
    named: list[bool],
) -> None:
    """Years, event, round, the topic cue, and the words nothing explained."""
    # (the lexicon's words are in normal form: "innandørs" is "innandors")
    plain = tuple(w if w.isascii() else normalise(w) for w in words)
    # a meet's name says it too: "world indoors 3000m"
    said = option_words.indoor_words(plain, indoor_said)
    indoors = {i for i in said if not named[i]}
    # a person's word after a name is part of naming them: "this nader boy", "thon kerr fella"
    people = {s.end for s in (*slots.athletes, *slots.ambiguous) if s.kind == "athlete"}
    about_cue = False
    for index, word in enumerate(words):
        if word in TOPIC_CUES and index + 1 < len(words) and not about_cue:
            verbs = _TOPIC_VERBS.get(word)
            cued = verbs is None or not verbs.isdisjoint(words[max(0, index - VERB_REACH) : index])
            # ("kerr on a netflix doc?? smth about the guys being boring": one topic, recalled)
            recalled = index > 0 and (words[index - 1], word) in RECALLING
            if cued and (slots.topic_start is None or (word in _ABOUT_CUES and not recalled)):
                slots.topic_start = index + 1
                about_cue = word in _ABOUT_CUES
        if index in people and fold(word) in PERSON_NOUNS:
            continue
        if not used[index] and index not in indoors and not option_words.denied(words, index):
            _place(word, slots)
    slots.event = option_words.event_said(slots.event, words, bool(said), bool(indoors))
