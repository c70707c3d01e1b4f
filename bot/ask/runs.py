"""What a run of a question's words is not: one name where fans put words side by side.

A loose match may take "final in budapest 2023" for a meet of another year, or "world indoors
3000m" for one meet's name. These read the run apart, so the words inside it are read one by
one (a round, a meet, a distance). (Two athletes side by side: ``glue.two_people``.)
"""

from __future__ import annotations

from bot.ask.words import EVENTS, FUNCTION_WORDS, Question
from bot.normalise import normalise
from bot.resolve import Resolver

# a round's word before a meet's name is the round ("the final in budapest 2023")
ROUND_HEADS = frozenset(
    {"final", "finals", "semi", "semis", "semifinal", "semifinals", "heat", "heats", "round"}
)


def beside_a_meet(resolver: Resolver, words: list[str]) -> bool:
    """Whether a round leads or a distance ends the run and the whole is no meet's name.

    "final in budapest 2023", "world indoors 3000m"; "dream mile" is a name and stays one.
    """
    if len(words) < 2 or not (words[0] in ROUND_HEADS or _distance(words[-1])):
        return False
    if round_last(resolver, words) is not None:
        return False
    return normalise(" ".join(words)) not in resolver.meets.keys


_LINKS = frozenset({"in", "of", "the", "i", "av", "for"})  # "the final of the DL", "finalen i DL"


def round_last(resolver: Resolver, words: list[str]) -> str | None:
    """A meet's own name said round first: "finalen i Diamond League" is "Diamond League Final".

    Only when the words, the round put last, are a meet's name exactly: "final in budapest"
    stays a round and a meet.
    """
    if len(words) < 2 or words[0] not in ROUND_HEADS:
        return None
    rest = [w for w in words[1:] if w not in _LINKS]
    text = " ".join([*rest, words[0]])
    return text if rest and normalise(text) in resolver.meets.keys else None


def _distance(word: str) -> bool:
    """Whether a word is a distance ("3000m", "1500"), not a word of a name."""
    return word in EVENTS and any(c.isdigit() for c in word)


def name_end(question: Question, start: int) -> int:
    """Where a run of words from ``start`` ends at the latest: a bracket or a sentence's end.

    No name reads across them: "just indoors (millrose 2 mile …)" is no meet "indoors millrose".
    """
    glosses, sentences = question.glosses, question.sentences
    for number in range(question.clause_of(start) + 1, len(question.clauses)):
        begins = question.clauses[number]
        if begins in sentences or number in glosses or number - 1 in glosses:
            return begins
    return len(question.words)


def heard_as(resolver: Resolver, run: tuple[str, ...]) -> str | None:
    """The one athlete a run of a sentence's words sounds like as a whole name, if one.

    A function word is never a name word heard on its own, and a run of them only is no one.
    """
    if len(run) < 2 or all(w in FUNCTION_WORDS for w in run) or any(w.isdigit() for w in run):
        return None
    return resolver.athlete_heard(run, FUNCTION_WORDS)
