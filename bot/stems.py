"""Words in a meaning-preserving normal form: case, accents and inflection, nothing looser.

A topic must find "insecurity" from "insecure" and "blindfolded" from "blindfold", and must
never find "doing" from "doping": Snowball's English stemmer folds inflection and derivation
suffixes only, where edit distance would match any word a letter away.
"""

from __future__ import annotations

import functools
import threading

import snowballstemmer

from bot.normalise import normalise

# function words carry no topic; a topic made only of them matches nothing by its words
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "be",
        "but",
        "by",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "him",
        "his",
        "i",
        "if",
        "is",
        "it",
        "its",
        "me",
        "my",
        "not",
        "on",
        "or",
        "our",
        "she",
        "so",
        "that",
        "their",
        "them",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "what",
        "when",
        "who",
        "will",
        "with",
        "you",
        "your",
        "about",
    ]
)
_STEMMER = snowballstemmer.stemmer("english")
# Norwegian inflection ("svakhetene", "svakheter": "svak"), read apart: quotes are in both
_NB_STEMMER = snowballstemmer.stemmer("norwegian")
# the stemmer keeps its word in instance state: a reload builds stems in a worker thread
# while the event loop answers, so calls take turns
_LOCK = threading.Lock()


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of one normalised word ("insecurity" -> "insecur")."""
    with _LOCK:
        return _STEMMER.stemWord(word)


def stems(text: str) -> frozenset[str]:
    """The stems of a text's content words, after case and accent folding."""
    return frozenset(stem(w) for w in normalise(text).split() if w not in _STOPWORDS)


@functools.lru_cache(maxsize=65536)
def nb_stem(word: str) -> str:
    """The Norwegian Snowball stem of an English stem ("svakheten" -> "svak")."""
    with _LOCK:
        return _NB_STEMMER.stemWord(word)
