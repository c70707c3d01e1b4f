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

import functools
import re

from bot.ask.prefilter import Gated
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


# ---------------------------------------------------------------- a claim put to be checked
# a tag question: "…, didn't he", "…, wasn't it", "gjorde han ikkje", "va det ikkje"
_TAG = (
    r"(didn't|did|wasn't|isn't|hasn't|doesn't|haven't|weren't) (he|it|they|she)( not)?|"
    r"(gjorde|gjor|har|va|var|e|er) (han|det|de|dei) (ikke|ikkje|itj)( det)?"
)
# a fan states a claim and asks the bot to check it or show it: "kerr slo jakob på bislett,
# det veit alle. vis meg det", "jakob e ferdig. stemme?", "kerr won in tokyo, right?",
# "nordås e raskere enn jakob, alle veit det", "… is that true? prove it". The clause that
# checks asks nothing of its own: the claim is the question, read as the command whose
# answer holds the fact (the head-to-head, the race's results, the next race). A clause that
# is all check (after fillers), or a check at a clause's end ("…, right?").
# a check said after the claim, in its clause or one of its own: "…, right?", "…, stemmer det",
# "…, didn't he", "så ser du det sjøl", "correct me if i'm wrong", "change my mind", "source?"
_TAIL = (
    r"right|true|correct|innit|sant|ikke sant|ikkje sant|eller hva|yes or no|true or false|"
    r"ja eller nei|stemmer?( det| vel| ikke det| ikkje det)?|"
    + _TAG
    + r"|(is|isn't) (that|it) (true|right|so)|(er|e) (det|d) (sant|riktig|rett)|"
    r"((så|og|then|and|so) )?(ser|skjønner|see) (du|you|u)( det| dette| it)?( sjøl| selv| sjølv|"
    r" yourself| for yourself)?|(you'll|youll|u'll) see( for yourself)?|"
    r"correct me if (i'm|im|i am) wrong|change my mind|fight me|(don't|dont) @ me|"
    r"(prove|show me) otherwise|bevis det motsatte|(or |eller )?(am i|tar (jeg|eg|æ)) (wrong|feil)"
)
# a fan states a claim and asks the bot to check it or show it: "kerr slo jakob på bislett,
# det veit alle. vis meg det", "jakob e ferdig. stemme?", "kerr won in tokyo, right?",
# "nordås e raskere enn jakob, alle veit det", "… is that true? prove it". The clause that
# checks asks nothing of its own: the claim is the question, read as the command whose
# answer holds the fact (the head-to-head, the race's results, the next race). A clause that
# is all check (after fillers), or a check at a clause's end ("…, right?").
_CHECK = (
    _TAIL + r"|(stemmer|stemme|stemm|stämmer)( (det|dette|vel|ikke det|ikkje det|itj det|ikke|"
    r"ikkje))?|(er|e|va|var) (det|dette|d) (sant|riktig|rett|fakta|korrekt|sånn|slik)|"
    r"(ikke|ikkje|itj|inte) sant|riktig|korrekt|fakta|eller|(har|hadde) (jeg|eg|æ|i) rett|"
    r"(is|isn't|was) (that|it|this) (true|right|correct|so|a fact|accurate)|facts?|yeah|"
    r"sant eller usant|am i right|right or wrong|or not|"
    # (a source asked for in a clause of its own: "what did kerr say about his sources" asks)
    r"sources?|receipts|kilde|kilder|citation needed|har du (en )?kilde|"
    r"(prove|bevis|disprove) (it|that|this|me wrong|det|dette|meg feil|at eg tar feil|"
    r"at jeg tar feil)|"
    r"(vis|show|bekreft|confirm|check|sjekk|verify) (meg |me |us |oss )?(it|det|dette|that|this|"
    r"den|han|then|da)?|"
    # the claim said to be known: "det veit alle", "alle veit det", "everyone knows"
    r"(det|that|this|it) (vet|veit|kan) (jo )?(alle|alle sammen|enhver|kvar mann)|"
    r"(alle|everyone|everybody|every1|all of us|alle sammen) (vet|veit|knows|know)( (det|dette|"
    r"that|this|it))?"
)
_FILLER = r"^(?:(?:lol|haha|ok|okay|so|så|and|og|men|but|bare|just|pls|please|plz|bot|hmm)\s)*"
CHECKING = re.compile(_FILLER + rf"(?:{_CHECK})( (lol|haha|eh|da|då|nå|no|bot|boten))*$")
_CHECK_END = re.compile(rf"\s(?:{_TAIL})$")
TAIL_REACH = 40  # characters from a clause's end a check after the claim is looked for in
# the first letters of every word the patterns spell ("sources?" is "sou"): a clause whose
# first (last) word starts with none of them is no check (and has none at its end): one set
# look-up instead of a search, for nearly every clause
_SPELT = re.compile(r"[\w'@]+")
_OPENING = frozenset(w[:3] for w in _SPELT.findall(_FILLER + _CHECK))
_ENDING = frozenset(w[:3] for w in _SPELT.findall(_TAIL))


def checks(words: tuple[str, ...]) -> bool:
    """Whether a clause's ``words`` are all a check ("stemme det?", "alle veit det")."""
    return bool(words) and words[0][:3] in _OPENING and bool(CHECKING.match(" ".join(words)))


# hearsay before a claim: "hørt at kerr har lagt opp", "i heard jakob is done", "apparently"
_HEARSAY_WORDS = (
    r"((i |eg |jeg |æ |we |vi )?(heard|hear|have heard|hørt|hørte|har hørt|høyrt|"
    r"høyrde|har høyrt)( that| at)?|apparently|supposedly|allegedly|rumou?r (is|has it)( that)?|"
    r"word is( that)?|visstnok|angivelig|(folk|people|they) (sier|seier|say|says)( at| that)?)\b"
)
_HEARSAY = re.compile(_FILLER + _HEARSAY_WORDS)
_HEARSAY_OPENING = frozenset(w[:3] for w in _SPELT.findall(_FILLER + _HEARSAY_WORDS))


@functools.lru_cache(maxsize=64)  # (the reader asks it of one question several times)
def checking_words(question: Question) -> frozenset[int]:
    """The indexes of the words that put a claim to the bot to check: they ask, no more."""
    # (a question cut to its first clauses keeps the later clauses' starts: bounded here)
    bounds = [min(b, len(question.words)) for b in (*question.clauses, len(question.words))]
    out: set[int] = set()
    for number in range(len(question.clauses)):
        start, end = bounds[number], bounds[number + 1]
        words = question.words[start:end]
        if not words or checks(words):
            out |= set(range(start, end))
            continue
        text = " ".join(words)
        if words[0][:3] in _HEARSAY_OPENING and (hearsay := _HEARSAY.match(text)):
            out |= set(range(start, start + text[: hearsay.end()].count(" ") + 1))  # (a claim next)
        if (
            len(words) > 1
            and words[-1][:3] in _ENDING
            and (match := _CHECK_END.search(text, max(0, len(text) - TAIL_REACH)))
        ):
            out |= set(range(end - text[match.start() + 1 :].count(" ") - 1, end))
    return frozenset(out)


# ---------------------------------------------------------------- an accusation to confirm
# doping, cheating and bans said of someone: "bekreft at kerr ble tatt for doping", "is it true
# jakob failed a drug test?", "er kerr dopa? stemmer det". The store holds no such claim and
# the bot never repeats one: the honest line is the fabrication one ("what did kerr say about
# doping" asks for a quote, and is read as one)
ACCUSATION = Gated(
    r"\b(doping|doped|doper|dopers|dopes|dopa|dopet|dopar|doping\w+|dop|drugs|drug test|"
    r"drugs test|steroids?|steroid\w*|epo|peds?|juicing|juiced|juks|jukser|juksa|jukset|"
    r"juksemaker|cheat|cheats|cheated|cheating|cheater|banned|utestengt|utestengd|"
    r"suspended|suspensjon|failed a test|positive test|tested positive|positiv prøve|"
    r"testet positivt|whereabouts)\b"
)
# a demand that the bot confirm what it is told ("bekreft at", "confirm that", "admit")
_CONFIRM = re.compile(
    r"\b(bekreft\w*|stadfest\w*|confirm\w*|verify|admit|innrøm\w*|is it true|er det sant|"
    r"e det sant|stemmer det|fact ?check)\b"
)


def accuses(question: Question, asking: frozenset[int], command: str | None) -> bool:
    """Whether the message puts an accusation to the bot to confirm.

    ``asking``: its clauses that ask; ``command``: its confident reading, if any. Refused when
    nothing else is read or the bot is told to confirm it; a quote asked about it is a quote.
    """
    if command == "quote" or not ACCUSATION.search(question.joined):
        return False  # (one search: most messages accuse no one)
    # (a claim put to be checked is asked whole: "jakob cheated in tokyo, everyone knows")
    checked = bool(_CONFIRM.search(question.joined) or checking_words(question))
    bounds = [*question.clauses, len(question.words)]
    asked = " ".join(
        " ".join(question.words[bounds[n] : bounds[n + 1]])
        for n in range(len(question.clauses))
        if checked or not asking or n in asking
    )
    return bool(ACCUSATION.search(asked)) and (command is None or checked)
