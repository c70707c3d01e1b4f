"""The words of a question: tokens, and the vocabulary of how things are asked (no names)."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

import bot.ask.distances as distances
from bot.ask.dialect import DIALECT_MARKERS, NORWEGIAN, bokmaal
from bot.ask.distances import written_distances
from bot.ask.informal import INFORMAL, INFORMAL_FILLER, KEEP, quoted_spans, standard_english, typed
from bot.ask.markup import without_markup
from bot.ask.years import spelled_times, spelled_years, written_years

_TOKEN = re.compile(rf"{distances.TIME.pattern}|[^\W_]+(?:['’][^\W_]+)?")  # (a time: one word)
# contractions whose "'s" is a verb, not a possessive ("who's" = "who is")
_CONTRACTIONS = frozenset(
    {"who's", "what's", "when's", "where's", "how's", "it's", "he's", "that's", "there's"}
)


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (long word lists stay readable)."""
    return frozenset(text.split())


# Words that never start or end a name (question words, verbs, connectors). A name span may
# contain only the words the store's normal form drops anyway ("the", "at", "in", "of").
FUNCTION_WORDS = wordset(
    """
    a an and any are as at be been being best better beat beaten beats between but by can could
    did do does doing dont done ever for from get give go going got had has have he her him his
    how i if in is it its just last latest let like me more most much my next no not now of on
    or our out over say said says see should show since so some tell than that the their them
    then there they this those to up us v vs versus was we were what whats when where which who
    whom whose why will with won would you your yo pls please plz hey hi yes yeah ok okay lol
    lmao bro mate guys think thinks thought talk talked about after before during against times
    time race races racing raced run ran running win wins winning wins won lose lost again ever
    today tomorrow tonight year years season did didnt isnt wasnt really actually exactly u ur r
    im ive gonna wanna who's what's when's where's how's it's he's that's there's whos whats
    whens wheres hows wat use bot runs competes every all incl including abt bout thru pls fr
    ngl rn tbh imo idk cope gimme any anything ever each other together vs. ya yall y'all also
    too still really again cmon lemme og eller om hva hvem hvor hvordan når neste sa sagt mot
    vant vunnet flest er var har det den de en et jeg du han hun seg sin sitt sine til fra med
    på løper løp løpet løpt gang igjen noen meg fortell fortelle denne boten bare gikk kan vet
    skjedde mellom første av fortsatt stemmer egentlig virkelig ganger mange dager lenge hvilket
    hvilken tok ble kom endte også vel jo da nå hans hennes ut inn opp etter før under siden
    helt skal kommer blir bli å ikke enda settle way right anyway tho though until till til
    unless seems seem far doesn't don't didn't isn't wasn't can't won't wouldn't couldn't
    haven't hasn't aren't these nowadays currently lately something everything obviously what'd
    whatd hvorfor tror trodde noe hele tiden mye selv dere vi sant fjor ifjor forrige sesong
    sesongen år året årets fjoråret fjorårets forfjor åra årene gjennom vært siden deg dem jo
    sier si ville hvis fordi men din ditt dine min mitt mine many står stod ligger ligg gått går
    lurer lure lurte vis missed live watch watched saw seen hverandre skulle gjerne der slik
    alle medregnet i'm i've i'd i'll you're they're we're shouldn't weren't trying myself
    himself into without down away already off someone anyone everyone nobody because probably
    maybe nothing pull fetch bring
    """
)

# informal spellings of those words and a fan's filler ("whit", "aboot", "wee"): a question's
# words are read as the standard ones, but a /quote topic typed as an option is not
FUNCTION_WORDS |= INFORMAL_FILLER | {
    form for form, standard in INFORMAL.items() if FUNCTION_WORDS.issuperset(standard.split())
}

STORE_STOPWORDS = frozenset({"the", "at", "in", "of"})  # the ones bot.normalise drops

# Events as fans type them -> the store's event names (the command matches them to a race)
EVENTS: dict[str, str] = {
    "1500": "1500m",
    "mila": "mile",  # Norwegian: "i mila", the mile
    "1500m": "1500m",
    "1500s": "1500m",
    "1.5k": "1500m",
    "metric": "1500m",
    "mile": "mile",
    "miles": "mile",
    "5000": "5000m",
    "5000m": "5000m",
    "5k": "5000m",
    "3000": "3000m",
    "3000m": "3000m",
    "3k": "3000m",
    "steeple": "3000m steeplechase",
    "steeplechase": "3000m steeplechase",
    "800": "800m",
    "800m": "800m",
}
# events the store does not follow at all: a question about them gets the honest answer
OTHER_EVENTS = frozenset(
    {
        "marathon",
        "100m",
        "200m",
        "400m",
        "sprint",
        "sprints",
        "sprinter",
        "hurdles",
        "javelin",
        "shot",
        "discus",
        "hammer",
        "relay",
        "decathlon",
        "heptathlon",
        "jump",
        "vault",
    }
)
INDOOR = frozenset({"indoor", "indoors"})

ROUNDS: dict[str, str] = {
    "final": "final",
    "finals": "final",
    "finale": "final",
    "finalen": "final",
    "semi": "semi-final",
    "semis": "semi-final",
    "semifinal": "semi-final",
    "semifinals": "semi-final",
    "heat": "heat",
    "heats": "heat",
    "prelims": "heat",
}
# words only a Norwegian question has; with one of them the words below are translated
NORWEGIAN_MARKERS = (
    wordset(
        """
    hva hvem hvor hvordan når neste sa sagt mot vant vunnet flest har noen gang løper løp
    om meg fortell denne boten bare gikk skjedde mellom første siste vinner er og eller
    resultater resultatene sitat innendørs drømmemila vm em ol sin sitt sine
    resultat resultatliste tidslinje tidslinjen verdensrekord verdensrekorden
    ut røk ryker finalen semien semifinalen heatet forsøk forsøket forsøkene finaler finalene
    """
    )
    | DIALECT_MARKERS
)

# words about racing in general: allowed inside a name span but never a name on their own
DOMAIN_WORDS = frozenset(
    {
        *EVENTS,
        *INDOOR,
        *ROUNDS,
        "m",
        "metres",
        "meters",
        *("meter", "meteren", "meterne", "metrane"),  # Norwegian: "5000-meteren", "1500 meter"
        "record",
        "records",
        "pb",
        "pbs",
        "sb",
        "wr",
        "title",
        "gold",
        "silver",
        "bronze",
        "medal",
        "medals",
        "podium",
        *("stevne", "stevnet", "stevner", "stevnene", "stevna"),  # a meet: no Steve Cram
        "guy",
        "guys",
        "bloke",
        "dude",
        *("boy", "lad", "laddie", "fella", "fellow", "chap", "geezer"),  # "this nader boy"
        "man",
        "men",
        "one",
        "two",
        "three",
        "first",
        "second",
        "third",
        "place",
        "fast",
        "faster",
        "fastest",
        "slow",
        "quote",
        "quotes",
        "result",
        "results",
        "h2h",
        "meet",
        "meeting",
        "meetings",
        "championship",
        "championships",
        "rivalry",
        "rivals",
        "rival",
        "timeline",
        "history",
        "profile",
        "stats",
        "overall",
        "ever",
        "all",
        "only",
        "just",
        "whole",
        "career",
        "head",
        "stuff",
        "thing",
        "things",
        "happened",
        "happen",
        "know",
        "knows",
        "recap",
        "story",
        "next",
        "upcoming",
        "schedule",
        "when",
        "start",
        "starts",
        "starting",
        "beat",
        "beaten",
        "won",
        "win",
        "score",
        "tally",
        "told",
        "words",
        "word",
        "opinion",
        "think",
        "outdoor",
        "outdoors",
        "beef",
        "saga",
        "feud",
        "drama",
        "info",
        "again",
        "soon",
        "anytime",
        "doing",
        "each",
        "other",
        "together",
        "latest",
        "newest",
        "oldest",
        "semi",
        "rounds",
        "round",
        # Norwegian: winning and losing words are about racing, never a name
        "vinner",
        "vinne",
        "tape",
        "taper",
        "tapte",
        "slått",
    }
)

_KNOWN = FUNCTION_WORDS | DOMAIN_WORDS  # what a stretched word may be ("whaaat", "fasterrr")


@dataclass(frozen=True)
class Question:
    """A question split into lowercase words, with the text they came from.

    ``clauses``: the index of each clause's first word (a clause ends at . ? ! ; : , a bracket
    or a dash between spaces), so a remark beside the question can be told apart;
    ``sentences``: those of them that begin a sentence (after . ? or !); ``marked``: the
    numbers of the clauses a question mark ends; ``glosses``: those in brackets.
    """

    text: str
    words: tuple[str, ...]
    clauses: tuple[int, ...] = (0,)
    sentences: tuple[int, ...] = (0,)
    marked: frozenset[int] = frozenset()  # the clauses a question mark ends: they ask
    glosses: frozenset[int] = frozenset()  # the clauses in brackets: "(moron)" glosses

    @functools.cached_property
    def joined(self) -> str:
        """The words joined by single spaces (what cue patterns match against)."""
        return " ".join(self.words)

    def clause_of(self, index: int) -> int:
        """The number of the clause holding word ``index``."""
        return bisect.bisect_right(self.clauses, index) - 1


# two names with a slash between them are a pairing, as forums write it: "Kerr/Ingebrigtsen"
_SLASH = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")
_BREAK = re.compile(r"[.?!;:,()\[\]]+(?:\s|$)|\s[-–—]+\s|[?!;()]")
_SENTENCE_END = re.compile(r"[.?!]")
_BREAK_KEPT = re.compile(f"({_BREAK.pattern})")


# Norwegian endings (definite, plural, genitive): "semien" is "semi", "finalene" "finaler"
NB_ENDINGS = ("ene", "en", "et", "er", "ne", "a", "s")
MIN_STEM_LETTERS = 3  # letters a stem keeps at least


def _norwegian(token: str) -> tuple[str, ...]:
    """A Norwegian word as the reader's English one, its inflection let go ("semien": "semi")."""
    if token in NORWEGIAN:
        return NORWEGIAN[token]
    for ending in NB_ENDINGS:
        stem = token.removesuffix(ending)
        if stem != token and len(stem) >= MIN_STEM_LETTERS:
            for known in (stem, stem + "e"):
                if known in NORWEGIAN:
                    return NORWEGIAN[known]
                if known in ROUNDS:
                    return (known,)
    return (token,)


# laughter as fans stretch it ("hahahah", "hehehe", "jajaja", "lololol"): one word, "haha"
_LAUGHTER = re.compile(r"(?:[hj]a){2,}[ah]*|(?:he){2,}[eh]*|(?:ah){2,}[ah]*|l(?:o+l+)+o*")


def _tokens(piece: str, at: int = 0, spans: list[tuple[int, int]] | None = None) -> list[str]:
    """The words of one clause, a possessive "'s" (or "s'") let go, laughter as "haha".

    A word inside quotation marks (``spans``; ``piece`` starts at ``at``) is marked ``KEEP``.
    """
    tokens: list[str] = []
    for match in _TOKEN.finditer(piece):
        token = match.group()
        if token != "lol" and _LAUGHTER.fullmatch(token):
            token = "haha"
        elif token.endswith("'s") and token not in _CONTRACTIONS:
            token = token[:-2]
        elif token.endswith("s'"):
            token = token[:-1]
        if spans and any(start <= at + match.start() < end for start, end in spans):
            token = KEEP + token
        tokens.append(token)
    return tokens


def split_question(text: str) -> Question:
    """Lowercase words of ``text`` without Discord markup, emoji or punctuation.

    A possessive "'s" is dropped ("kerr's" -> "kerr"); "who's" and friends are kept whole.
    """
    cleaned = without_markup(text).casefold().replace("’", "'")
    cleaned = _SLASH.sub(" vs ", written_years(written_distances(cleaned)))
    chunks: list[list[str]] = []
    ends: list[bool] = []  # whether each chunk ends a sentence
    marked: set[int] = set()
    glosses: set[int] = set()
    pieces = _BREAK_KEPT.split(cleaned)  # text, break, text, break, ..., text
    spans, offset = quoted_spans(cleaned), 0
    for at in range(0, len(pieces), 2):
        tokens = _tokens(pieces[at], offset, spans)
        offset += len(pieces[at]) + (len(pieces[at + 1]) if at + 1 < len(pieces) else 0)
        if tokens:
            if at and any(b in pieces[at - 1] for b in "(["):
                glosses.add(len(chunks))
            chunks.append(spelled_times(spelled_years(tokens)))
            ends.append(False)
        after = pieces[at + 1] if at + 1 < len(pieces) else ""
        # a question mark after a clause (or after an empty bit behind it: "what ?? ok")
        if chunks and "?" in after:
            marked.add(len(chunks) - 1)
        if ends and _SENTENCE_END.search(after):
            ends[-1] = True
    if any(not NORWEGIAN_MARKERS.isdisjoint(c) for c in chunks):
        # Norwegian: "vm i tokyo" -> "worlds in tokyo" (English "i" is left alone); spoken
        # forms first: "ka skjedde" is "hva skjedde"
        chunks = [[w for token in bokmaal(c) for w in _norwegian(typed(token))] for c in chunks]
    else:
        # informal English: "whit did he say aboot jakob" is "what did he say about jakob"
        chunks = [[typed(w) for w in standard_english(c, _KNOWN)] for c in chunks]
    starts: list[int] = []
    sentences: list[int] = []
    words: list[str] = []
    for at, chunk in enumerate(chunks):
        starts.append(len(words))
        if at == 0 or ends[at - 1]:
            sentences.append(len(words))
        words.extend(chunk)
    return Question(
        text=text,
        words=tuple(words),
        clauses=tuple(starts) or (0,),
        sentences=tuple(sentences) or (0,),
        marked=frozenset(marked),
        glosses=frozenset(glosses),
    )
