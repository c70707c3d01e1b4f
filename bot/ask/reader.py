"""Read a plain-words question as one of the commands with its options, best reading first.

No language model: the wording gives each command a score (:mod:`bot.ask.cues`), the names
found by the Resolver (:mod:`bot.ask.slots`) fill the options, and a reading that lacks what
its command needs (/h2h without two athletes) is not offered. Below ``CONFIDENT`` the reader
says it is not sure instead of guessing.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from bot.ask.also import also_asked
from bot.ask.asking import (
    asking_clauses,
    asks,
    chatter,
    described_words,
    exclaims,
    glosses,
    looked_up,
    own_doing,
    split_at_joins,
    states,
    wanting_words,
)
from bot.ask.cues import HEDGES, Outside, cue_scores, outside
from bot.ask.glue import unglued
from bot.ask.hostile import read_guarded
from bot.ask.informal import quoted_spans
from bot.ask.intents import NO_COMMAND, Features, IntentModel, features, model_for
from bot.ask.named import athletes_in_order, racers
from bot.ask.parts import Parts
from bot.ask.replies import Reading
from bot.ask.slots import RunMemo, Slots, find_slots
from bot.ask.topic import asks_what_was_said, clarifies, topic_words
from bot.ask.understood import meet_blurred, understood
from bot.ask.words import Question, split_question
from bot.phrases import Phrase
from bot.registry import FEATURES
from bot.resolve import Resolver

CONFIDENT = 2.5  # a reading below this is offered only as an alternative
# refusal categories read from single words ("how much", a brand), which yield to a confident
# reading whose command's own wording scores this much
YIELDING = frozenset({"money", "personal"})
OUTSIDE_YIELD = 2.5
ALTERNATIVE = 1.0  # below this a reading is not offered at all
# how much words nothing explains cost a reading (at most), and a meet they blur
UNPLACED_COST = 1.0
MAX_UNPLACED_COST = 2.0
BLURRED_MEET_COST = 1.5
MAX_CLAUSES = 3  # first clauses read alone when the whole question is unclear
# how much the intent model's log-probability weighs beside a reading's own score, and the
# least probability it is taken to give (a command it never saw asked this way)
MODEL_WEIGHT = 1.0
MIN_PROBABILITY = 1e-9
MIN_READING = 0.0  # the model promotes no reading with more against it than for it
# a message that asks nothing and has words nothing explains is a remark unless its wording
# points to a command at least this much ("results from the 2021 olympics fifteen hundred")
REMARK_CUE = 2.0
# ... and at least this many such words: "jakob kerr numbers" is a terse look-up, "jakob fans
# real quiet rn" talk
REMARK_WORDS = 2
REMARK_WEIGHT = 0.5  # how much a remark's wording counts beside the clause that asks


@dataclass
class Read:
    """The outcome of reading one question."""

    question: str
    readings: list[Reading] = field(default_factory=list)
    outside: Outside | None = None
    understood: list[str | Phrase] = field(default_factory=list)  # names recognised, for "not sure"
    understood_ids: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)  # words nothing explained
    # the words of athletes named in full ("cole hockey"): no sport or trivia word
    full_names: frozenset[str] = frozenset()
    # every reading a builder made, however low its score (the intent model may weigh it up)
    considered: list[Reading] = field(default_factory=list, repr=False)
    remark: bool = False  # talk among fans, not a question to the bot
    cut: bool = False  # only part of a long message was read
    also: Reading | None = None  # a second question's reading, offered
    reckon: Callable[[], Features] = field(default=dict, repr=False)  # (``features``)

    @functools.cached_property
    def features(self) -> Features:
        """The intent model's features: worked out when asked (an unsure question's only)."""
        return self.reckon()

    @property
    def best(self) -> Reading | None:
        """The reading to act on, when one is good enough."""
        if self.readings and self.readings[0].score >= CONFIDENT:
            return self.readings[0]
        return None


def read_question(
    text: str, resolver: Resolver, today: dt.date, intents: IntentModel | None = None
) -> Read:
    """Every reading of ``text`` worth offering, best first.

    Orders to the bot, trivia and abuse are refused and a long message is read in pieces
    (:func:`bot.ask.hostile.read_guarded`).
    """
    return read_guarded(
        text,
        lambda typed: split_at_joins(unglued(split_question(typed), resolver)),
        lambda question: _read_all(text, question, resolver, today, intents),
    )


def _read_all(
    text: str, question: Question, resolver: Resolver, today: dt.date, intents: IntentModel | None
) -> Read:
    """The readings of the whole question, else of its first clauses, else the model's.

    When the whole reads no command confidently, its first clauses alone may: "Kerr v Hocker,
    since Hocker seems to be everyone's favourite" asks the head-to-head, then chats. When
    neither does, the intent model (``intents``, by default the one learnt for this store)
    weighs the readings the names allow against "no command".
    """
    memo: RunMemo = {}  # the first clauses' runs are the whole's: each read once
    result = _read(text, question, resolver, today, memo)
    # (a second question in the message is offered, never dropped in silence)
    result.also = also_asked(
        question, result, CONFIDENT, lambda q: _read(text, q, resolver, today, memo)
    )
    head = _first_question(text, question, resolver, today, memo, result)
    if head is not None:
        return head
    if result.best is None and result.outside is None:
        asking = asking_clauses(question)
        for number, end in enumerate(question.clauses[1 : 1 + MAX_CLAUSES], 1):
            first = replace(question, words=question.words[:end])
            shorter = _read(text, first, resolver, today, memo)
            if shorter.outside is not None and asking and max(asking) >= number:
                continue  # a refusal word in a remark before the clause that asks
            # the first clauses must name someone or a meet ("hvem er best på ski, Klæbo
            # eller?" names no one: no head-to-head)
            if shorter.best is not None and shorter.understood_ids:
                return shorter
        if not result.remark:
            model = intents if intents is not None else model_for(resolver)
            _weigh(result, model.probabilities(result.features))
    return result


def _first_question(
    text: str, question: Question, resolver: Resolver, today: dt.date, memo: RunMemo, whole: Read
) -> Read | None:
    """The first sentence's reading, when it asks on its own and what follows only comments.

    "jakob's next race? is he even healthy or are we on achilles saga part 47": a question
    with a question mark, then an aside about the same people that names no one new. The
    aside's words ("achilles saga") must not turn the question into another command.
    """
    best = whole.best
    if best is None or whole.outside is not None or len(question.sentences) < 2:
        return None
    end = question.sentences[1]
    if question.clause_of(end - 1) not in question.marked:
        return None
    if best.command == "quote" and asks_what_was_said(question.words[end:]):
        return None  # "something about kerr stealing a flag?? what did he say": one question
    if looked_up(question.words[end:]):
        return None  # "kerr millrose 2024 world best?? results": what is wanted, named
    first = _read(text, replace(question, words=question.words[:end]), resolver, today, memo)
    asked = first.best
    if (
        asked is None
        or first.outside is not None
        or asked.command == best.command
        or not first.understood_ids
        or not set(whole.understood_ids) <= set(first.understood_ids)
    ):
        return None
    return first


def _weigh(result: Read, probabilities: Mapping[str, float]) -> None:
    """Act on the reading the wording is most like, when it is likelier than none of them.

    Each reading's own score plus ``MODEL_WEIGHT`` times the log of its command's
    probability, against the bar plus the same of everything no reading offers ("none",
    "outside", a command the names do not allow): a reading the names allow and the wording
    favours is taken; chatter that merely names someone, or a head-to-head asked of one
    athlete, is not.
    """
    offered = {r.command for r in result.considered}
    candidates = [r for r in result.considered if r.score >= MIN_READING]
    if not probabilities or not candidates:
        return
    floor = math.log(MIN_PROBABILITY)

    def log_of(chance: float) -> float:
        return max(math.log(chance), floor) if chance > 0 else floor

    def weighed(reading: Reading) -> float:
        return reading.score + MODEL_WEIGHT * log_of(probabilities.get(reading.command, 0.0))

    best = max(candidates, key=weighed)
    nothing = sum(p for c, p in probabilities.items() if c in NO_COMMAND or c not in offered)
    if weighed(best) > CONFIDENT + MODEL_WEIGHT * log_of(nothing):
        taken = best.model_copy(update={"score": max(best.score, CONFIDENT)})
        others = [r for r in result.readings if r.command != best.command]
        result.readings = [taken, *others]


def _read(text: str, question: Question, resolver: Resolver, today: dt.date, memo: RunMemo) -> Read:
    """The readings of one split question."""
    slots = find_slots(question, resolver, today, memo)
    names = {
        i
        for span in (*slots.athletes, *slots.meets, *slots.ambiguous)
        for i in range(span.start, span.end)
    }
    result = Read(question=text)
    spans = [(s.start, s.end) for s in (*slots.athletes, *slots.meets, *slots.ambiguous)]
    # in a post with a question in it, the clauses that do not ask are remarks: their words
    # neither pick the command nor refuse ("hot take incoming …, what is their record")
    asking = asking_clauses(question)
    # (words in brackets gloss the question: "kallte Jakob Kerr en idiot? (moron)")
    remarks = set(range(len(question.clauses))) - asking - glosses(question) if asking else set()
    explained = wanting_words(question)  # "I'd like to know whether …" asks, no more
    # ("my son's hero kerr": the writer's words for the one named)
    explained |= described_words(question, [s.start for s in slots.athletes])
    scores = cue_scores(question, spans, explained)
    if remarks:
        scores, remarks = _asked(question, spans, scores, remarks)
    # (the writer's own doing refuses nothing: "the 2025 bowerman mile. i missed the broadcast")
    result.outside = outside(question, spans, remarks | own_doing(question, asking))
    slots = _without_afterthoughts(
        question,
        slots,
        _afterthoughts(question, asking, remarks),
        lambda cut: find_slots(cut, resolver, today, memo),
    )
    athletes = athletes_in_order(slots, resolver)
    parts = Parts(
        question,
        slots,
        resolver,
        today,
        athletes,
        racers(athletes, slots, resolver),
        _before(topic_words(question, slots), _afterthoughts(question, asking, remarks)),
    )
    result.understood = understood(parts)
    result.understood_ids = [v for _, v in parts.athletes]
    result.full_names = frozenset(
        w for s in slots.athletes if s.end - s.start > 1 for w in question.words[s.start : s.end]
    )
    result.understood_ids += [s.id for s in slots.meets if s.id]
    topic_range = range(*parts.topic) if parts.topic else range(0)
    # a clause with no name, cue or topic in it is a remark beside the question ("When's Brum?
    # Need to sort a hotel"), as is one that does not ask beside one that does: its words
    # cost nothing
    used = {question.clause_of(i) for i in (*names, *explained, *topic_range)} - remarks
    # (a hedge, "who even is nader", changes nothing the question asks: it costs nothing)
    placed = [
        (i, w)
        for i, w in enumerate(question.words)
        if w in slots.unplaced
        and w not in HEDGES
        and i not in topic_range
        and i not in names
        and i not in explained
    ]
    result.unplaced = [w for _, w in placed]
    # (only beside a name: with none, chatter is all there is)
    costly = [
        w
        for i, w in placed
        if (question.clause_of(i) in used or not names) and question.clause_of(i) not in remarks
    ]
    # (an afterthought's words are no quote's topic: "Hva sa Kerr om fan mail? Haha, så gøy")
    after = _afterthoughts(question, asking, remarks)
    parts.free = [w for i, w in placed if after is None or i < after]
    readings = []
    for name, feature in FEATURES.items():
        if feature.reading is None:
            continue
        reading: Reading | None = feature.reading.build(parts, scores)
        if reading is not None:
            # words a reading takes as its quote's topic are explained by it
            topic = reading.options.get("topic", "").split()
            left = [w for w in costly if w not in topic]
            fit = reading.score + scores[name] - min(MAX_UNPLACED_COST, UNPLACED_COST * len(left))
            if "meet" in reading.options and meet_blurred(parts, result.unplaced):
                fit -= BLURRED_MEET_COST
            readings.append(reading.model_copy(update={"score": round(fit, 2)}))
    readings.sort(key=lambda r: -r.score)
    result.considered = readings
    result.reckon = functools.partial(features, question, slots, resolver.store, today)
    result.readings = [r for r in readings if r.score >= ALTERNATIVE]
    best = result.best
    if (
        result.outside is not None
        and (result.outside.topic in YIELDING or result.outside.yielding)
        and not result.outside.firm
        and best is not None
        and scores[best.command] >= OUTSIDE_YIELD
    ):
        # a word of a refusal category inside an answerable question: "how much did jakob
        # win by" is a margin, not money; "which club is kerr with, brooks?" a profile
        result.outside = None
    # a message that asks nothing, cheering or scorning or musing with a name in it ("heia
    # jakob!!!", "this sub is best when these two are beefing tbh") is talk among fans: the
    # model promotes nothing, and a reading the wording does not ask for is only offered
    # (words in quotation marks are a quote's own, named, no talk: "🇳🇴 jakob 'walk in the
    # park' 😬"; they still cost the readings that do not take them)
    quoted = _quoted(question)
    talk = [w for w in costly if w not in quoted]
    result.remark = not asks(question) and (
        chatter(question)
        or states(question)
        or (exclaims(question) and bool(talk))
        or (len(talk) >= REMARK_WORDS and max(scores.values(), default=0.0) < REMARK_CUE)
    )
    if result.remark and best is not None and scores[best.command] < OUTSIDE_YIELD:
        result.readings = [
            r.model_copy(update={"score": min(r.score, ALTERNATIVE)}) for r in result.readings
        ]
    return result


def _quoted(question: Question) -> frozenset[str]:
    """The words a fan put in quotation marks (none, at no cost, when there are no marks)."""
    text = question.text.casefold().replace("’", "'")
    spans = quoted_spans(text)
    return frozenset(w for a, b in spans for w in split_question(text[a:b]).words)


def _asked(
    question: Question,
    spans: list[tuple[int, int]],
    scores: dict[str, float],
    remarks: set[int],
) -> tuple[dict[str, float], set[int]]:
    """The cue scores of a post with a question and remarks in it, and the remarks that stand.

    The clauses that ask pick the command; the wording of the remarks around them counts
    ``REMARK_WEIGHT`` ("Hvem vant VM i Eugene? sønnen sier Wightman": results, not a quote).
    When the clauses that ask have no wording of their own ("…the 'too long' excuse — what
    was it exactly"), the remarks carry the question and all of it counts. (A scene set
    before the question, "jakob mot laros. har laros vunnet?", is still read alone when the
    whole is unsure: see ``read_question``.)
    """
    asked = cue_scores(question, spans, hidden=remarks)
    if max(asked.values(), default=0.0) < REMARK_CUE:
        # (but the writer's own doing carries no question: "…, i'll do the splits myself")
        return scores, remarks & own_doing(question)
    out = {}
    for command, whole in scores.items():
        # (read alone, the asking clause may match a cue anchored at its start: "who is _")
        out[command] = asked[command] + REMARK_WEIGHT * max(0.0, whole - asked[command])
    return out, remarks


def _afterthoughts(question: Question, asking: frozenset[int], remarks: set[int]) -> int | None:
    """The index of the first word of the remarks after the last clause that asks, if any."""
    trailing = [r for r in remarks if r > max(asking)] if remarks else []
    start = question.clauses[min(trailing)] if trailing else None
    # "om operasjonen i februar? akillesen altså": the topic said again, no remark
    return None if start is None or clarifies(question.words[start:]) else start


def _before(topic: tuple[int, int] | None, end: int | None) -> tuple[int, int] | None:
    """A quote's topic words up to ``end`` (where the afterthoughts start)."""
    if topic is None or end is None or topic[1] <= end:
        return topic
    return (topic[0], end) if topic[0] < end else None


def _without_afterthoughts(
    question: Question, slots: Slots, after: int | None, reread: Callable[[Question], Slots]
) -> Slots:
    """What is asked about: no name, year or event from a remark after the question.

    "Når løper Jakob neste gang? Datteren min vil se ham på Bislett": the next race, not
    Bislett's; "ever raced hocker? (Tokyo last year comes to mind …)" no 2025. Only when the
    question has names of its own: "what did he say? kerr I mean" keeps Kerr.
    """
    spans = [s for s in (*slots.athletes, *slots.meets, *slots.ambiguous) if s.start < (after or 0)]
    if after is None or not spans:
        return slots
    # (a description read across the break stays whole: "the other norwegian, the one who …")
    return reread(replace(question, words=question.words[: max(after, *(s.end for s in spans))]))
