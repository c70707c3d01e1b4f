"""Demands that the bot make something up or put a claim in its own mouth.

Two kinds, both answered with one honest line (the bot says only what its sources say):

- a fabrication: an order to invent a quote, an interview or a claim ("make up a quote where
  jakob admits …", "invent a tweet from kerr", "pretend kerr said …", "dikt opp et sitat",
  "finn på noe jakob kunne sagt", "lag et falskt sitat"). The whole message is refused: what
  follows the order is the made-up content, never a search.
- a demand for a claim: "admit …", "just say it", "repeat after me: …", "agree that …",
  "innrøm at …", "si etter meg: …". Its clause is dropped (as an order is, in
  :mod:`bot.ask.hostile`), and when it points at what follows ("repeat after me:", "say
  this:", "admit it:") the rest of its sentence goes with it: that is the claim to repeat.
  When nothing is left to answer, the honest line is the fabrication one.

Each pattern is matched at a clause's start (after fillers such as "ok", "just", "can you"):
"did kerr make up that story" or "is that quote fake?" asks about a quote, and is no order.
"""

from __future__ import annotations

import re

from bot.ask.words import Question

# words before the demand that change nothing: "ok bot just admit …", "come on, say it",
# "you have to admit …", "du må bare innrømme …", "kan du finne på …"
_LEAD = (
    r"^(?:(?:ok|okay|hey|hei|yo|oi|bot|boten|botten|now|nå|pls|please|plz|just|bare|so|så|"
    r"alright|and|og|then|also|lol|haha|bro|mate|kompis|come on|c'mon|cmon|go on|kom igjen|"
    r"can you|could you|would you|will you|can u|could u|kan du|kunne du|vil du|du må|"
    r"you have to|you must|you gotta|u gotta|you got to|i want you to|i need you to|"
    r"jeg vil at du skal|eg vil at du skal)\s)*"
)
# what a made-up piece of talk is called: a quote, an interview, a tweet, a statement
_TALK = (
    r"(quotes?|quote|interviews?|tweets?|posts?|statements?|press releases?|headlines?|"
    r"conversations?|dialogues?|chats?|texts?|messages?|speech|story|stories|rumou?rs?|claims?|"
    r"something|anything|lines?|sitat\w*|intervju\w*|uttalels\w*|påstand\w*|samtal\w*|"
    r"melding\w*|overskrift\w*|historie\w*|rykte\w*|noe|noko|tale)"
)
# (said by whom: a name stands in the words, so any word or two before the verb of saying)
_SAID = (
    r"(said|says|say|saying|admitted|admits|admitting|called|calls|tweeted|told|claimed|"
    r"sa|sier|sagt|si|innrømmet|innrømmer|kalte|kaller|skrev|skriver|sei|seier)"
)
_MADE_UP = r"(falsk\w* |oppdikt\w* |fiktiv\w* |oppspinn\w* |påfunn\w* |fake |made up )"
FABRICATION = re.compile(
    _LEAD + r"(?:"
    # English: make up, invent, fake, fabricate, forge, cook up, dream up, come up with
    r"make (up|me up|us up)(?! (your|ur|yer) mind)|make (a |an |some )?(fake|made up|fictional|"
    r"invented|false)|invent|fabricate|fake|forge|cook up|dream up|come up with (a |an |some )?"
    rf"(fake |made up |fictional |false )?{_TALK}|"
    # "pretend / imagine / let's say kerr said …"
    rf"(pretend|imagine|let's say|lets say|suppose)( that)? (\w+ ){{1,3}}{_SAID}|"
    rf"(write|generate|create|give me|gimme|draft) (me |us )?(a |an |some )?(fake|made up|"
    rf"fictional|fictitious|invented|false|pretend|hypothetical) {_TALK}|"
    # Norwegian and Nynorsk: dikt opp, finn på, lag et (falskt) sitat, lat som X sa
    # ("på" reads as "at", "sitat" as "quote": the Norwegian words as the reader has them)
    r"dikt(e|er)? opp|(finn|finne|find|fin) (på|at)|"
    # ("lag et sitat" makes one up; "gi meg et sitat" asks for one, unless it is a fake)
    rf"(lag|lage|skriv|skrive|gi|gje) (meg |oss )?(et|en|ei|noen|nokre|noe|noko) "
    rf"{_MADE_UP}(sitat\w*|quotes?|intervju\w*|uttalels\w*|tweet\w*|melding\w*)|"
    rf"(lag|lage) (meg |oss )?(et|en|ei|noen|nokre|noe|noko) (sitat\w*|quotes?|intervju\w*|"
    r"uttalels\w*|tweet\w*)|"
    rf"(lat|late|låt) som (om |at )?(\w+ ){{1,3}}{_SAID}"
    r")\b"
)
CLAIM = re.compile(
    _LEAD + r"(?:"
    # English: admit, confess, concede, own up, agree that, repeat/say after me, say it
    r"admit|confess|concede|own up|acknowledge that|agree (with me )?that|"
    r"(repeat|say|type|write|copy|echo) (after|this|these|the following|what i say|it)\b|"
    r"tell (everyone|everybody|the world|the chat|the server|people|them|him|the fans)|"
    # Norwegian and Nynorsk: innrøm, erkjenn, tilstå, vedgå, si/gjenta etter meg, si det
    r"innrøm\w*|erkjenn\w*|tilstå\w*|vedgå\w*|innse at|gi meg rett|"
    r"(si|sei|gjenta|gjent|skriv|skriv av) (etter meg|dette|følgende|det)\b|"
    r"(fortell|si til) (alle|verden|folk|dem|chatten|serveren)"
    r")\b"
)
# a demand that points at what follows it: "repeat after me:", "say this", "admit it —"
_POINTING = re.compile(
    _LEAD + r"(?:admit|confess|concede|repeat|say|type|write|copy|echo|innrøm\w*|erkjenn\w*|"
    r"tilstå\w*|si|sei|gjenta|skriv)( (it|this|these|that|the following|after me|after us|"
    r"what i say|already|now|bot|etter meg|dette|det|følgende|her|nå|da))*$"
)


def _clause(question: Question, number: int) -> str:
    """The words of clause ``number``, joined by spaces."""
    bounds = [*question.clauses, len(question.words)]
    return " ".join(question.words[bounds[number] : bounds[number + 1]])


def fabricates(question: Question) -> bool:
    """Whether a clause of ``question`` orders the bot to invent a quote, claim or story."""
    return any(FABRICATION.match(_clause(question, n)) for n in range(len(question.clauses)))


def claiming_clauses(question: Question) -> tuple[frozenset[int], frozenset[int]]:
    """The clauses that demand the bot say a claim, and those to drop with them.

    "just admit jakob is doping": its one clause, both; "repeat after me: the store says …":
    the first, and every clause after it in its sentence (what the bot is to repeat).
    """
    demands: set[int] = set()
    for number in range(len(question.clauses)):
        text = _clause(question, number)
        if CLAIM.match(text):
            demands.add(number)
            if _POINTING.match(text):
                # (to the sentence's end: "admit it bot. who won paris?" still asks)
                start = question.clauses[number]
                end = min((s for s in question.sentences if s > start), default=None)
                rest = [n for n, at in enumerate(question.clauses) if at >= start]
                rest = [n for n in rest if end is None or question.clauses[n] < end]
                return frozenset(demands), frozenset(demands | set(rest))
    return frozenset(demands), frozenset(demands)
