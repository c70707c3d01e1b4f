"""Words of topics and quotes as fans write them: distances in one word, racing words."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from bot.answers.topics import RACING
from bot.ask.words import EVENTS, wordset
from bot.facts.models import Quote
from bot.normalise import normalise
from bot.resolve.demonyms import DEMONYMS
from bot.resolve.meets import MONTHS
from bot.stems import nb_stem, stem

# a distance's unit after its number, English and Norwegian ("100 metres", "5000-meteren")
METRE_WORDS = frozenset(
    {"m", "metre", "metres", "meter", "meters", "meteren", "meterne", "metrane", "metrar"}
)
# words for a rivalry itself: beside the people in it, the people are the topic ("the kerr/jakob
# beef": a quote about both of them), the words only rank (English and Norwegian)
RIVALRY = frozenset(
    {"rivalry", "rivalries", "rival", "rivals", "beef", "feud", "feuds", "feuding", "spat",
     "drama", "war", "bad", "blood", "rivalisering", "rivaliseringen", "rivalen", "rivalene",
     "krangel", "krangelen", "krangling", "feide", "feiden", "feiding"}
)  # fmt: skip
PAIR = 2  # people a rivalry is between
# words for the pair a rivalry is between ("those two", "de to", "both of them")
PAIR_WORDS = frozenset(
    {"two", "to", "both", "begge", "pair", "duo", "those", "these", "de", "between", "mellom"}
)
# the short forms fans write for what quotes are about, read as the words quotes hold
# (not "VM" or "OL": Norwegian quotes print them as they are)
TOPIC_SHORT = {
    "dq": "disqualification", "dsq": "disqualification", "pb": "personal best",
    "pbs": "personal best", "sb": "season best", "wr": "world record", "gst": "grand slam track",
    "dl": "diamond league", "oly": "olympics", "dlf": "diamond league final",
}  # fmt: skip
# a fan's words for getting hurt, read as the word quotes' tags use ("calf tear": a calf injury;
# "hurting his leg"); the part of the body stays as typed. Another command's cue may claim them
# (the timeline's mishaps): beside a quote asked, they are its topic still
TOPIC_SHORT |= dict.fromkeys(
    ("tear", "tears", "torn", "tore", "strain", "strained", "hurt", "hurts", "hurting", "injured",
     "injuries", "niggle", "niggles", "skadet", "skadd"),
    "injury",
)  # fmt: skip
HURT_PARTS = frozenset(
    {"calf", "calves", "leg", "legs", "achilles", "hamstring", "knee", "foot", "ankle", "hip",
     "leggen", "kneet", "foten", "ankelen", "hofta"}
)  # fmt: skip
ABBREVIATION = 3  # a word this long may be begun ("doc", "champs" of "championship")
TOPIC_STEM_LETTERS = 3  # a Norwegian stem this long matches a word of another inflection ("svak")
EVENT = re.compile(r"^\d{3,5}m$")  # an event as a word: "1500m", "5000m"


# words that ask for a quote's wording, source or kind of saying, never what it is about
# ("verbatim please: kerr's statement that …", "kva var dei nøyaktige orda", "what did he
# reply", "at kerr klaget over …"): let go from a topic like "quote" and "said" (English and
# Norwegian bokmål and nynorsk)
_REQUEST = wordset(
    """
    verbatim precisely precise exactly wording statement statements remark remarks quotation
    quoted quoting outlet preferably original reply replied replies respond responded response
    answer answered complain complained complaining claim claimed claims claiming stated
    mention mentioned thats that's nøyaktig nøyaktige nøyaktigt ordrett ordlyd ordlyden ord orda
    ordene sitert siterte sitere uttalelse uttalelsen uttalte uttala uttalt uttale uttaler
    uttalar skrive skrevet skreiv skrev avisa avisen avis korrekt klaget klagde klage klager
    hevdet hevda påsto svarte svara svaret kommenterte nevnte snakkar snakker snakket snakka
    liknande lignende tilfeldig tilfeldige random omvendt motsatt
    """
)
# and the words a fan's sentence carries around the topic: "calling himself the pacemaker",
# "the actual quote", "about jakob having weaknesses", "sykt at …", "hva sa han etterpå" (the
# time a quote was said is its moment, read apart)
_AROUND = wordset(
    """
    calling actual actually having sykt sinnsykt etterpå ætterpå etterpaa afterwards afterward
    """
)
REQUEST_WORDS = (_REQUEST | _AROUND) | frozenset(
    normalise(w) for w in _REQUEST | _AROUND
)  # as typed, and folded

# the events the store follows, as one word ("5000m"): a race's, ranked by where it was said
RACED = frozenset(e for e in EVENTS.values() if " " not in e)


# a win or a loss a fan says the quote was said on ("what did he say when he won olympics")
WON = frozenset({"won", "win", "winning", "lost", "losing", "beat", "vant", "tapte", "slo"})


def is_racing(word: str) -> bool:
    """A word about racing in general, or an event ("5000m"): it ranks, never excludes.

    A distance no event is run over ("100m too long") is a word like any other.
    """
    return word in RACING or word in RACED


def metres(words: list[str]) -> list[str]:
    """A distance in one word: "100 metres", "5000 meteren" (of "5000-meteren") -> "100m".

    An event's bare number is the event ("the tokyo 1500 final": "1500m").
    """
    out: list[str] = []
    for word in words:
        if word in METRE_WORDS and out and out[-1].isdigit():
            out[-1] += "m"
        else:
            out.append(word)
    return [EVENTS.get(w, w) if w.isdigit() else w for w in out]


@functools.lru_cache(maxsize=4096)
def distances(text: str) -> frozenset[str]:
    """The distances a text prints, each as one word ("100 metres too long": "100m")."""
    if not any(c.isdigit() for c in text):
        return frozenset()
    return frozenset(w for w in metres(normalise(text).split()) if EVENT.match(w))


# a month named in a topic says when the quote was said ("operasjonen i februar"); not the short
# forms nor "may", which are words of their own
MONTH_WORDS = {w: n for w, n in MONTHS.items() if (len(w) >= 4 and w != "may") or w == "mai"}


def said_in_month(quote: Quote, months: frozenset[int]) -> bool:
    """Whether a quote's date (a month at least) falls in one of ``months``."""
    said = quote.said_on or ""
    return len(said) >= len("2026-02") and int(said[5:7]) in months


# the countries of the demonyms (bot.resolve.demonyms), in the words quotes' tags use
TAG_COUNTRIES = {
    "NOR": "norway", "GBR": "britain", "USA": "america", "KEN": "kenya", "ETH": "ethiopia",
    "ESP": "spain", "AUS": "australia", "BEL": "belgium", "FRA": "france", "NED": "netherlands",
    "POL": "poland", "NZL": "new zealand", "POR": "portugal", "CAN": "canada", "GER": "germany",
    "ITA": "italy", "SWE": "sweden", "UGA": "uganda", "DJI": "djibouti", "ALG": "algeria",
}  # fmt: skip


def countries(words: list[str]) -> tuple[list[str], dict[str, str]]:
    """A people's word read as its country ("norske fans": "norway fans"), and the word typed.

    A topic's "norwegian fans" are the fans from Norway a quote's tags speak of.
    """
    out: list[str] = []
    typed: dict[str, str] = {}
    for word in words:
        country = TAG_COUNTRIES.get(DEMONYMS.get(word, ""))
        out.extend(country.split() if country else (word,))
        typed.update(dict.fromkeys(country.split(), word) if country else {})
    return out, typed


def found_among(
    content: frozenset[str], held: frozenset[str], also: Mapping[str, str] | None = None
) -> set[str]:
    """The content stems a quote holds: as they are, begun ("doc" for "documentary"), or inflected.

    Inflected: the same Norwegian stem ("svakhetene", "svakheter"); an irregular verb's other
    form ("stealing a flag": "I stole the flag"); the Norwegian word typed (``also``).
    """
    found = set(content & held)
    reach = _reach(held)
    for word in content - found:
        if not reach.isdisjoint(_probes(word, also.get(word) if also else None)):
            found.add(word)
    return found


# what a quote's terms hold besides the terms themselves (``_reach``), each kind of key marked
# by a character no term has
_BASE, _BEGUN, _INFLECTED = "\0b", "\0p", "\0n"


@functools.lru_cache(maxsize=4096)
def _reach(held: frozenset[str]) -> frozenset[str]:
    """Every key a topic word may meet in a quote's terms (worked out once per set of terms).

    The terms; the base verbs of their irregular forms; their beginnings of ABBREVIATION
    letters or more ("doc" of "documentary"); their Norwegian stems and the terms again, for
    another inflection. A topic word is held when one of its ``_probes`` is among them: a few
    set lookups a quote, where each word was tried against every term.
    """
    return frozenset(
        (
            *held,
            *(_BASE + IRREGULAR[t] for t in held if t in IRREGULAR),
            *(_BEGUN + t[:end] for t in held for end in range(ABBREVIATION, len(t) + 1)),
            *(_INFLECTED + t for t in held),
            *(_INFLECTED + nb_stem(t) for t in held),
        )
    )


@functools.lru_cache(maxsize=65536)
def _probes(word: str, typed: str | None) -> tuple[str, ...]:
    """The keys of ``_reach`` that hold a topic word (``typed``: the Norwegian word typed).

    Its irregular verb's base; the word begun (ABBREVIATION letters or more); the word typed
    as it is; its and the typed word's Norwegian stem, when TOPIC_STEM_LETTERS long ("the
    same Norwegian stem": an English loanword inflected, "pacen", is its English stem).
    """
    keys = [_BASE + IRREGULAR.get(word, word)]
    if len(word) >= ABBREVIATION:
        keys.append(_BEGUN + word)
    if typed is not None:
        keys.append(typed)
    for inflected in (word,) if typed is None else (word, typed):
        nb = nb_stem(inflected)
        if len(nb) >= TOPIC_STEM_LETTERS:
            keys.append(_INFLECTED + nb)
    return tuple(keys)


# English irregular verbs, which stemming does not join ("steal", "stole", "stolen"): the stem of
# each form -> the stem of the verb's base
_IRREGULAR_FORMS = """
steal stole stolen; take took taken; give gave given; break broke broken; speak spoke spoken;
choose chose chosen; forget forgot forgotten; hide hid hidden; write wrote written;
ride rode ridden; rise rose risen; drive drove driven; eat ate eaten; fall fell fallen;
fly flew flown; grow grew grown; know knew known; throw threw thrown; wear wore worn;
tear tore torn; bite bit bitten; shake shook shaken; sing sang sung; begin began begun;
drink drank drunk; swim swam swum; teach taught; catch caught; buy bought; bring brought;
think thought; fight fought; seek sought; feel felt; keep kept; lose lost;
mean meant; sleep slept; sell sold; tell told; hold held; find found; stand stood;
understand understood; come came; become became; go went gone; see saw seen;
get got gotten; make made; pay paid; hear heard; win won; run ran; beat beaten
"""
# and Norwegian strong verbs, bokmål and nynorsk ("sat på en høy hest": "sitter på en høy
# hest"); not those whose folded forms are English words ("står", "tar", "lå": "star", "la")
_IRREGULAR_NB = """
sitte sitter satt sat sitje sit; slå slår slo slått; gå går gikk gått; vinne vinner vant vunne
vunnet; finne finner fant funnet; skrive skriver skrev skreiv skrevet; gjøre gjør gjorde gjort;
komme kommer kom kommet; springe springer sprang sprunget; trekke trekker trakk trukket
"""
IRREGULAR = {
    stem(normalise(form)): stem(normalise(forms.split()[0]))
    for forms in f"{_IRREGULAR_FORMS};{_IRREGULAR_NB}".replace("\n", " ").split(";")
    for form in forms.split()
}


# Norwegian definite plural endings the stemmer leaves on a loanword ("pacerne", "fansene",
# nynorsk "pacarane"): the word before them may be held as it is
_DEFINITE_PLURAL = (("erne", "er"), ("ene", ""), ("ane", ""))


def plural_base(word: str) -> str | None:
    """The word of a Norwegian definite plural ("pacerne": "pacer"), if it is one."""
    for ending, kept in _DEFINITE_PLURAL:
        if word.endswith(ending) and len(word) - len(ending) + len(kept) >= ABBREVIATION:
            return word[: -len(ending)] + kept
    return None


COMPOUND_HEAD = 3  # a tag's word this long may begin a Norwegian compound ("egoproblemet")
COMPOUND_REST = 4  # and what follows it this long ("fan" + "brevene", not "fan" + "get")


def dated_or_compound(word: str, quote: Quote, tags: frozenset[str]) -> bool:
    """Whether a quote holds a topic word by its date or as a compound's head.

    A year is held by a quote said that year ("blindfolded 2024"); a Norwegian compound by the
    quote whose curated tags hold its first part ("fanbrevene": the "fan mail" quotes,
    "egoproblemet": "ego"), never by spelling distance.
    """
    if word.isdigit() and len(word) == len("2024"):
        return (quote.said_on or "").startswith(word)
    return not tags.isdisjoint(_heads(word))


def heads_of(words: frozenset[str]) -> frozenset[str] | None:
    """Every compound head of the words (``dated_or_compound``); None when one is a year.

    A quote whose tags hold none of them holds none of the words by ``dated_or_compound``.
    """
    if any(w.isdigit() and len(w) == len("2024") for w in words):
        return None
    return frozenset(head for w in words for head in _heads(w))


@functools.lru_cache(maxsize=65536)
def _heads(word: str) -> tuple[str, ...]:
    """The beginnings of a word that may be a compound's head: looked up among a quote's tags.

    (A quote has more tags than a word has heads: the word's, once, not every tag's, per quote.)
    """
    return tuple(word[:end] for end in range(COMPOUND_HEAD, len(word) - COMPOUND_REST + 1))


# "he doesn't like jakob", "liker ikke kerr": what the quote says is "dislike"
_LIKE = frozenset({"like", "likes", "liked", "liking", "liker", "likte", "likt", "lika"})
NEGATIONS = frozenset(
    {"not", "don't", "doesn't", "didn't", "dont", "doesnt", "didnt", "never", "ikke", "aldri"}
)
NEGATION_REACH = 2  # "doesn't really like", "liker ham ikke"


def disliked(words: tuple[str, ...] | list[str]) -> tuple[list[str], list[str]]:
    """The words with a negated "like" read as "dislike" (its negation let go), and whether.

    (["dislike"] as the second item when one was read, else [].)
    """
    out = list(words)
    for i, word in enumerate(words):
        near = range(max(0, i - NEGATION_REACH), min(len(words), i + NEGATION_REACH + 1))
        nots = [k for k in near if words[k] in NEGATIONS]
        if word in _LIKE | {"dislike"} and nots:
            out[i] = "dislike"
            return [w for k, w in enumerate(out) if k not in nots], ["dislike"]
    return out, []


# chat spellings of the words quotes print ("u" is "you")
_CHAT = {
    "u": "you", "ur": "your", "r": "are", "im": "i'm", "dont": "don't", "cant": "can't",
    "thats": "that's", "ive": "i've", "its": "it's", "didnt": "didn't", "doesnt": "doesn't",
}  # fmt: skip


def printed(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Words as quotes print them, in normal form ("u win some": "you win some")."""
    return tuple(normalise(" ".join(_CHAT.get(w.lower(), w) for w in words)).split())


def holds_in_order(text: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    """Whether ``text`` holds ``wanted`` as consecutive words."""
    if not wanted or wanted[0] not in text or wanted[-1] not in text:
        return not wanted  # (most texts: a membership test, no slicing)
    size, first = len(wanted), wanted[0]
    return any(text[k : k + size] == wanted for k, w in enumerate(text) if w == first)
