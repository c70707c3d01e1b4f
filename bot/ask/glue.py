"""Two words a phone glued together, split again before a question is read; two names apart."""

from __future__ import annotations

import re

from bot.ask.asking import CHEERS
from bot.ask.words import DOMAIN_WORDS, FUNCTION_WORDS, Question, wordset
from bot.facts.store import FactStore
from bot.normalise import normalise
from bot.resolve import Resolution, Resolver
from bot.resolve.family import RELATION_WORDS
from bot.stems import stem

GLUED = 5  # letters a word has at least before it may be two typed without a space
# two small words glued open a question ("whatdid", "isit", "hvasa", "erdet"): a question word
# or a verb, then a verb or a pronoun; no more, as English joins its small words into real ones
# ("however", "whenever", "nowhere", "without", "another")
_HEADS = wordset(
    """what whats who whos when where how why is was did does do can could will would should
    has have had are were hva hvem når hvor er var har kan vil skal"""
)
_TAILS = wordset(
    """did does do is was are were has have had he she it they you we the his her this that
    sa sier er var har han hun det den"""
)
# Norwegian adverbs that are two function words by spelling and one word by meaning: "fra
# budapest og utover" is "from budapest onwards", not "ut over"
WHOLE = frozenset({"utover", "oppover", "nedover", "fremover", "framover", "innover", "etterpå"})


# a hashtag's words as its writer capitalised them: "#WorldIndoors", "#JakobIngebrigtsen"
_HASHTAG = re.compile(r"#([^\W_]+)")
_CAMEL = re.compile(r"(?<=[^\W\d_])(?<![A-ZÆØÅ])(?=[A-ZÆØÅ][a-zæøå])")


def _hashtags(text: str, resolver: Resolver) -> dict[str, list[str]]:
    """The hashtags whose capitalised words name a meet or a person: "#WorldIndoors".

    Glued, the word -> its words. A tag that names nothing the store knows ("#heiaNorge")
    stays one word: a cheer on a tag is no cheer in the question.
    """
    out: dict[str, list[str]] = {}
    for tag in _HASHTAG.findall(text):
        words = _CAMEL.sub(" ", tag).casefold().split()
        if len(words) < 2:
            continue
        typed = " ".join(words)
        if resolver.meet(typed, strict=True).status != "none" or resolver.athlete_named(typed):
            out[tag.casefold()] = words
    return out


def unglued(question: Question, resolver: Resolver) -> Question:
    """Two words a phone glued, split: "whatdid" -> "what did", "isjakob" -> "is jakob".

    Only a question word or verb followed by a verb or pronoun, or a function word by a name
    the store knows exactly, and never a real word: one the store prints in any inflection
    ("watches" is no "wat" + "ches").
    """
    words: list[str] = []
    clauses = list(question.clauses)
    sentences = list(question.sentences)
    tags = _hashtags(question.text, resolver) if "#" in question.text else {}
    for word in question.words:
        if word in tags:
            extra = len(tags[word]) - 1
            clauses = [c + extra if c > len(words) else c for c in clauses]
            sentences = [c + extra if c > len(words) else c for c in sentences]
            words += tags[word]
            continue
        cut = _glue_cut(word, resolver) if len(word) >= GLUED and word not in FUNCTION_WORDS else 0
        if cut:
            clauses = [c + 1 if c > len(words) else c for c in clauses]
            sentences = [c + 1 if c > len(words) else c for c in sentences]
            words += [word[:cut], word[cut:]]
        else:
            words.append(word)
    if len(words) == len(question.words):
        return question
    return Question(
        text=question.text,
        words=tuple(words),
        clauses=tuple(clauses),
        sentences=tuple(sentences),
        marked=question.marked,
        glosses=question.glosses,
    )


def _glue_cut(word: str, resolver: Resolver) -> int:
    """Where a glued word splits (0: it does not); a word of a name is whole ("torun").

    A word the store prints, or another inflection of one, is a word ("another", "watches").
    A name glued on is a word of a person's name, not a nickname ("inches" is no "in" +
    "Ches", King Ches being Cheserek).
    """
    if word in WHOLE or word in resolver.meets.token_ids or word in resolver.athletes.token_ids:
        return 0
    for cut in range(2, min(6, len(word) - 2)):
        head, tail = word[:cut], word[cut:]
        if (head in _HEADS and tail in _TAILS) or (
            (head in FUNCTION_WORDS or head in CHEERS) and _named(tail, resolver)
        ):
            # (a hashtag's banner and name: "#teamkerr", "#gojosh", "#heiajakob"; stemmed only
            # now: nearly every word has no cut, and stemming a new word is dear)
            return 0 if stem(word) in _printed(resolver.store) else cut
    return 0


def _named(word: str, resolver: Resolver) -> bool:
    """Whether ``word`` is a word of the name of the one person it names exactly."""
    person = resolver.store.people.get(resolver.athlete_named(word) or "")
    return person is not None and word in normalise(person.name).split()


def _printed(store: FactStore) -> frozenset[str]:
    """The stems of every word the store prints in prose: quotes, their contexts, the timeline."""
    cached = _PRINTED.get(store.version)
    if cached is None:
        texts = [t for q in store.quotes.values() for t in (q.text, q.context, *q.topics)]
        texts += [t for e in store.timeline for t in (e.title, e.summary)]
        cached = frozenset(stem(w) for t in texts for w in normalise(t).split())
        _PRINTED.clear()
        _PRINTED[store.version] = cached
    return cached


_PRINTED: dict[int, frozenset[str]] = {}


def two_people(resolver: Resolver, words: list[str], person: str) -> bool:
    """Whether words read loosely as one person name two: a word of them names another exactly.

    "wightman jakob" is Jake Wightman and Jakob, not "wightman jake" mistyped; "henrik
    ingebrigtsen" stays one (his own name has "ingebrigtsen"), as does a relative's.
    """
    if not RELATION_WORDS.keys().isdisjoint(words):
        return False  # "faren til jakob" is Gjert: the relative's word names him
    own = resolver.athletes.token_ids
    for word in words:
        other = resolver.athlete_named(word)
        if other and other != person and person not in own.get(normalise(word), frozenset()):
            return True
    return False


def athlete_of_run(resolver: Resolver, words: list[str], text: str) -> Resolution:
    """The person a run names as a whole: not two people, not a name and a racing word."""
    athlete = resolver.athlete(text, strict=True)
    if athlete.found and len(words) > 1 and two_people(resolver, words, athlete.id or ""):
        return Resolution("none", text)
    if athlete.status != "none" and _racing_word_at_end(resolver, words):
        # "ingebrigtsen finals" is a surname and a round, no Filip heard in "finals"
        return Resolution("none", text)
    return athlete


def _racing_word_at_end(resolver: Resolver, words: list[str]) -> bool:
    """Whether a run of several words starts or ends with a racing word no name has."""
    if len(words) < 2:
        return False
    tokens = resolver.athletes.token_ids
    return any(w in DOMAIN_WORDS and normalise(w) not in tokens for w in (words[0], words[-1]))
