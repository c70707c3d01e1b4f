"""Option words inside a question: indoors, a round in any inflection, the order asked for.

Fans say "indoors" many ways ("on the boards", "innandørs", "the indoor season"), write a
round in English, bokmål or nynorsk inflection ("finals", "finalen", "finalar", "finalane"),
and ask for a timeline in date order ("kronologisk takk", "in order from January", "eldste
først"). These words fill options; they name no one, so they are read after the names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import Any, ClassVar, Literal, Protocol, TypeVar

from bot.ask.distances import TIME
from bot.ask.words import EVENTS, INDOOR, ROUNDS, STORE_STOPWORDS, wordset
from bot.ask.years import is_year
from bot.normalise import normalise
from bot.resolve import Resolution, Resolver

# rounds Norwegian writes with a word English does not have: "ut i forsøket"
_NORWEGIAN_ROUNDS = {"forsøk": "heat", "forsøksheat": "heat", "semi": "semi-final"}
# endings of a round word: English plural, bokmål and nynorsk definite and plural forms
# ("finalen", "finaler", "finalene", "finalar", "finalane", "finala"), longest first
_ROUND_ENDINGS = ("ane", "ene", "ar", "er", "en", "et", "a", "e", "s")
ROUND_WORDS = 4096  # words whose round is kept (fans' words recur)
MIN_ROUND_STEM = 4  # letters a round word's stem keeps at least ("heat", "semi")
# a Norwegian compound ending in a final: "mesterskapsfinaler", "sesongfinalen"
_COMPOUND_FINAL = re.compile(r"\w{4,}?(semi)?finale?(n|r|ne|ar|ane|a)?")

# "indoors" said as a phrase: "on the boards", "banked track", "under a roof", "the indoor
# season"; Norwegian compounds: "innendørssesongen", "innebane" (matched in normal form,
# "ø" as "o"; "inne-VM" is a meet's name)
_INDOOR_PHRASE = re.compile(
    r"\b(on|over) (the )?boards\b|\bboards (season|races?|racing)\b|"
    r"\b(banked|short|small|tiny|200m?) (track|tracks|oval|ovals)\b|"
    r"\bunder (a|the) roof\b|\bindoor (season|circuit|races?|racing|tour)\b|"
    r"\b(innendors|innandors)\w+|\b(innesesong|innebane|innelop)\w*"
)

# the order a timeline is asked in: oldest first ("chronological", "kronologisk", "in order
# from January", "eldste først", "fra starten"), or newest first (the command's default);
# "in order" alone asks for the dated moments, in no particular direction
_FROM_START = (
    r"(from|fra) (the )?(very |aller |helt )?(start|starten|beginning|begynnelsen|day one|jan|"
    r"january|januar|"
    # as non-native writers say it: "in order from the old", "from old to new", "fra gammelt"
    r"(old|older|oldest|gammelt|gamle|det gamle|eldre)( (one|ones|to (the )?(new|newer|newest|"
    r"recent)|til (nytt|nye|det nye)))?)"
)
_OLDEST_WORDS = (
    r"(oldest|earliest|eldst\w*|tidligst\w*|tidlegast\w*)"
    r"( first| først| fyrst| to (newest|latest|now)| til (nyest\w*|sist\w*|nå))?|"
    r"(from )?(the )?first( \w+)? to (the )?last|start to finish|beginning to end|"
    # (the adverb or adjective; "a dated chronology", "en kronologi" is the list, any order)
    r"chronologic\w*|kronologisk\w*|"
    rf"in (date|time|chronological) order|tidsrekkefølge\w*|{_FROM_START}"
)
_IN_ORDER = rf"in order(?! to)( {_FROM_START})?|(i|in) rekkefølge"  # ("i" read as "in")
_NEWEST_WORDS = r"(newest|latest|most recent|nyeste|nyaste|nyast|siste|last) (first|først)"
# the words that ask for an order, as a cue: they explain themselves ("eldste først")
ORDER_CUE = rf"\b({_IN_ORDER}|{_OLDEST_WORDS}|{_NEWEST_WORDS})\b"
_OLDEST = re.compile(rf"\b({_OLDEST_WORDS}|how did .* start|started|began|origins?)\b")
_NEWEST = re.compile(
    rf"\b({_NEWEST_WORDS}|(newest|latest) to (oldest|earliest)|(nyest\w*|sist\w*) til eldst\w*)\b"
)


# words around option words in a clause of its own: "…, oldest first please", "…, bare finaler"
_OPTION_FILLER = wordset(
    """
    please pls plz thanks thx ta takk only just the a in at over of to from on all kun bare
    berre i på fra til og and races race løp løpene first først alle all medregnet medrekna
    inkludert included counted
    """
)
_OPTION_PHRASE = re.compile(rf"{_INDOOR_PHRASE.pattern}|{ORDER_CUE}")


def options_only(words: tuple[str, ...]) -> bool:
    """Whether a clause says nothing but options: "oldest first pls", "finals only", "indoors".

    Such a clause after a question belongs to it ("what's their record, finals only"): it is
    no remark beside it.
    """
    rest = _OPTION_PHRASE.sub(" ", " ".join(words)).split()
    said = len(rest) < len(words)
    for word in rest:
        if race_word(word) or word in INDOOR or word.isdigit():
            said = True
        elif word not in _OPTION_FILLER:
            return False
    return said


@lru_cache(maxsize=ROUND_WORDS)
def round_of(word: str) -> str | None:
    """The round a word names, in any inflection: "finalar" is "final", "semis" "semi-final"."""
    if word in ROUNDS:
        return ROUNDS[word]
    if word in _NORWEGIAN_ROUNDS:
        return _NORWEGIAN_ROUNDS[word]
    for ending in _ROUND_ENDINGS:
        stem = word.removesuffix(ending)
        if stem == word or len(stem) < MIN_ROUND_STEM:
            continue
        for known in (stem, stem + "e"):
            if known in ROUNDS:
                return ROUNDS[known]
            if known in _NORWEGIAN_ROUNDS:
                return _NORWEGIAN_ROUNDS[known]
    compound = _COMPOUND_FINAL.fullmatch(word)
    if compound:
        return "semi-final" if compound.group(1) else "final"
    return None


# an option word denied is no option: "all time? (not just 2024, the whole thing)", "ikke bare
# finaler", "not the 1500"; a list denied is denied word by word: "excluding heats and
# semi-finals", "ikke forsøk eller semifinaler"
DENYING = wordset(
    "not ikke ikkje itj except excluding exclude excluded bortsett unntatt uten without"
)
_DENIAL_FILLER = wordset("just only the a in bare berre kun i fra from")
_LISTING = wordset("and or nor og eller samt")
DENIAL_REACH = 3  # filler words looked past, at most
_SEMI = wordset("semi semis")  # "semi-finals" is split in two words: "semi" "finals"


def semi_tail(words: tuple[str, ...], index: int) -> bool:
    """Whether the word at ``index`` is the "finals" of "semi finals" (no final of its own)."""
    return index > 0 and words[index - 1] in _SEMI and round_of(words[index]) == "final"


def denied(words: tuple[str, ...], index: int) -> bool:
    """Whether the word at ``index`` follows a denial, past fillers ("not just 2024").

    A word listed after a denied option word is denied too ("excluding heats and semis").
    """
    if semi_tail(words, index):
        return denied(words, index - 1)
    if race_word(words[index]) and _denied_after(words, index):
        return True
    for back in range(index - 1, max(-1, index - 1 - DENIAL_REACH), -1):
        if words[back] in DENYING:
            return True
        if words[back] in _LISTING:
            listed = back - 1
            while listed >= 0 and words[listed] in _DENIAL_FILLER:
                listed -= 1
            return listed >= 0 and race_word(words[listed]) and denied(words, listed)
        if words[back] not in _DENIAL_FILLER:
            return False
    return False


_ONLY = wordset("only bare berre kun")  # "finals only", "bare finaler"


def counts_only(run: tuple[str, ...], after: str) -> bool:
    """Whether a run says which races to count ("diamond league finals only"): no name."""
    return not _ONLY.isdisjoint(run) or (after in _ONLY and race_word(run[-1]))


# every race counted, the default said out loud: "alle løp medrekna", "all races included"
_ALL_COUNTED = wordset("alle medregnet medrekna medrekne inkludert inkludert included counted")


_RECORD_WORDS = frozenset({"record", "records", "best", "bests", "wr", "rekord", "rekorder"})
_RECORD_ADJECTIVES = frozenset(
    {"world", "european", "british", "national", "olympic", "american", "area", "indoor"}
)


def not_a_name(resolver: Resolver, run: tuple[str, ...], after: str) -> bool:
    """Whether a run of words is no one name, read apart.

    "diamond league finals only" says which races to count; "world record" a kind of record;
    "jakob ingebrigtsen 2025" is a name and the season's year ("Jakob Ingebrigtsen's 2025
    season"), the year no part of it.
    """
    if counts_only(run, after):
        return True
    if after in _RECORD_WORDS and run[-1] in _RECORD_ADJECTIVES:
        return True  # "world record", "british best": a kind of record, no meet or person
    return len(run) > 1 and is_year(run[-1]) and bool(resolver.athlete_named(" ".join(run[:-1])))


def option_said(word: str) -> bool:
    """Whether a word says an option by itself: a denial ("excluding"), outdoors ("utendørs").

    (A time or margin quoted, "3:29.65", is a number the question cites: no option either.)
    """
    return (
        word in DENYING
        or word in _ALL_COUNTED
        or (word in OUTDOORS and word != "outside")
        or is_time(word)
    )


def is_time(word: str) -> bool:
    """Whether a word is a time or a margin quoted: "3:29.65", "0.27" (never a year)."""
    return bool(word[:1].isdigit() and TIME.fullmatch(word))


# a denial after the words it denies: "heats and semis excluded", "forsøk unntatt", "heats
# not counted", "semifinalene ikke medregnet"
_DENYING_AFTER = wordset("excluded excepted aside unntatt untatt utelatt ekskludert")
_COUNTED = wordset("counted included counting medregnet medrekna talt tellende")


def _denied_after(words: tuple[str, ...], index: int) -> bool:
    """Whether a race word and the list it stands in are denied after it ("heats excluded")."""
    at = index + 1
    while at < len(words) and (race_word(words[at]) or words[at] in _LISTING | _DENIAL_FILLER):
        at += 1
    if at >= len(words):
        return False
    following = words[at + 1] if at + 1 < len(words) else ""
    return words[at] in _DENYING_AFTER or (words[at] in DENYING and following in _COUNTED)


def rounds_excluded(words: tuple[str, ...]) -> bool:
    """Whether the rounds before a final are denied ("excluding heats", "ikke forsøk"): finals."""
    return any(
        (said := round_of(w)) is not None and said != "final" and denied(words, i)
        for i, w in enumerate(words)
    )


# a round word that says where two met, or asks whether it was there they met, does not say
# which races to count: "in the same final", "i samme finale", "was it only finals they met",
# "var det bare finaler" (the words before it, up to ``ROUND_MET_REACH``)
_ROUND_MET = re.compile(
    r"\b(same|samme) (\w+ )?$|"
    r"\b(was|were|is|are|var|er) (it|that|this|they|those|these|them|det|de|dem|dei) "
    r"((all|only|just|always|bare|berre|kun|alltid) )?((the|a|an|en|ei|et) )?$"
)
ROUND_MET_REACH = 5


def round_counted(words: tuple[str, ...], said: str) -> bool:
    """Whether the round ``said`` is named as the races to count ("finals only", "in finals").

    Not when every word naming it says where they met ("ever in the same final?"); the
    final is when the rounds before it are denied ("excluding heats and semi-finals").
    """
    if said == "final" and rounds_excluded(words):
        return True  # "championship finals, excluding heats and semi-finals"
    return any(
        round_of(w) == said
        and not semi_tail(words, i)
        and not denied(words, i)
        and not _ROUND_MET.search("".join(f"{b} " for b in words[max(0, i - ROUND_MET_REACH) : i]))
        for i, w in enumerate(words)
    )


def indoor_words(words: tuple[str, ...], said: frozenset[str] = INDOOR) -> set[int]:
    """The indexes of the words that say "indoors" (``said``: the single words that do)."""
    found = {i for i, w in enumerate(words) if w in said}
    joined = " ".join(words)
    for match in _INDOOR_PHRASE.finditer(joined):
        first = joined.count(" ", 0, match.start())
        found |= set(range(first, first + joined.count(" ", match.start(), match.end()) + 1))
    return found


TWO_MILES = re.compile(r"\b(two|2)[ -]?miles?\b")  # the indoor two miles, "2 mile"


OUTDOORS = wordset("outdoor outdoors outside utendørs utandørs utendors")


def event_said(first: str | None, words: tuple[str, ...], said: bool, indoors: bool) -> str | None:
    """The event option of a question whose first event word is ``first``.

    ``said``: indoors is said (a meet's name may say it: "world indoors 3000m"); ``indoors``:
    said in words of its own ("has kerr ever beaten jakob indoors": the indoor races). Indoors
    and several events named ("just indoors (millrose 2 mile, torun 3k etc)") are examples
    of the indoor races, not one event.
    """
    event = first
    if not OUTDOORS.isdisjoint(words):  # "only outdoors (the indoor stuff doesn't count)"
        return first
    if first and said and "(" not in first:
        event = f"{first} (indoor)"
    elif indoors and not first:
        event = "indoor"
    joined = " ".join(words)
    if TWO_MILES.search(joined):
        event = "two miles (indoor)"
    if indoors:  # (event words inside a meet's name count: "millrose 2 mile")
        events = {EVENTS[w] for w in TWO_MILES.sub(" ", joined).split() if w in EVENTS}
        if len(events | ({"two miles"} if TWO_MILES.search(joined) else set())) > 1:
            event = "indoor"
    return event


def oldest_first(joined: str) -> bool:
    """Whether a question asks for the oldest first ("kronologisk", "in order from January")."""
    return bool(_OLDEST.search(joined)) and not _NEWEST.search(joined)


def race_word(word: str) -> bool:
    """Whether a word names an event or a round ("3000m", "mile", "finalen")."""
    return word in EVENTS or round_of(word) is not None


def owns_end(resolver: Resolver, word: str, meet: Resolution) -> bool:
    """Whether a meet read from words may end with ``word``.

    A race word (event, round) ends a meet's name only when the name has it ("Dream Mile",
    "DL Final"): "glasgow world indoors 3000m" is a meet and an event. (None starts one:
    "final in budapest 2023" is a round and a meet.)
    """
    if not race_word(word):
        return True
    ids = {meet.id} if meet.found and meet.id else set(meet.candidates)
    return not ids.isdisjoint(resolver.meets.token_ids.get(normalise(word), frozenset()))


class _Named(Protocol):
    """A run of words read as a name (:class:`bot.ask.slots.Span`, a dataclass)."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> Literal["athlete", "meet"]: ...
    @property
    def resolution(self) -> Resolution: ...


S = TypeVar("S", bound=_Named)
MAX_MEET_GAP = 3  # race words between a series and its place or year ("VM-finalen 1500 i")


def one_meet(
    words: tuple[str, ...], meets: list[S], ambiguous: list[S], join: Callable[[str], Resolution]
) -> tuple[list[S], list[S]]:
    """Two meet words apart that name one meet together, read as that meet.

    "the worlds final in Eugene 2022": "worlds" alone is the latest Worlds and "eugene 2022"
    two meets; together they are the 2022 Worlds, so a city and a year named win over a
    series word alone. Only race words and "in"/"at"/"the" may stand between them.
    """
    spans = sorted((s for s in (*meets, *ambiguous) if s.kind == "meet"), key=lambda s: s.start)
    for first, second in pairwise(spans):
        gap = words[first.end : second.start]
        if len(gap) > MAX_MEET_GAP or not all(
            w in STORE_STOPWORDS or w in INDOOR or race_word(w) for w in gap
        ):
            continue
        joined = join(f"{first.text} {second.text}")
        if not joined.found:
            continue
        # the second span stands for both; the first's words stay read (they named it too)
        one = replace(second, text=f"{first.text} {second.text}", resolution=joined)
        meets = [s for s in meets if s is not first and s is not second]
        ambiguous = [s for s in ambiguous if s is not first and s is not second]
        return sorted([*meets, one], key=lambda s: s.start), ambiguous
    return meets, ambiguous
