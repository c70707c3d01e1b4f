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

from bot.answers.topics import CHATTER
from bot.ask.glue import two_people
from bot.ask.options import indoor_words, one_meet, owns_end, race_word, round_of
from bot.ask.words import (
    DOMAIN_WORDS,
    EVENTS,
    FUNCTION_WORDS,
    INDOOR,
    STORE_STOPWORDS,
    Question,
    wordset,
)
from bot.ask.years import said_years
from bot.facts.models import Meet
from bot.normalise import normalise
from bot.resolve import Resolution, Resolver
from bot.resolve.family import RELATION_WORDS

MAX_SPAN = 4
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_SHORT_YEAR = re.compile(r"^'?(\d{2})$")
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
    "of": {"think", "thinks", "thought"},
    "to": {"respond", "responded", "react", "reacted", "reply", "replied"},
    # "what did kerr mean by deer on ice", "hva mente kerr med ..." (the verb a name before)
    "by": {"mean", "meant"},
    "med": {"mente", "mener"},
}
VERB_REACH = 3  # words back from a topic word its verb may stand
# words trimmed from both ends of a quote topic ("about his dad" -> "dad")
_TOPIC_FILLER = wordset(
    """
    the a an his her their them him it its that this being getting having pls please lol
    rn ngl fr say said
    """
)


# the first words of a clause that asks something of its own
_ASKING = wordset(
    """
    can could does did do is was what whats what's who how anyone someone somebody pls please
    kan hva hvem hvordan er var noen
    """
)


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

    def athlete_ids(self) -> list[str]:
        """Distinct athlete ids, in the order named."""
        return list(dict.fromkeys(s.id for s in self.athletes if s.id))


def _is_year(word: str) -> bool:
    return bool(_YEAR.match(word) or _SHORT_YEAR.match(word))


_KIN = frozenset({"til"})  # between a relative's word and a name only


def _is_name_run(words: tuple[str, ...]) -> bool:
    """Whether words may be a name: content words at both ends, connectors only inside.

    A number inside a name is a year ("worlds 23", "budapest 2023"), never a distance.
    """
    if words[0] in FUNCTION_WORDS or words[-1] in FUNCTION_WORDS:
        return False
    if any(w.isdigit() and not _is_year(w) for w in words):
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
    athlete = resolver.athlete(text, strict=True)
    words = text.split()
    if athlete.found and len(words) > 1 and two_people(resolver, words, athlete.id or ""):
        athlete = Resolution("none", text)
    race_first = len(words) > 1 and race_word(words[0])
    found = (
        Resolution("none", text) if race_first else resolver.meet(text, today=today, strict=True)
    )
    if len(words) > 1 and not owns_end(resolver, words[-1], found):
        found = Resolution("none", text)
    meet = _year_kept(resolver, text, found)
    if found.found and not meet.found and not athlete.found:
        return text
    if found.status == "none" and found.candidates and not athlete.found:
        return text  # a meet of another year ("monaco 2023"): the resolver refuses the year
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


def _joined(resolver: Resolver, text: str, today: dt.date) -> Resolution:
    """The meet words read apart name together, a year typed kept ("worlds eugene 2022")."""
    return _year_kept(resolver, text, resolver.meet(text, today=today, strict=True))


def _heard(resolver: Resolver, run: tuple[str, ...]) -> Span | None:
    """A whole name dictated as everyday words, function words too ("nills lar us").

    Read by how it sounds only, never by a spelling ("yeah red new goose" is Yared Nuguse).
    """
    if len(run) < 2 or all(w in FUNCTION_WORDS for w in run) or any(w.isdigit() for w in run):
        return None
    heard = resolver.athlete_heard(run)
    text = " ".join(run)
    return Span(0, 0, text, "athlete", Resolution("found", text, heard)) if heard else None


_RECORD_WORDS = frozenset({"record", "records", "best", "bests", "wr", "rekord", "rekorder"})
_RECORD_ADJECTIVES = frozenset(
    {"world", "european", "british", "national", "olympic", "american", "area", "indoor"}
)


def _read_run(
    resolver: Resolver, run: tuple[str, ...], after: str, today: dt.date
) -> Span | str | None:
    """What the run of words ``run`` names, if anything (``after``: the word after it)."""
    if not _is_name_run(run):
        return _heard(resolver, run)
    if after in _RECORD_WORDS and run[-1] in _RECORD_ADJECTIVES:
        return None  # "world record", "british best": a kind of record, no meet or person
    if len(run) > 1:
        return _resolve(resolver, " ".join(run), today)
    # one word: fans' words recur from question to question ("kerr", "final", "heats"), so
    # what each names is kept per resolver (a store's), up to WORD_READINGS words
    known = _WORDS.get(resolver)
    if known is None:
        known = _WORDS[resolver] = {}
    key = (run[0], today)
    if key not in known:
        if len(known) >= WORD_READINGS:
            known.clear()
        known[key] = _resolve(resolver, run[0], today)
    return known[key]


WORD_READINGS = 8192  # one-word readings kept per resolver (``_read_run``)
_WORDS: weakref.WeakKeyDictionary[Resolver, dict[tuple[str, dt.date], Span | str | None]] = (
    weakref.WeakKeyDictionary()
)


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
    while start < len(words):
        taken = 0
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
                taken = length
                break
            span = Span(start, start + length, found.text, found.kind, found.resolution)
            if not span.resolution.found:
                slots.ambiguous.append(span)
            elif span.kind == "athlete":
                slots.athletes.append(span)
            else:
                slots.meets.append(span)
            taken = length
            break
        for index in range(start, start + taken):
            used[index] = True
        start += taken or 1
    if len(slots.meets) + len(slots.ambiguous) > 1:
        # "VM-finalen i Eugene 2022": the series and its place and year name one meet
        slots.meets, slots.ambiguous = one_meet(
            words, slots.meets, slots.ambiguous, lambda text: _joined(resolver, text, today)
        )
    named = list(used)  # (a year said may hold "indoors": "this indoor season")
    _said_years(question, used, slots, resolver, today)
    _read_the_rest(words, used, slots, _indoor_said(resolver), named)
    return slots


# the writer speaking of himself: "I only got into the sport last year", "because my mate got
# me into it last year" date no question ("me" alone does not: "show me … this year" asks)
_FIRST_PERSON = wordset("i i'm im i've ive i'd we we've my our jeg vi min mitt mine because fordi")


def _said_years(
    question: Question, used: list[bool], slots: Slots, resolver: Resolver, today: dt.date
) -> None:
    """Years said relative to today or to a meet ("i fjor", "the year before paris")."""
    meets = resolver.store.meets
    words = question.words
    named = {s.start: meets[s.id].year for s in slots.meets if s.id and s.id in meets}
    for start, end, year in said_years(words, today, named):
        if any(used[start:end]):
            continue  # the words are a name's ("last year's champs" as one meet stays one)
        clause = question.clauses[question.clause_of(start)]
        if not _FIRST_PERSON.isdisjoint(words[clause:start]):
            continue
        used[start:end] = [True] * (end - start)
        if year not in slots.years:
            slots.years.append(year)


def _place(word: str, slots: Slots) -> None:
    """A word no name explained: a year, an event, a round, or one left unplaced."""
    if _YEAR.match(word):
        if int(word) not in slots.years:
            slots.years.append(int(word))
    elif word in EVENTS and slots.event is None:
        slots.event = EVENTS[word]
    elif slots.round is None and (said := round_of(word)) is not None:
        slots.round = said
    elif (
        word not in FUNCTION_WORDS
        and word not in DOMAIN_WORDS
        and not word.isdigit()
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
    said = indoor_words(plain, indoor_said)  # a meet's name says it too: "world indoors 3000m"
    indoors = {i for i in said if not named[i]}
    about_cue = False
    for index, word in enumerate(words):
        if word in TOPIC_CUES and index + 1 < len(words) and not about_cue:
            verbs = _TOPIC_VERBS.get(word)
            cued = verbs is None or not verbs.isdisjoint(words[max(0, index - VERB_REACH) : index])
            if cued and (slots.topic_start is None or word in _ABOUT_CUES):
                slots.topic_start = index + 1
                about_cue = word in _ABOUT_CUES
        if not used[index] and index not in indoors:
            _place(word, slots)
    if slots.event and said and "(" not in slots.event:
        slots.event = f"{slots.event} (indoor)"
    elif indoors and not slots.event:  # "has kerr ever beaten jakob indoors": indoor races
        slots.event = "indoor"
    two_miles = re.search(r"\btwo[ -]?miles?\b|\b2[ -]?miles?\b", " ".join(words))
    if two_miles:
        slots.event = "two miles (indoor)"


def topic_words(question: Question, slots: Slots) -> tuple[int, int] | None:
    """The [start, end) words a quote is about: after the topic cue to its sentence's end.

    Fillers and a fan's talk are trimmed from both ends; what follows the clause is a remark
    beside the question ("Hva sa Kerr om fan mail? Haha, det er så morsomt").
    """
    if slots.topic_start is None:
        return None
    words = question.words
    start = slots.topic_start
    # the topic ends with its sentence, or at a clause that asks anew ("..., can someone pull
    # the exact quote", "..., what was it", "..., is that true")
    later = [s for s in question.sentences if s > start]
    later += [c for c in question.clauses if start < c < len(words) and words[c] in _ASKING]
    end = min([*later, len(words)])
    while start < end and (words[start] in _TOPIC_FILLER or normalise(words[start]) in CHATTER):
        start += 1
    # function words end no topic: "JK on the Wanamaker, what'd he say" is the Wanamaker
    while end > start and (
        words[end - 1] in _TOPIC_FILLER
        or words[end - 1] in FUNCTION_WORDS
        or normalise(words[end - 1]) in CHATTER
    ):
        end -= 1
    return (start, end) if start < end else None
