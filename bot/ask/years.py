"""Years as fans say them: in words, clipped, or relative to the day the question is asked.

"twenty twenty one", "tjuetjueen", "to tusen og tjuetre", "2k23" and "'23" are the years they
say, written as digits before anything else reads the question (:func:`written_years`,
:func:`spelled_years`). "this year", "i fjor", "forrige sesong", "two years ago" and "the year
before paris" need the question's clock and the meets it names: :func:`said_years` finds
them for :mod:`bot.ask.slots`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.resolve.when import CENTURY_PIVOT, relative_years  # "'23" is 2023, "'98" 1998

if TYPE_CHECKING:  # (words.py reads its years here)
    from bot.ask.words import Question

FIRST_SPOKEN, LAST_SPOKEN = 1950, 2099  # a spelled number outside these is no year
MIN_COMPOUND = 6  # letters a glued number word ("tjuetjueen") has at least

# number words -> value; English and Norwegian ("to", "en" count only inside a year)
_UNITS = {
    **dict.fromkeys(("one", "en", "ett", "ein", "eitt"), 1),
    **dict.fromkeys(("two", "to"), 2),
    **dict.fromkeys(("three", "tre"), 3),
    **dict.fromkeys(("four", "fire"), 4),
    **dict.fromkeys(("five", "fem"), 5),
    **dict.fromkeys(("six", "seks"), 6),
    **dict.fromkeys(("seven", "sju", "syv"), 7),
    **dict.fromkeys(("eight", "åtte"), 8),
    **dict.fromkeys(("nine", "ni"), 9),
}
_TEENS = {
    **dict.fromkeys(("ten", "ti"), 10),
    **dict.fromkeys(("eleven", "elleve"), 11),
    **dict.fromkeys(("twelve", "tolv"), 12),
    **dict.fromkeys(("thirteen", "tretten"), 13),
    **dict.fromkeys(("fourteen", "fjorten"), 14),
    **dict.fromkeys(("fifteen", "femten"), 15),
    **dict.fromkeys(("sixteen", "seksten"), 16),
    **dict.fromkeys(("seventeen", "sytten"), 17),
    **dict.fromkeys(("eighteen", "atten"), 18),
    **dict.fromkeys(("nineteen", "nitten"), 19),
}
_TENS = {
    **dict.fromkeys(("twenty", "tjue", "tyve"), 20),
    **dict.fromkeys(("thirty", "tretti", "tredve"), 30),
    **dict.fromkeys(("forty", "førti"), 40),
    **dict.fromkeys(("fifty", "femti"), 50),
    **dict.fromkeys(("sixty", "seksti"), 60),
    **dict.fromkeys(("seventy", "sytti"), 70),
    **dict.fromkeys(("eighty", "åtti"), 80),
    **dict.fromkeys(("ninety", "nitti"), 90),
}
_THOUSAND = frozenset({"thousand", "tusen"})
_AND = frozenset({"and", "og"})
_ZERO = frozenset({"oh", "o"})  # "twenty oh five"
_ATOMS = frozenset({*_UNITS, *_TEENS, *_TENS, *_THOUSAND, *_AND, *_ZERO})

_K_YEAR = re.compile(r"\b2k(\d{2})\b")  # "2k23"
_CLIPPED = re.compile(r"(?:^|(?<=\s))['‘’](\d{2})(?=$|[\s?!.,;:)])")  # "'23"
_CLOSING = re.compile(r"\S['’](?=$|[\s?!.,;:)])")  # a quotation closed after it


def written_years(text: str) -> str:
    """``text`` with "2k23" and a clipped "'23" as "2023" ("the '98 out of 100' line" kept)."""
    text = _K_YEAR.sub(r"20\1", text)
    at = 0
    while match := _CLIPPED.search(text, at):
        if _CLOSING.search(text, match.end()):
            return text  # the apostrophe opens a quotation, not a year
        two = int(match.group(1))
        year = f"{20 if two < CENTURY_PIVOT else 19}{match.group(1)}"
        text = text[: match.start()] + year + text[match.end() :]
        at = match.start() + len(year)
    return text


# parts a glued number word ("tjuetjueen", "totusenogtjuetre") is made of
_GLUED = frozenset({*_UNITS, *_TEENS, *_TENS, *_THOUSAND, "og"})


@lru_cache(maxsize=4096)
def _atoms(token: str) -> tuple[str, ...] | None:
    """A number word as its parts ("tjuetjueen": tjue tjue en), or None when it is none."""
    if token in _ATOMS:
        return (token,)
    return _glued(token) if len(token) >= MIN_COMPOUND else None


@lru_cache(maxsize=4096)
def _glued(rest: str) -> tuple[str, ...] | None:
    """``rest`` cut into number words, the longest first ("seksten" before "seks")."""
    if rest in _GLUED:
        return (rest,)
    for cut in range(len(rest) - 1, 0, -1):
        if rest[:cut] in _GLUED:
            tail = _glued(rest[cut:])
            if tail is not None:
                return (rest[:cut], *tail)
    return None


def _two_digits(atoms: tuple[str, ...], at: int) -> tuple[int, int] | None:
    """The number 1-99 the atoms from ``at`` say, and where it ends."""
    if at >= len(atoms):
        return None
    atom = atoms[at]
    following = atoms[at + 1] if at + 1 < len(atoms) else ""
    if atom in _TENS:
        return (
            (_TENS[atom] + _UNITS[following], at + 2)
            if following in _UNITS
            else (_TENS[atom], at + 1)
        )
    if atom in _TEENS:
        return _TEENS[atom], at + 1
    if atom in _UNITS:
        return _UNITS[atom], at + 1
    if atom in _ZERO and following in _UNITS:
        return _UNITS[following], at + 2
    return None


def _year(atoms: tuple[str, ...]) -> int | None:
    """The year all of ``atoms`` say: "twenty twenty one", "to tusen og tjuetre"; else None."""
    if len(atoms) >= 3 and atoms[0] in ("two", "to") and atoms[1] in _THOUSAND:
        at = 3 if atoms[2] in _AND else 2
        rest = _two_digits(atoms, at)
        year = 2000 + rest[0] if rest and rest[1] == len(atoms) else None
    elif len(atoms) >= 2 and (atoms[0] in _TEENS or atoms[0] in _TENS):
        head = _TEENS.get(atoms[0]) or _TENS[atoms[0]]
        rest = _two_digits(atoms, 1)
        # "twenty one" is 21; a year's second half is 10-99 or "oh five"
        spoken = rest is not None and (rest[0] >= 10 or atoms[1] in _ZERO)
        year = head * 100 + rest[0] if spoken and rest and rest[1] == len(atoms) else None
    else:
        return None
    return year if year is not None and FIRST_SPOKEN <= year <= LAST_SPOKEN else None


def spelled_years(tokens: list[str]) -> list[str]:
    """The tokens with a year said in number words as its digits ("twenty twenty one": 2021)."""
    out: list[str] = []
    index = 0
    while index < len(tokens):
        run = index
        while run < len(tokens) and _atoms(tokens[run]) is not None:
            run += 1
        found = None
        for end in range(run, index, -1):  # the longest run of number words saying a year
            year = _year(tuple(a for t in tokens[index:end] for a in _atoms(t) or ()))
            if year is not None:
                found = (end, year)
                break
        if found:
            out.append(str(found[1]))
            index = found[0]
        else:
            out.append(tokens[index])
            index += 1
    return out


# a time said in number words: "three twenty seven point seven nine" is 3:27.79, "twelve fifty
# one" 12:51 (dictation writes what it hears); minutes of a track race, then its seconds
_POINT = frozenset({"point", "komma"})
_RAN = frozenset(
    {"run", "ran", "runs", "running", "clocked", "clock", "sub", "under", "løp", "løpt", "sprang"}
    | {"løper", "time", "tid", "a", "en", "went", "go", "did", "do", "breaks", "broke", "break"}
)


def _seconds(atoms: tuple[str, ...], at: int) -> tuple[int, int] | None:
    """Seconds said at ``at`` (10-59, or "oh five"), and where they end."""
    said = _two_digits(atoms, at)
    if said is None or said[0] > 59 or (said[0] < 10 and atoms[at] not in _ZERO):
        return None
    return said


def _fraction(atoms: tuple[str, ...], at: int) -> tuple[str, int] | None:
    """Hundredths said after "point": "seven nine" (79), "seventy nine", "five" (5)."""
    if at < len(atoms) and atoms[at] in _UNITS:
        end = at + 1
        if end < len(atoms) and atoms[end] in _UNITS:
            end += 1
        return "".join(str(_UNITS[a]) for a in atoms[at:end]), end
    said = _two_digits(atoms, at)
    return (str(said[0]), said[1]) if said and said[0] >= 10 else None


def spelled_times(tokens: list[str]) -> list[str]:
    """The tokens with a race time said in number words as digits ("3:27.79").

    Said with "point" its hundredths make it a time; without, a verb of running before it
    does ("did kerr run three twenty seven"): "one twenty" alone is no time.
    """
    out: list[str] = []
    index = 0
    while index < len(tokens):
        word = tokens[index]
        minutes = _UNITS.get(word) or _TEENS.get(word)
        found = None
        if minutes is not None and index + 1 < len(tokens):
            atoms, ends = _atoms_of(tokens[index + 1 : index + 6])
            seconds = _seconds(atoms, 0)
            if seconds is not None:
                end, text = seconds[1], f"{minutes}:{seconds[0]:02d}"
                fraction = _fraction(atoms, end + 1) if atoms[end : end + 1] in _POINTS else None
                if fraction is not None and ends[fraction[1] - 1] is not None:
                    found = (index + 1 + (ends[fraction[1] - 1] or 0), f"{text}.{fraction[0]}")
                elif out and out[-1] in _RAN and ends[end - 1] is not None:
                    found = (index + 1 + (ends[end - 1] or 0), text)
        if found:
            out.append(found[1])
            index = found[0]
        else:
            out.append(word)
            index += 1
    return out


_POINTS = frozenset((w,) for w in _POINT)


def _atoms_of(tokens: list[str]) -> tuple[tuple[str, ...], list[int | None]]:
    """Number words as atoms ("tjuesju": tjue sju), and after each atom the tokens it ends.

    An atom inside a glued word ends none (None): a time ends where a token does.
    """
    atoms: list[str] = []
    ends: list[int | None] = []
    for at, token in enumerate(tokens):
        parts = _atoms(token) or ((token,) if token in _POINT else ())
        if not parts:
            break
        atoms += parts
        ends += [None] * (len(parts) - 1) + [at + 1]
    return tuple(atoms), ends


_AROUND = re.compile(
    r"\b(?:the |a )?(?:year|season|år|året|sesongen) (?P<side>before|after|før|etter) $"
)


def said_years(
    words: tuple[str, ...], today: dt.date, meets: Mapping[int, int]
) -> list[tuple[int, int, int]]:
    """Every year said relative to ``today`` or to a meet: (first word, end word, year).

    ``meets``: the year of each meet named, by its first word ("the year before paris").
    """
    text = " ".join(words)
    # (one reader of relative years: the meet options read them the same way)
    found = [
        (*_words_of(text, start, end), year) for start, end, year in relative_years(text, today)
    ]
    for start, year in meets.items():
        before = " ".join(words[max(0, start - 4) : start]) + " "
        around = _AROUND.search(before)
        if around:
            side = -1 if around.group("side") in ("before", "før") else 1
            first = start - around.group(0).count(" ")
            found.append((first, start, year + side))
    return sorted(found)


def _words_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The [first, end) word indexes of the characters [start, end) of the joined words."""
    first = text.count(" ", 0, start)
    return first, first + text.count(" ", start, end) + 1


# the writer speaking of himself: "I only got into the sport last year", "because my mate got
# me into it last year" date no question ("me" alone does not: "show me … this year" asks)
_FIRST_PERSON = frozenset(
    {"i", "i'm", "im", "i've", "ive", "i'd", "we", "we've", "my", "our"}
    | {"jeg", "vi", "min", "mitt", "mine", "because", "fordi"}
)


def years_said(
    question: Question, used: list[bool], today: dt.date, named: Mapping[int, int]
) -> list[int]:
    """The years said in words no name took, outside the writer's own story; marks them used.

    ``named``: the year of each meet named, by the index of its first word.
    """
    years = []
    words = question.words
    for start, end, year in said_years(words, today, named):
        if any(used[start:end]):
            continue  # the words are a name's ("last year's champs" as one meet stays one)
        clause = question.clauses[question.clause_of(start)]
        # (a story's place and time asked of again, "there", are the question's: "eg va på
        # bislett i fjor, sprang jakob der?")
        if _story(words[clause:start]) and _THERE.isdisjoint(words[end:]):
            continue
        used[start:end] = [True] * (end - start)
        years.append(year)
    return years


_THERE = frozenset({"there", "der", "dær", "dar"})
# ... but not one asking: "I would appreciate last year's results", "jeg vil gjerne se i fjor"
_REQUESTING = frozenset(
    {"would", "want", "wanna", "like", "love", "need", "wonder", "appreciate", "'d", "vil"}
    | {"ville", "lurer", "ønsker", "skulle", "kunne", "could", "may", "might"}
)
REQUEST_REACH = 3  # words after "I" its request may stand ("I would very much appreciate")


# a possessive inside a question names who is asked about: "did my son's hero kerr win
# anything this year", "har min favoritt vunnet noe i år" (no story of the writer's)
_POSSESSIVE = frozenset({"my", "our", "min", "mitt", "mine"})
_ASKED_FIRST = frozenset(
    {"did", "does", "do", "is", "was", "has", "have", "had", "can", "will", "what", "whats"}
    | {"what's", "who", "how", "when", "which", "har", "hadde", "vant", "er", "var", "hva"}
    | {"hvem", "hvordan", "når", "hvilke", "hvilket", "kan"}
)


def _story(words: tuple[str, ...]) -> bool:
    """Whether the writer speaks of himself in ``words``, not only to ask for something."""
    asked = bool(words) and words[0] in _ASKED_FIRST
    for at, word in enumerate(words):
        if word not in _FIRST_PERSON or word in ("i'd", "id", "we'd"):
            continue  # ("I'd like …" asks)
        if asked and word in _POSSESSIVE:
            continue
        if _REQUESTING.isdisjoint(words[at + 1 : at + 1 + REQUEST_REACH]):
            return True
    return False


_FULL_OR_SHORT_YEAR = re.compile(r"^(?:(?:19|20)\d{2}|'?\d{2})$")


def is_year(word: str) -> bool:
    """Whether a word is a year as typed: "2024", "24" or "'24"."""
    return bool(_FULL_OR_SHORT_YEAR.match(word))
