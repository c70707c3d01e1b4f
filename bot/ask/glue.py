"""Two words a phone glued together, split again before a question is read; two names apart."""

from __future__ import annotations

from bot.ask.words import FUNCTION_WORDS, Question
from bot.normalise import normalise
from bot.resolve import Resolver
from bot.resolve.family import RELATION_WORDS

GLUED = 5  # letters a word has at least before it may be two typed without a space
# Norwegian adverbs that are two function words by spelling and one word by meaning: "fra
# budapest og utover" is "from budapest onwards", not "ut over"
WHOLE = frozenset({"utover", "oppover", "nedover", "fremover", "framover", "innover", "etterpå"})


def unglued(question: Question, resolver: Resolver) -> Question:
    """Two words a phone glued, split: "whatdid" -> "what did", "isjakob" -> "is jakob".

    Only a function word followed by another or by a name the store knows exactly.
    """
    words: list[str] = []
    clauses = list(question.clauses)
    sentences = list(question.sentences)
    for word in question.words:
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
    """Where a glued word splits (0: it does not); a word of a name is whole ("torun")."""
    if word in WHOLE or word in resolver.meets.token_ids or word in resolver.athletes.token_ids:
        return 0
    for cut in range(2, min(6, len(word) - 2)):
        head, tail = word[:cut], word[cut:]
        if head in FUNCTION_WORDS and (
            tail in FUNCTION_WORDS or resolver.athlete_named(tail) is not None
        ):
            return cut
    return 0


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
