"""Which command a question's wording is most like, learnt from the labelled fan questions.

The cue patterns (:mod:`bot.ask.cues`) are exact about the phrasings they were written for
and silent on new ones: on questions written blind, by people who never saw them, a third of
the readings fell below the bar and the reader said it was not sure. This model reads the
same question more loosely: a naive Bayes classifier over its words, their letter n-grams
(typos and Norwegian endings) and its shape (how many athletes, a meet past or ahead, a
topic after "about"), with every name already replaced by its role ("_a", "_m"), so it
learns "who's got the better record, _a or _a" and not who was asked about.

It never names anyone and never fills an option: it only weighs the readings the builders
made from the resolved names, and only when no reading was confident on its own
(:func:`bot.ask.reader.read_question`). Trained in memory from ``questions.yaml`` (the dev set)
the first time a store is asked a question; about 0.2 s.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import operator
import threading
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.ask.asking import EMOJI
from bot.ask.glue import unglued
from bot.ask.slots import Slots, find_slots
from bot.ask.words import Question, split_question
from bot.facts.store import FactStore
from bot.resolve import Resolver

QUESTIONS = Path(__file__).with_name("questions.yaml")  # labelled fan questions: the dev set
# the dev set's "next" and "this year" are meant at this day, unless an entry says its own
DEVSET_TODAY = dt.date(2026, 11, 22)
SMOOTHING = 0.02  # additive smoothing of the word counts
LETTER_WEIGHT = 0.3  # a letter n-gram counts this much of a word
SHAPE_WEIGHT = 2.0  # how many athletes, a meet past or ahead: the question's shape
EVIDENCE = 20.0  # a question's features count as this many independent ones at most
MIN_LETTERS = 4  # words shorter than this give no letter n-grams
NO_COMMAND = frozenset({"none", "outside"})
MAX_TRAINING_TEXT = 300  # as the reader: longer questions are cut

Features = Mapping[str, float]


def features(question: Question, slots: Slots, store: FactStore, today: dt.date) -> Features:
    """The question's words with names as roles, their letter n-grams and its shape."""
    tokens = _tokens(question, slots)
    out: defaultdict[str, float] = defaultdict(float)
    for token in tokens:
        out["w:" + token] += 1
        for gram in _letters(token):
            out[gram] += LETTER_WEIGHT
    for first, second in itertools.pairwise(tokens):
        out[f"b:{first} {second}"] += 1
    if tokens:
        out["first:" + tokens[0]] += 1
    out.update(_shape(slots, store, today))
    # how it is written: a question mark asks; emoji and exclamations are more often chatter
    text = question.text
    marks = {"?": "?" in text, "!": "!" in text, "emoji": any(ord(c) >= EMOJI for c in text)}
    for mark, present in marks.items():
        out[f"#{mark}:{int(present)}"] += 1
    return out


def _letters(token: str) -> tuple[str, ...]:
    """A word's letter 3- and 4-grams as features, in order (kept per word: words recur)."""
    grams = _LETTERS.get(token)
    if grams is None:
        if len(_LETTERS) >= LETTER_WORDS:
            _LETTERS.clear()
        found: list[str] = []
        if not token.startswith("_") and len(token) >= MIN_LETTERS:
            padded = f"<{token}>"
            for n in (3, 4):
                found += ["c:" + padded[start : start + n] for start in range(len(padded) - n + 1)]
        grams = _LETTERS[token] = tuple(found)
    return grams


LETTER_WORDS = 4096  # words whose letter n-grams are kept (``_letters``; ~1 kB each at most)
_LETTERS: dict[str, tuple[str, ...]] = {}


def _tokens(question: Question, slots: Slots) -> list[str]:
    """The words with each name as its role ("_a" athlete, "_m" meet) and years as "_y"."""
    roles: dict[int, str] = {}
    for span in (*slots.athletes, *slots.ambiguous, *slots.meets):
        for index in range(span.start, span.end):
            roles[index] = "_a" if span.kind == "athlete" else "_m"
    tokens: list[str] = []
    for index, word in enumerate(question.words):
        token = roles.get(index, "_y" if word.isdigit() and len(word) == 4 else word)
        if not (tokens and token == tokens[-1] and token.startswith("_")):
            tokens.append(token)
    return tokens


def _shape(slots: Slots, store: FactStore, today: dt.date) -> dict[str, float]:
    """How many athletes, whether a meet is named and whether it is past or ahead."""
    shape: defaultdict[str, float] = defaultdict(float)
    athletes = {s.id or s.text for s in (*slots.athletes, *slots.ambiguous) if s.kind == "athlete"}
    shape[f"#athletes:{min(len(athletes), 2)}"] += SHAPE_WEIGHT
    shape[f"#meets:{min(len(slots.meets), 1)}"] += SHAPE_WEIGHT
    if slots.topic_start is not None:
        shape["#topic"] += SHAPE_WEIGHT
    for span in slots.meets:
        meet = store.meets.get(span.id or "")
        if meet is None:
            continue
        if meet.start_date is not None:
            shape["#ahead" if meet.start_date >= today else "#past"] += SHAPE_WEIGHT
        elif meet.year != today.year:  # a meet known by its year only
            shape["#ahead" if meet.year > today.year else "#past"] += SHAPE_WEIGHT
    return shape


@dataclass
class IntentModel:
    """A multinomial naive Bayes model of commands (and "none"/"outside") over features."""

    counts: dict[str, defaultdict[str, float]] = field(default_factory=dict)
    totals: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    questions: Counter[str] = field(default_factory=Counter)
    vocabulary: set[str] = field(default_factory=set)
    # worked out from the counts once asked (``_terms``)
    _logs: dict[str, tuple[float, dict[str, float]]] | None = field(
        default=None, compare=False, repr=False
    )

    @classmethod
    def fit(cls, examples: Iterable[tuple[Features, str]]) -> IntentModel:
        """Count every example's features under its command."""
        model = cls()
        for found, command in examples:
            model.questions[command] += 1
            counts = model.counts.setdefault(command, defaultdict(float))
            for key, value in found.items():
                counts[key] += value
                model.totals[command] += value
                model.vocabulary.add(key)
        model._terms()  # the weights once, at training, not in a question's time
        return model

    def _terms(self) -> dict[str, tuple[float, dict[str, float]]]:
        """Each command's log prior and the log weight of every feature of the vocabulary.

        Worked out the first time a model is asked (a fitted model is not changed after).
        """
        if self._logs is None:
            size = len(self.vocabulary)
            asked = sum(self.questions.values())
            logs = {}
            for command, counts in self.counts.items():
                denominator = math.log(self.totals[command] + SMOOTHING * size)
                terms = {
                    key: math.log(counts.get(key, 0) + SMOOTHING) - denominator
                    for key in self.vocabulary
                }
                logs[command] = (math.log(self.questions[command] / asked), terms)
            self._logs = logs
        return self._logs

    def probabilities(self, found: Features) -> dict[str, float]:
        """How likely each command is for a question with these features (summing to 1)."""
        if not self.questions:
            return {}
        keys = [key for key in found if key in self.vocabulary]
        values = [found[key] for key in keys]
        # naive Bayes counts a word, its bigrams and its letter n-grams as independent
        # evidence: one labelled "what's the deal …" made a pair's tally 1.0 a timeline.
        # Scaled to EVIDENCE features' worth, the odds stay in proportion to the words.
        scale = max(1.0, sum(values) / EVIDENCE)
        # sum() and map() run the products in C, and one itemgetter fetches a command's weights
        # of all the features at once: a long question has ~300 features
        weights_of = _getter(keys)
        logs = {
            command: sum(map(operator.mul, values, weights_of(terms)), log) / scale
            for command, (log, terms) in self._terms().items()
        }
        top = max(logs.values())
        weights = {c: math.exp(v - top) for c, v in logs.items()}
        total = sum(weights.values())
        return {c: w / total for c, w in weights.items()}


def _getter(keys: list[str]) -> Callable[[Mapping[str, float]], tuple[float, ...]]:
    """What fetches the values of ``keys`` from a mapping, as a tuple (for any number of keys)."""
    if len(keys) > 1:
        return operator.itemgetter(*keys)
    return lambda terms: tuple(terms[k] for k in keys)


def load_questions(path: Path = QUESTIONS) -> list[dict[str, Any]]:
    """The labelled fan questions (question, command, options, optional clock ``now``)."""
    entries: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return entries


def today_of(entry: Mapping[str, Any]) -> dt.date:
    """The day a labelled question is meant at."""
    return dt.date.fromisoformat(str(entry["now"])) if "now" in entry else DEVSET_TODAY


_MODELS: weakref.WeakKeyDictionary[Resolver, IntentModel] = weakref.WeakKeyDictionary()
_TRAINING = threading.Lock()


def question_features(text: str, resolver: Resolver, today: dt.date) -> Features:
    """The features of a question read from scratch (as the reader splits and resolves it)."""
    question = unglued(split_question(text[:MAX_TRAINING_TEXT]), resolver)
    return features(question, find_slots(question, resolver, today), resolver.store, today)


def train(resolver: Resolver, entries: Iterable[Mapping[str, Any]]) -> IntentModel:
    """A model of the labelled ``entries``, their names resolved in this store."""
    return IntentModel.fit(
        (question_features(e["q"], resolver, today_of(e)), e["command"]) for e in entries
    )


def model_for(resolver: Resolver) -> IntentModel:
    """The model trained on every labelled question for this store (once per store).

    Stores read from the same knowledge files (the same ``fingerprint``: a reload that changed
    nothing, a second bot in the process) share one model: training takes a second of CPU.
    """
    model = _MODELS.get(resolver)
    if model is None:
        with _TRAINING:  # two first questions at once train once
            model = _MODELS.get(resolver)
            if model is None:
                print_ = resolver.store.fingerprint
                model = shared_model(print_) if print_ else None
                if model is None:
                    model = train(resolver, load_questions())
                    if print_:
                        share_model(print_, model)
                _MODELS[resolver] = model
    return model


def shared_model(print_: str) -> IntentModel | None:
    """The model learnt for the knowledge files of this fingerprint, if kept (now the newest)."""
    model = _BY_FINGERPRINT.pop(print_, None)
    if model is not None:
        _BY_FINGERPRINT[print_] = model
    return model


def share_model(print_: str, model: IntentModel) -> None:
    """Keep ``model`` for its knowledge's fingerprint, letting the least recently used go.

    Only the oldest goes: the store in service, asked for again at every bot start and every
    reload that changed nothing, keeps its model while stores tried and dropped come and go.
    """
    _BY_FINGERPRINT.pop(print_, None)
    while len(_BY_FINGERPRINT) >= SHARED_MODELS:
        del _BY_FINGERPRINT[next(iter(_BY_FINGERPRINT))]
    _BY_FINGERPRINT[print_] = model


SHARED_MODELS = 4  # models kept by their knowledge's fingerprint
# oldest first: a dict keeps the order its keys were (re)inserted in
_BY_FINGERPRINT: dict[str, IntentModel] = {}
