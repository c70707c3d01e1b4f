"""Names as they sound: a spelling by ear or a dictated name ("josh car", "whiteman").

Voice dictation and people spelling a name they have only heard write it as it sounds, often
split into ordinary words ("yeah red new goose" is Yared Nuguse, "nills lar us" Niels Laros).
A Metaphone key (jellyfish) folds such spellings together: silent "gh", "wh" for "w", "c" and
"k", doubled letters and vowels do not count. The keys of a name's words run together are
compared, so where the typed words split the name does not matter.

This tier is asked only when spelling (exact, one edit, fuzzy) finds no one. Words picked out of
a sentence are held to more: several ordinary words sound like a short name by chance ("me for"
is Mo Farah's key), so there the words must sound like a whole name of two words or more, and
either the key is long (SENTENCE_MIN_KEY sounds) or one typed word is a word of that name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import jellyfish
from rapidfuzz import fuzz

# a whole name heard in a sentence, with no word of it typed as printed: this many sounds at
# least ("yeah red new goose" YRTNKS; "me for" MFR is no one)
SENTENCE_MIN_KEY = 6
# a whole name heard in an option, with no word of it typed as printed: this many sounds
OPTION_MIN_WHOLE = 4
# a lone word typed as a name in an option sounds like a name word when its key has this many
# sounds ("hawker" HKR is Hocker; "a" is no one)
OPTION_MIN_KEY = 2
# and it is spelt more than half like that word (fuzz.ratio): "whiteman" 75 and "hawker" 67 are
# names heard, "gold" (Gault 44), "me" (Mo 50) words; "car" (Kerr 29) needs "josh" beside it
WORD_SPELLING = 55.0
# a lone word of a sentence heard as a name word: this many letters, and spelt this much alike
# ("whiteman" 75 is Wightman)
SENTENCE_WORD = 6
SENTENCE_SPELLING = 70.0
# in a sentence, words heard one by one are this long at least ("me", "for" are no names)
WORD_MIN_LETTERS = 3
HEARD_WORDS = 8192  # words whose sound-alike names are kept (``SoundIndex._word``)
# runs of words picked out of a sentence as a name whose sound-alike names are kept
# (``SoundIndex.named``, strict, with no function words given)
HEARD_RUNS = 8192
_NOBODY: frozenset[str] = frozenset()


# a name heard begins with the letter it is spelt with, or one that sounds the same at the start
# ("car" for Kerr, "jorge" for George); Metaphone alone would let "sondre" be "Centro" (SNTR)
_INITIALS = {**dict.fromkeys("aeiouy", "a"), **dict.fromkeys("ckq", "k"), "g": "j"}


def sound(words: Iterable[str]) -> str:
    """The key of words run together: first letter's sound, Metaphone ("whiteman": w/WTMN)."""
    joined = "".join(words)
    return _initial(joined) + "/" + jellyfish.metaphone(joined) if joined else ""


def _initial(word: str) -> str:
    """The sound a word begins with, as far as telling names apart goes ("philip": f)."""
    if word.startswith("ph"):
        return "f"
    return _INITIALS.get(word[0], word[0])


def whole_keys(words: list[str]) -> set[str]:
    """A name's keys run together and word by word ("geoff whiteman": JFHTMN, JFWTMN).

    Run together, a letter's sound may hang on the next word's first letter.
    """
    joined = sound(words)
    initial, _, key = joined.partition("/")
    by_word = "".join(_metaphone(w) for w in words)
    # a "w" or "h" between sounds is heard or not by the one who spells: "stuart" / "stewart"
    # (both keys of the name keep their own; the folded one is a third)
    folded = key.replace("W", "").replace("H", "")
    return {joined, initial + "/" + by_word} | ({initial + "/" + folded} if folded else set())


@lru_cache(maxsize=8192)
def _metaphone(word: str) -> str:
    """One word's Metaphone key (a question's words recur: worked out once)."""
    return jellyfish.metaphone(word)


@dataclass(frozen=True)
class SoundIndex:
    """Keys of every name (words run together) and of every name word, to the ids they name."""

    whole: Mapping[str, frozenset[str]]  # keys of names of two words or more
    single: Mapping[str, Mapping[str, frozenset[str]]]  # key -> name words -> their ids
    # who each word asked sounds like (``_word``), up to HEARD_WORDS words
    _words: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    # who each run picked out of a sentence as a name sounds like (``named``, strict, no
    # ``common``), up to HEARD_RUNS runs
    _runs: dict[tuple[str, ...], frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def of(cls, keys: Mapping[str, Iterable[str]], tags: Collection[str] = ()) -> SoundIndex:
        """Built once from a name index's normalised keys.

        ``tags`` are the words a label adds to a name ("bel" of "Isaac Kimeli (BEL)"): no
        name's sound ("blah" is not Belgium's athletes).
        """
        whole: dict[str, set[str]] = defaultdict(set)
        single: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for key, ids in keys.items():
            words = key.split()
            if not any(w.isalpha() for w in words) or words[-1] in tags:
                continue
            if len(words) > 1:
                for code in whole_keys(words):
                    whole[code].update(ids)
            for word in words:
                if word.isalpha() and len(word) > 1:
                    single[sound([word])][word].update(ids)
        return cls(
            {k: frozenset(v) for k, v in whole.items() if not k.endswith("/")},
            {
                k: {w: frozenset(i) for w, i in words.items()}
                for k, words in single.items()
                if not k.endswith("/")
            },
        )

    def named(
        self,
        words: list[str],
        token_ids: Mapping[str, Iterable[str]],
        *,
        strict: bool,
        common: Collection[str] = (),
    ) -> set[str]:
        """Who ``words`` sound like; ``strict`` for words picked out of a sentence.

        In a sentence every word must be part of the name: a word at either end that the
        name does without ("who's niels laros", "niels laros say") is left to the sentence.
        An option's words are taken whole, with what is no word let go. ``token_ids`` is
        the word index of the names this index was built from (a run's answer is kept).
        ``common``: a sentence's function words, never heard as a name word of their own
        ("how josh" is no Josh Hoey); a piece of a name heard split they may be ("lar us").
        """
        if strict:
            if len(words) == 1 and words[0].isalpha():
                return self._lone(words[0])
            if len(words) < 2 or not all(w.isalpha() for w in words):
                return set()
            if common:  # a sentence's runs: its reader keeps what each names (bot.ask.slots)
                return self._strict(words, token_ids, common)
            run = tuple(words)
            known = self._runs.get(run)
            if known is None:
                if len(self._runs) >= HEARD_RUNS:
                    self._runs.clear()
                found = self._strict(words, token_ids, common)
                # (nearly every run names no one: they share one empty set)
                known = self._runs[run] = frozenset(found) if found else _NOBODY
            return set(known)
        words = [w for w in words if w.isalpha()]
        if not words:
            return set()
        codes = whole_keys(words)
        ids = {i for code in codes for i in self.whole.get(code, ())}
        if ids and (min(map(len, codes)) >= OPTION_MIN_WHOLE + 2 or _spelt(words, token_ids, any)):
            return ids  # "me for" (MFR) is no Mo Farah, "mo fara" is
        if len(words) == 1:
            key = sound(words)
            return self._word(words[0]) if len(key) >= OPTION_MIN_KEY + 2 else set()
        return self._each(words, token_ids, 1)  # "josh cur": josh as printed, cur as heard

    def _strict(
        self, words: list[str], token_ids: Mapping[str, Iterable[str]], common: Collection[str]
    ) -> set[str]:
        """Who a run picked out of a sentence sounds like (``named`` with ``strict``)."""
        codes = whole_keys(words)
        ids = {i for code in codes for i in self.whole.get(code, ())}
        if not ids and not all(token_ids.get(w) or self._word(w) for w in words):
            # no whole name sounds so, nor does every word name someone (``_each``): no
            # one, whatever the checks below say (most runs of a sentence end here)
            return set()
        # an end word that adds no sound is no part of the name ("say" after "laros")
        if any(codes & whole_keys(trimmed) for trimmed in (words[1:], words[:-1])):
            return set()
        return self._heard(words, token_ids, codes, ids, common)

    def _lone(self, word: str) -> set[str]:
        """A lone word of a sentence heard as a surname: long, and spelt mostly alike.

        ("kerr vs whiteman": Wightman; "gold", "me" and other short words are no one.)
        """
        if len(word) < SENTENCE_WORD or len(sound([word])) < SENTENCE_MIN_KEY:
            return set()
        key = _initial(word) + "/" + _metaphone(word)
        return {
            i
            for name, ids in self.single.get(key, {}).items()
            if fuzz.ratio(word, name) >= SENTENCE_SPELLING
            for i in ids
        }

    def _heard(
        self,
        words: list[str],
        token_ids: Mapping[str, Iterable[str]],
        codes: set[str],
        ids: set[str],
        common: Collection[str] = (),
    ) -> set[str]:
        """Who words from a sentence sound like as a whole name (two words at least).

        ``codes`` are the words' keys (``whole_keys``), ``ids`` the whole names they sound like.
        """
        if len(words) < 2:
            return set()
        if ids and min(map(len, codes)) >= SENTENCE_MIN_KEY + 2:  # after the initial and "/"
            return ids
        # a short key needs a word of the name typed as printed: "josh car", "geoff whiteman"
        # or each word is a word of one name, heard and spelt alike ("neel gorely")
        typed = _spelt(words, token_ids, any)
        return (ids & typed) or self._each(words, token_ids, WORD_MIN_LETTERS, common)

    def _each(
        self,
        words: list[str],
        token_ids: Mapping[str, Iterable[str]],
        shortest: int,
        common: Collection[str] = (),
    ) -> set[str]:
        """The people every word names, as printed or as it sounds, one word at least heard.

        A ``common`` word names someone only as printed.
        """
        if min(map(len, words)) < shortest or all(w in token_ids for w in words):
            return set()
        found: set[str] | None = None
        for word in words:
            named = set(token_ids.get(word, ())) or (set() if word in common else self._word(word))
            found = named if found is None else found & named
            if not found:
                return set()
        return found or set()

    def _word(self, word: str) -> set[str]:
        """Who one word sounds like, if spelt enough alike ("gold" is no Gault, both KLT)."""
        # a sentence's every word is asked, in up to four runs: worked out once per word
        known = self._words.get(word)
        if known is None:
            if len(self._words) >= HEARD_WORDS:
                self._words.clear()
            known = self._words[word] = frozenset(
                i
                for name, ids in self.single.get(
                    _initial(word) + "/" + _metaphone(word), {}
                ).items()
                if fuzz.ratio(word, name) >= WORD_SPELLING or vowel_swapped(word, name)
                for i in ids
            )
        return set(known)


# letters heard alike: vowels (a dictated "curr" is Kerr), and "c", "k", "q"
_VOWELS = frozenset("aeiouy")
_HARD = frozenset("ckq")
VOWEL_SWAP_MIN = 4  # letters a word has at least to be heard by its consonants ("car" is no one)


def vowel_swapped(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` with only its vowels (or a "c" for a "k") heard otherwise.

    Dictation and spelling by ear keep a short name's consonants and change its vowels:
    "curr" is Kerr, "hokker" Hocker. Same length, each letter the same or both vowels or both
    of "c", "k", "q"; the first letters alike too.
    """
    if len(word) != len(name) or len(word) < VOWEL_SWAP_MIN or word == name:
        return False
    return all(
        a == b or (a in _VOWELS and b in _VOWELS) or (a in _HARD and b in _HARD)
        for a, b in zip(word, name, strict=True)
    )


def _spelt(
    words: list[str], token_ids: Mapping[str, Iterable[str]], how: Callable[..., bool] = all
) -> set[str]:
    """The people the words name as printed: every word (``all``), or any word (``any``)."""
    named = [set(token_ids.get(w, ())) for w in words]
    if not named or not how(named):
        return set()
    if how is all:
        return set.intersection(*named)
    return set().union(*named)
