"""Whether a message asks something, and which of its clauses do; or whether it is chatter.

Fans write long posts with the question in one clause ("ok hot take incoming …, so settle
it: what is the actual kerr vs jakob record") and cheer or joke with a name in it ("heia
jakob!!!", "gg kerr torun W"). A clause asks when a question mark ends it or it opens (after
fillers: "ok but", "so", "men") with a question word, an auxiliary verb put first ("is kerr
…", "vant jakob …") or a request ("tell me", "fortell"); a message asks when a clause does
or it says it wants to know ("wondering", "anyone know", "lurer på"). These are features of
how people ask in every language the bot reads, not of any one question.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Collection
from dataclasses import replace

from bot.ask.claims import checking_words, checks
from bot.ask.options import options_only
from bot.ask.words import Question, wordset

# words that may come before the question word of a clause without being asked themselves
OPENERS = wordset(
    """
    ok okay so but and also then well hey hi yo oh right anyway now just pls please plz lol
    lmao haha bro mate guys honestly genuinely seriously quick real fr ngl tbh imo like um
    uh and or og men så altså ja nei hei heisann da nå bare forresten egentlig serr seriøst
    kindly respectfully vennligst
    """
)
# a clause opening with one of these asks: question words, auxiliaries put first, requests
ASKING = wordset(
    """
    who whom whose what whats what's wat wut when whens when's where wheres where's which why
    how hows how's who's whos is isn't isnt are aren't arent was wasn't wasnt were do does
    doesn't doesnt did didn't didnt has hasn't hasnt have haven't had can could will
    would should any anyone anybody tell show give gimme list pull find get fetch
    compare settle explain remind lemme share post drop name whether
    hva hvem hvor hvordan hvorfor hvilken hvilket hvilke når er var har hadde kan kunne vil
    skal blir ble vant løper løp kommer stemmer fortell vis gi finn list husker veit vet
    ka kva kem kven kor korleis kordan koffor kvifor e ska kjem sprang va
    """
)
# a clause with one of these asks for something, whatever it opens with
PLEASE = wordset("please pls plz pliz vennligst snill")
# words that ask wherever they stand: "I'm curious how many …", "lurer på når …", a question
# told inside a sentence ("we were arguing whether …", "eg vil gjerne vite korleis …")
WANTING = re.compile(
    r"\b(wondering|wonder|curious|anyone know|does anyone|any idea|need to know|want to know|"
    r"((i'd|id|i would|we'd) )?(like|love) to know|whether|"
    r"looking for|can (you|someone|somebody|anyone)|could (you|someone|anyone)|"
    r"lurer (jeg |eg |vi )?(på|at)|"
    # (a wish to see asks when it is the writer's: "datteren min vil gjerne se ham" does not)
    r"vil (gjerne |bare )?vite|gjerne vite|(jeg|eg|vi) (vil|ville|skulle) (gjerne |bare )?"
    r"(se|ha|få|sett)|(i'd|id|i would|we'd|we would) (like|love) to (see|have|get)|"
    r"(ønsker|lyst til|artig|gøy|greit|fint|kjekt|"
    r"interessant) å vite|noen som vet|nysgjerrig|"
    # a request put formally changes nothing asked: "please confirm", "I would appreciate",
    # "want it verified", "please cite", "jeg ville sette pris på", "kan du bekrefte"
    r"confirm|verify|verified|double[ -]check|appreciate|grateful|cite|"
    # where the bot is to look, said to it: "jk's mile pr in your data", "i dataene dine"
    r"(in|from|per|according to) (your|ur|the bot's) (data|database|records|numbers|store)|"
    r"(i|in) (dataene|databasen|tallene) (dine|din|di)|"
    # a thing asked to be handed over, the verb left out: "jakob sitt 2025 te me takk",
    # "kerr pb til meg, takk", "budapest results for me thanks"
    r"(til|åt|for|to) (meg|me|oss|us)( (takk|tusen takk|thanks|thx|ty|please|pls|plz))?$|"
    # what the bot holds, asked of it: "kerr's fastest 1500 you've got", "what u got on laros"
    r"(you've|youve|you|u|ya) got(?! (it|that|this) (wrong|right))|"
    r"(you have|you hold) (on file|on record|stored)|(du|dere|dokker) har (inne|lagra|lagret)|"
    r"set(te|ter|t)? pris (på|at)|bekrefte?|stadfest[ae]?)\b"
)
# a second question joined to the first: "…, og om Ingebrigtsen er påmeldt", "eller om …"
_WHETHER = frozenset({("og", "om"), ("eller", "om"), ("and", "whether"), ("or", "whether")})
# an exclamation that opens like a question: "what a race", "how good was that!"
EXCLAIMING = re.compile(r"^(what an?|hvilket|for et|for en|how good|så bra)\b")
# what fans say to each other, not to the bot: cheering, praise and scorn, thanks, laughter
# (letters fans stretch are read stretched: "lmaooo", "gooo", "heiaaa")
CHEERING = re.compile(
    r"\b(gg+|ggs|ggwp|gg wp|w+|dub|go+a+t|goated|heia+|come on|c'?mon|let'?s go+|lfg|allez|"
    r"vamos|kom igjen|congrats|congratulations|gratulerer|grattis|bravo|well done|legend|"
    r"legende|king|konge|supremacy|cooked|washed|fraud|clown|cringe|overrated|underrated|"
    r"thanks|thank you|thx|takk|ha(ha)+h*|he(he)+|lo+l|lma+o+|rofl|what an? (race|run|finish|"
    r"kick)|love|loves|hate|hates|elsker|digger|get in|so proud|stolt|rå|sykt|insane|unreal|"
    r"beast|banter|sucks|trash|garbage|rubbish|useless|søppel|ubrukelig|elendig|shite)\b"
)
# a question word anywhere: "jakob has raced kerr how many times" asks without opening so
QUESTION_WORDS = wordset(
    """
    who whom whose what whats what's wat when whens when's where wheres where's which why how
    hows how's who's whos hva hvem hvor hvordan hvorfor hvilken hvilket når ka kva kem kven
    kor korleis kordan koffor kvifor
    """
)
# a verb that makes a sentence of a clause: a message with one that asks nothing says
# something ("jakob is so arrogant", "laros will be world champ"); a look-up has none
# ("kerr pb", "jakob next race", "budapest 2023 results")
STATING = wordset(
    """
    is isn't isnt are aren't arent was wasn't wasnt were will won't would has hasn't have
    had got gets looked looks seems seemed it's he's that's there's er var e va har hadde
    blir ble skal vil
    """
)
MAX_GLOSS_WORDS = 3  # words a bracket after a question mark glosses with, at most
EMOJI = 0x2190  # arrows, symbols, dingbats and emoji start here (letters of every script below)


# a conjunction before a question word opens a clause that asks: "not the weather for it but
# when is bislett", "jeg vedder på jakob men hvem vant"
JOINING = wordset("but so anyway men så")
OPENING = wordset(
    """
    who what whats what's when whens when's where wheres where's which why how hows how's
    who's whos is are was were does did do has can could will hva hvem hvor hvordan hvorfor
    hvilken hvilket når er har var kan ka kem kor koffor kva
    """
)


def split_at_joins(question: Question) -> Question:
    """The question with a clause begun where a conjunction leads into a question word."""
    words = question.words
    starts = set(question.clauses)
    added = [
        i
        for i in range(2, len(words))
        if words[i - 1] in JOINING and words[i] in OPENING and i - 1 not in starts
    ]
    if not added:
        return question
    clauses = sorted(starts | set(added))

    def renumbered(numbers: frozenset[int]) -> frozenset[int]:
        return frozenset(clauses.index(question.clauses[n]) for n in numbers)

    # a question mark after an old clause ends the last new clause inside it
    marked = frozenset(
        clauses.index(question.clauses[n + 1]) - 1
        if n + 1 < len(question.clauses)
        else len(clauses) - 1
        for n in question.marked
    )
    return replace(
        question,
        clauses=tuple(clauses),
        marked=marked,
        glosses=renumbered(question.glosses),
    )


def glosses(question: Question) -> frozenset[int]:
    """The clauses in brackets that gloss the question ("kallte Jakob Kerr en idiot? (moron)").

    A bracket after the question is asked (a question mark before it) that says more than a
    word or two is an aside of its own: "who won? (Tokyo last year comes to mind, though …)"
    remembers a meet; it does not gloss the question, so its names are no option.
    """
    out = set()
    bounds = [*question.clauses, len(question.words)]
    for number in question.glosses:
        asked = number and number - 1 in question.marked
        if not asked or bounds[number + 1] - bounds[number] <= MAX_GLOSS_WORDS:
            out.add(number)
    return frozenset(out)


# a verb put first and denied at once says something with its subject left out: "(tenker på
# doha, men husker ikke sikkert)" is "I don't remember", not "do you remember"
DENIED = wordset("ikke ikkje itj inte not")


def _opening(words: tuple[str, ...]) -> str | None:
    """The first word of a clause that is not a filler before it (None: a denied verb)."""
    for index, word in enumerate(words):
        if word not in OPENERS:
            return None if words[index + 1 : index + 2] in {(w,) for w in DENIED} else word
    return None


# what is wanted, named as a tag after the question: "kerr millrose 2024 world best?? results",
# "jakob 2025?? timeline pls", "… ? h2h"
_LOOKED_UP = wordset(
    """
    results result resultat resultater resultatene resultatliste resultatlista h2h timeline
    tidslinje tidslinja tidslinjen profile profil profilen quote quotes sitat sitatet sitater
    pb pbs pr stats podium standings
    """
)
_TAG_FILLER = wordset("please pls plz thanks thx takk the full all hele alle og and")


def looked_up(words: tuple[str, ...]) -> bool:
    """Whether a clause only names what is wanted ("results", "full results pls", "h2h")."""
    said = [w for w in words if w not in _TAG_FILLER]
    return bool(said) and _LOOKED_UP.issuperset(said)


# (the reader asks it of one question several times: the whole, its remarks, its readings)
@functools.lru_cache(maxsize=64)
def asking_clauses(question: Question) -> frozenset[int]:
    """The numbers of the clauses that ask something."""
    bounds = [*question.clauses, len(question.words)]
    out = set(question.marked)
    options = set()
    for number, (start, end) in enumerate(itertools.pairwise(bounds)):
        words = question.words[start:end]
        opening = _opening(words)
        if opening in ASKING and not EXCLAIMING.match(" ".join(words)):
            out.add(number)
        elif (
            WANTING.search(" ".join(words))
            or words[:2] in _WHETHER
            or checks(words)  # a claim put to be checked: "alle veit det"
        ):
            # a question told inside a sentence after a preamble: "I have followed the sport
            # since the eighties, and now I wonder how …" (the preamble is a remark)
            out.add(number)
        elif number and (options_only(words) or not PLEASE.isdisjoint(words) or looked_up(words)):
            options.add(number)
    # "…, oldest first please", "… ? Timeline for 2026 please" after a question asks with it:
    # no remark beside it
    return frozenset(out | {n for n in options if out and n > min(out)})


# a clause that tells of the writer's own doing: "i'll do the splits myself", "missed the
# stream", "eg såg det ikkje": it opens (after fillers) with the writer as subject, or with a
# verb of the writer's own watching or missing said without one. ("i want the splits", "can i
# watch it" ask: a wish or an auxiliary after "I" is no remark.)
_WRITER = wordset(
    """
    i i'll ill i'm im i've ive i'd me myself we we'll we're we've jeg eg æ vi
    """
)
_OWN_VERBS = wordset(
    """
    missed watched saw caught slept fell couldn't couldnt didn't didnt can't cant wasn't wasnt
    rakk fikk såg sovna sovnet glemte
    """
)
_WISHING = wordset(
    """
    want wanna need needs like love would 'd could can may might wish hope vil ville trenger
    ønsker skulle kunne lurer wonder
    """
)
WISH_REACH = 2  # words after the writer a wish may stand ("i really want")


def own_doing(question: Question, asking: frozenset[int] = frozenset()) -> frozenset[int]:
    """The clauses that tell of the writer's own doing, not of what is asked (``asking``).

    Their words of a refusal topic refuse nothing ("pull up the bowerman mile, i'll do the
    splits myself" asks for results; "top 4?? missed the stream" is no live question). A
    message that is all such story ("i missed the stream") keeps its words.
    """
    bounds = [*question.clauses, len(question.words)]
    out = set()
    for number, (start, end) in enumerate(itertools.pairwise(bounds)):
        words = question.words[start:end]
        first = next((i for i, w in enumerate(words) if w not in OPENERS), None)
        if first is None:
            continue
        opening, after = words[first], words[first + 1 : first + 1 + WISH_REACH]
        if opening in _WRITER and _WISHING.isdisjoint(after):
            out.add(number)
        elif opening in _OWN_VERBS and first == 0 and number:
            out.add(number)  # the subject left out, after the question: "missed the stream"
    out -= asking
    return frozenset(out) if len(out) < len(question.clauses) else frozenset()


# the writer's words for someone he then names: "my son's hero kerr", "my favourite runner
# jakob", "min favoritt jakob", "our boy kerr" (the name says who; the words ask nothing)
_POSSESSIVES = wordset("my our min mitt mine vår vårt våre")
DESCRIBED_REACH = 4  # words between the possessive and the name, at most
# a fan's banner for the one named, as hashtags and chants write it: "team kerr", "#teamjakob",
# "go josh", "heia narve", "forza laros"
CHEERS = wordset("team go heia forza allez vamos cmon c'mon")


def described_words(question: Question, starts: Collection[int]) -> set[int]:
    """The indexes of the writer's description before a name (``starts``: names' first words).

    They explain themselves: "did my son's hero kerr win anything" asks about Kerr alone.
    """
    words = question.words
    out: set[int] = set()
    for start in starts:
        if start and words[start - 1] in CHEERS:
            out.add(start - 1)  # "team kerr next race?": Kerr's, the cheer asks nothing
        for at in range(max(0, start - DESCRIBED_REACH - 1), start):
            if words[at] in _POSSESSIVES and question.clause_of(at) == question.clause_of(start):
                out |= set(range(at, start))
                break
    return out


def asked_words(question: Question) -> list[str]:
    """The words of the clauses that ask (all of them, when none does)."""
    asking = asking_clauses(question)
    if not asking:
        return list(question.words)
    return [w for i, w in enumerate(question.words) if question.clause_of(i) in asking]


def asks(question: Question) -> bool:
    """Whether the message asks something at all."""
    return bool(asking_clauses(question)) or bool(WANTING.search(question.joined))


def wanting_words(question: Question) -> set[int]:
    """The indexes of the words that say the message asks: "eg vil gjerne vite", "whether".

    They explain themselves: no reading pays for them as words nothing explains.
    """
    joined = question.joined
    out = set(checking_words(question))  # "stemme det?", "is that true", "så ser du det sjøl"
    for match in WANTING.finditer(joined):
        first = joined.count(" ", 0, match.start())
        out |= set(range(first, first + joined.count(" ", match.start(), match.end()) + 1))
    return out


def _asks_somewhere(question: Question) -> bool:
    """Whether a question word stands anywhere but in an exclamation ("what a run")."""
    words = question.words
    return any(
        w in QUESTION_WORDS and not (w == "what" and words[i + 1 : i + 2] in (("a",), ("an",)))
        for i, w in enumerate(words)
    )


def states(question: Question) -> bool:
    """Whether a message that asks nothing says something: it has a verb and no question word.

    "can't believe hocker got dq'd", "kerr er best"; not "kerr pb", "jakob vs kerr 2023".
    """
    if asks(question) or _asks_somewhere(question):
        return False
    return not STATING.isdisjoint(question.words)


def chatter(question: Question) -> bool:
    """Whether a message that asks nothing reads as talk among fans (cheers, scorn, thanks)."""
    if asks(question) or _asks_somewhere(question):
        return False
    return bool(CHEERING.search(question.joined))


def exclaims(question: Question) -> bool:
    """Whether a message that asks nothing is marked as talk: an emoji, an exclamation mark.

    Beside a name alone ("jakob ingebrigtsen!", "bislett 2024 🔥") it is still a look-up: the
    reader counts it only beside words nothing explains ("nuguse smooth af 🔥").
    """
    if asks(question) or _asks_somewhere(question):
        return False
    return "!" in question.text or any(ord(c) >= EMOJI for c in question.text)
