"""Flag emoji as fans put them for a nationality: "who's this 🇵🇹 guy who won tokyo".

A country's flag is two regional-indicator letters spelling its ISO code ("🇵🇹": PT); a home
nation's is a black flag with tag letters ("🏴󠁧󠁢󠁳󠁣󠁴󠁿": gbsct). Before a person's word ("🇵🇹 guy",
"🇳🇱 gutten") it is that person's demonym, which a description reads (:mod:`describe`).
Beside a name ("🇬🇧 kerr 🆚 🇺🇸 nuguse") or alone it is decoration and stays as it is.
"""

from __future__ import annotations

import re

from bot.resolve.describe import PERSON_NOUNS, fold

FLAG_DEMONYMS: dict[str, str] = {
    "no": "norwegian", "gb": "british", "us": "american", "ke": "kenyan", "et": "ethiopian",
    "es": "spanish", "au": "australian", "be": "belgian", "fr": "french", "nl": "dutch",
    "pl": "polish", "nz": "kiwi", "pt": "portuguese", "ca": "canadian", "de": "german",
    "it": "italian", "se": "swedish", "ug": "ugandan", "dj": "djiboutian", "dz": "algerian",
    "jp": "japanese", "qa": "qatari", "hu": "hungarian", "ch": "swiss", "cn": "chinese",
    # the home nations (regions of Great Britain in the store)
    "gbsct": "scottish", "gbeng": "english", "gbwls": "welsh",
}  # fmt: skip
_INDICATOR_A = 0x1F1E6  # "🇦"
_INDICATOR_Z = 0x1F1FF
_BLACK_FLAG = "\U0001f3f4"
_TAG_A = 0xE0061  # the tag letter "a"
# a flag, and the word after it (a person's word makes the flag a demonym)
_FLAG = re.compile(
    "(?:[\U0001f1e6-\U0001f1ff]{2}|\U0001f3f4([\U000e0061-\U000e007a]+)\U000e007f)"
    r"(?=\s*([^\W\d_]*))"
)


def flags_as_demonyms(text: str) -> str:
    """``text`` with each flag before a person's word as its country's demonym."""
    if not any(_INDICATOR_A <= ord(c) <= _INDICATOR_Z or c == _BLACK_FLAG for c in text):
        return text  # (most messages: no flag, no regex)
    return _FLAG.sub(_flag_word, text)


def _flag_word(found: re.Match[str]) -> str:
    if fold(found.group(2).casefold()) not in PERSON_NOUNS:
        return found.group()
    if found.group(1) is not None:
        code = "".join(chr(ord(c) - _TAG_A + ord("a")) for c in found.group(1))
    else:
        code = "".join(chr(ord(c) - _INDICATOR_A + ord("a")) for c in found.group())
    word = FLAG_DEMONYMS.get(code)
    return f" {word} " if word else found.group()
