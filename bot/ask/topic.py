"""The words of a question a quote is about: from the topic's cue to where its question ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answers.topics import CHATTER
from bot.ask.informal import INFORMAL_FILLER
from bot.ask.words import FUNCTION_WORDS, Question, wordset
from bot.normalise import normalise

if TYPE_CHECKING:  # (slots.py finds where the topic starts)
    from bot.ask.slots import Slots

# words trimmed from both ends of a quote topic ("about his dad" -> "dad"; a fan's "wee",
# "och", "aye": "aboot his wee dig" is "dig"; Norwegian "noe om at kerr …" is "kerr …")
_TOPIC_FILLER = INFORMAL_FILLER | wordset(
    """
    the a an his her their them him it its that this being getting having pls please lol
    rn ngl fr say said
    at en et ei den det de som hans hennes
    """
)


# the first words of a clause that asks something of its own
_ASKING = wordset(
    """
    can could does did do is was what whats what's who how anyone someone somebody pls please
    kan hva hvem hvordan er var noen
    """
) | wordset(
    # a clause opened by where/why/which asks anew too ("the 98 outta 100 line, where'd jakob
    # say that"); not "when", which may say when the quote was ("…, when he won in paris")
    # and an order to fetch it: "…, finn sitatet", "…, vis meg det", "…, show me"
    "find show gimme finn vis"
)
# a clause opened by where/why/which asks anew when it asks where or why it was said ("the 98
# outta 100 line, where'd jakob say that"), not when it recalls what was ("…, where do they get
# his address, was that josh"); not "when", which may say when ("…, when he won in paris")
_ASKING_SAID = wordset("where why which what'd where'd why'd how'd who'd hvor hvorfor")


def _asks(words: tuple[str, ...], clause: int) -> bool:
    """Whether the clause starting at ``clause`` asks a question of its own."""
    if words[clause] in _ASKING:
        return True
    return words[clause] in _ASKING_SAID and not _SAID.isdisjoint(words[clause : clause + 5])


_OR = wordset("or eller")
_AUXILIARIES = wordset("does did do is was are were has have will can er var har gjør gjorde")


def _asks_anew(word: str, after: str) -> bool:
    """Whether ``word`` begins another question: "or" and a verb ("or does he", "eller er")."""
    return word in _OR and after in _AUXILIARIES


# a short sentence after the topic that says it again in other words ("akillesen altså",
# "the achilles one i mean"): part of the topic
_CLARIFIERS = wordset("altså altsa aka dvs ie i.e. mener osv etc etc. ++")
CLARIFYING_WORDS = 6
# "..., noe om at noen av gutta er boring", "? something about world records": a sentence
# that opens so recalls what the quote said (dialect "nåkka om" is read as "noe om" before)
RECALLING = frozenset(
    {("noe", "om"), ("noe", "med"), ("something", "about"), ("smth", "about"),
     ("sth", "about"), ("somethin", "about"), ("something", "like"), ("stuff", "about")}
)  # fmt: skip
RECALLING_WORDS = 10
# the words that ask a question of their own (not "noen"/"someone": "noen av gutta")
_QUESTION_WORDS = wordset("what who how why when where which hva hvem hvordan hvorfor når hvor")


def clarifies(sentence: tuple[str, ...]) -> bool:
    """Whether a sentence only says the topic again ("akillesen altså", "i mean the surgery").

    Or recalls the quote's words: "noe om at noen av gutta er boring", "something about kids".
    """
    if sentence[:2] in RECALLING:
        return len(sentence) <= RECALLING_WORDS and _QUESTION_WORDS.isdisjoint(sentence)
    said = not _CLARIFIERS.isdisjoint(sentence) or sentence[:2] == ("i", "mean")
    return said and len(sentence) <= CLARIFYING_WORDS and _ASKING.isdisjoint(sentence)


_SAID = wordset("say said says sa sagt sier mean meant mente")
_HE = wordset("he she han hun ho hu")


def asks_what_was_said(words: tuple[str, ...]) -> bool:
    """Whether a sentence asks what someone named before said ("what did he say", "hva sa han")."""
    return not _SAID.isdisjoint(words) and not _HE.isdisjoint(words)


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
    if later and clarifies(words[later[0] : min([*later[1:], len(words)])]):
        later = later[1:]  # "om operasjonen i februar? akillesen altså": the topic said again
    later += [c for c in question.clauses if start < c < len(words) and _asks(words, c)]
    # "or" before a verb asks another question: "the kerr/jakob beef or does he just win stuff"
    later += [i for i in range(start + 1, len(words) - 1) if _asks_anew(words[i], words[i + 1])]
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
