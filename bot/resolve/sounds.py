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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import jellyfish
from rapidfuzz import fuzz

# a whole name heard in a sentence, with no word of it typed as printed: this many sounds at
# least ("yeah red new goose" YRTNKS; "me for" MFR is no one)
SENTENCE_MIN_KEY = 6
# a lone word typed as a name in an option sounds like a name word when its key has this many
# sounds ("hawker" HKR is Hocker; "a" is no one)
OPTION_MIN_KEY = 2
# and it is spelt half like that word at least (fuzz.ratio): "whiteman" 75 and "hawker" 67 are
# names heard, "gold" (Gault, 44) a word; "car" (Kerr, 29) needs the first name beside it
WORD_SPELLING = 50.0


# a name heard begins with the letter it is spelt with, or one that sounds the same at the start
# ("car" for Kerr, "jorge" for George); Metaphone alone would let "sondre" be "Centro" (SNTR)
_INITIALS = {**dict.fromkeys("aeiouy", "a"), **dict.fromkeys("ckq", "k"), "g": "j"}


def sound(words: Iterable[str]) -> str:
    """The key of words run together: first letter's sound, Metaphone ("whiteman": w/WTMN)."""
    joined = "".join(words)
    if not joined:
        return ""
    return _INITIALS.get(joined[0], joined[0]) + "/" + jellyfish.metaphone(joined)


@dataclass(frozen=True)
class SoundIndex:
    """Keys of every name (words run together) and of every name word, to the ids they name."""

    whole: Mapping[str, frozenset[str]]  # keys of names of two words or more
    single: Mapping[str, Mapping[str, frozenset[str]]]  # key -> name words -> their ids

    @classmethod
    def of(cls, keys: Mapping[str, Iterable[str]]) -> SoundIndex:
        """Built once from a name index's normalised keys."""
        whole: dict[str, set[str]] = defaultdict(set)
        single: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for key, ids in keys.items():
            words = key.split()
            if not any(w.isalpha() for w in words):
                continue
            if len(words) > 1:
                whole[sound(words)].update(ids)
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
        self, words: list[str], token_ids: Mapping[str, Iterable[str]], *, strict: bool
    ) -> set[str]:
        """Who ``words`` sound like; ``strict`` for words picked out of a sentence."""
        words = [w for w in words if w.isalpha()]
        if not words:
            return set()
        key = sound(words)
        ids = set(self.whole.get(key, ()))
        if strict:
            if len(words) < 2 or not ids:
                return set()
            if len(key) >= SENTENCE_MIN_KEY + 2:  # the initial and "/" come first
                return ids
            # a short key needs a word of the name typed as printed: "josh car", "geoff whiteman"
            typed = {i for w in words for i in token_ids.get(w, ())}
            return ids & typed
        if ids:
            return ids
        if len(words) == 1:
            return self._word(words[0]) if len(key) >= OPTION_MIN_KEY + 2 else set()
        # each word a name word as printed or as it sounds ("josh cur"): the people all fit
        found: set[str] | None = None
        for word in words:
            named = set(token_ids.get(word, ())) or self._word(word)
            found = named if found is None else found & named
            if not found:
                return set()
        return found or set()

    def _word(self, word: str) -> set[str]:
        """Who one word sounds like, if spelt enough alike ("gold" is no Gault, both KLT)."""
        return {
            i
            for name, ids in self.single.get(sound([word]), {}).items()
            if fuzz.ratio(word, name) >= WORD_SPELLING
            for i in ids
        }
